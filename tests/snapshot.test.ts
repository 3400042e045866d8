// The built-in content snapshot (dist/content.json) is used only for the files it was built from:
// an installed copy with new file times still uses it, and an edit to content/ after the build is
// what the command then reads, even when the edit keeps the file's size.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv, ensureBuilt } from './helpers/cli.js';
import { cleanupTemp, ROOT, tempDir } from './helpers/content.js';

afterAll(cleanupTemp);

/** A copy of the installed command: bin, dist, content and package.json (no node_modules). */
function install(preserveTimestamps: boolean): string {
  ensureBuilt();
  const dir = tempDir('amz-help-snapshot-');
  for (const part of ['bin', 'dist', 'content', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true, preserveTimestamps });
  return dir;
}

/** Day 9 after payment: not eligible with the built-in 7-day window (exit 1), eligible with 9 (exit 0). */
function refundOnDay9(dir: string) {
  const args = ['refund-check', '--paid', '2024-05-01', '--seller', 'amazon', '--shipped', 'no', '--today', '2024-05-10', '--json'];
  const r = spawnSync(process.execPath, [join(dir, 'bin', 'amz-help.js'), ...args], { cwd: dir, env: cleanEnv(), encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr, lastDay: r.stdout ? (JSON.parse(r.stdout) as { lastDay: string }).lastDay : undefined };
}

const WINDOW = '    window: { from: paid, closes: 7 }';

describe('the built-in content snapshot', () => {
  it('a copy with the original file times: the built-in 7-day window', () => {
    expect(refundOnDay9(install(true))).toEqual({ status: 1, stderr: '', lastDay: '2024-05-08' });
  });

  it('a copy with new file times (as an install makes): the same answer', () => {
    expect(refundOnDay9(install(false))).toEqual({ status: 1, stderr: '', lastDay: '2024-05-08' });
  });

  it('content/ edited after the build, the size unchanged: the edit is what counts', () => {
    const dir = install(true);
    const file = join(dir, 'content', 'refund.yaml');
    const before = readFileSync(file, 'utf8');
    expect(before).toContain(WINDOW);
    const after = before.replace(WINDOW, WINDOW.replace('7', '9'));
    expect(after.length).toBe(before.length);
    const { mtime } = statSync(file);
    writeFileSync(file, after);
    // Even a time set one second later (coarse clocks) makes the stamp differ.
    utimesSync(file, mtime, new Date(mtime.getTime() + 1000));
    expect(refundOnDay9(dir)).toEqual({ status: 0, stderr: '', lastDay: '2024-05-10' });
  });

  it('content/ with a broken file after the build: exit 3 naming the file, not the old snapshot', () => {
    const dir = install(false);
    const file = join(dir, 'content', 'refund.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(WINDOW, '    window: { from: paid, closes: seven }'));
    const r = refundOnDay9(dir);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('refund.yaml');
  });
});
