// Broken content for loader tests: a temporary copy of the real content/ with some files replaced
// or edited, and the issues the loader reports for it, formatted exactly as the CLI prints them.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, loadContent } from '../../src/validate/loader.js';
import { formatIssue } from '../../src/content/source.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CONTENT = join(ROOT, 'content');

const made: string[] = [];

/** A fresh temp folder; removed by cleanupTemp(). */
export function tempDir(prefix = 'amz-help-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function cleanupTemp(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A copy of the real content folder (as `name` inside a new temp folder). */
export function copyContent(name = 'content'): string {
  const dir = join(tempDir(), name);
  cpSync(CONTENT, dir, { recursive: true });
  return dir;
}

export type Edit = string | ((text: string) => string) | null;

/** Applies edits: a string replaces the file, a function rewrites it, null deletes it. */
export function editContent(dir: string, edits: Record<string, Edit>): string {
  for (const [rel, edit] of Object.entries(edits)) {
    const file = join(dir, rel);
    if (edit === null) rmSync(file, { recursive: true, force: true });
    else if (typeof edit === 'string') writeFileSync(file, edit);
    else {
      const before = readFileSync(file, 'utf8');
      const after = edit(before);
      if (after === before) throw new Error(`edit of ${rel} changed nothing: the fixture is stale`);
      writeFileSync(file, after);
    }
  }
  return dir;
}

export function brokenContent(edits: Record<string, Edit>): string {
  return editContent(copyContent(), edits);
}

/** The issue lines the loader reports for `dir`, shown under `display`; [] when it loads. */
export function issuesOf(dir: string, display = 'fx'): string[] {
  try {
    loadContent(dir, display);
    return [];
  } catch (err) {
    if (err instanceof ContentError) return err.issues.map(formatIssue);
    throw err;
  }
}

/** 1-based line and column where `needle` first occurs (after line `after`, if given). */
export function positionOf(text: string, needle: string, after = 0): { line: number; col: number } {
  const lines = text.split('\n');
  for (let i = after; i < lines.length; i++) {
    const col = lines[i]!.indexOf(needle);
    if (col >= 0) return { line: i + 1, col: col + 1 };
  }
  throw new Error(`fixture does not contain ${JSON.stringify(needle)}`);
}

/** Replaces the one line exactly equal to `from` by `to`; fails unless there is exactly one. */
export function replaceLine(text: string, from: string, to: string): string {
  const lines = text.split('\n');
  const hits = lines.flatMap((l, i) => (l === from ? [i] : []));
  if (hits.length !== 1) throw new Error(`expected one line ${JSON.stringify(from)}, found ${hits.length}`);
  lines[hits[0]!] = to;
  return lines.join('\n');
}
