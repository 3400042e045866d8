// The signals that end a run, and what each does:
// - while the wizard asks, SIGINT, SIGTERM, SIGHUP (and the terminal failing with EIO, which is how
//   a closed terminal shows when no SIGHUP comes) end the prompt through its AbortSignal, so the
//   wizard itself unwinds: it prints the answers so far as an `amz-help draft` line, and the run
//   ends with 130, 143 or 129 (128 + the signal's number);
// - at any other time the handler removes a temporary file, shows the cursor, says "Cancelled" and
//   exits with the same codes;
// - during long synchronous work (reading content) no handler is installed at all, so a signal
//   ends the process at once (see `interruptible`).
// Ctrl+Z: readline stops the process itself, and on SIGCONT pauses its input, expecting its owner
// to resume it; the prompts do not, so it is done here, and the question is asked on.
import { isTerminal } from './terminal.js';
import { removePendingTempFiles } from './write-file.js';

export type EndingSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';
const ENDING_SIGNALS: readonly EndingSignal[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
export const SIGNAL_EXIT: Record<EndingSignal, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

let prompting: AbortController | undefined;

/** While the wizard asks: its prompts end through this signal instead of the process ending. */
export function promptAbortSignal(): AbortSignal | undefined {
  return prompting?.signal;
}

/** Why the prompts were aborted, if they were. */
export function abortedBy(): EndingSignal | undefined {
  const reason: unknown = prompting?.signal.reason;
  return prompting?.signal.aborted && ENDING_SIGNALS.includes(reason as EndingSignal) ? (reason as EndingSignal) : undefined;
}

/** Ends the prompts (not the process) when the wizard is asking; false otherwise. */
export function abortPrompts(signal: EndingSignal): boolean {
  if (!prompting) return false;
  if (!prompting.signal.aborted) prompting.abort(signal);
  return true;
}

function resumeInput(): void {
  // After readline's own SIGCONT handler (registered at Ctrl+Z, so it runs after this one).
  setImmediate(() => {
    if (prompting && !prompting.signal.aborted) process.stdin.resume();
  });
}

/** Set once the terminal is known to be gone: a hang-up, or EIO on it. */
let terminalGone = false;

function terminalFailed(err: NodeJS.ErrnoException): void {
  // EIO: the terminal is gone (closed window, killed tmux pane, ssh dropped) without a SIGHUP.
  if (err.code === 'EIO' || err.code === 'ENXIO' || err.code === 'EBADF') {
    terminalGone = true;
    abortPrompts('SIGHUP');
  }
}

type RawMode = (mode: boolean) => unknown;
let realSetRawMode: RawMode | undefined;

/**
 * Starts a run of prompts. Until `stopPrompting`, signals and a failing terminal abort them; a
 * terminal that fails while raw mode is switched (readline does so on every prompt) does not throw.
 */
export function startPrompting(): void {
  prompting = new AbortController();
  process.on('SIGCONT', resumeInput);
  process.stdin.on('error', terminalFailed);
  // The end of a terminal's input is no key (Ctrl+D is one, in raw mode): the terminal has hung up.
  process.stdin.on('end', terminalEnded);
  const stdin = process.stdin as NodeJS.ReadStream & { setRawMode?: RawMode };
  if (stdin.setRawMode && !realSetRawMode) {
    const real = stdin.setRawMode.bind(stdin);
    realSetRawMode = real;
    stdin.setRawMode = (mode: boolean) => {
      try {
        return real(mode);
      } catch (err) {
        terminalFailed(err as NodeJS.ErrnoException);
        return stdin;
      }
    };
  }
}

export function stopPrompting(): void {
  prompting = undefined;
  process.off('SIGCONT', resumeInput);
  process.stdin.off('error', terminalFailed);
  process.stdin.off('end', terminalEnded);
}

function terminalEnded(): void {
  terminalGone = true;
  abortPrompts('SIGHUP');
}

/** Tells the wizard that the terminal (its output) failed: the same as a hang-up. */
export function terminalOutputFailed(err: NodeJS.ErrnoException): void {
  terminalFailed(err);
}

/** Which of fds 0-2 were a terminal when the run started. */
const startedOnTerminal = [0, 1, 2].map((fd) => isTerminal(fd));

/**
 * Closes the descriptors of a terminal that has gone away (hung up: it no longer answers as a
 * terminal). On exit Node restores the terminal settings it found at start and aborts when that
 * fails (EIO, "Assertion failed" and SIGABRT); it skips descriptors that are closed.
 */
export function releaseDeadTerminal(): void {
  for (const fd of [0, 1, 2]) {
    if (!startedOnTerminal[fd] || (!terminalGone && process.getBuiltinModule('node:tty').isatty(fd))) continue;
    try {
      process.getBuiltinModule('node:fs').closeSync(fd);
    } catch {
      // Already closed.
    }
  }
}

/**
 * The handler cli.ts installs for each ending signal. `say` writes the last words (it must not
 * throw: the terminal may be gone). While the wizard asks, only its prompt is aborted.
 */
export function onEndingSignal(signal: EndingSignal, say: () => void): void {
  if (signal === 'SIGHUP') terminalGone = true;
  if (abortPrompts(signal)) return;
  removePendingTempFiles();
  try {
    say();
  } catch {
    // Nowhere left to say it.
  }
  releaseDeadTerminal();
  process.exit(SIGNAL_EXIT[signal]);
}

/**
 * Runs `work` with the default action for the signals that end a run. Reading and checking content
 * is long synchronous work (a megabyte of YAML takes seconds): a JavaScript handler would only run
 * after it, so Ctrl+C would seem to do nothing. Without one, the signal ends the process at once,
 * which is right here: nothing has been asked, printed or written yet.
 */
export async function interruptible<T>(work: () => Promise<T>): Promise<T> {
  const saved = ENDING_SIGNALS.map((signal) => [signal, process.rawListeners(signal)] as const);
  for (const [signal] of saved) process.removeAllListeners(signal);
  try {
    return await work();
  } finally {
    for (const [signal, listeners] of saved) for (const listener of listeners) process.on(signal, listener as () => void);
  }
}
