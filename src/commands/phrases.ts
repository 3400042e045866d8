// amz-help phrases [WORDS...]: English lines for a live support chat, each with its Russian
// meaning, found by Russian or English words in any form. No words: every line, by group.
import { Command } from '@commander-js/extra-typings';
import type { Context } from '../cli/context.js';
import { EXIT } from '../cli/errors.js';
import { clip } from '../cli/flags.js';
import { examplesHelp } from '../cli/help.js';
import { writeJson } from '../cli/json.js';
import { t } from '../cli/messages.js';
import { line } from '../cli/report.js';
import { printable } from '../cli/style.js';
import { phrasebookOf } from '../cli/words.js';

export function makePhrasesCommand(ctx: Context) {
  return new Command('phrases')
    .argument('[words...]', t(ctx.lang, 'phrasesWords'))
    .option('--json', t(ctx.lang, 'optPhrasesJson'))
    .addHelpText(
      'after',
      examplesHelp(ctx, ['amz-help phrases', 'amz-help phrases переводчик', 'amz-help phrases копию переписки', 'amz-help phrases supervisor --json']),
    )
    .action(async (words, opts) => {
      ctx.exitCode = await phrases(ctx, words.join(' '), Boolean(opts.json));
    });
}

export async function phrases(ctx: Context, query: string, json: boolean): Promise<number> {
  const book = await phrasebookOf(ctx);
  const { findPhrases } = await import('../engine/phrases.js');
  const found = findPhrases(book, query);
  if (json) {
    const phrases = found.map(({ group, phrase }) => ({ group: group.id, en: phrase.en, ru: phrase.ru }));
    writeJson(ctx, { query: query.trim(), phrases });
  } else {
    let shown: string | undefined;
    for (const { group, phrase } of found) {
      if (group.id !== shown) {
        ctx.stdout.write(`${shown === undefined ? '' : '\n'}${ctx.out.label(printable(group.title[ctx.lang]))}\n`);
        shown = group.id;
      }
      ctx.stdout.write(`  ${printable(phrase.en)}\n    ${ctx.out.dim(printable(phrase.ru))}\n`);
    }
  }
  if (found.length > 0) return EXIT.ok;
  line(ctx, 'error', t(ctx.lang, 'noPhraseMatch', { query: clip(query.trim()) }));
  ctx.stderr.write(`${t(ctx.lang, 'phraseGroups')}\n`);
  for (const group of book.groups) ctx.stderr.write(`  ${printable(group.title[ctx.lang])}\n`);
  line(ctx, 'hint', t(ctx.lang, 'phrasesHint'));
  // Exit 1, as refund-check's 'not eligible' and reply's 'nothing recognised'.
  return EXIT.notEligible;
}
