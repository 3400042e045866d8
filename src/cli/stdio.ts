// stdout and stderr as the run writes them. A write that fails (a full disk: ENOSPC; a descriptor
// opened read-only or closed: EBADF; a reader gone: EPIPE; a terminal gone: EIO) never throws into
// the command: it is noted, later writes to that stream are dropped, and the command goes on (so an
// --out file is still written). At the end the run exits 4 and says so once, where it still can.
import type { Output } from './context.js';
import { EXIT } from './catalog.js';
import { t } from './messages.js';
import type { Lang } from '../content/schema.js';
import { terminalOutputFailed } from './signals.js';
import { isTerminal } from './terminal.js';

// Start-up code takes node:fs with process.getBuiltinModule, not import (see src/cli/terminal.ts).
const { fstatSync, writeSync } = process.getBuiltinModule('node:fs');

export interface StdioOutput extends Output {
  /** The first error a write met, if any. */
  failure(): NodeJS.ErrnoException | undefined;
  /** Resolves once what was written has been handed to the system (or has failed). */
  flushed(): Promise<void>;
}

/**
 * Where fd 1 or 2 goes. For a file (or /dev/null) Node's own stream is a SyncWriteStream, which
 * does writeSync: that is done here directly, without loading node:stream (about 2 ms of every
 * start-up whose output is redirected). A terminal or a pipe gets process.stdout or process.stderr.
 */
export function stdioOutput(fd: 1 | 2): StdioOutput {
  let failed: NodeJS.ErrnoException | undefined;
  const fail = (err: NodeJS.ErrnoException): void => {
    failed ??= err;
    if (isTerminal(fd)) terminalOutputFailed(err);
  };
  try {
    const stat = fstatSync(fd);
    if ((stat.isFile() || stat.isCharacterDevice()) && !isTerminal(fd)) {
      return {
        isTTY: false,
        write: (text: string) => {
          if (failed) return false;
          try {
            const bytes = Buffer.from(text);
            for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
            return true;
          } catch (err) {
            fail(err as NodeJS.ErrnoException);
            return false;
          }
        },
        failure: () => failed,
        flushed: () => Promise.resolve(),
      };
    }
  } catch {
    // Not open, or not something to stat: Node's stream decides.
  }
  const stream = fd === 1 ? process.stdout : process.stderr;
  // Errors of a stream come as events (a pipe's reader gone, a terminal closed): noted, never thrown.
  stream.on('error', fail);
  // The stream itself, not a wrapper: the prompts pipe into it.
  return Object.assign(stream, {
    failure: () => failed,
    // An empty write's callback comes after every earlier write, with the error if one failed.
    flushed: () =>
      new Promise<void>((resolve) => {
        if (failed || stream.destroyed) return resolve();
        stream.write('', (err) => {
          if (err) fail(err as NodeJS.ErrnoException);
          resolve();
        });
      }),
  });
}

/** Words for why a stream could not be written. */
function reason(lang: Lang, err: NodeJS.ErrnoException): string {
  if (err.code === 'ENOSPC') return t(lang, 'noSpace');
  if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') return t(lang, 'readerGone');
  if (err.code === 'EBADF') return t(lang, 'notWritable');
  if (err.code === 'EIO') return t(lang, 'terminalGone');
  return err.code ?? err.message;
}

/**
 * The exit code once the command has returned `code`. A failed stdout or stderr makes a finished
 * run (0, or refund-check's 1) exit 4, never 1: a lost line is not a verdict. Codes that already
 * say what went wrong (2, 3, 70, a signal's) stay.
 */
export function finishOutput(code: number, lang: Lang, stdout: StdioOutput, stderr: StdioOutput): number {
  const out = stdout.failure();
  const err = stderr.failure();
  if (!out && !err) return code;
  // With stderr failed too there is nowhere to say it; stdout carries only what the command prints.
  if (out && !err) stderr.write(`${t(lang, 'errorPrefix')}: ${t(lang, 'stdoutFailed', { reason: reason(lang, out) })}\n`);
  return code === EXIT.ok || code === EXIT.notEligible || code === EXIT.output ? EXIT.output : code;
}
