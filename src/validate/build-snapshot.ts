// Run by scripts/build.mjs: validates content/ in full and writes the snapshot (dist/content.json
// with the model, dist/content.src with the bytes it was built from), so that the installed command
// can skip zod and yaml when the files are unchanged.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  contentBytes,
  contentStamp,
  newestChange,
  packageRoot,
  SNAPSHOT_FILE,
  SNAPSHOT_SOURCE_FILE,
  SNAPSHOT_STAMP_FILE,
  TIME_GRAIN_MS,
  WORDS_SNAPSHOT_FILE,
  type Snapshot,
  type WordsSnapshot,
} from './embedded.js';
import { GLOSSARY_FILE, loadGlossary, loadPhrases, PHRASES_FILE } from './glossary.js';
import { ContentError, loadContent } from './loader.js';
import { formatIssue } from '../content/source.js';

/** Writes the snapshot into `outDir` (default: dist/ of the package). */
export function writeSnapshot(outDir?: string): { file: string; topics: number } {
  const root = packageRoot();
  const dir = join(root, 'content');
  try {
    // The bytes are read before and after validating, and must agree: otherwise a file changed
    // meanwhile, and the model might not be the one of the bytes recorded. Then it is done again.
    // The stamp (names, sizes, times) is taken before the bytes, and only once the newest change
    // is a time grain old: a file changed after it was stamped then has a newer time, so the
    // command compares bytes, and they differ.
    const settledStamp = (): string => {
      const wait = newestChange(dir) + TIME_GRAIN_MS - Date.now();
      if (wait > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.min(wait, TIME_GRAIN_MS));
      return contentStamp(dir);
    };
    const load = () => ({
      content: loadContent(dir, 'content').content,
      words: {
        glossary: loadGlossary(join(dir, GLOSSARY_FILE), join('content', GLOSSARY_FILE)),
        phrases: loadPhrases(join(dir, PHRASES_FILE), join('content', PHRASES_FILE)),
      } satisfies WordsSnapshot,
    });
    let stamp = settledStamp();
    let bytes = contentBytes(dir);
    let { content, words } = load();
    for (let tries = 1; !contentBytes(dir).equals(bytes); tries++) {
      if (tries === 5) throw new Error('content/ kept changing while the snapshot was built; build again');
      stamp = settledStamp();
      bytes = contentBytes(dir);
      ({ content, words } = load());
    }
    const snapshot: Snapshot = { content };
    const out = outDir ?? join(root, dirname(SNAPSHOT_FILE));
    const file = join(out, basename(SNAPSHOT_FILE));
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, basename(SNAPSHOT_SOURCE_FILE)), bytes);
    writeFileSync(join(out, basename(SNAPSHOT_STAMP_FILE)), stamp);
    writeFileSync(file, JSON.stringify(snapshot));
    writeFileSync(join(out, basename(WORDS_SNAPSHOT_FILE)), JSON.stringify(words));
    return { file, topics: content.topics.length };
  } catch (err) {
    if (err instanceof ContentError) {
      throw new Error(`content/ is not valid:\n${err.issues.map(formatIssue).join('\n')}`);
    }
    throw err;
  }
}
