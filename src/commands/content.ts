// amz-help content check [DIR] and amz-help content graph: the knowledge base, validated and drawn.
import { Command, Option } from '@commander-js/extra-typings';
import type { ContentIssue } from '../content/source.js';
import { contentSource } from '../validate/embedded.js';
import type { Context } from '../cli/context.js';
import { EXIT } from '../cli/errors.js';
import { shownPath } from '../cli/flags.js';
import { examplesHelp } from '../cli/help.js';
import { t } from '../cli/messages.js';
import { interruptible } from '../cli/signals.js';
import { printableLine } from '../cli/style.js';

export function makeContentCommand(ctx: Context) {
  const content = new Command('content');
  content
    .command('check')
    .description(t(ctx.lang, 'contentCheckDescription'))
    .argument('[dir]')
    .addHelpText('after', examplesHelp(ctx, ['amz-help content check', 'amz-help content check ./my-content']))
    .action(async (dir) => {
      ctx.exitCode = await contentCheck(ctx, dir);
    });
  content
    .command('graph')
    .description(t(ctx.lang, 'contentGraphDescription'))
    .addOption(new Option('--format <format>', t(ctx.lang, 'optFormat')).choices(['mermaid', 'dot'] as const).default('mermaid' as const))
    .addHelpText('after', examplesHelp(ctx, ['amz-help content graph', 'amz-help content graph --format dot | dot -Tsvg > tree.svg']))
    .action(async (opts) => {
      const { buildGraph, toGraphviz, toMermaid } = await import('../engine/graph.js');
      const graph = buildGraph(await ctx.content());
      ctx.stdout.write(opts.format === 'dot' ? toGraphviz(graph) : toMermaid(graph));
    });
  return content;
}

export async function contentCheck(ctx: Context, dir: string | undefined): Promise<number> {
  const source = contentSource(dir ?? ctx.contentFlag, ctx.env);
  const { loadContent, ContentError } = await import('../validate/loader.js');
  const { walkTopic } = await import('../engine/walk.js');
  const words = await import('../validate/glossary.js');
  try {
    const issues: ContentIssue[] = [];
    const collect = <T>(load: () => T): T | undefined => {
      try {
        return load();
      } catch (err) {
        if (!(err instanceof ContentError)) throw err;
        issues.push(...err.issues);
        return undefined;
      }
    };
    // The glossary and the phrasebook, when the folder has its own (otherwise the built-in ones serve).
    const glossaryFile = words.ownFile(source.dir, source.display, words.GLOSSARY_FILE);
    const phrasesFile = words.ownFile(source.dir, source.display, words.PHRASES_FILE);
    const { content, paths, glossary, phrases } = await interruptible(async () => {
      const loaded = collect(() => loadContent(source.dir, source.display));
      const glossary = glossaryFile && collect(() => words.loadGlossary(glossaryFile.path, glossaryFile.display));
      const phrases = phrasesFile && collect(() => words.loadPhrases(phrasesFile.path, phrasesFile.display));
      if (issues.length > 0 || !loaded) throw new ContentError(issues);
      const { content } = loaded;
      return { content, paths: content.topics.reduce((n, topic) => n + walkTopic(topic).paths.length, 0), glossary, phrases };
    });
    ctx.stdout.write(
      `${ctx.out.glyph.ok} ${t(ctx.lang, 'contentOk', {
        dir: shownPath(source.display),
        topics: content.topics.length,
        // Every question the wizard can ask: the topics', the preferences, and flow.yaml's two (account, topics).
        questions: content.topics.reduce((n, topic) => n + topic.questions.length, 0) + content.preferences.length + 2,
        outcomes: content.topics.reduce((n, topic) => n + topic.outcomes.length, 0),
        paths,
        steps: content.steps.length,
        channels: content.channels.length,
      })}\n`,
    );
    if (glossary) {
      const items = glossary.categories.reduce((n, c) => n + c.items.length, 0);
      ctx.stdout.write(`${ctx.out.glyph.ok} ${t(ctx.lang, 'glossaryOk', { file: glossaryFile!.display, items, categories: glossary.categories.length })}\n`);
    }
    if (phrases) {
      const count = phrases.groups.reduce((n, g) => n + g.phrases.length, 0);
      ctx.stdout.write(`${ctx.out.glyph.ok} ${t(ctx.lang, 'phrasesOk', { file: phrasesFile!.display, phrases: count, groups: phrases.groups.length })}\n`);
    }
    return EXIT.ok;
  } catch (err) {
    if (!(err instanceof ContentError)) throw err;
    const { formatIssue } = await import('../content/source.js');
    for (const issue of err.issues as ContentIssue[]) ctx.stderr.write(`${ctx.err.glyph.bad} ${printableLine(formatIssue(issue))}\n`);
    ctx.stderr.write(`${t(ctx.lang, 'contentProblems', { count: err.issues.length })}\n`);
    return EXIT.content;
  }
}
