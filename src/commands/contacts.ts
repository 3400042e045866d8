// amz-help contacts: every channel with its details, answer time, cost and caveats, and where each
// comes from in one short line.
import { Command } from '@commander-js/extra-typings';
import type { Context } from '../cli/context.js';
import { examplesHelp } from '../cli/help.js';
import { contactDetailsJson, writeJson } from '../cli/json.js';
import { t } from '../cli/messages.js';
import { contactLines } from '../cli/result.js';
import { sourceLine } from '../cli/source-line.js';

export function makeContactsCommand(ctx: Context) {
  return new Command('contacts')
    .option('--json', t(ctx.lang, 'optContactsJson'))
    .addHelpText('after', examplesHelp(ctx, ['amz-help contacts', 'amz-help --lang ru contacts', 'amz-help contacts --json']))
    .action(async ({ json }) => {
      const content = await ctx.content();
      const { out, lang } = ctx;
      if (json) {
        const channels = content.channels.map((c) => ({
          id: c.id,
          name: c.name[lang],
          answerTime: c.answerTime[lang],
          cost: c.cost[lang],
          howTo: c.howTo[lang],
          details: contactDetailsJson(content, c, lang),
          notes: c.notes.map((n) => n[lang]),
        }));
        return writeJson(ctx, { channels });
      }
      const lines: string[] = [];
      for (const channel of content.channels) {
        lines.push(out.heading(`${channel.name[lang]} (${channel.id})`), out.dim(`  ${sourceLine(content, channel.evidence, lang)}`));
        lines.push(`  ${t(lang, 'answerTime')}: ${channel.answerTime[lang]}`, `  ${t(lang, 'cost')}: ${channel.cost[lang]}`);
        lines.push(`  ${channel.howTo[lang]}`);
        const contacts = contactLines(content, channel, lang, out);
        if (contacts.length) lines.push(`  ${t(lang, 'contact')}:`, ...contacts.map((l) => `    ${l}`));
        for (const note of channel.notes) lines.push(`  ${out.glyph.bullet} ${note[lang]}`);
        lines.push('');
      }
      ctx.stdout.write(lines.join('\n'));
    });
}
