// Interface language (--lang, LC_ALL, LC_MESSAGES, LANG) and colour (NO_COLOR, FORCE_COLOR,
// --no-color, pipes), as seen from a child process. Drafted messages stay English throughout.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { RefundFile } from '../src/content/schema.js';
import { loadContent } from '../src/validate/loader.js';
import { ANSI, run, type RunOptions } from './helpers/cli.js';
import { CONTENT } from './helpers/content.js';

// Each test spawns the bin one or more times; on a loaded 2-core CI machine a spawn can take seconds.
vi.setConfig({ testTimeout: 90_000 });

let refund: RefundFile;
beforeAll(() => {
  refund = loadContent(CONTENT).content.refund;
});

const ELIGIBLE = ['refund-check', '--paid', '2024-05-01', '--seller', 'amazon', '--shipped', 'no', '--today', '2024-05-06'];
const BAD = ['refund-check', '--paid', '2024-05-01', '--seller', 'bob', '--shipped', 'no'];
const CYRILLIC = /[\u0400-\u04ff]/;

/** The English message block of an eligible run, whatever the interface language. */
function message(stdout: string): string {
  const lines = stdout.split('\n');
  const at = lines.findIndex((l) => /^(Message to paste \(English\)|Сообщение на английском \(скопируйте его целиком\)):$/.test(l));
  expect(at).toBeGreaterThan(-1);
  return lines.slice(at + 2).join('\n').trim();
}

function language(opts: RunOptions, args: string[] = ELIGIBLE): 'ru' | 'en' {
  const r = run(args, opts);
  expect(r.status).toBe(0);
  // refund-check opens with the policy statement: Amazon has no price-adjustment policy.
  const first = r.stdout.split('\n')[0];
  if (first === refund.intro.ru) return 'ru';
  if (first === refund.intro.en) return 'en';
  throw new Error(`neither language: ${first}`);
}

describe('interface language', () => {
  it('--lang ru: Russian interface, English message', () => {
    const r = run(['--lang', 'ru', ...ELIGIBLE]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(refund.intro.ru);
    expect(lines).toContain(refund.verdict.eligible.ru);
    const sold = refund.conditions.find((c) => c.id === 'sold-by-amazon')!;
    expect(lines).toContain(`✔ ${sold.title.ru}: ${sold.met.ru}`);
    expect(lines).toContain(`  как проверить: ${sold.howToCheck.ru}`);
    expect(lines).toContain('Последний день для обращения: 8 мая 2024 г. (осталось 2 дня)');
    expect(lines).toContain('Что делать дальше:');
    expect(lines).toContain('Сообщение на английском (скопируйте его целиком):');
    // Amazon's labels stay as on the site, in Russian quotes
    expect(r.stdout).toContain('«Contact Us»');
    const text = message(r.stdout);
    expect(text).toContain('May 1, 2024');
    expect(text).not.toMatch(CYRILLIC);
    // and the message is the same as in the English run
    expect(text).toBe(message(run(ELIGIBLE).stdout));
  });

  it('--lang ru also after the command, and as --lang=ru', () => {
    expect(language({}, [...ELIGIBLE, '--lang', 'ru'])).toBe('ru');
    expect(language({}, ['--lang=ru', ...ELIGIBLE])).toBe('ru');
  });

  it.each([
    [{ LANG: 'ru_RU.UTF-8' }, 'ru'],
    [{ LANG: 'ru' }, 'ru'],
    [{ LANG: 'ru_UA.UTF-8' }, 'ru'],
    [{ LC_MESSAGES: 'ru_RU.UTF-8' }, 'ru'],
    [{ LC_ALL: 'ru_RU.UTF-8', LANG: 'en_US.UTF-8' }, 'ru'],
    [{ LC_ALL: 'en_US.UTF-8', LANG: 'ru_RU.UTF-8' }, 'en'],
    [{ LC_MESSAGES: 'en_US.UTF-8', LANG: 'ru_RU.UTF-8' }, 'en'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{ LANG: 'de_DE.UTF-8' }, 'en'],
    [{ LANG: 'rus' }, 'en'], // not a ru locale name
    [{}, 'en'],
  ] as const)('%j → %s', (env, lang) => {
    expect(language({ env })).toBe(lang);
  });

  it('--lang beats the locale both ways', () => {
    expect(language({ env: { LANG: 'ru_RU.UTF-8' } }, ['--lang', 'en', ...ELIGIBLE])).toBe('en');
    expect(language({ env: { LC_ALL: 'en_US.UTF-8' } }, ['--lang', 'ru', ...ELIGIBLE])).toBe('ru');
  });

  it('errors and hints speak the interface language', () => {
    const r = run(BAD, { env: { LANG: 'ru_RU.UTF-8' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('ошибка: --seller «bob»: такого значения нет\nподсказка: можно указать: amazon, third-party, other\n');
  });

  it('missing flags, in Russian', () => {
    const r = run(['--lang', 'ru', 'refund-check'], {});
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('ошибка: не указано: --paid, --seller, --shipped, а спросить негде: ввод идёт не из терминала');
  });

  it('help in Russian', () => {
    const r = run(['--lang', 'ru', 'refund-check', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('\nПримеры:\n');
    expect(r.stdout).toContain('\nКоды выхода:\n');
    // commander's own headings too, not only ours
    expect(r.stdout).toMatch(/^Использование: /);
    expect(r.stdout).toContain('\nФлаги:\n');
    expect(r.stdout).toContain('\nОбщие флаги:\n');
    expect(r.stdout).not.toMatch(/^(Usage|Options|Global Options|Commands):/m);
  });

  it('an unknown --lang is a usage error', () => {
    const r = run(['--lang', 'de', ...ELIGIBLE]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe("error: option '--lang <lang>' argument 'de' is invalid. Allowed choices are en, ru.");
  });
});

describe('colour', () => {
  const colour = (env: Record<string, string>, args: string[] = ELIGIBLE) => run(args, { env, colorEnv: true });

  it('piped output has no ANSI escapes by default', () => {
    const ok = colour({});
    expect(ok.status).toBe(0);
    expect(ok.stdout).not.toMatch(ANSI);
    const bad = colour({}, BAD);
    expect(bad.status).toBe(2);
    expect(bad.stderr).not.toMatch(ANSI);
  });

  it('FORCE_COLOR=1 adds them, on stdout and on stderr', () => {
    const ok = colour({ FORCE_COLOR: '1' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(ANSI);
    // colour wraps words, it does not change them
    expect(ok.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe(run(ELIGIBLE).stdout);
    const bad = colour({ FORCE_COLOR: '1' }, BAD);
    expect(bad.stderr).toMatch(ANSI);
    expect(bad.stderr.replace(/\u001b\[[0-9;]*m/g, '')).toBe(run(BAD).stderr);
  });

  it.each([
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, []],
    [{ FORCE_COLOR: '1' }, ['--no-color']],
    [{ FORCE_COLOR: '3' }, ['--no-color']],
    [{ FORCE_COLOR: '0' }, []],
    [{ NO_COLOR: 'yes' }, []],
  ] as const)('%j %j → no colour', (env, extra) => {
    const ok = colour(env, [...extra, ...ELIGIBLE]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).not.toMatch(ANSI);
    const bad = colour(env, [...extra, ...BAD]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).not.toMatch(ANSI);
  });

  it('an empty NO_COLOR does not turn colour off (no-color.org)', () => {
    expect(colour({ FORCE_COLOR: '1', NO_COLOR: '' }).stdout).toMatch(ANSI);
  });

  it('data stays plain even with FORCE_COLOR: --json and content graph', () => {
    const json = colour({ FORCE_COLOR: '1' }, [...ELIGIBLE, '--json']);
    expect(json.stdout).not.toMatch(ANSI);
    expect(JSON.parse(json.stdout).eligible).toBe(true);
    const graph = colour({ FORCE_COLOR: '1' }, ['content', 'graph']);
    expect(graph.status).toBe(0);
    expect(graph.stdout).not.toMatch(ANSI);
  });
});
