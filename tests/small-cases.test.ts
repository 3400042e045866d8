// The smaller cases of issue 14 §7, one test each (the --out ones are in out-file.test.ts, the
// content folder ones in hostile-walk.test.ts, the emoji count in unicode.test.ts).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run as runMain } from '../src/run.js';
import { makeStyle } from '../src/cli/style.js';
import { ANSI, run } from './helpers/cli.js';
import { cleanupTemp, CONTENT, tempDir } from './helpers/content.js';

afterAll(() => cleanupTemp());
const BLOCKED = ['draft', 'account-blocked', '--account-email', 'anna@example.com', '--sure', 'yes', '--papers', 'ready'];

describe('help and topic names', () => {
  it('`help draft nonexistent` exits 2 and names the topic', () => {
    const r = run(['help', 'draft', 'nonexistent']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('error: unknown topic "nonexistent"');
    expect(r.stderr.split('\n')[1]).toMatch(/^hint: topics: .*payment/);
  });

  it('`help draft payment` still shows help, exit 0', () => {
    expect(run(['help', 'draft', 'payment']).status).toBe(0);
  });

  it('`draft PAYMENT` drafts as `draft payment` does, as `path PAYMENT` shows as `path payment`', () => {
    const lower = run(['draft', 'payment', '--problem', 'declined']);
    const upper = run(['draft', 'PAYMENT', '--problem', 'declined']);
    expect(upper.status, upper.stderr).toBe(0);
    expect(upper.stdout).toBe(lower.stdout);
    expect(run(['path', 'PAYMENT']).stdout).toBe(run(['path', 'payment']).stdout);
  });
});

describe('dates', () => {
  it('--since in the future is refused, like the wizard refuses it', () => {
    const r = run([...BLOCKED, '--since', '2999-12-31']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toMatch(/^error: --since 2999-12-31 is after today \(\d{4}-\d{2}-\d{2}\): the date cannot be in the future$/);
    expect(run([...BLOCKED, '--since', '2024-05-01']).status).toBe(0);
  });

  it('--since 9999-12-31: the year is out of range', () => {
    const r = run([...BLOCKED, '--since', '9999-12-31']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('error: --since "9999-12-31": the year must be between 1900 and 2999');
  });

  it('no lastDay of a five-digit year: 9999 is refused, 2999 gives 3000-01-07', () => {
    const far = run(['refund-check', '--paid', '9999-12-31', '--today', '9999-12-31', '--seller', 'amazon', '--shipped', 'no', '--json']);
    expect(far.status).toBe(2);
    const r = run(['refund-check', '--paid', '2999-12-31', '--today', '2999-12-31', '--seller', 'amazon', '--shipped', 'no', '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { lastDay: string }).lastDay).toBe('3000-01-07');
  });
});

describe('global options', () => {
  it('--lang RU and --lang=Ru are Russian', () => {
    const ru = run(['--lang', 'ru', 'topics']);
    for (const args of [['--lang', 'RU', 'topics'], ['--lang=Ru', 'topics']]) {
      const r = run(args);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe(ru.stdout);
    }
  });

  it('repeated --lang: the last one wins, for the messages and for the parse alike', () => {
    expect(run(['--lang', 'ru', '--lang', 'en', 'topics']).stdout).toBe(run(['--lang', 'en', 'topics']).stdout);
    expect(run(['--lang', 'en', '--lang', 'ru', 'topics']).stdout).toBe(run(['--lang', 'ru', 'topics']).stdout);
    // An error's words follow the same value.
    expect(run(['--lang', 'en', '--lang', 'ru', 'topics', '--bogus']).stderr).toMatch(/^ошибка:/);
  });

  it('repeated --content: the last one wins', () => {
    const missing = join(tempDir(), 'missing');
    const good = run(['--content', missing, '--content', CONTENT, 'topics']);
    expect(good.status, good.stderr).toBe(0);
    const bad = run(['--content', CONTENT, '--content', missing, 'topics']);
    expect(bad.status).toBe(3);
    expect(bad.stderr).toContain(missing);
  });

  it('--color anywhere never forces colour into a file', () => {
    for (const args of [['--color', 'topics'], ['topics', '--color']]) {
      const r = run(args, { colorEnv: true });
      expect(r.stdout).not.toMatch(ANSI);
      expect(r.stderr).not.toMatch(ANSI);
    }
  });
});

describe('TERM=dumb', () => {
  it('the wizard on a terminal that cannot move the cursor: exit 2, one plain line, no escape codes', async () => {
    let out = '';
    let err = '';
    const tty = (add: (s: string) => void) => ({ isTTY: true, write: (s: string) => (add(s), true) });
    const code = await runMain(['wizard'], {
      env: { TERM: 'dumb' },
      stdinIsTTY: true,
      stdout: tty((s) => (out += s)),
      stderr: tty((s) => (err += s)),
      out: makeStyle(0),
      err: makeStyle(0),
    });
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(
      'error: the wizard redraws its questions, but this terminal (TERM=dumb) cannot move the cursor\nhint: use "amz-help draft <topic> --channel <id> ..." to draft a message from flags; "amz-help topics" lists the topics\n',
    );
    expect(err).not.toMatch(ANSI);
  });

  it('no colour either', () => {
    const r = run(['topics'], { env: { TERM: 'dumb' }, colorEnv: true });
    expect(r.stdout).not.toMatch(ANSI);
  });
});

describe('paths shown back', () => {
  it('a newline inside an --out path cannot forge an extra "error:" line', () => {
    const dir = tempDir();
    const out = join(dir, 'missing\nerror: forged', 'message.txt');
    const r = run(['draft', 'payment', '--problem', 'declined', '--out', out]);
    expect(r.status).toBe(4);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^warning: could not write .*missing\uFFFDerror: forged/);
    expect(lines[1]).toMatch(/^hint: /);
  });

  it('a 120 KB path is clipped, in --out and --content alike', () => {
    const dir = tempDir();
    const long = join(dir, 'x'.repeat(120_000), 'message.txt');
    const r = run(['draft', 'payment', '--problem', 'declined', '--out', long]);
    expect(r.status).toBe(4);
    for (const line of r.stderr.split('\n')) expect(line.length).toBeLessThan(1000);
    expect(r.stderr).toContain('message.txt');
    const c = run(['--content', join(dir, 'y'.repeat(120_000)), 'topics']);
    expect(c.status).toBe(3);
    for (const line of c.stderr.split('\n')) expect(line.length).toBeLessThan(1100);
  });

  it('a real folder with a newline in its name: content check names it on one line', () => {
    const dir = join(tempDir(), 'a\nb');
    mkdirSync(dir);
    const r = run(['content', 'check', dir]);
    expect(r.status).toBe(3);
    for (const line of r.stderr.trimEnd().split('\n')) expect(line).toMatch(/^(✖ |\d+ problem)/);
  });
});
