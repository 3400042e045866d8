// Run by scripts/build.mjs: validates content/ in full and writes dist/content.json with its hash,
// so that the installed command can skip zod and yaml when the files are unchanged.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { hashContentDir, packageRoot, SNAPSHOT_FILE, type Snapshot } from './embedded.js';
import { ContentError, loadContent } from './loader.js';
import { formatIssue } from './source.js';

export function writeSnapshot(): { file: string; topics: number } {
  const root = packageRoot();
  const dir = join(root, 'content');
  try {
    const { content } = loadContent(dir, 'content');
    const snapshot: Snapshot = { hash: hashContentDir(dir), content };
    const file = join(root, SNAPSHOT_FILE);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(snapshot));
    return { file, topics: content.topics.length };
  } catch (err) {
    if (err instanceof ContentError) {
      throw new Error(`content/ is not valid:\n${err.issues.map(formatIssue).join('\n')}`);
    }
    throw err;
  }
}
