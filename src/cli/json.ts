// The one --json style of every command: one compact JSON object on one line of stdout, texts in
// the interface language, no colour. The keys of each command are listed in the README.
import type { Channel, Content, Lang } from '../content/schema.js';
import { detailText } from '../engine/draft.js';
import type { Context } from './context.js';
import { sourceLine } from './source-line.js';

export function writeJson(ctx: Pick<Context, 'stdout'>, value: object): void {
  ctx.stdout.write(`${JSON.stringify(value)}\n`);
}

/** A channel's contact details (address, number, page) with their evidence, its one-line source and any caution. */
export function contactDetailsJson(content: Content, channel: Channel, lang: Lang) {
  return channel.contacts.flatMap((id) => {
    const d = content.amazon.find((x) => x.id === id);
    if (!d) return [];
    const source = sourceLine(content, d.evidence, lang);
    return [{ kind: d.kind, value: detailText(content, id, lang), evidence: d.evidence, source, ...(d.caution ? { caution: d.caution[lang] } : {}) }];
  });
}
