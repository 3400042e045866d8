// Where a drafted message goes besides the screen: the clipboard (--copy) and a file (--out).
// A file is written by writeFileSafely (write-file.ts): never half-written, never replacing a device,
// a FIFO or a file the user may not write. The clipboard is loaded only when asked for. A failure
// never loses the message: it was printed.
import { dirname } from 'node:path';
import type { Lang } from '../content/schema.js';
import type { Context } from './context.js';
import { OutputError } from './errors.js';
import { shownPath } from './flags.js';
import { t } from './messages.js';
import { WriteRefusal, writeFileSafely } from './write-file.js';

export { pendingTempFiles, removePendingTempFiles, writeFileSafely } from './write-file.js';

export interface DeliverOptions {
  copy?: boolean;
  out?: string;
}

/** Why `file` could not be written, in the user's language, naming the folder and never the temporary file. */
function fileReason(lang: Lang, err: unknown, file: string): string {
  const code = (err as NodeJS.ErrnoException).code;
  const dir = dirname(file);
  if (err instanceof WriteRefusal) {
    if (err.code === 'EISDIR') return t(lang, 'isAFolder');
    if (err.code === 'ENDSINSLASH') return t(lang, 'endsInSlash');
    if (err.code === 'ESOCKET') return t(lang, 'isASocket');
    return t(lang, 'fileNotWritable');
  }
  if (code === 'ENOSPC') return t(lang, 'noSpace');
  if (code === 'EPIPE') return t(lang, 'readerGone');
  if (code === 'ENAMETOOLONG') return t(lang, 'nameTooLong');
  if (code === 'ENOENT') return t(lang, 'folderMissing', { dir: shownPath(dir) });
  if (code === 'ENOTDIR') return t(lang, 'notAFolder', { dir: shownPath(dir) });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return t(lang, 'permissionDenied');
  if (code === 'EISDIR') return t(lang, 'isAFolder');
  return reasonOf(err);
}

/** The OutputError (exit 4) for a file that could not be written: for --out and any other file amz-help writes. */
export function writeFailure(lang: Lang, file: string, err: unknown): OutputError {
  return new OutputError(t(lang, 'writeFailed', { file: shownPath(file), reason: fileReason(lang, err, file) }), t(lang, 'writeFailedHint'));
}

/** The first line of an error that has no words of ours: the system's own, for the rare case. */
function reasonOf(err: unknown): string {
  const e = err as Error & { stderr?: string; shortMessage?: string };
  const text = (e.stderr || e.shortMessage || e.message || String(err)).trim();
  return text.split('\n')[0] ?? text;
}

/** Why the clipboard failed, in the user's language where it is the usual cause (no display). */
export function clipboardReason(lang: Lang, err: unknown, env: NodeJS.ProcessEnv): string {
  if (process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return t(lang, 'noDisplay');
  return reasonOf(err);
}

/**
 * Copies and writes `text` as asked; says what worked on `notice`. Throws OutputError (exit 4)
 * after trying everything, naming what failed.
 */
export async function deliver(
  ctx: Pick<Context, 'lang' | 'env'>,
  text: string,
  options: DeliverOptions,
  notice: (line: string) => void,
): Promise<void> {
  const failures: OutputError[] = [];
  if (options.out !== undefined) {
    try {
      await writeFileSafely(options.out, `${text}\n`);
      notice(t(ctx.lang, 'written', { file: shownPath(options.out) }));
    } catch (err) {
      failures.push(writeFailure(ctx.lang, options.out, err));
    }
  }
  if (options.copy) {
    try {
      const { default: clipboard } = await import('clipboardy');
      await clipboard.write(text);
      notice(t(ctx.lang, 'copied'));
    } catch (err) {
      failures.push(new OutputError(t(ctx.lang, 'copyFailed', { reason: clipboardReason(ctx.lang, err, ctx.env) }), t(ctx.lang, 'copyFailedHint')));
    }
  }
  if (failures.length === 1) throw failures[0]!;
  if (failures.length > 1) {
    throw new OutputError(failures.map((f) => f.message).join('; '), failures.map((f) => f.hint).join('; '));
  }
}
