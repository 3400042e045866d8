// The installed command: main() runs the command line and sets the exit code. Signals end the run cleanly:
// the cursor is shown again, "Cancelled" is said, and the code is 130 (SIGINT) or 143 (SIGTERM).
import type { Output } from './cli/context.js';
import { removePendingTempFiles } from './cli/deliver.js';
import { resolveLang } from './cli/lang.js';
import { EXIT } from './cli/catalog.js';
import { t } from './cli/messages.js';
import { isTerminal } from './cli/terminal.js';
import { run } from './main.js';

// Start-up code takes node:fs with process.getBuiltinModule, not import (see src/cli/terminal.ts).
const { fstatSync, writeSync } = process.getBuiltinModule('node:fs');

const SHOW_CURSOR = '\u001b[?25h';

function onSignal(signal: 'SIGINT' | 'SIGTERM'): void {
  removePendingTempFiles();
  if (process.stdout.isTTY) process.stdout.write(SHOW_CURSOR);
  if (process.stderr.isTTY) process.stderr.write(SHOW_CURSOR);
  // In the interface language, like every other line; nothing is sent anywhere by amz-help.
  process.stderr.write(`\n${t(resolveLang(process.argv.slice(2), process.env), 'cancelled')}\n`);
  process.exit(signal === 'SIGINT' ? EXIT.interrupted : EXIT.terminated);
}
export { run };

/** Runs this process's command line: what bin/amz-help.js calls, from the bundle dist/cli.js. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  process.once('SIGINT', () => onSignal('SIGINT'));
  process.once('SIGTERM', () => onSignal('SIGTERM'));
  process.exitCode = await run(argv, { stdout: stdioOutput(1), stderr: stdioOutput(2) });
  // A signal that came while a write to the terminal was blocked (e.g. paused with Ctrl+S) is only
  // read from the event loop: one more turn lets its handler run instead of the process ending with 0.
  // Two setImmediate()s put one poll phase (where signals are read) between here and the end, even
  // when this runs in the check phase; a setTimeout(0) would do the same but costs a millisecond.
  await new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}

/**
 * Where fd 1 or 2 goes. For a file (or /dev/null) Node's own stream is a SyncWriteStream, which
 * does writeSync: that is done here directly, without loading node:stream (about 2 ms of every
 * start-up whose output is redirected). A terminal or a pipe gets process.stdout or process.stderr.
 */
function stdioOutput(fd: 1 | 2): Output {
  try {
    const stat = fstatSync(fd);
    if ((stat.isFile() || stat.isCharacterDevice()) && !isTerminal(fd)) {
      return {
        isTTY: false,
        write: (text: string) => {
          writeSync(fd, text);
          return true;
        },
      };
    }
  } catch {
    // Not open, or not something to stat: Node's stream decides, as before.
  }
  const stream = fd === 1 ? process.stdout : process.stderr;
  // The reader went away (amz-help contacts | head -3): its choice, not a crash. The rest of the
  // output is dropped; the run finishes (an --out file is still written) with its own exit code.
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
  });
  return stream;
}
