// The installed command: runs main and exits with its code. Signals end the run cleanly:
// the cursor is shown again, "Cancelled" is said, and the code is 130 (SIGINT) or 143 (SIGTERM).
import { run } from './main.js';

const SHOW_CURSOR = '\u001b[?25h';

function onSignal(signal: 'SIGINT' | 'SIGTERM'): void {
  if (process.stdout.isTTY) process.stdout.write(SHOW_CURSOR);
  if (process.stderr.isTTY) process.stderr.write(SHOW_CURSOR);
  process.stderr.write(signal === 'SIGINT' ? '\nCancelled.\n' : '\nTerminated.\n');
  process.exit(signal === 'SIGINT' ? 130 : 143);
}
process.once('SIGINT', () => onSignal('SIGINT'));
process.once('SIGTERM', () => onSignal('SIGTERM'));

process.exitCode = await run(process.argv.slice(2));
