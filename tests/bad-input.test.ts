// Bad command-line input, as a user's shell passes it: every command and flag with missing values,
// wrong types, unknown flags, unknown topics or choices, empty strings, the longest argument Linux
// allows (128 KiB - 1; see MAX_ARG_BYTES), Cyrillic where English is expected and control
// characters. Each must exit 2 with one `error:` line that names the flag and, on that line or on
// at most one `hint:` line, what it accepts; nothing on stdout; no stack trace; nothing raw.
// The same table runs again in Russian (LANG=ru_RU.UTF-8): the same shape, no English left.
//
// The whole table (en and ru) runs in-process through src/run.ts run(), which is what the bin runs;
// a sample (every case that is not one of a battery of values, and the first of each battery value:
// binSample) also runs through the real bin/amz-help.js, and must print exactly the same. Running
// all 600 × 2 as processes took minutes on a loaded 2-core machine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ANSI_VALUE,
  badCases,
  binSample,
  FULL_TOPIC,
  LONG,
  MAX_ARG_BYTES,
  runAll,
  runAsync,
  runInProcess,
  validAnswers,
  type Outcome,
} from './helpers/hardening-cases.js';
import { ROOT } from './helpers/content.js';

const CASES = badCases();
const RU = { LANG: 'ru_RU.UTF-8' };
/** Control characters that would move the cursor, recolour or ring: never on stderr. Tab and newline are fine. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const STACK = /\n\s+at /;

const SAMPLE = binSample(CASES);
const en = new Map<string, Outcome>();
const ru = new Map<string, Outcome>();
let bin: Map<string, Outcome>;

beforeAll(async () => {
  for (const c of CASES) {
    en.set(c.name, await runInProcess(c.args));
    ru.set(c.name, await runInProcess(c.args, RU));
  }
  bin = await runAll(SAMPLE);
}, 180_000);

function show(args: readonly string[], r: Outcome): string {
  const shown = args.map((a) => (a.length > 40 ? `${JSON.stringify(a.slice(0, 20))}…(${a.length})` : JSON.stringify(a))).join(' ');
  return `amz-help ${shown}\n--- status ${r.status} signal ${r.signal}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr.slice(0, 2000)}`;
}

/** Exit 2, empty stdout, `<error>` then at most one `<hint>` line, nothing raw, short. */
function expectOneError(args: readonly string[], r: Outcome, prefixes: { error: string; hint: string }): string[] {
  const where = show(args, r);
  expect(r.status, where).toBe(2);
  expect(r.stdout, where).toBe('');
  expect(r.stderr, where).not.toMatch(STACK);
  expect(r.stderr, where).not.toMatch(RAW_CONTROL);
  expect(r.stderr.endsWith('\n'), where).toBe(true);
  const lines = r.stderr.slice(0, -1).split('\n');
  expect(lines[0]!.startsWith(`${prefixes.error}: `), where).toBe(true);
  expect(lines.length, where).toBeLessThanOrEqual(2);
  if (lines.length === 2) expect(lines[1]!.startsWith(`${prefixes.hint}: `), where).toBe(true);
  // A 128 KiB value comes back clipped: the answer stays a line or two on the screen.
  expect(r.stderr.length, where).toBeLessThan(400);
  return lines;
}

describe(`bad input: ${CASES.length} command lines, exit 2 and one error line each`, () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = en.get(c.name)!;
    const lines = expectOneError(c.args, r, { error: 'error', hint: 'hint' });
    expect(lines[0], show(c.args, r)).toContain(c.names);
    expect(r.stderr, show(c.args, r)).toMatch(c.accepts);
  });
});

describe(`the real bin: ${SAMPLE.length} of them as processes print exactly the same`, () => {
  it.each(SAMPLE.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = bin.get(c.name)!;
    expect({ status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr }, show(c.args, r)).toEqual(en.get(c.name));
  });
});

describe('the same in Russian (LANG=ru_RU.UTF-8)', () => {
  /** Phrases of commander's or our English messages that must not be left untranslated. */
  const ENGLISH =
    /unknown (option|command|topic)|argument missing|is invalid|Allowed choices|accepted values|Expected \d|needs a value|is not (a|an|accepted|offered)|is empty|characters long|did you mean|missing (the|--)|no terminal|see what it accepts/;

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = ru.get(c.name)!;
    const lines = expectOneError(c.args, r, { error: 'ошибка', hint: 'подсказка' });
    const names = c.names.startsWith('--') || c.names.startsWith("'") || c.names.startsWith('"') ? c.names.split(',')[0]! : undefined;
    // Russian quotes what English puts in '' or "" in «»: the name itself must be there.
    if (names) expect(lines.join('\n'), show(c.args, r)).toContain(names.replace(/^(["'])(.*)\1$/, '$2'));
    expect(lines.join('\n'), show(c.args, r)).not.toMatch(ENGLISH);
  });
});

describe('nothing reaches the terminal raw', () => {
  it('a value with an ANSI escape is shown with the escape replaced (U+FFFD), clipped and quoted', () => {
    const r = en.get('refund-check --seller ANSI escape')!;
    expect(r.stderr.split('\n')[0]).toBe('error: --seller "a\uFFFD[31mb" is not accepted');
  });

  it(`a ${MAX_ARG_BYTES}-byte value comes back as at most 60 characters`, () => {
    for (const name of ['refund-check --paid 128 KiB', 'path: 128 KiB topic', '--lang 128 KiB', '128 KiB command', 'draft payment --channel 128 KiB']) {
      const r = en.get(name)!;
      const first = r.stderr.split('\n')[0]!;
      expect(first, name).toContain('a'.repeat(57) + '...');
      expect(first, name).not.toContain('a'.repeat(61));
    }
  });

  it('the 128 KiB argument really reached the program (not refused by the kernel)', async () => {
    // If the kernel refused it, spawn would fail with E2BIG before amz-help ran at all.
    const r = await runAsync(['draft', 'payment', '--problem', 'declined', '--details', LONG]);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`error: --details is ${MAX_ARG_BYTES} characters long; at most 300 fit in a message`);
  });
});

describe('every failing case at once', () => {
  it('no stderr of any failing case (in-process in both languages, and through the bin) contains a stack frame', () => {
    const offenders: string[] = [];
    for (const c of CASES) {
      for (const [lang, results] of [['en', en], ['ru', ru], ['bin', bin]] as const) {
        const r = results.get(c.name);
        if (!r) continue;
        expect(r.status, c.name).not.toBe(0);
        if (STACK.test(r.stderr) || /^\s+at /m.test(r.stderr)) offenders.push(`${lang}: ${c.name}\n${r.stderr}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the table covers every command, every question flag of every topic, and the shared draft flags', async () => {
    const { realContent } = await import('./helpers/hardening-cases.js');
    const c = realContent();
    const args = CASES.map((x) => x.args.join(' '));
    for (const cmd of ['wizard', 'refund-check', 'draft', 'topics', 'path', 'contacts', 'content check', 'content graph', '--lang', '--content']) {
      expect(args.some((a) => a.startsWith(cmd) || a.includes(` ${cmd}`)), cmd).toBe(true);
    }
    for (const topic of c.topics) {
      const flags = [...topic.questions.map((q) => `--${q.id}`), '--channel', '--account', ...c.preferences.map((p) => `--${p.id}`)];
      for (const flag of flags) {
        const mine = CASES.filter((x) => x.args[0] === 'draft' && x.args[1] === topic.id && x.names === flag);
        // --account and the preferences: the whole battery on FULL_TOPIC, two cases elsewhere.
        const shared = !topic.questions.some((q) => `--${q.id}` === flag) && flag !== '--channel';
        expect(mine.length, `draft ${topic.id} ${flag}`).toBeGreaterThanOrEqual(shared && topic.id !== FULL_TOPIC ? 2 : 5);
      }
    }
  });
});

describe('Cyrillic where English is expected', () => {
  it('in a choice flag (--seller амазон) it is an error naming the accepted values', () => {
    const r = en.get('refund-check --seller Cyrillic')!;
    expect(r.stderr).toBe('error: --seller "амазон" is not accepted\nhint: accepted values: amazon, third-party, other\n');
  });

  it('in an order number (--order номер) it is an error showing the format', () => {
    const r = en.get('refund-check --order Cyrillic')!;
    expect(r.stderr).toBe(
      'error: --order "номер" is not an Amazon order number\nhint: an order number looks like 123-1234567-1234567 (digital orders: D01-1234567-1234567)\n',
    );
  });

  it('in free text (--details) it is a warning naming the flag; --item finds the English name; the draft is printed, exit 0', async () => {
    const args = ['draft', 'not-as-described', ...validAnswers('not-as-described'), '--item', 'чайник', '--details', 'Пришёл разбитым.'];
    const r = await runAsync(args);
    expect(r.status, show(args, r)).toBe(0);
    expect(r.stdout).toContain(' an electric kettle.');
    expect(r.stdout).not.toContain('чайник');
    expect(r.stdout).toContain('Пришёл разбитым.');
    const warning = 'has Russian letters, and it goes into the English message as typed. Amazon reads English: write it in English (a translator is fine).';
    expect(r.stderr).toBe(`warning: --details ${warning}\n`);
  });

  it('the warning in Russian, and English text gets none', async () => {
    const ruRun = await runAsync(['draft', 'payment', '--problem', 'other', '--details', 'Списали дважды'], RU);
    expect(ruRun.status).toBe(0);
    expect(ruRun.stderr).toBe(
      'внимание: в --details есть русские буквы, а в английское сообщение текст попадёт как есть. В Amazon читают по-английски: напишите его по-английски (можно через переводчик).\n',
    );
    const enRun = await runAsync(['draft', 'payment', '--problem', 'other', '--details', 'Charged twice on May 1.']);
    expect(enRun.status).toBe(0);
    expect(enRun.stderr).toBe('');
  });

  it('with --json the warning stays on stderr and stdout is still one JSON object', async () => {
    const r = await runAsync(['draft', 'payment', '--problem', 'other', '--details', 'Списали дважды', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).body).toContain('Списали дважды');
    expect(r.stderr).toMatch(/^warning: --details has Russian letters/);
  });
});

describe('specific messages', () => {
  it('a flag directly followed by another flag says which value is missing', () => {
    expect(en.get('refund-check: a flag without its value in the middle')!.stderr).toBe(
      'error: --paid needs a value, but "--seller" follows it\nhint: run "amz-help refund-check --help" to see what it accepts\n',
    );
    expect(ru.get('refund-check: a flag without its value in the middle')!.stderr).toBe(
      'ошибка: --paid: не указано значение (сразу за ним идёт «--seller»)\nподсказка: запустите «amz-help refund-check --help», чтобы увидеть, что можно указать\n',
    );
  });

  it('a text flag followed by a flag is refused, not drafted with "--json" as the text', async () => {
    const r = await runAsync(['draft', 'payment', '--problem', 'other', '--details', '--json']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('error: --details needs a value, but "--json" follows it');
  });

  it('--out followed by a flag does not write a file called "--copy"', async () => {
    const r = await runAsync(['draft', 'payment', '--problem', 'other', '--out', '--copy']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('error: --out needs a value, but "--copy" follows it');
  });

  it('an empty --channel says it is empty and lists the channels', () => {
    expect(en.get('draft payment --channel empty')!.stderr).toBe('error: --channel is empty\nhint: accepted values: chat, email, phone, social\n');
  });

  it('"amz-help --content" and "amz-help --lang" alone say the value is missing', () => {
    expect(en.get('--content alone')!.stderr.split('\n')[0]).toBe("error: option '--content <dir>' argument missing");
    expect(en.get('--lang alone')!.stderr.split('\n')[0]).toBe("error: option '--lang <lang>' argument missing");
  });

  it('"amz-help content" without check or graph: its help on stderr, then one error line, exit 2', async () => {
    const r = await runAsync(['content']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Usage: amz-help content/);
    expect(r.stderr).toMatch(/\n {2}check \[dir\]/);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.filter((l) => /^(error|hint):/.test(l))).toEqual(['error: amz-help content needs a command: one of those listed above']);
    expect(r.stderr).not.toContain('(outputHelp)');
  });

  it('the bash example from the issue: --item $\'a\\x1b[31mb\' is refused and not echoed', async () => {
    const r = await runAsync(['draft', 'not-as-described', ...validAnswers('not-as-described'), '--item', ANSI_VALUE]);
    expect(r.stderr).toBe('error: --item contains control characters\nhint: type plain text\n');
  });
});

describe('the help each hint points to exists and lists the flag', () => {
  it('every "run amz-help … --help" hint of the table works: exit 0 and the flag named by the error is listed', async () => {
    const seen = new Map<string, string>();
    for (const c of CASES) {
      const hint = /hint: run "amz-help (.*)--help"/.exec(en.get(c.name)!.stderr)?.[1];
      if (hint !== undefined && c.names.startsWith('--') && !/=/.test(c.names) && !seen.has(hint + c.names)) seen.set(hint + c.names, hint);
    }
    for (const [key, words] of seen) {
      const flag = key.slice(words.length);
      const r = await runInProcess([...words.split(' ').filter(Boolean), '--help']);
      expect(r.status, key).toBe(0);
      // An unknown flag is, by definition, not listed; a known one is. The global flags are listed
      // by "amz-help --help" only: commander does not repeat them in each command's help.
      const known = !CASES.some((c) => c.names === flag && /unknown option/.test(en.get(c.name)!.stderr));
      const global = ['--lang', '--content', '--no-color'].includes(flag);
      if (known && !global) expect(r.stdout, key).toContain(flag);
    }
  });
});

describe('docs/ERRORS.md lists every message of the table', () => {
  /** `{name}` placeholders of the documented templates match any text. */
  function templates(): RegExp[] {
    const docs = ['docs/ERRORS.md', 'README.md']
      .map((f) => {
        try {
          return readFileSync(join(ROOT, f), 'utf8');
        } catch {
          return '';
        }
      })
      .join('\n');
    const found = [...docs.matchAll(/`((?:error|warning|hint|ошибка|внимание|подсказка): [^`]+)`/g)].map((m) => m[1]!);
    return found.map(
      (tpl) =>
        new RegExp(
          `^${tpl
            .split(/(\{[a-z]+\})/)
            .map((part) => (/^\{[a-z]+\}$/.test(part) ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
            .join('')}$`,
        ),
    );
  }

  it('each error and hint line, in English and Russian, matches a documented template', () => {
    const patterns = templates();
    expect(patterns.length).toBeGreaterThan(20);
    const undocumented = new Set<string>();
    for (const c of CASES) {
      for (const results of [en, ru]) {
        for (const l of results.get(c.name)!.stderr.split('\n')) {
          if (/^(error|warning|hint|ошибка|внимание|подсказка): /.test(l) && !patterns.some((p) => p.test(l))) undocumented.add(l.slice(0, 200));
        }
      }
    }
    expect([...undocumented]).toEqual([]);
  });
});
