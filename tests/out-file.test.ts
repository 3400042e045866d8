// --out writes like the shell's `>`, and never destroys what is at the path: a device, a FIFO, a
// socket or a descriptor link is written into (or refused), never replaced; a regular file keeps its
// mode, owner and other names; a file the user may not write is refused; temporary names are short,
// unique and never remove a file amz-help did not create.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import {
  chmodSync,
  chownSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSafely } from '../src/cli/deliver.js';
import { BIN, binForAnyUser, cleanEnv, ensureBuilt, run } from './helpers/cli.js';
import { cleanupTemp, tempDir } from './helpers/content.js';

const DRAFT = ['draft', 'payment', '--problem', 'charged-twice'];
const isRoot = process.getuid?.() === 0;
let message: string;

beforeAll(() => {
  message = run(DRAFT).stdout;
  expect(message).toContain('I was charged twice');
});
afterAll(() => cleanupTemp());

/** Runs a shell line with $AMZ set to the bin, e.g. `$AMZ draft ... --out /dev/fd/3 3>file`. */
function sh(script: string, opts: { user?: number } = {}): { status: number | null; stdout: string; stderr: string } {
  ensureBuilt();
  const amz = `${process.execPath} ${opts.user === undefined ? BIN : binForAnyUser()}`;
  const argv = opts.user === undefined ? ['bash', '-c', script] : ['setpriv', `--reuid=${opts.user}`, `--regid=${opts.user}`, '--clear-groups', 'bash', '-c', script];
  const r = spawnSync(argv[0]!, argv.slice(1), { env: cleanEnv({ AMZ: amz }), encoding: 'utf8', timeout: 20_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const draftLine = `$AMZ ${DRAFT.join(' ')}`;

describe('a path that is not a regular file is written into, never replaced', () => {
  it('a FIFO: its reader gets the message, and it stays a FIFO', () => {
    const dir = tempDir();
    const fifo = join(dir, 'pipe');
    const got = join(dir, 'got.txt');
    const r = sh(`mkfifo '${fifo}'; cat '${fifo}' > '${got}' & ${draftLine} --out '${fifo}' > /dev/null; code=$?; wait; exit $code`);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(got, 'utf8')).toBe(message);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('>(...) (a pipe behind /dev/fd/N) receives the message', () => {
    const dir = tempDir();
    const got = join(dir, 'got.txt');
    const r = sh(`${draftLine} --out >(cat > '${got}') > /dev/null; code=$?; sleep 0.3; exit $code`);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(got, 'utf8')).toBe(message);
  });

  it('/dev/fd/3 opened on a file by the shell: the file gets the message, like 3>file', () => {
    const dir = tempDir();
    const got = join(dir, 'got.txt');
    const r = sh(`${draftLine} --out /dev/fd/3 3> '${got}' > /dev/null`);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(got, 'utf8')).toBe(message);
    expect(readdirSync(dir)).toEqual(['got.txt']);
  });

  it('/dev/stdout into a pipe: the message twice on the pipe, nothing replaced', () => {
    const r = sh(`${draftLine} --out /dev/stdout | cat`);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(message + message);
  });

  it.skipIf(!isRoot)('a character device (a private copy of /dev/null) stays a device', () => {
    const dir = tempDir();
    const dev = join(dir, 'null');
    expect(spawnSync('mknod', [dev, 'c', '1', '3']).status).toBe(0);
    const link = join(dir, 'link-to-null');
    symlinkSync(dev, link);
    for (const target of [dev, link]) {
      const r = run([...DRAFT, '--out', target]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toBe(`Written to ${target}.\n`);
    }
    expect(statSync(dev).isCharacterDevice()).toBe(true);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['link-to-null', 'null']);
  });

  it.skipIf(!isRoot)('a full device (a private copy of /dev/full): exit 4, "no space left", still a device, the message printed', () => {
    const dir = tempDir();
    const dev = join(dir, 'full');
    expect(spawnSync('mknod', [dev, 'c', '1', '7']).status).toBe(0);
    const r = run([...DRAFT, '--out', dev]);
    expect(r.status).toBe(4);
    expect(r.stdout).toBe(message);
    expect(r.stderr.split('\n')[0]).toBe(`warning: could not write ${dev}: no space left on the device`);
    expect(statSync(dev).isCharacterDevice()).toBe(true);
  });

  it('a Unix socket: exit 4, "it is a socket", the socket left alone', async () => {
    const dir = tempDir();
    const path = join(dir, 'sock');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path, resolve));
    try {
      const r = sh(`${draftLine} --out '${path}'`);
      expect(r.status).toBe(4);
      expect(r.stdout).toBe(message);
      expect(r.stderr.split('\n')[0]).toBe(`warning: could not write ${path}: it is a socket, which cannot be written into`);
      expect(lstatSync(path).isSocket()).toBe(true);
    } finally {
      server.close();
    }
  });
});

describe('a regular file keeps what makes it the same file', () => {
  it('mode 600 stays 600', () => {
    const dir = tempDir();
    const file = join(dir, 'message.txt');
    writeFileSync(file, 'old\n', { mode: 0o600 });
    chmodSync(file, 0o600);
    expect(run([...DRAFT, '--out', file]).status).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe(message);
  });

  it.skipIf(!isRoot)('the owner and group stay (root writing a user\'s file)', () => {
    const dir = tempDir();
    const file = join(dir, 'message.txt');
    writeFileSync(file, 'old\n');
    chownSync(file, 65534, 65534);
    expect(run([...DRAFT, '--out', file]).status).toBe(0);
    expect(statSync(file).uid).toBe(65534);
    expect(statSync(file).gid).toBe(65534);
    expect(readFileSync(file, 'utf8')).toBe(message);
  });

  it('a symbolic link to a file stays a link; the file it points to gets the message', () => {
    const dir = tempDir();
    const file = join(dir, 'real.txt');
    const link = join(dir, 'link.txt');
    writeFileSync(file, 'old\n');
    symlinkSync('real.txt', link);
    expect(run([...DRAFT, '--out', link]).status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(message);
    expect(readdirSync(dir).sort()).toEqual(['link.txt', 'real.txt']);
  });

  it('a hard-linked file: both names show the message', () => {
    const dir = tempDir();
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'old\n');
    linkSync(file, join(dir, 'b.txt'));
    expect(run([...DRAFT, '--out', file]).status).toBe(0);
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe(message);
  });
});

describe('the shell\'s permission rules', () => {
  it.skipIf(!isRoot)('a user may not replace a read-only file: exit 4, the file untouched (as `>` refuses)', () => {
    const dir = tempDir();
    chmodSync(dir, 0o777);
    const file = join(dir, 'message.txt');
    writeFileSync(file, 'keep me\n');
    chmodSync(file, 0o444);
    chownSync(file, 65534, 65534);
    const shell = sh(`echo x > '${file}'`, { user: 65534 });
    expect(shell.status).not.toBe(0);
    const r = sh(`${draftLine} --out '${file}'`, { user: 65534 });
    expect(r.status).toBe(4);
    expect(r.stdout).toBe(message);
    expect(r.stderr.split('\n')[0]).toBe(`warning: could not write ${file}: you may not write this file (permission denied)`);
    expect(readFileSync(file, 'utf8')).toBe('keep me\n');
  });

  it.skipIf(!isRoot)('another user\'s file the user may write, in a folder the user may write: written in place, owner kept', () => {
    const dir = tempDir();
    chmodSync(dir, 0o777);
    const file = join(dir, 'shared.txt');
    writeFileSync(file, 'old\n');
    chmodSync(file, 0o666);
    const r = sh(`${draftLine} --out '${file}'`, { user: 65534 });
    expect(r.status, r.stderr).toBe(0);
    expect(statSync(file).uid).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(message);
  });

  it.skipIf(!isRoot)('root writes a read-only file, as `echo > file` does for root (noclobber is not the default)', () => {
    const dir = tempDir();
    const file = join(dir, 'message.txt');
    writeFileSync(file, 'old\n');
    chmodSync(file, 0o444);
    expect(sh(`echo x > '${file}'`).status).toBe(0);
    expect(run([...DRAFT, '--out', file]).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(message);
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });
});

describe('temporary files and names', () => {
  it('files that look like temporary files, with the same pid or not, are never removed', () => {
    const dir = tempDir();
    const strangers = ['.message.txt.1.tmp', `.message.txt.${process.pid}.tmp`, '.amz-AAAAAAAA.tmp'];
    for (const name of strangers) writeFileSync(join(dir, name), 'not yours\n');
    for (let pid = 1; pid < 200; pid++) writeFileSync(join(dir, `.message.txt.${pid}.tmp`), 'not yours\n');
    expect(run([...DRAFT, '--out', join(dir, 'message.txt')]).status).toBe(0);
    const before = new Set([...strangers, ...Array.from({ length: 199 }, (_, i) => `.message.txt.${i + 1}.tmp`), 'message.txt']);
    expect(readdirSync(dir).sort()).toEqual([...before].sort());
    for (const name of strangers) expect(readFileSync(join(dir, name), 'utf8')).toBe('not yours\n');
  });

  it('a 254-character and a 255-character file name are written', () => {
    const dir = tempDir();
    for (const length of [254, 255]) {
      const file = join(dir, 'm'.repeat(length - 4) + '.txt');
      const r = run([...DRAFT, '--out', file]);
      expect(r.status, r.stderr).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(message);
    }
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('writeFileSafely, called twice at once on one path, leaves one whole file and no temporary file', async () => {
    const dir = tempDir();
    const file = join(dir, 'x.ics');
    await Promise.all([writeFileSafely(file, 'A'.repeat(100_000)), writeFileSafely(file, 'B'.repeat(100_000))]);
    expect(['A'.repeat(100_000), 'B'.repeat(100_000)]).toContain(readFileSync(file, 'utf8'));
    expect(readdirSync(dir)).toEqual(['x.ics']);
  });
});

describe('--out names a folder', () => {
  it('"dir/" of an existing folder: "it is a folder"', () => {
    const dir = tempDir();
    const r = run([...DRAFT, '--out', `${dir}/`]);
    expect(r.status).toBe(4);
    expect(r.stderr.split('\n')[0]).toBe(`warning: could not write ${dir}/: it is a folder`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('"new/" of a missing folder: the name ends with "/"', () => {
    const dir = tempDir();
    const r = run([...DRAFT, '--out', join(dir, 'new') + '/']);
    expect(r.status).toBe(4);
    expect(r.stderr.split('\n')[0]).toBe(`warning: could not write ${join(dir, 'new')}/: the name ends with "/", so it names a folder, not a file`);
    expect(existsSync(join(dir, 'new'))).toBe(false);
  });

  it('in Russian', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'папка'));
    const r = run([...DRAFT, '--out', join(dir, 'папка') + '/'], { env: { LANG: 'ru_RU.UTF-8' } });
    expect(r.status).toBe(4);
    expect(r.stderr.split('\n')[0]).toBe(`внимание: не удалось записать ${join(dir, 'папка')}/: это папка`);
  });
});
