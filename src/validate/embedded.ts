// Where content comes from at run time. The built-in content was validated at build time and
// shipped as a snapshot: dist/content.json (the validated model) and dist/content.src (the exact
// bytes of the content files it was built from). When the files still match those bytes, the
// snapshot is used as it is, and zod and yaml are never loaded. Otherwise, or with --content, the
// files are validated in full. Comparing bytes is exact, and needs no hash (node:crypto stays out
// of start-up).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Glossary, Phrasebook } from '../content/glossary-schema.js';
import type { Content } from '../content/schema.js';

// Start-up code takes node:fs with process.getBuiltinModule, not import (see src/cli/terminal.ts).
const { existsSync, readdirSync, readFileSync } = process.getBuiltinModule('node:fs');

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

export interface Snapshot {
  content: Content;
}

/**
 * Every YAML file under `dir` (the folder itself and topics/), sorted by relative name, each framed
 * as `name \0 size \0 bytes`, so any added, removed, renamed or edited file changes the result.
 * An unreadable file is framed as unreadable, so it never matches a snapshot (the build reads all).
 */
export function contentBytes(dir: string): Buffer {
  const parts: Buffer[] = [];
  const visit = (rel: string): void => {
    let names: string[];
    try {
      names = readdirSync(join(dir, rel)).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const relName = rel ? `${rel}/${name}` : name;
      if (name.endsWith('.yaml') || name.endsWith('.yml')) {
        try {
          const bytes = readFileSync(join(dir, relName));
          parts.push(Buffer.from(`${relName}\0${bytes.length}\0`), bytes);
        } catch {
          parts.push(Buffer.from(`${relName}\0unreadable\0`));
        }
      } else if (!rel && name === 'topics') visit(name);
    }
  };
  visit('');
  return Buffer.concat(parts);
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

function snapshotFile<T>(dir: string, file: string): T | undefined {
  const base = packageRoot();
  let built: Buffer;
  try {
    built = readFileSync(join(base, SNAPSHOT_SOURCE_FILE));
  } catch {
    return undefined; // No snapshot (a development run).
  }
  if (!built.equals(contentBytes(dir))) return undefined;
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
