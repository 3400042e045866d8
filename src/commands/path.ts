// amz-help path <topic>: the click path on amazon.com, for each way the topic can end. Each step
// says in one short line where it comes from; a doubtful label quoted in it adds its caution.
import { Command } from '@commander-js/extra-typings';
import type { Content, Lang, Step, Topic } from '../content/schema.js';
import { clickPathFor, renderStep, stepsFor } from '../engine/draft.js';
import { labelCautions } from '../engine/evidence.js';
import type { Context } from '../cli/context.js';
import { UsageError } from '../cli/errors.js';
import { clip } from '../cli/flags.js';
import { examplesHelp } from '../cli/help.js';
import { writeJson } from '../cli/json.js';
import { t } from '../cli/messages.js';
import { sourceLine } from '../cli/source-line.js';
import type { Style } from '../cli/style.js';

/** What to do before the path (sign in first): the steps of the first answer that leads to the topic. */
export function beforeStepsFor(content: Content, topic: Topic): Step[] {
  const options = content.flow.account.options;
  const option = options.find((o) => o.next === `topic:${topic.id}`) ?? options.find((o) => o.next === 'topics');
  return option ? stepsFor(content, option.before) : [];
}

function stepLines(content: Content, step: Step, lang: Lang, style: Style, marker: string): string[] {
  const lines = [`  ${marker} ${renderStep(content, step, lang)}`, style.dim(`     ${sourceLine(content, step.evidence, lang)}`)];
  for (const caution of labelCautions(content, step, lang)) lines.push(`     ${style.glyph.warn} ${caution}`);
  return lines;
}

export function makePathCommand(ctx: Context) {
  return new Command('path')
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
      const lines = [out.heading(topic.title[lang])];
      const before = beforeStepsFor(content, topic);
      if (before.length) {
        lines.push('', out.label(`${t(lang, 'beforeYouStart')}:`));
        for (const step of before) lines.push(...stepLines(content, step, lang, out, out.glyph.bullet));
      }
      for (const outcome of topic.outcomes) {
        lines.push('', out.label(topic.outcomes.length > 1 ? t(lang, 'ifOutcome', { title: outcome.title[lang] }) : `${t(lang, 'clickPathHeading')}:`));
        stepsFor(content, outcome.clickPath).forEach((step, i) => lines.push(...stepLines(content, step, lang, out, `${i + 1}.`)));
      }
      lines.push('', out.dim(t(lang, 'renameNote')));
      ctx.stdout.write(`${lines.join('\n')}\n`);
    });
}
