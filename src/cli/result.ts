// The result screen: for each request, what to do before starting, the click path, the channel
// with its reasons and contacts, the drafted message with its Russian twin, and the tips that apply.
// Pure: returns text; the command decides which stream it goes to.
import type { Channel, Content, Lang } from '../content/schema.js';
import type { ChannelAdvice } from '../engine/advice.js';
import { clickPathWithChannel, detailText, renderDraft, stepsFor, renderStep, type Draft } from '../engine/draft.js';
import type { Request } from '../engine/session.js';
import { labelCautions } from '../engine/evidence.js';
import { mayDraft } from '../engine/refund.js';
import { t } from './messages.js';
import { conditionLine, refundLines } from './refund-lines.js';
import { sourceLine } from './source-line.js';
import type { Style } from './style.js';

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

function indent(text: string, by = '  '): string[] {
  return text.split('\n').map((l) => (l ? by + l : l));
}

function reasonLines(advice: ChannelAdvice, lang: Lang, style: Style): string[] {
  return advice.reasons.map((r) => `    ${r.score >= 0 ? style.ok('+') : style.bad('−')} ${r.text[lang]}`);
}

export interface RenderedRequest {
  guide: string;
  draft?: Draft;
}

export function formatRequest(
  content: Content,
  request: Request,
  before: readonly string[],
  lang: Lang,
  style: Style,
  heading?: string,
  /** Turns the drafted message into what is shown instead (a follow-up, in the wizard). */
  finish: (draft: Draft) => Draft = (draft) => draft,
): RenderedRequest {
  const { topic, outcome } = request;
  const out: string[] = [];
  const h = (s: string): void => {
    out.push('', style.heading(s));
  };
  if (heading) out.push(style.heading(style.label(heading)));
  if (request.verdict) out.push('', ...refundLines(content, request.verdict, lang, style).map((l) => (l ? `  ${l}` : l)));
  // The A-to-z verdict (delivery, atoz-claim): each condition, then when to file and until when.
  if (request.atoz) {
    const { atoz } = request;
    out.push('', `  ${style.heading(atoz.eligible ? style.ok(atoz.headline) : style.bad(atoz.headline))}`);
    for (const c of atoz.conditions) out.push(`  ${conditionLine(c, style)}`);
    out.push(`  ${atoz.next}`);
  }
  if (before.length > 0) {
    h(t(lang, 'beforeYouStart'));
    for (const step of stepsFor(content, before)) out.push(`  ${style.glyph.bullet} ${renderStep(content, step, lang)}`);
  }

  const channelAdvice = request.advice.recommended;
  const channel = channelAdvice?.channel;
  h(t(lang, 'clickPathHeading'));
  const steps = clickPathWithChannel(content, outcome, channel, lang);
  steps.forEach((s, i) => out.push(`  ${i + 1}. ${s}`));
  // A doubtful label on the way gets its caution, once.
  const cautions = new Set(stepsFor(content, outcome.clickPath).flatMap((step) => labelCautions(content, step, lang)));
  for (const caution of cautions) out.push(`  ${style.glyph.warn} ${caution}`);
  out.push(style.dim(`  ${t(lang, 'renameNote')}`));

  if (channelAdvice && channel) {
    const several = request.advice.alternatives.length > 0 || request.advice.unavailable.length > 0;
    h(t(lang, several ? 'recommended' : 'onlyChannel', { name: channel.name[lang] }));
    out.push(...reasonLines(channelAdvice, lang, style));
    out.push(`  ${t(lang, 'answerTime')}: ${channel.answerTime[lang]}`, `  ${t(lang, 'cost')}: ${channel.cost[lang]}`);
    const contacts = contactLines(content, channel, lang, style);
    if (contacts.length) out.push(`  ${t(lang, 'contact')}:`, ...contacts.map((l) => `    ${l}`));
    if (channel.notes.length) {
      out.push(`  ${t(lang, 'notes')}:`);
      for (const note of channel.notes) out.push(`    ${style.glyph.bullet} ${note[lang]}`);
    }
    if (several) {
      h(t(lang, 'alternatives'));
      for (const alt of request.advice.alternatives) {
        out.push(`  ${style.heading(alt.channel.name[lang])} — ${alt.channel.answerTime[lang]} ${alt.channel.cost[lang]}`);
        out.push(...reasonLines(alt, lang, style));
        const altContacts = contactLines(content, alt.channel, lang, style);
        out.push(...altContacts.map((l) => `    ${l}`));
      }
      for (const gone of request.advice.unavailable) {
        out.push(`  ${style.dim(`${gone.channel.name[lang]} — ${t(lang, 'notAvailable')}: ${gone.reasons.map((r) => r[lang]).join(' ')}`)}`);
      }
    }
  } else {
    out.push('', style.bad(t(lang, 'noChannel')));
  }

  let draft: Draft | undefined;
  if (!request.draft) {
    const priceDidNotDrop = request.verdict !== undefined && !mayDraft(request.verdict, true);
    out.push('', t(lang, priceDidNotDrop ? 'noDraftPrice' : 'noDraft'));
  } else if (request.channel) {
    draft = finish(renderDraft(topic, outcome, request.channel, request.answers));
    h(`${t(lang, 'messageHeading')}:`);
    out.push('', ...indent(messageText(draft)));
    // The Russian twin, sentence by sentence: for a reader of the English message it adds nothing.
    if (lang === 'ru') {
      h(`${t(lang, 'meaningHeading')}:`);
      const { subject, body } = draft.summary;
      out.push(...indent(subject !== undefined ? `${t(lang, 'subject')}: ${subject}\n\n${body}` : body));
    }
  }

  const tips = outcome.tips.map((id) => content.tips.find((tip) => tip.id === id)).filter((tip) => tip !== undefined);
  if (tips.length) {
    h(t(lang, 'tipsHeading'));
    for (const tip of tips) out.push(`  ${style.glyph.bullet} ${tip.text[lang]}`);
  }
  return { guide: `${out.join('\n')}\n`, ...(draft ? { draft } : {}) };
}
