// How a price-drop verdict reads, in refund-check and on the wizard's result screen alike: that
// Amazon has no price-adjustment policy, what the shopper can do alone, then the conditions under
// which asking has a chance, each with how to check it and where it comes from.
import type { Content, Lang } from '../content/schema.js';
import { renderLabels } from '../engine/draft.js';
import type { RefundVerdict } from '../engine/refund.js';
import { t } from './messages.js';
import { sourceLine } from './source-line.js';
import type { Style } from './style.js';

/** One refund condition as a line: met or not, its title and the reason. */
export function conditionLine(c: { met: boolean; title: string; reason: string }, style: Style): string {
  return `${c.met ? style.glyph.ok : style.glyph.bad} ${style.heading(c.title)}: ${c.reason}`;
}

export function refundLines(content: Content, verdict: RefundVerdict, lang: Lang, style: Style): string[] {
  const lines: string[] = [verdict.policy, '', style.heading(`${t(lang, 'selfServiceHeading')}:`)];
  for (const route of verdict.routes) {
    lines.push(`${style.glyph.bullet} ${style.heading(route.title)}: ${renderLabels(content, route.text, lang)}`);
    const evidence = content.refund.routes.find((r) => r.id === route.id)?.evidence;
    if (evidence) lines.push(style.dim(`  ${sourceLine(content, evidence, lang)}`));
  }
  const headline = verdict.eligible ? style.ok(verdict.headline) : style.bad(verdict.headline);
  lines.push('', style.heading(headline));
  for (const c of verdict.conditions) {
    lines.push(conditionLine(c, style));
    if (c.howToCheck) lines.push(style.dim(`  ${t(lang, 'howToCheck')}: ${c.howToCheck}`));
    const evidence = content.refund.conditions.find((r) => r.id === c.id)?.evidence;
    if (evidence) lines.push(style.dim(`  ${sourceLine(content, evidence, lang)}`));
  }
  return lines;
}
