// amz-help path <topic>: the click path on amazon.com, for each way the topic can end.
import { Command } from '@commander-js/extra-typings';
import { clickPathFor } from '../engine/draft.js';
import type { Context } from '../cli/context.js';
import { UsageError } from '../cli/errors.js';
import { clip } from '../cli/flags.js';
import { examplesHelp } from '../cli/help.js';
import { writeJson } from '../cli/json.js';
import { t } from '../cli/messages.js';

export function makePathCommand(ctx: Context) {
  return new Command('path')
    .description(t(ctx.lang, 'pathDescription'))
    .argument('<topic>')
    .option('--json', t(ctx.lang, 'optPathJson'))
    .addHelpText('after', examplesHelp(ctx, ['amz-help path not-as-described', 'amz-help path product-question', 'amz-help path payment --json']))
    .action(async (id, { json }) => {
      const content = await ctx.content();
      const topic = content.topics.find((x) => x.id === id.trim().toLowerCase());
      if (!topic) {
        throw new UsageError(t(ctx.lang, 'unknownTopic', { topic: clip(id) }), t(ctx.lang, 'topicsAre', { values: content.topics.map((x) => x.id).join(', ') }));
      }
      const { out, lang } = ctx;
      if (json) {
        const outcomes = topic.outcomes.map((o) => ({ id: o.id, title: o.title[lang], clickPath: clickPathFor(content, o, lang) }));
        return writeJson(ctx, { topic: topic.id, title: topic.title[lang], outcomes });
      }
      ctx.stdout.write(`${out.heading(topic.title[lang])}\n`);
      for (const outcome of topic.outcomes) {
        if (topic.outcomes.length > 1) ctx.stdout.write(`\n${out.label(t(lang, 'ifOutcome', { title: outcome.title[lang] }))}\n`);
        clickPathFor(content, outcome, lang).forEach((step, i) => ctx.stdout.write(`  ${i + 1}. ${step}\n`));
      }
      ctx.stdout.write(`\n${out.dim(t(lang, 'renameNote'))}\n`);
    });
}
