// The errors that map to exit codes (the codes are in catalog.ts). Documented in the README; tests assert them.
export { EXIT } from './catalog.js';

/** Bad input from the user: one line on stderr, a hint, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** The clipboard or a file could not take the message (it is still printed): exit 4. */
export class OutputError extends Error {
  override name = 'OutputError';
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** Ctrl+C (SIGINT), SIGTERM or a hang-up (SIGHUP, the terminal gone) while asking or writing. */
export class InterruptedError extends Error {
  override name = 'InterruptedError';
  constructor(readonly signal: 'SIGINT' | 'SIGTERM' | 'SIGHUP' = 'SIGINT') {
    super('interrupted');
  }
}

/** @inquirer/prompts rejects with ExitPromptError on Ctrl+C; it is recognised by name. */
export function isPromptExit(err: unknown): boolean {
  return err instanceof Error && (err.name === 'ExitPromptError' || err.name === 'AbortPromptError');
}
