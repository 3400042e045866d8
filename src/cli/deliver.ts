// Where a drafted message goes besides the screen: the clipboard (--copy) and a file (--out).
// A file is written to a temporary name and renamed, so it is never left half-written; the
// clipboard is loaded only when asked for. A failure never loses the message: it was printed.
import { basename, dirname, join } from 'node:path';
import type { Lang } from '../content/schema.js';
import type { Context } from './context.js';
import { OutputError } from './errors.js';
import { t } from './messages.js';

// Start-up code takes node:fs with process.getBuiltinModule, not import (see src/cli/terminal.ts).
const { renameSync, rmSync, writeFileSync } = process.getBuiltinModule('node:fs');

export interface DeliverOptions {
  copy?: boolean;
  out?: string;
}

/** Files being written right now, removed if a signal ends the run midway. */
export const pendingTempFiles = new Set<string>();

/** Called by the signal handler: no half-written temporary file is left behind. */
export function removePendingTempFiles(): void {
  for (const temp of pendingTempFiles) rmSync(temp, { force: true });
  pendingTempFiles.clear();
}

export function writeAtomically(file: string, text: string): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  pendingTempFiles.add(temp);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    renameSync(temp, file);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  } finally {
    pendingTempFiles.delete(temp);
  }
}

/** Why `file` could not be written, in the user's language, naming the folder and never the temporary file. */
function fileReason(lang: Lang, err: unknown, file: string): string {
  const code = (err as NodeJS.ErrnoException).code;
  const dir = dirname(file);
  if (code === 'ENOENT') return t(lang, 'folderMissing', { dir });
  if (code === 'ENOTDIR') return t(lang, 'notAFolder', { dir });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return t(lang, 'permissionDenied');
  if (code === 'EISDIR') return t(lang, 'isAFolder');
  return reasonOf(err);
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
      writeAtomically(options.out, `${text}\n`);
      notice(t(ctx.lang, 'written', { file: options.out }));
    } catch (err) {
      failures.push(new OutputError(t(ctx.lang, 'writeFailed', { file: options.out, reason: fileReason(ctx.lang, err, options.out) }), t(ctx.lang, 'writeFailedHint')));
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
