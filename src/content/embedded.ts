// Where content comes from at run time. The built-in content was validated at build time and
// shipped as a snapshot (dist/content.json) with a hash of content/: when the files still match it,
// the snapshot is used as it is, and zod and yaml are never loaded. Otherwise, or with --content,
// the files are validated in full.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Content } from './schema.js';

/** The folder holding package.json: the repo, or the installed package. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('amz-help cannot find its package.json');
    dir = up;
  }
  return dir;
}

export const SNAPSHOT_FILE = join('dist', 'content.json');

export interface Snapshot {
  hash: string;
  content: Content;
}

/** A hash of every YAML file under `dir`, by relative name; unreadable parts hash as missing. */
export function hashContentDir(dir: string): string {
  const hash = createHash('sha256');
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
          hash.update(relName).update('\0').update(readFileSync(join(dir, relName))).update('\0');
        } catch {
          hash.update(relName).update('\0unreadable\0');
        }
      } else if (!rel && name === 'topics') visit(name);
    }
  };
  visit('');
  return hash.digest('hex');
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

export async function loadContentFrom(source: ContentSource): Promise<Content> {
  if (source.embedded) {
    try {
      const snapshot = JSON.parse(readFileSync(join(packageRoot(), SNAPSHOT_FILE), 'utf8')) as Snapshot;
      if (snapshot.hash === hashContentDir(source.dir)) return snapshot.content;
    } catch {
      // No snapshot (a development run): validate the files below.
    }
  }
  const { loadContent } = await import('./loader.js');
  return loadContent(source.dir, source.display).content;
}
