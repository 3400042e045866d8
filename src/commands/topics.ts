// amz-help topics: the problems amz-help knows, by id and title.
import { Command } from '@commander-js/extra-typings';
import type { Context } from '../cli/context.js';
import { examplesHelp } from '../cli/help.js';
import { writeJson } from '../cli/json.js';
import { t } from '../cli/messages.js';

export function makeTopicsCommand(ctx: Context) {
  return new Command('topics')
    .option('--json', t(ctx.lang, 'optTopicsJson'))
    .addHelpText('after', examplesHelp(ctx, ['amz-help topics', 'amz-help --lang ru topics', 'amz-help topics --json']))
    .action(async ({ json }) => {
      const content = await ctx.content();
      if (json) {
        return writeJson(ctx, { topics: content.topics.map((x) => ({ id: x.id, title: x.title[ctx.lang], summary: x.summary[ctx.lang] })) });
      }
      const width = Math.max(...content.topics.map((x) => x.id.length));
      for (const topic of content.topics) {
        ctx.stdout.write(`${ctx.out.label(topic.id.padEnd(width))}  ${topic.title[ctx.lang]}\n`);
        ctx.stdout.write(`${' '.repeat(width)}  ${ctx.out.dim(topic.summary[ctx.lang])}\n`);
      }
    });
}
