// The glossary and the phrasebook of the content in use (--content / AMZ_HELP_CONTENT, or the
// built-in one; a content folder without its own glossary.yaml or phrases.yaml uses the built-in
// file). Loaded with import() on first use, so other commands never load zod or yaml for them.
import { join } from 'node:path';
import type { Glossary, Phrasebook } from '../content/glossary-schema.js';
import { contentSource, packageRoot, wordsSnapshotFor, type WordsSnapshot } from '../validate/embedded.js';
import type { Context } from './context.js';

type Where = Pick<Context, 'contentFlag' | 'env'>;

async function fileOf(ctx: Where, name: string): Promise<{ path: string; display: string; module: typeof import('../validate/glossary.js') }> {
  const module = await import('../validate/glossary.js');
  const source = contentSource(ctx.contentFlag, ctx.env);
  return { ...module.wordsFile(source.dir, source.display, join(packageRoot(), 'content'), name), module };
}

/** The build's snapshot when the built-in content is in use and unchanged (no zod, no yaml). */
function snapshot(ctx: Where): WordsSnapshot | undefined {
  const source = contentSource(ctx.contentFlag, ctx.env);
  return source.embedded ? wordsSnapshotFor(source.dir) : undefined;
}

export async function glossaryOf(ctx: Where): Promise<Glossary> {
  const built = snapshot(ctx);
  if (built) return built.glossary;
  const { path, display, module } = await fileOf(ctx, 'glossary.yaml');
  return module.loadGlossary(path, display);
}

export async function phrasebookOf(ctx: Where): Promise<Phrasebook> {
  const built = snapshot(ctx);
  if (built) return built.phrases;
  const { path, display, module } = await fileOf(ctx, 'phrases.yaml');
  return module.loadPhrases(path, display);
}
