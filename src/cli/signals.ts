// The signals that end a run, and long synchronous work that they must still be able to end.
const ENDING_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

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
