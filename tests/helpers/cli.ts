// Runs the built bin the way a user's shell would: a separate process with pipes, so stdout and
// stderr are not terminals, and a clean locale and colour environment unless a test sets one.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './content.js';

export const BIN = join(ROOT, 'bin', 'amz-help.js');

let anyUserBin: string | undefined;
/**
 * The built command, copied where any user may run it. Tests that run it as another user (setpriv)
 * cannot reach a clone that sits in a private folder (CI clones into one made by mktemp -d).
 */
export function binForAnyUser(): string {
  ensureBuilt();
  if (anyUserBin) return anyUserBin;
  const dir = mkdtempSync(join(tmpdir(), 'amz-help-any-user-'));
  chmodSync(dir, 0o755);
  for (const part of ['bin', 'dist', 'content', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return (anyUserBin = join(dir, 'bin', 'amz-help.js'));
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Wall-clock milliseconds the process took. */
  ms: number;
  /**
   * CPU milliseconds (user + system) the process used, from this process's cutime/cstime in
   * /proc/self/stat (Linux); undefined elsewhere. Unlike `ms`, it does not grow when other jobs
   * load the machine.
   */
  cpuMs?: number;
  signal: NodeJS.Signals | null;
}

const STRIP = /^(LANG|LANGUAGE|LC_.*|NO_COLOR|FORCE_COLOR|AMZ_HELP_.*|CI|COLORTERM|TERM)$/;

/** The parent's environment minus locale, colour and amz-help settings, plus NO_COLOR=1 and `env`. */
export function cleanEnv(env: Record<string, string | undefined> = {}, noColor = true): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!STRIP.test(k) && v !== undefined) out[k] = v;
  if (noColor) out.NO_COLOR = '1';
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  /** Leave NO_COLOR unset (colour tests). */
  colorEnv?: boolean;
  input?: string;
  timeout?: number;
  cwd?: string;
}

export function run(args: readonly string[], opts: RunOptions = {}): RunResult {
  ensureBuilt();
  const cpuBefore = childrenCpuMs();
  const started = Date.now();
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: cleanEnv(opts.env, !opts.colorEnv),
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: opts.timeout ?? 30_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  const ms = Date.now() - started;
  const cpuAfter = childrenCpuMs();
  const cpuMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal, ms, cpuMs };
}

/** CPU time of this process's waited-for children, in ms (clock ticks of 10 ms). */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name (which is in parentheses and may hold spaces): cutime is
    // field 16 and cstime field 17 of the whole line, i.e. the 14th and 15th after ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

/** A stack frame as Node prints it. */
export const STACK_FRAME = /^\s+at .+/m;
// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[/;

function newest(dir: string): number {
  let max = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    max = Math.max(max, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return max;
}

let checked = false;
/**
 * `npm test` builds before vitest runs. When a test file is run on its own after src/ changed, the
 * bin would be stale: build once, under a lock so that parallel test files do not build together.
 */
export function ensureBuilt(): void {
  if (checked) return;
  const cli = join(ROOT, 'dist', 'cli.js');
  const fresh = (): boolean =>
    existsSync(cli) && statSync(cli).mtimeMs >= Math.max(newest(join(ROOT, 'src')), statSync(join(ROOT, 'scripts', 'build.mjs')).mtimeMs);
  if (!fresh()) {
    const lock = join(ROOT, 'node_modules', '.amz-help-test-build.lock');
    let mine = false;
    for (let i = 0; i < 600 && !mine; i++) {
      try {
        mkdirSync(lock);
        mine = true;
      } catch {
        if (fresh()) break;
        spawnSync('sleep', ['0.1']);
      }
    }
    try {
      if (mine && !fresh()) {
        const b = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
        if (b.status !== 0) throw new Error(`build failed:\n${b.stdout}\n${b.stderr}`);
      }
    } finally {
      if (mine) rmdirSync(lock);
    }
  }
  checked = true;
}
