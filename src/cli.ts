// The installed command: main() runs the command line and sets the exit code. Signals end the run cleanly:
// the cursor is shown again, "Cancelled" is said, and the code is 130 (SIGINT), 143 (SIGTERM) or
// 129 (SIGHUP); in the wizard, after the answers so far (src/cli/signals.ts). A failed write to
// stdout or stderr ends as exit 4 (src/cli/stdio.ts).
import type { Output } from './cli/context.js';
import { resolveLang } from './cli/lang.js';
import { t } from './cli/messages.js';
import { onEndingSignal, releaseDeadTerminal, type EndingSignal } from './cli/signals.js';
import { finishOutput, stdioOutput } from './cli/stdio.js';
import { run } from './run.js';

const SHOW_CURSOR = '\u001b[?25h';

function lastWords(stdout: Output, stderr: Output): void {
  // The cursor is shown again where it may have been hidden; a dumb terminal gets no escape codes.
  const cursor = process.env.TERM !== 'dumb';
  if (cursor && stdout.isTTY) stdout.write(SHOW_CURSOR);
  if (cursor && stderr.isTTY) stderr.write(SHOW_CURSOR);
  // In the interface language, like every other line; nothing is sent anywhere by amz-help.
  stderr.write(`\n${t(resolveLang(process.argv.slice(2), process.env), 'cancelled')}\n`);
}
export { run };

/** Runs this process's command line: what bin/amz-help.js calls, from the bundle dist/cli.js. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const stdout = stdioOutput(1);
  const stderr = stdioOutput(2);
  // `on`, not `once`: the prompts' signal-exit re-raises a signal that has no other listener left.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as EndingSignal[]) {
    process.on(signal, () => onEndingSignal(signal, () => lastWords(stdout, stderr)));
  }
  const code = await run(argv, { stdout, stderr });
  await Promise.all([stdout.flushed(), stderr.flushed()]);
  process.exitCode = finishOutput(code, resolveLang(argv, process.env), stdout, stderr);
  releaseDeadTerminal();
  // A signal that came while a write to the terminal was blocked (e.g. paused with Ctrl+S) is only
  // read from the event loop: one more turn lets its handler run instead of the process ending with 0.
  // Two setImmediate()s put one poll phase (where signals are read) between here and the end, even
  // when this runs in the check phase; a setTimeout(0) would do the same but costs a millisecond.
  await new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}
