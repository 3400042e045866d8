// The result screen printed from a plan (src/engine/result-plan.ts): per request what to do, the
// short click path, the channel, then the message between two rules, unindented so that it copies
// cleanly, and its Russian twin; the other channels one line each, the tips once. --full prints
// every step, reason, contact and note. Pure: returns text; the command decides where it goes.
import type { Channel, Content, Lang } from '../content/schema.js';
import { clickPathWithChannel, detailText, stepsFor, type Draft } from '../engine/draft.js';
import { labelCautions } from '../engine/evidence.js';
import type { ChannelPlan, RequestPlan, ResultPlan } from '../engine/result-plan.js';
import { tipsFor } from '../engine/result-plan.js';
import type { Request } from '../engine/session.js';
import { t } from './messages.js';
import { conditionLine, refundLines } from './refund-lines.js';
import { sourceLine } from './source-line.js';
import type { Style } from './style.js';
import { hang, wrapLine } from './wrap.js';

/** Contact details of a channel: each with where it comes from, in one line, and its caution. */
export function contactLines(content: Content, channel: Channel, lang: Lang, style: Style): string[] {
  const lines: string[] = [];
  for (const id of channel.contacts) {
    const detail = content.amazon.find((d) => d.id === id);
    if (!detail) continue;
    lines.push(style.label(detailText(content, id, lang)!), `  ${style.dim(sourceLine(content, detail.evidence, lang))}`);
    if (detail.caution) lines.push(`  ${style.glyph.warn} ${detail.caution[lang]}`);
  }
  return lines;
}

/** The text that goes to the clipboard, a file or stdout: the subject line for e-mail, then the body. */
export function messageText(draft: Draft): string {
  return draft.subject ? `Subject: ${draft.subject}\n\n${draft.body}` : draft.body;
}

export const MESSAGE_SEPARATOR = '\n---\n';

/** Where the result is printed: its width (undefined when not a terminal) and its colours. */
export interface Screen {
  width: number | undefined;
  style: Style;
}

/** "Обычно в течение часа." after a dash reads "обычно в течение часа": lower case, no full stop. */
export function afterDash(text: string): string {
  const trimmed = text.trim().replace(/\.$/, '');
  // A name keeps its capital (Amazon, СНГ): only a capital followed by a lower-case letter is lowered.
  if (/^(Amazon|Facebook|Twitter)\b/.test(trimmed) || !/^\p{Lu}\p{Ll}/u.test(trimmed)) return trimmed;
  return trimmed[0]!.toLowerCase() + trimmed.slice(1);
}

/** A sentence as it starts a line: a capital first letter and a full stop. */
function sentence(text: string): string {
  const s = text.trim();
  const capital = s[0]!.toUpperCase() + s.slice(1);
  return /[.!?:»)]$/.test(capital) ? capital : `${capital}.`;
}

/** The first clause of a text, for a one-line summary: up to the first colon, semicolon or full stop. */
function firstClause(text: string): string {
  return text.split(/[:;]\s|(?<=[.!?])\s/)[0]!;
}

/** "Чат — обычно в течение часа, бесплатно": name, answer time and cost in one line. */
function channelLine(c: ChannelPlan, style: Style): string {
  return `${style.heading(c.name)} — ${afterDash(firstClause(c.answerTime))}; ${afterDash(firstClause(c.cost))}.`;
}

function rule(width: number | undefined): string {
  return '─'.repeat(Math.min(width ?? 60, 60));
}

/** The message between two rules, no indent, never wrapped: its lines are what the user pastes. */
function messageBlock(lang: Lang, plan: RequestPlan, n: number | undefined, screen: Screen, out: string[]): void {
  const { style, width } = screen;
  if (!plan.draft) {
    const why = plan.noDraft === 'no-channel' ? 'noChannel' : plan.noDraft === 'price' ? 'noDraftPrice' : 'noDraft';
    out.push('', hang('', t(lang, why), width));
    return;
  }
  const heading = n === undefined ? t(lang, 'messageHeading') : t(lang, 'messageHeadingN', { n });
  out.push('', style.heading(heading), rule(width), messageText(plan.draft), rule(width));
  if (plan.summary) out.push(hang(style.dim(`${t(lang, 'summaryHeading')} `), style.dim(plan.summary), width, 2));
}

function channelBlock(lang: Lang, channel: ChannelPlan, several: boolean, screen: Screen, out: string[]): void {
  const { style, width } = screen;
  out.push(hang(`${t(lang, several ? 'recommended' : 'onlyChannel')}: `, channelLine(channel, style), width, 2));
  if (channel.reason) out.push(hang('  ', sentence(channel.reason), width));

}

function othersBlock(lang: Lang, others: readonly ChannelPlan[], unavailable: RequestPlan['unavailable'], screen: Screen, out: string[]): void {
  const { style, width } = screen;
  if (others.length === 0 && !unavailable?.length) return;
  out.push('', style.heading(t(lang, 'alternatives')));
  for (const c of others) out.push(hang(`  ${style.glyph.bullet} `, `${channelLine(c, style)}${c.reason ? ` ${sentence(c.reason)}` : ''}`, width));
  for (const u of unavailable ?? []) out.push(hang(`  ${style.glyph.bullet} `, style.dim(`${u.name} — ${afterDash(t(lang, 'notAvailable'))}. ${u.reason}`), width));
}

function pathBlock(lang: Lang, heading: string, path: readonly string[], screen: Screen, out: string[], cautions: readonly string[] = []): void {
  if (path.length === 0) return;
  out.push(hang(`${heading}: `, path.join(' → '), screen.width, 2));
  for (const caution of cautions) out.push(hang(`  ${screen.style.glyph.warn} `, caution, screen.width));
}

/** The short result: what a shopper needs, each thing said once. */
export function formatResult(plan: ResultPlan, screen: Screen): string {
  const { lang } = plan;
  const { style, width } = screen;
  const out: string[] = [];
  const several = plan.requests.length > 1;
  const hasChoice = (p: RequestPlan): boolean => (p.others ?? plan.shared.others ?? []).length > 0;

  const beforeLines = plan.before.map((b) => hang(`${t(lang, 'firstStep')}: `, b, width, 2));
  if (several) out.push('', hang('', style.heading(t(lang, 'requestsIntro', { n: plan.requests.length })), width), ...beforeLines);
  if (several && plan.shared.path.length + plan.shared.pathEnd.length > 0) {
    // The middle, where the requests differ, is named under each request.
    const middle = plan.requests.some((p) => p.path.length > 0) ? [t(lang, 'clickPathMiddle')] : [];
    pathBlock(lang, t(lang, 'clickPathShared'), [...plan.shared.path, ...middle, ...plan.shared.pathEnd], screen, out, plan.shared.cautions);
  }
  if (plan.shared.channel) channelBlock(lang, plan.shared.channel, hasChoice(plan.requests[0]!), screen, out);

  plan.requests.forEach((p, i) => {
    const title = several ? t(lang, 'requestHeading', { n: i + 1, total: plan.requests.length, title: p.title }) : p.title;
    // The title and what to do, in one line.
    out.push('', hang('', `${style.heading(style.label(title))} — ${afterDash(p.action)}.`, width));
    // One request: signing in is its first step, said right under what to do.
    if (!several) out.push(...beforeLines);
    if (p.verdict) {
      // No price-adjustment policy, what one can do alone, then whether asking has a chance (--full adds how to check).
      out.push(hang('', p.verdict.policy, width), style.heading(`${t(lang, 'selfServiceHeading')}:`));
      for (const route of p.verdict.routes) out.push(hang(`  ${style.glyph.bullet} `, `${style.heading(route.title)}: ${route.text}`, width));
      out.push(hang('', style.heading(p.verdict.eligible ? style.ok(p.verdict.headline) : style.bad(p.verdict.headline)), width));
      for (const c of p.verdict.conditions) out.push(hang('  ', conditionLine(c, style), width));
    }
    if (p.atoz) {
      // The A-to-z rule: each condition, then when to file and until when.
      out.push(hang('', style.heading(p.atoz.eligible ? style.ok(p.atoz.headline) : style.bad(p.atoz.headline)), width));
      for (const c of p.atoz.conditions) out.push(hang('  ', conditionLine(c, style), width));
      out.push(hang('', p.atoz.next, width));
    }
    pathBlock(lang, several && plan.shared.path.length + plan.shared.pathEnd.length > 0 ? t(lang, 'clickPathOwn') : t(lang, 'clickPathHeading'), p.path, screen, out, p.cautions);
    if (p.channel) channelBlock(lang, p.channel, hasChoice(p), screen, out);
    messageBlock(lang, p, several ? i + 1 : undefined, screen, out);
    if (p.others) othersBlock(lang, p.others, p.unavailable, screen, out);
  });
  if (plan.shared.others) othersBlock(lang, plan.shared.others, plan.requests[0]?.unavailable, screen, out);

  if (plan.tips.length) {
    out.push('', style.heading(t(lang, 'tipsHeading')));
    for (const tip of plan.tips) out.push(hang(`  ${style.glyph.bullet} `, tip, width));
  }
  // Where the rest is: every step, every address and number with its caution, everything at once.
  const paths = plan.requests.map((p) => `amz-help path ${p.topic}`).join(', ');
  out.push('', hang('', style.dim(t(lang, 'moreDetails', { paths })), width));
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------- --full

function reasonLines(advice: NonNullable<Request['advice']['recommended']>, lang: Lang, style: Style, width: number | undefined): string[] {
  return advice.reasons.map((r) => hang(`    ${r.score >= 0 ? style.ok('+') : style.bad('−')} `, r.text[lang], width));
}

function fullRequest(content: Content, request: Request, plan: RequestPlan, lang: Lang, screen: Screen, heading: string, n: number | undefined): string[] {
  const { style, width } = screen;
  const out: string[] = [];
  const h = (s: string): void => {
    out.push('', style.heading(s));
  };
  out.push('', hang('', style.heading(style.label(heading)), width), hang('', sentence(plan.action), width));
  if (plan.verdict) out.push('', ...refundLines(content, plan.verdict, lang, style).map((l) => (l ? wrapLine(`  ${l}`, width) : l)));
  const channelAdvice = request.advice.recommended;
  const channel = channelAdvice?.channel;
  h(t(lang, 'clickPathHeading'));
  clickPathWithChannel(content, request.outcome, channel, lang).forEach((s, i) => out.push(hang(`  ${i + 1}. `, s, width)));
  // A doubtful label on the way gets its caution, once.
  const cautions = new Set(stepsFor(content, request.outcome.clickPath).flatMap((step) => labelCautions(content, step, lang)));
  for (const caution of cautions) out.push(hang(`  ${style.glyph.warn} `, caution, width));
  out.push(hang('  ', style.dim(t(lang, 'renameNote')), width));
  if (channelAdvice && channel) {
    const several = request.advice.alternatives.length > 0 || request.advice.unavailable.length > 0;
    h(`${t(lang, several ? 'recommended' : 'onlyChannel')}: ${channel.name[lang]}`);
    out.push(...reasonLines(channelAdvice, lang, style, width));
    out.push(hang('  ', `${t(lang, 'answerTime')}: ${afterDash(channel.answerTime[lang])}.`, width), hang('  ', `${t(lang, 'cost')}: ${afterDash(channel.cost[lang])}.`, width));
    const contacts = contactLines(content, channel, lang, style);
    if (contacts.length) out.push(`  ${t(lang, 'contact')}:`, ...contacts.map((l) => wrapLine(`    ${l}`, width)));
    if (channel.notes.length) {
      out.push(`  ${t(lang, 'notes')}:`);
      for (const note of channel.notes) out.push(hang(`    ${style.glyph.bullet} `, note[lang], width));
    }
    if (several) {
      h(t(lang, 'alternatives'));
      for (const alt of request.advice.alternatives) {
        out.push(hang('  ', channelLine({ name: alt.channel.name[lang], answerTime: alt.channel.answerTime[lang], cost: alt.channel.cost[lang] } as ChannelPlan, style), width));
        out.push(...reasonLines(alt, lang, style, width));
        out.push(...contactLines(content, alt.channel, lang, style).map((l) => wrapLine(`    ${l}`, width)));
      }
      for (const gone of request.advice.unavailable) {
        out.push(hang('  ', style.dim(`${gone.channel.name[lang]} — ${afterDash(t(lang, 'notAvailable'))}. ${gone.reasons.map((r) => r[lang]).join(' ')}`), width));
      }
    }
  }
  messageBlock(lang, plan, n, screen, out);
  return out;
}

/** Everything the content says about each request: every step, reason, contact, note and tip. */
export function formatFullResult(content: Content, requests: readonly Request[], plan: ResultPlan, screen: Screen): string {
  const { lang } = plan;
  const { style, width } = screen;
  const out: string[] = [];
  if (plan.before.length) {
    out.push('', style.heading(t(lang, 'beforeYouStart')));
    for (const step of plan.before) out.push(hang(`  ${style.glyph.bullet} `, step, width));
  }
  requests.forEach((request, i) => {
    const p = plan.requests[i]!;
    const heading = requests.length > 1 ? t(lang, 'requestHeading', { n: i + 1, total: requests.length, title: p.title }) : p.title;
    out.push(...fullRequest(content, request, p, lang, screen, heading, requests.length > 1 ? i + 1 : undefined));
  });
  const tips = tipsFor(content, requests, true);
  if (tips.length) {
    out.push('', style.heading(t(lang, 'tipsHeading')));
    for (const tip of tips) out.push(hang(`  ${style.glyph.bullet} `, tip.text[lang], width));
  }
  return `${out.join('\n')}\n`;
}
