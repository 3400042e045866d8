// Output errors are output errors (issue 14 §5): a failed write to stdout or stderr (ENOSPC, EBADF,
// EPIPE) exits 4 with one line where it can still be written, never 70 ("a bug") and never
// refund-check's 1 ("not eligible"); --out is written whatever happens to stdout.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, ensureBuilt, run, STACK_FRAME } from './helpers/cli.js';
import { cleanupTemp, tempDir } from './helpers/content.js';

afterAll(() => cleanupTemp());
const DRAFT = ['draft', 'payment', '--problem', 'charged-twice'];
const ELIGIBLE = ['refund-check', '--paid', '2024-05-01', '--today', '2024-05-03', '--seller', 'amazon', '--shipped', 'no'];
const NOT_ELIGIBLE = ['refund-check', '--paid', '2024-01-01', '--today', '2024-05-01', '--seller', 'amazon', '--shipped', 'no'];

/** Runs the bin through bash with `redirect` (e.g. `> /dev/full`); stdout/stderr not redirected are captured. */
function sh(args: string[], redirect: string, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  ensureBuilt();
  const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('bash', ['-c', `'${process.execPath}' '${BIN}' ${quoted} ${redirect}`], { env: cleanEnv(env), encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('stdout cannot be written', () => {
  it('a full disk (> /dev/full): exit 4, one line naming it, --out still written', () => {
    const dir = tempDir();
    const out = join(dir, 'message.txt');
    const r = sh([...DRAFT, '--out', out], '> /dev/full');
    expect(r.status).toBe(4);
    expect(r.stderr).toBe(`Written to ${out}.\nerror: could not write the output: no space left on the device\n`);
    expect(readFileSync(out, 'utf8')).toContain('I was charged twice');
  });

  it('stdout opened read-only (EBADF): exit 4, one line', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ro.txt'), '');
    const r = sh(DRAFT, `1< '${join(dir, 'ro.txt')}'`);
    expect(r.status).toBe(4);
    expect(r.stderr).toBe('error: could not write the output: standard output is not open for writing (EBADF)\n');
  });

  it('refund-check into a full disk: 4, not its verdict', () => {
    expect(sh(ELIGIBLE, '> /dev/full').status).toBe(4);
    expect(sh(NOT_ELIGIBLE, '> /dev/full').status).toBe(4);
  });

  it('in Russian', () => {
    const r = sh(DRAFT, '> /dev/full', { LANG: 'ru_RU.UTF-8' });
    expect(r.status).toBe(4);
    expect(r.stderr).toBe('ошибка: не удалось вывести результат: на устройстве не осталось места\n');
  });
});

describe('stderr cannot be written', () => {
  it('a warning into a full stderr: the message on stdout, exit 4, no stack trace anywhere', () => {
    const r = sh([...DRAFT, '--details', 'Списали дважды.'], '2> /dev/full');
    expect(r.status).toBe(4);
    expect(r.stdout).toContain('I was charged twice');
    expect(r.stdout).not.toMatch(STACK_FRAME);
  });

  it('refund-check keeps its verdict when stderr is full and unused: 0 and 1, never 1 for an output error', () => {
    expect(sh(ELIGIBLE, '2> /dev/full').status).toBe(0);
    expect(sh(NOT_ELIGIBLE, '2> /dev/full').status).toBe(1);
    // A usage error whose line cannot be written is still a usage error.
    expect(sh([...ELIGIBLE, '--bogus'], '2> /dev/full').status).toBe(2);
  });

  it('both full: exit 4, silently', () => {
    const r = sh(DRAFT, '> /dev/full 2> /dev/full');
    expect(r.status).toBe(4);
  });
});

describe('nothing failed', () => {
  it('a normal run is untouched', () => {
    const r = run(DRAFT);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});
