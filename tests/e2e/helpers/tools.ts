// The outside programs the end-to-end tests need, and what happens when one is missing:
// under CI=true the tests FAIL and say what to install (.ci/run installs them); elsewhere they are
// skipped with the reason in the test's name and a warning on the console. Never silently.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

/** The repository these tests belong to (tests/e2e/helpers/ → three levels up). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const BIN = join(ROOT, 'bin', 'amz-help.js');

/** Debian package that provides each command. */
const APT: Record<string, string> = {
  tmux: 'tmux',
  Xvfb: 'xvfb',
  xsel: 'xsel',
  git: 'git',
  npm: 'npm',
};

export const inCI = ((): boolean => {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
})();

export function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v '${name}'`], { stdio: 'ignore' }).status === 0;
}

/** "tmux, Xvfb are not installed (apt-get install tmux xvfb)", or undefined when all are there. */
export function missingTools(names: readonly string[]): string | undefined {
  const missing = names.filter((n) => !hasCommand(n));
  if (missing.length === 0) return undefined;
  const pkgs = [...new Set(missing.map((n) => APT[n] ?? n))];
  return `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not installed (apt-get install ${pkgs.join(' ')})`;
}

/**
 * describe() that needs outside programs. Missing under CI: one failing test that names them.
 * Missing elsewhere: a skipped test whose name gives the reason, plus a console warning.
 */
export function describeWithTools(title: string, tools: readonly string[], body: () => void): void {
  const missing = missingTools(tools);
  if (!missing) {
    describe(title, body);
    return;
  }
  if (inCI) {
    describe(title, () => {
      itFails(`needs ${tools.join(', ')}`, missing);
    });
    return;
  }
  console.warn(`[e2e] skipping "${title}": ${missing}`);
  describe.skip(`${title} — SKIPPED: ${missing}`, body);
}

function itFails(name: string, missing: string): void {
  it(name, () => {
    throw new Error(`CI=true and ${missing}. .ci/run installs them; run it, or install them by hand.`);
  });
}

/** bin/amz-help.js runs dist/: it must have been built (npm test builds first). */
export function assertBuilt(): void {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) {
    throw new Error('dist/cli.js is missing: run `npm run build` (npm test does it) before the end-to-end tests');
  }
}

/** The parent's environment without locale, colour, CI and amz-help settings, plus `extra`. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const strip = /^(LANG|LANGUAGE|LC_.*|NO_COLOR|FORCE_COLOR|AMZ_HELP_.*|CI|COLORTERM|TERM|TMUX|TMUX_PANE|DISPLAY|WAYLAND_DISPLAY|npm_.*)$/;
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!strip.test(k) && v !== undefined) out[k] = v;
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

/** Polls `probe` every `intervalMs` until it returns a value other than undefined, or throws. */
export async function pollUntil<T>(
  probe: () => T | undefined,
  timeoutMs: number,
  describeFailure: () => string,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms: ${describeFailure()}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
