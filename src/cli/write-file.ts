// Writing a file the user named (--out, .ics files) the way the shell's `>` would, but never half:
// - a path that is not a regular file (a terminal, /dev/null, a FIFO, /dev/fd/N, >(...)) is opened
//   and written into, never replaced;
// - a new or regular file is written to a short temporary name beside it and renamed over it, with
//   the old file's mode, owner and group; where that cannot keep them (a file of another owner in a
//   folder we may write, a hard-linked file, a folder we may not write) it is written in place;
// - the shell's permission rule holds: a file the user may not write is refused (EACCES). Root may
//   write a read-only file, as `echo > file` does for root; noclobber is not the shell's default.
// - a temporary file is removed only if this process created it (O_EXCL), and by a signal handler.
import type { Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

// Loaded at every start (draft and the wizard import this module): node:fs through
// process.getBuiltinModule (see src/cli/terminal.ts); node:fs/promises and node:crypto only when a
// file is written.
const {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fsyncSync,
  ftruncateSync,
  lstatSync,
  openSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} = process.getBuiltinModule('node:fs');

/** Temporary files this process created and has not renamed yet: a signal handler removes them. */
export const pendingTempFiles = new Set<string>();

/** Called by the signal handler: no half-written temporary file is left behind. */
export function removePendingTempFiles(): void {
  for (const temp of pendingTempFiles) rmSync(temp, { force: true });
  pendingTempFiles.clear();
}

/** A refusal with an errno-like code, read by the caller to say why in the user's language. */
export class WriteRefusal extends Error {
  override name = 'WriteRefusal';
  constructor(
    readonly code: 'ENDSINSLASH' | 'EISDIR' | 'ESOCKET' | 'EACCES',
    readonly path: string,
  ) {
    super(code);
  }
}

/** /dev/fd/3, /proc/self/fd/3, /proc/1234/fd/3: a descriptor the shell opened for us. */
const FD_LINK = /^\/(dev\/fd|proc\/[^/]+\/fd)\/\d+$/;

/**
 * Follows symbolic links one by one (up to 40, as the kernel does) to the path that will really be
 * written, noting whether one of them was a descriptor link: those are written into, like the shell.
 */
function resolveTarget(file: string): { path: string; viaDescriptor: boolean } {
  let path = resolve(file);
  let viaDescriptor = FD_LINK.test(path);
  for (let hop = 0; hop < 40; hop++) {
    let link: Stats;
    try {
      link = lstatSync(path);
    } catch {
      return { path, viaDescriptor };
    }
    if (!link.isSymbolicLink()) return { path, viaDescriptor };
    let next: string;
    try {
      next = readlinkSync(path);
    } catch {
      return { path, viaDescriptor };
    }
    // /proc/self/fd/1 -> "pipe:[1234]" or "/tmp/x (deleted)": not a path; write through the link.
    if (viaDescriptor || FD_LINK.test(path)) return { path, viaDescriptor: true };
    path = resolve(dirname(path), next);
    viaDescriptor = FD_LINK.test(path);
  }
  return { path, viaDescriptor };
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** Opens and writes into what is there, as `>` does: for devices, FIFOs and descriptor links. */
async function writeInto(path: string, text: string): Promise<void> {
  // Asynchronous: opening a FIFO waits for its reader, and a signal must still end the run meanwhile.
  // O_NOCTTY: writing into a terminal never makes it ours. Not O_CREAT: the path exists.
  const handle = await process.getBuiltinModule('node:fs/promises').open(path, constants.O_WRONLY | constants.O_TRUNC | constants.O_NOCTTY).catch((err: NodeJS.ErrnoException) => {
    // A Unix socket cannot be opened as a file.
    if (err.code === 'ENXIO' && statOrUndefined(path)?.isSocket()) throw new WriteRefusal('ESOCKET', path);
    throw err;
  });
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}

/** Writes a regular file in place (truncate, write): what the shell does, for when a rename cannot keep it. */
function writeInPlace(path: string, text: string): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_NOCTTY);
  try {
    ftruncateSync(fd, 0);
    writeAll(fd, text);
  } finally {
    closeSync(fd);
  }
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

/** `.amz-3k9x0q2a.tmp`: short whatever the target's name (a 255-byte name still has a neighbour), and unique. */
function tempName(dir: string): string {
  return join(dir, `.amz-${process.getBuiltinModule('node:crypto').randomBytes(6).toString('base64url')}.tmp`);
}

/** Creates a temporary file with O_EXCL beside `path`; a name already taken is never touched. */
function createTemp(dir: string): { temp: string; fd: number } {
  for (let attempt = 0; ; attempt++) {
    const temp = tempName(dir);
    try {
      const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOCTTY, 0o666);
      pendingTempFiles.add(temp);
      return { temp, fd };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 20) throw err;
    }
  }
}

/**
 * Writes `text` to `path` (a new or regular file) through a temporary file and a rename. Returns
 * false, having written nothing, when a rename could not keep the old file's owner or group.
 */
function writeReplacing(path: string, text: string, old: Stats | undefined): boolean {
  const { temp, fd } = createTemp(dirname(path));
  let renamed = false;
  try {
    if (old) {
      try {
        if (old.uid !== process.geteuid?.() || old.gid !== process.getegid?.()) fchownSync(fd, old.uid, old.gid);
      } catch {
        return false;
      }
      fchmodSync(fd, old.mode & 0o7777);
    }
    writeAll(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, path);
    renamed = true;
    return true;
  } finally {
    if (!renamed) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
      rmSync(temp, { force: true });
    }
    pendingTempFiles.delete(temp);
  }
}

/**
 * The one way amz-help writes a file the user named. Throws a WriteRefusal or the system's error
 * (ENOENT for a missing folder, ENOTDIR, EACCES, EROFS, ENOSPC...); `writeFailure` words them.
 */
export async function writeFileSafely(file: string, text: string): Promise<void> {
  if (file.endsWith('/')) {
    throw new WriteRefusal(statOrUndefined(file)?.isDirectory() ? 'EISDIR' : 'ENDSINSLASH', file);
  }
  const { path, viaDescriptor } = resolveTarget(file);
  const existing = statOrUndefined(path);
  if (existing?.isDirectory()) throw new WriteRefusal('EISDIR', file);
  if (existing && (!existing.isFile() || viaDescriptor)) return writeInto(path, text);
  if (existing) {
    // The shell's rule: a file the user may not write is not written (root may, as with `>`).
    try {
      accessSync(path, constants.W_OK);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EACCES') throw new WriteRefusal('EACCES', file);
      throw err;
    }
    // A hard-linked file is one file under several names: replacing this name would split them.
    if (existing.nlink > 1) return writeInPlace(path, text);
    try {
      if (writeReplacing(path, text, existing)) return;
    } catch (err) {
      // A folder we may not write, holding a file we may: the shell writes it in place, so do we.
      if ((err as NodeJS.ErrnoException).code !== 'EACCES' && (err as NodeJS.ErrnoException).code !== 'EPERM') throw err;
    }
    return writeInPlace(path, text);
  }
  writeReplacing(path, text, undefined);
}
