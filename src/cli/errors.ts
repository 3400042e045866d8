// Exit codes and the errors that map to them. Documented in the README; tests assert them.
export const EXIT = {
  ok: 0,
  /** refund-check: not eligible; atoz-check: a claim cannot be filed now, or no longer. */
  notEligible: 1,
  usage: 2,
  content: 3,
  /** The message could not be copied or written; it was printed instead. */
  output: 4,
  /** A bug in amz-help itself. */
  internal: 70,
  interrupted: 130,
  terminated: 143,
} as const;

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

/** Ctrl+C (SIGINT) or SIGTERM while asking or writing. */
export class InterruptedError extends Error {
  override name = 'InterruptedError';
  constructor(readonly signal: 'SIGINT' | 'SIGTERM' = 'SIGINT') {
    super('interrupted');
  }
}

/** @inquirer/prompts rejects with ExitPromptError on Ctrl+C; it is recognised by name. */
export function isPromptExit(err: unknown): boolean {
  return err instanceof Error && (err.name === 'ExitPromptError' || err.name === 'AbortPromptError');
}
