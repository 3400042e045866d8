// Where content comes from at run time. The built-in content was validated at build time and
// shipped as a snapshot: dist/content.json (the validated model) and dist/content.src (the exact
// bytes of the content files it was built from). When the files still match those bytes, the
// snapshot is used as it is, and zod and yaml are never loaded. Otherwise, or with --content, the
// files are validated in full. Comparing bytes is exact, and needs no hash (node:crypto stays out
// of start-up); the files' names, sizes and times (dist/content.stamp) spare that comparison when
// nothing was touched since the build.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Glossary, Phrasebook } from '../content/glossary-schema.js';
import type { Content } from '../content/schema.js';

// Start-up code takes node:fs with process.getBuiltinModule, not import (see src/cli/terminal.ts).
const { existsSync, readdirSync, readFileSync, statSync } = process.getBuiltinModule('node:fs');

let root: string | undefined;

/** The folder holding package.json: the repo, or the installed package. */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('amz-help cannot find its package.json');
    dir = up;
  }
  return (root = dir);
}

export const SNAPSHOT_FILE = join('dist', 'content.json');
/** The content files the snapshot was built from, framed as contentBytes() frames them. */
export const SNAPSHOT_SOURCE_FILE = join('dist', 'content.src');
/** Their names, sizes and times, as contentStamp() writes them. */
export const SNAPSHOT_STAMP_FILE = join('dist', 'content.stamp');

export interface Snapshot {
  content: Content;
}

/** Every YAML file under `dir` (the folder itself and topics/), by relative name, sorted. */
function contentFiles(dir: string): string[] {
  const files: string[] = [];
  const visit = (rel: string): void => {
    let names: string[];
    try {
      names = readdirSync(join(dir, rel)).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const relName = rel ? `${rel}/${name}` : name;
      if (name.endsWith('.yaml') || name.endsWith('.yml')) files.push(relName);
      else if (!rel && name === 'topics') visit(name);
    }
  };
  visit('');
  return files;
}

/**
 * Every YAML file under `dir`, each framed as `name \0 size \0 bytes`, so any added, removed,
 * renamed or edited file changes the result. An unreadable file is framed as unreadable, so it
 * never matches a snapshot (the build reads all).
 */
export function contentBytes(dir: string): Buffer {
  const parts: Buffer[] = [];
  for (const relName of contentFiles(dir)) {
    try {
      const bytes = readFileSync(join(dir, relName));
      parts.push(Buffer.from(`${relName}\0${bytes.length}\0`), bytes);
    } catch {
      parts.push(Buffer.from(`${relName}\0unreadable\0`));
    }
  }
  return Buffer.concat(parts);
}

/**
 * Each YAML file's name, size and modification time: a line per file. Equal to the one recorded at
 * build time, the files are the ones the snapshot was built from (an edit changes the time), and
 * reading half a megabyte of YAML to compare it (1.5 ms of every start) is skipped. Not equal (a
 * copy or an install that set new times), the bytes decide. A time has a coarse grain (a few ms on
 * Linux, 2 s on FAT), so the build stamps no file changed within the last `TIME_GRAIN_MS`: it waits.
 */
export function contentStamp(dir: string): string {
  return contentFiles(dir)
    .map((relName) => {
      const stat = statOf(join(dir, relName));
      return `${relName}\0${stat ? `${stat.size}\0${stat.mtimeMs}` : 'unreadable'}\n`;
    })
    .join('');
}
export const TIME_GRAIN_MS = 2000;

/** The newest modification time among the YAML files under `dir` (0 when none). */
export function newestChange(dir: string): number {
  return Math.max(0, ...contentFiles(dir).map((relName) => statOf(join(dir, relName))?.mtimeMs ?? 0));
}

function statOf(file: string): { size: number; mtimeMs: number } | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined; // unreadable: framed as such by the stamp and the bytes
  }
}

export interface ContentSource {
  /** The folder to read. */
  dir: string;
  /** How to name it in messages. */
  display: string;
  /** False for --content DIR or AMZ_HELP_CONTENT: always validated in full. */
  embedded: boolean;
}

export function contentSource(flag: string | undefined, env: NodeJS.ProcessEnv): ContentSource {
  const chosen = flag ?? (env.AMZ_HELP_CONTENT || undefined);
  if (chosen) return { dir: chosen, display: chosen.replace(/\/+$/, '') || chosen, embedded: false };
  return { dir: join(packageRoot(), 'content'), display: 'content', embedded: true };
}

/** The snapshot's content when `dir` holds exactly the files it was built from; otherwise undefined. */
export function snapshotFor(dir: string): Content | undefined {
  return snapshotFile<Snapshot>(dir, SNAPSHOT_FILE)?.content;
}

/**
 * The glossary and the phrasebook, validated at build time too (dist/words.json), when `dir`
 * holds exactly the files the snapshot was built from (content.src frames every YAML file).
 */
export const WORDS_SNAPSHOT_FILE = join('dist', 'words.json');
export function wordsSnapshotFor(dir: string): WordsSnapshot | undefined {
  return snapshotFile<WordsSnapshot>(dir, WORDS_SNAPSHOT_FILE);
}
export interface WordsSnapshot {
  glossary: Glossary;
  phrases: Phrasebook;
}

/** Whether `dir` holds the files the snapshot was built from; asked once per folder and run. */
const fresh = new Map<string, boolean>();
function snapshotMatches(dir: string): boolean {
  let answer = fresh.get(dir);
  if (answer === undefined) {
    const base = packageRoot();
    let stamp: string | undefined;
    try {
      stamp = readFileSync(join(base, SNAPSHOT_STAMP_FILE), 'utf8');
    } catch {
      // No stamp: the bytes decide.
    }
    try {
      answer = stamp === contentStamp(dir) || readFileSync(join(base, SNAPSHOT_SOURCE_FILE)).equals(contentBytes(dir));
    } catch {
      answer = false; // No snapshot (a development run).
    }
    fresh.set(dir, answer);
  }
  return answer;
}

function snapshotFile<T>(dir: string, file: string): T | undefined {
  if (!snapshotMatches(dir)) return undefined;
  const base = packageRoot();
  try {
    return JSON.parse(readFileSync(join(base, file), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

export async function loadContentFrom(source: ContentSource): Promise<Content> {
  if (source.embedded) {
    const content = snapshotFor(source.dir);
    if (content) return content;
  }
  const { loadContent } = await import('./loader.js');
  return loadContent(source.dir, source.display).content;
}
