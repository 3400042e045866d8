// The table of bad command lines for tests/bad-input.test.ts, built from the real content so every
// command, every topic's question flags, --channel, --account and the preference flags are covered,
// and a runner that starts them all in parallel (each is its own process, like a user's shell).
import { spawn } from 'node:child_process';
import { loadContent } from '../../src/validate/loader.js';
import type { Content, Question } from '../../src/content/schema.js';
import { BIN, cleanEnv, ensureBuilt } from './cli.js';
import { CONTENT, ROOT } from './content.js';

/**
 * The longest single argument Linux passes to a program: MAX_ARG_STRLEN is 32 pages (128 KiB),
 * counting the closing NUL, so 131071 bytes. The issue asks for 1 MB; argv cannot carry that, and
 * no flag reads a file or stdin, so 128 KiB - 1 is the longest value a user can actually give.
 */
export const MAX_ARG_BYTES = 128 * 1024 - 1;
export const LONG = 'a'.repeat(MAX_ARG_BYTES);
/** Two bytes a letter in UTF-8: 65535 letters fit. */
export const LONG_CYRILLIC = 'я'.repeat(Math.floor(MAX_ARG_BYTES / 2));
/** An ANSI colour escape, as `$'a\x1b[31mb'` in bash. */
export const ANSI_VALUE = 'a\u001b[31mb';
/** A bell, a carriage return and an 8-bit CSI (U+009B). */
export const OTHER_CONTROLS = 'x\u0007y\rz\u009b2J';

export interface BadCase {
  /** Unique, used as the test name. */
  name: string;
  args: string[];
  /** What the error line must name: the flag (`--paid`), the argument or the command. */
  names: string;
  /** What it accepts, found on the error or the hint line. */
  accepts: RegExp;
  /** For the battery of bad values run on many flags: which value ("empty", "128 KiB"...). */
  label?: string;
}

export interface Outcome {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs one command line of the built bin without a terminal; resolves with what it printed. */
export function runAsync(args: readonly string[], env: Record<string, string | undefined> = {}, cwd = ROOT): Promise<Outcome> {
  ensureBuilt();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr });
    });
  });
}

interface Sink {
  text: string;
  isTTY: boolean;
  write(s: string): boolean;
}
function sink(): Sink {
  const out: Sink = {
    text: '',
    isTTY: false,
    write(s: string) {
      out.text += s;
      return true;
    },
  };
  return out;
}

/**
 * Runs one command line in this process through src/run.ts run(), as bin/amz-help.js would but
 * without starting Node: stdin, stdout and stderr are not terminals, colour is off. A thrown error
 * (which in the real bin would be a crash with a stack trace) rejects.
 */
export async function runInProcess(args: readonly string[], env: Record<string, string> = {}): Promise<Outcome> {
  const { run } = await import('../../src/run.js');
  const stdout = sink();
  const stderr = sink();
  const status = await run([...args], { env: { NO_COLOR: '1', ...env }, stdout, stderr, stdinIsTTY: false });
  return { status, signal: null, stdout: stdout.text, stderr: stderr.text };
}

/**
 * The cases that also run through the real bin (a process each): every case that is not part of a
 * battery, and the first case of each battery value. The rest run in-process (runInProcess).
 */
export function binSample(cases: readonly BadCase[]): BadCase[] {
  const seen = new Set<string>();
  const topics = new Set<string>(realContent().topics.map((t) => t.id));
  return cases.filter((c) => {
    // draft <topic>: the same code for every topic; one topic goes through the bin.
    if (c.args[0] === 'draft' && topics.has(c.args[1]!) && c.args[1] !== FULL_TOPIC) return false;
    if (c.label === undefined) return true;
    const kind = c.label;
    if (seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
}

/** Runs every case, `width` at a time; results by case name. */
export async function runAll(cases: readonly BadCase[], width = 4): Promise<Map<string, Outcome>> {
  const results = new Map<string, Outcome>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < cases.length) {
      const c = cases[next++]!;
      results.set(c.name, await runAsync(c.args));
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The hint that points at a command's --help, where the options and their values are listed. */
const seeHelp = (command: string): RegExp => new RegExp(`hint: run "amz-help ${esc(command)}--help" to see what it accepts`);
/** The accepted values listed in a hint. */
const values = (ids: readonly string[]): RegExp => new RegExp(`accepted values: ${esc(ids.join(', '))}`);
const DATES = /use YYYY-MM-DD \(2024-05-01\) or DD\.MM\.YYYY \(01\.05\.2024\)/;
const ORDER = /an order number looks like 123-1234567-1234567/;
const PRICE = /write a price in US dollars, like 49\.99 or \$1,299\.00/;
/** commander's "option '--x <value>' argument missing": the value's kind in angle brackets, and --help. */
const missing = (command: string, flag: string): BadCase['accepts'] =>
  new RegExp(`option '${esc(flag)} <[a-z|]+>' argument missing\\n${seeHelp(command).source}`);

let content: Content | undefined;
export function realContent(): Content {
  return (content ??= loadContent(CONTENT).content);
}

/** The values that are wrong for any kind of flag, with what each must say it accepts. */
function badValues(
  prefix: string[],
  command: string,
  flag: string,
  accepts: RegExp,
  extra: [string, string][] = [],
): BadCase[] {
  const at = (label: string, value: string): BadCase => ({
    name: `${prefix.join(' ')} ${flag} ${label}`,
    args: [...prefix, flag, value],
    names: flag,
    accepts,
    label,
  });
  return [
    { name: `${prefix.join(' ')} ${flag} (no value)`, args: [...prefix, flag], names: flag, accepts: missing(command, flag), label: '(no value)' },
    {
      name: `${prefix.join(' ')} ${flag} followed by another flag`,
      args: [...prefix, flag, '--help'],
      names: flag,
      accepts: seeHelp(command),
      label: 'followed by another flag',
    },
    at('empty', ''),
    at('spaces', '   '),
    at('128 KiB', LONG),
    at('128 KiB Cyrillic', LONG_CYRILLIC),
    at('ANSI escape', ANSI_VALUE),
    at('bell, CR, 8-bit CSI', OTHER_CONTROLS),
    ...extra.map(([label, value]) => at(label, value)),
  ];
}

/** What a question flag of `draft <topic>` accepts, and values of the wrong type for it. */
function questionCases(topic: string, q: Question): BadCase[] {
  const prefix = ['draft', topic];
  const command = `draft ${topic} `;
  const flag = `--${q.id}`;
  switch (q.kind) {
    case 'choice':
      return badValues(prefix, command, flag, values(q.options.map((o) => o.id)), [
        ['unknown choice', 'bogus'],
        ['Cyrillic', 'ответ'],
        ['a number', '42'],
      ]);
    case 'date':
      return badValues(prefix, command, flag, DATES, [
        ['a word', 'tomorrow'],
        ['no such day', '2024-02-30'],
        ['Cyrillic', '1 мая 2024'],
        ['a number', '20240501'],
      ]);
    case 'order-number':
      return badValues(prefix, command, flag, ORDER, [
        ['too short', '123-45'],
        ['Cyrillic', 'номер'],
        ['a number', '12345678901234567'],
      ]);
    case 'price':
      return badValues(prefix, command, flag, PRICE, [
        ['a word', 'cheap'],
        ['Cyrillic', '50 долларов'],
        ['zero', '0'],
        ['negative', '-5'],
        ['two decimal marks', '1.2.3'],
      ]);
    case 'text': {
      // Free text: empty, control characters and oversize are refused; Cyrillic is only warned about.
      const cases = badValues(prefix, command, flag, /./, [['one over the limit', 'b'.repeat(q.maxLength + 1)]]);
      for (const c of cases) {
        const value = c.args.length === 4 ? c.args[3]! : undefined;
        if (value === undefined) continue;
        c.accepts =
          value.trim() === ''
            ? new RegExp(`^error: ${esc(flag)} is empty$`, 'm')
            : /[\u0000-\u001f\u007f-\u009f]/.test(value)
              ? new RegExp(`^error: ${esc(flag)} contains control characters\\nhint: type plain text$`, 'm')
              : value === '--help'
                ? c.accepts
                : new RegExp(`^error: ${esc(flag)} is \\d+ characters long; at most ${q.maxLength} fit in a message$`, 'm');
      }
      return cases;
    }
  }
}

/**
 * --account and the preference flags are the same code for every topic: the whole battery of bad
 * values runs on this topic, the others get an unknown value and a missing one.
 */
export const FULL_TOPIC = 'payment';

export function badCases(): BadCase[] {
  const c = realContent();
  const cases: BadCase[] = [];
  const add = (...more: BadCase[]): void => {
    cases.push(...more);
  };

  // ---- global options
  add(
    { name: '--lang (no value)', args: ['topics', '--lang'], names: '--lang', accepts: missing('topics ', '--lang') },
    { name: '--lang de', args: ['--lang', 'de', 'topics'], names: '--lang', accepts: /Allowed choices are en, ru/ },
    { name: '--lang empty', args: ['--lang', '', 'topics'], names: '--lang', accepts: /Allowed choices are en, ru/ },
    { name: '--lang Cyrillic', args: ['--lang', 'русский', 'topics'], names: '--lang', accepts: /Allowed choices are en, ru/ },
    { name: '--lang 128 KiB', args: ['--lang', LONG, 'topics'], names: '--lang', accepts: /Allowed choices are en, ru/ },
    { name: '--lang ANSI escape', args: ['--lang', ANSI_VALUE, 'topics'], names: '--lang', accepts: /Allowed choices are en, ru/ },
    { name: '--lang alone', args: ['--lang'], names: '--lang', accepts: /argument missing/ },
    { name: '--content (no value)', args: ['topics', '--content'], names: '--content', accepts: missing('topics ', '--content') },
    { name: '--content alone', args: ['--content'], names: '--content', accepts: /argument missing/ },
    { name: '--content empty', args: ['--content', '', 'topics'], names: '--content', accepts: /give a folder with the content YAML files/ },
    { name: '--content spaces', args: ['--content', '  ', 'topics'], names: '--content', accepts: /give a folder with the content YAML files/ },
    { name: '--content followed by a flag', args: ['topics', '--content', '--no-color'], names: '--content', accepts: seeHelp('topics ') },
    { name: '--no-color=1 (wrong type)', args: ['--no-color=1', 'topics'], names: '--no-color=1', accepts: seeHelp('topics ') },
    { name: 'unknown global flag', args: ['--colour', 'topics'], names: '--colour', accepts: seeHelp('topics ') },
    { name: 'unknown short flag', args: ['-x', 'topics'], names: '-x', accepts: seeHelp('topics ') },
  );

  // ---- commands
  add(
    { name: 'unknown command', args: ['bogus'], names: 'bogus', accepts: seeHelp('') },
    { name: 'misspelt command', args: ['topcis'], names: 'topcis', accepts: /did you mean topics\?/ },
    { name: 'Cyrillic command', args: ['темы'], names: 'темы', accepts: seeHelp('') },
    { name: 'empty command', args: [''], names: "''", accepts: seeHelp('') },
    { name: '128 KiB command', args: [LONG], names: 'unknown command', accepts: seeHelp('') },
    { name: 'ANSI command', args: [ANSI_VALUE], names: 'unknown command', accepts: seeHelp('') },
    { name: 'wizard: extra argument', args: ['wizard', 'now'], names: "'wizard'", accepts: /Expected 0 arguments/ },
    { name: 'wizard: unknown flag', args: ['wizard', '--copy-to'], names: '--copy-to', accepts: seeHelp('wizard ') },
    { name: 'wizard --out (no value)', args: ['wizard', '--out'], names: '--out', accepts: missing('wizard ', '--out') },
    { name: 'wizard --out followed by a flag', args: ['wizard', '--out', '--copy'], names: '--out', accepts: seeHelp('wizard ') },
    { name: 'wizard without a terminal', args: ['wizard'], names: 'wizard', accepts: /amz-help draft <topic>/ },
    { name: 'topics: extra argument', args: ['topics', 'all'], names: "'topics'", accepts: /Expected 0 arguments/ },
    { name: 'topics: unknown flag', args: ['topics', '--format', 'json'], names: '--format', accepts: seeHelp('topics ') },
    { name: 'topics --json=1 (a switch takes no value)', args: ['topics', '--json=1'], names: '--json=1', accepts: seeHelp('topics ') },
    { name: 'contacts: extra argument', args: ['contacts', 'phone'], names: "'contacts'", accepts: /Expected 0 arguments/ },
    { name: 'contacts: unknown flag', args: ['contacts', '--channel', 'chat'], names: '--channel', accepts: seeHelp('contacts ') },
  );

  // ---- path <topic>
  const topicList = new RegExp(`topics: ${esc(c.topics.map((t) => t.id).join(', '))}`);
  add(
    { name: 'path: no topic', args: ['path'], names: "'topic'", accepts: seeHelp('path ') },
    { name: 'path: unknown topic', args: ['path', 'refund'], names: '"refund"', accepts: topicList },
    { name: 'path: empty topic', args: ['path', ''], names: 'topic', accepts: topicList },
    { name: 'path: Cyrillic topic', args: ['path', 'оплата'], names: '"оплата"', accepts: topicList },
    { name: 'path: 128 KiB topic', args: ['path', LONG], names: 'unknown topic', accepts: topicList },
    { name: 'path: ANSI topic', args: ['path', ANSI_VALUE], names: 'unknown topic', accepts: topicList },
    { name: 'path: two topics', args: ['path', 'payment', 'price-drop'], names: "'path'", accepts: /Expected 1 argument/ },
    { name: 'path: unknown flag', args: ['path', 'payment', '--all'], names: '--all', accepts: seeHelp('path ') },
  );

  // ---- content check / graph
  add(
    { name: 'content: unknown subcommand', args: ['content', 'lint'], names: 'lint', accepts: seeHelp('content ') },
    { name: 'content check: unknown flag', args: ['content', 'check', '--strict'], names: '--strict', accepts: seeHelp('content check ') },
    { name: 'content check: two folders', args: ['content', 'check', 'a', 'b'], names: "'check'", accepts: /Expected 1 argument/ },
    ...badValues(['content', 'graph'], 'content graph ', '--format', /Allowed choices are mermaid, dot/, [
      ['unknown choice', 'svg'],
      ['Cyrillic', 'дот'],
    ]).filter((x) => !x.name.endsWith('spaces')),
    { name: 'content graph --format=svg', args: ['content', 'graph', '--format=svg'], names: '--format', accepts: /Allowed choices are mermaid, dot/ },
    { name: 'content graph: extra argument', args: ['content', 'graph', 'dot'], names: "'graph'", accepts: /Expected 0 arguments/ },
  );

  // ---- refund-check
  const rc = ['refund-check'];
  add(
    ...badValues(rc, 'refund-check ', '--paid', DATES, [
      ['a word', 'yesterday'],
      ['no such day', '2024-02-30'],
      ['US order', '05/01/2024'],
      ['Cyrillic', '1 мая'],
      ['a number', '5'],
    ]),
    ...badValues(rc, 'refund-check ', '--today', DATES, [
      ['a word', 'now'],
      ['Cyrillic', 'сегодня'],
    ]),
    ...badValues(rc, 'refund-check ', '--seller', values(['amazon', 'third-party', 'other']), [
      ['unknown choice', 'ebay'],
      ['Cyrillic', 'амазон'],
    ]),
    ...badValues(rc, 'refund-check ', '--shipped', values(['yes', 'no', 'y', 'n', 'да', 'нет']), [
      ['unknown choice', 'maybe'],
      ['Cyrillic', 'может'],
      ['a number', '1'],
    ]),
    ...badValues(rc, 'refund-check ', '--order', ORDER, [
      ['too short', '123-45'],
      ['Cyrillic', 'номер'],
    ]),
    { name: 'refund-check --json=yes (wrong type)', args: ['refund-check', '--json=yes'], names: '--json=yes', accepts: seeHelp('refund-check ') },
    { name: 'refund-check: unknown flag', args: ['refund-check', '--price', '10'], names: '--price', accepts: seeHelp('refund-check ') },
    { name: 'refund-check: extra argument', args: ['refund-check', '2024-05-01'], names: "'refund-check'", accepts: /Expected 0 arguments/ },
    {
      name: 'refund-check: a flag without its value in the middle',
      args: ['refund-check', '--paid', '--seller', 'amazon', '--shipped', 'no'],
      names: '--paid',
      accepts: /--paid needs a value, but "--seller" follows it/,
    },
    {
      name: 'refund-check: missing flags without a terminal',
      args: ['refund-check', '--seller', 'amazon'],
      names: '--paid, --shipped',
      accepts: /pass them as flags, for example/,
    },
    {
      name: 'refund-check: payment after today',
      args: ['refund-check', '--paid', '2024-05-10', '--today', '2024-05-01', '--seller', 'amazon', '--shipped', 'no'],
      names: '--paid',
      accepts: /check the payment date, or pass --today/,
    },
  );

  // ---- draft
  const ids = c.topics.map((t) => t.id);
  add(
    { name: 'draft: no topic', args: ['draft'], names: 'topic', accepts: topicList },
    { name: 'draft: unknown topic', args: ['draft', 'refund'], names: '"refund"', accepts: topicList },
    { name: 'draft: empty topic', args: ['draft', ''], names: 'topic', accepts: topicList },
    { name: 'draft: Cyrillic topic', args: ['draft', 'оплата'], names: '"оплата"', accepts: topicList },
    { name: 'draft: 128 KiB topic', args: ['draft', LONG], names: 'unknown topic', accepts: topicList },
    { name: 'draft: ANSI topic', args: ['draft', ANSI_VALUE], names: 'unknown topic', accepts: topicList },
  );
  for (const topic of c.topics) {
    const prefix = ['draft', topic.id];
    const command = `draft ${topic.id} `;
    for (const q of topic.questions) add(...questionCases(topic.id, q));
    const offered = [...new Set(topic.outcomes.flatMap((o) => o.channels))];
    const notOffered = ['chat', 'email', 'phone', 'social', 'seller'].find((ch) => !offered.includes(ch as never));
    // --channel is checked once the path is known: give a full, valid set of answers first.
    const valid = validAnswers(topic.id);
    const channelCase = (label: string, value: string): BadCase => ({
      name: `${command}--channel ${label}`,
      args: [...prefix, ...valid, '--channel', value],
      names: '--channel',
      accepts: /accepted values: [a-z, ]+/,
    });
    add(
      { name: `${command}--channel (no value)`, args: [...prefix, '--channel'], names: '--channel', accepts: missing(command, '--channel') },
      channelCase('empty', ''),
      channelCase('unknown', 'fax'),
      channelCase('Cyrillic', 'чат'),
      channelCase('128 KiB', LONG),
      channelCase('ANSI escape', ANSI_VALUE),
      ...(notOffered ? [channelCase(`not offered (${notOffered})`, notOffered)] : []),
      ...badValues(prefix, command, '--account', values(c.flow.account.options.map((o) => o.id)), [
        ['unknown', 'guest'],
        ['Cyrillic', 'вход'],
      ])
        .filter((x) => topic.id === FULL_TOPIC || x.name.endsWith(' unknown') || x.name.endsWith('(no value)'))
        .map((x) => ({ ...x, args: [...prefix, ...valid, ...x.args.slice(2)] })),
      { name: `${command}--json=1 (wrong type)`, args: [...prefix, '--json=1'], names: '--json=1', accepts: seeHelp(command) },
      { name: `${command}--out (no value)`, args: [...prefix, '--out'], names: '--out', accepts: missing(command, '--out') },
      { name: `${command}unknown flag`, args: [...prefix, '--subject', 'x'], names: '--subject', accepts: seeHelp(command) },
      { name: `${command}extra argument`, args: [...prefix, 'now'], names: `'${topic.id}'`, accepts: /Expected 0 arguments/ },
      {
        name: `${command}a flag of another topic`,
        args: [...prefix, topic.id === 'price-drop' ? '--problem' : '--paid', 'x'],
        names: topic.id === 'price-drop' ? '--problem' : '--paid',
        accepts: seeHelp(command),
      },
    );
    for (const pref of c.preferences) {
      add(
        ...badValues(prefix, command, `--${pref.id}`, values(pref.options.map((o) => o.id)), [
          ['unknown', 'maybe'],
          ['Cyrillic', 'да'],
        ])
          .filter((x) => topic.id === FULL_TOPIC || x.name.endsWith(' unknown') || x.name.endsWith('(no value)'))
          .map((x) => ({ ...x, args: x.args.length > 3 ? [...prefix, ...valid, ...x.args.slice(2)] : x.args })),
      );
    }
    if (topic.eligibility) {
      add(
        ...badValues(prefix, command, '--today', DATES, [['a word', 'now']]).map((x) => ({
          ...x,
          args: x.args.length > 3 ? [...prefix, ...valid, ...x.args.slice(2)] : x.args,
        })),
      );
    }
    // A required question left out, without a terminal to ask on.
    const first = topic.questions.find((q) => q.id === topic.start)!;
    add({ name: `${command}missing ${first.id}`, args: [...prefix], names: `--${first.id}`, accepts: /./ });
  }
  void ids;

  const names = new Set<string>();
  for (const x of cases) {
    if (names.has(x.name)) throw new Error(`two cases are called "${x.name}"`);
    names.add(x.name);
  }
  return cases;
}

/** A complete, valid set of answers for a topic (the first choice everywhere, samples for the rest). */
export function validAnswers(topicId: string): string[] {
  const samples: Record<string, string[]> = {
    'account-blocked': ['--account-email', 'anna.petrova@example.com', '--sure', 'yes', '--papers', 'ready'],
    'not-as-described': ['--order', '123-1234567-1234567', '--problem', 'damaged', '--wish', 'refund'],
    payment: ['--problem', 'declined'],
    'price-drop': ['--paid', '2024-05-01', '--seller', 'amazon', '--shipped', 'no', '--order', '123-1234567-1234567', '--today', '2024-05-03'],
    'product-question': ['--about', 'size', '--sold-by', 'amazon', '--item', 'wireless headphones'],
    'seller-question': ['--stage', 'considering', '--about', 'size', '--item', 'wireless headphones'],
    delivery: ['--order', '123-1234567-1234567', '--problem', 'delivered-not-received', '--done', 'photo', '--expected', '2024-05-01', '--seller', 'amazon'],
    returns: ['--order', '123-1234567-1234567', '--stage', 'not-started', '--reason', 'changed-mind', '--wish', 'refund', '--seller', 'amazon'],
    'atoz-claim': ['--order', '123-1234567-1234567', '--problem', 'not-arrived', '--expected', '2024-05-01', '--asked', 'yes', '--contacted', '2024-05-02', '--answer', 'no-answer', '--can-show', 'tracking'],
    'account-hijacked': ['--account-email', 'buyer@example.com', '--what', 'strange-orders', '--secured', 'done'],
    'cancel-order': ['--order', '123-1234567-1234567', '--who', 'me', '--shipped', 'not-shipped', '--why', 'no-need', '--seller', 'amazon'],
    'something-else': ['--area', 'order', '--wish', 'refund'],
  };
  const found = samples[topicId];
  if (!found) throw new Error(`no sample answers for topic ${topicId}: add them to hardening-cases.ts`);
  return found;
}
