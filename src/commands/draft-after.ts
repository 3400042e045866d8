// What `draft` and `refund-check` do after the first message: a follow-up instead of the first
// message (--follow-up DATE, --case ID, --next ...), and a calendar file with the deadlines that
// apply (--ics FILE). content/follow-up.yaml is read only when one of these flags is given.
import { Option } from '@commander-js/extra-typings';
import type { ChannelId, Lang, Topic } from '../content/schema.js';
import { contentSource } from '../validate/embedded.js';
import { daysBetween, isoDate, type CalendarDate } from '../engine/dates.js';
import { atozDeadlines, followUpDay, type Deadline } from '../engine/deadlines.js';
import type { Draft } from '../engine/draft.js';
import { composeFollowUp, NEXT_MESSAGES, type FollowUpSpec, type FollowUpTexts, type NextMessage } from '../engine/follow-up.js';
import type { RefundVerdict } from '../engine/refund.js';
import type { Context } from '../cli/context.js';
import { UsageError } from '../cli/errors.js';
import { choiceError, clip, dateFlag } from '../cli/flags.js';
import { ta } from '../cli/messages-after.js';

export async function followUpTexts(ctx: Pick<Context, 'contentFlag' | 'env' | 'content'>) {
  const source = contentSource(ctx.contentFlag, ctx.env);
  const [{ loadFollowUp }, { sources }] = await Promise.all([import('../validate/extra-loader.js'), ctx.content()]);
  return loadFollowUp(source.dir, source.display, sources);
}

/** The options `draft <topic>` adds for follow-ups and calendar files. */
export function afterOptions(lang: Lang): [id: string, option: Option][] {
  return [
    ['follow-up', new Option('--follow-up <date>', ta(lang, 'optFollowUp'))],
    ['case', new Option('--case <id>', ta(lang, 'optCase'))],
    ['next', new Option('--next <what>', ta(lang, 'optNext', { values: NEXT_MESSAGES.join(', ') }))],
    ['ics', new Option('--ics <file>', ta(lang, 'optIcs'))],
  ];
}

const CASE_ID = /^[A-Za-z0-9-]{4,30}$/;

/** --follow-up, --case and --next, checked: undefined when no follow-up was asked for. */
export function followUpFlags(lang: Lang, topic: Topic, flag: (id: string) => string | undefined, today: CalendarDate): FollowUpSpec | undefined {
  const given = flag('follow-up');
  if (given === undefined) {
    for (const id of ['case', 'next'] as const) {
      const value = flag(id);
      if (value !== undefined) {
        throw new UsageError(ta(lang, 'needsFollowUp', { flag: `--${id}` }), ta(lang, 'needsFollowUpHint', { topic: topic.id, flag: `--${id}`, value: clip(value) }));
      }
    }
    return undefined;
  }
  const spec: FollowUpSpec = { date: firstContactFlag(lang, given, today), next: 'status' };
  const next = flag('next');
  if (next !== undefined) {
    const wanted = next.trim().toLowerCase();
    if (!(NEXT_MESSAGES as readonly string[]).includes(wanted)) throw choiceError(lang, '--next', next, NEXT_MESSAGES);
    spec.next = wanted as NextMessage;
  }
  const caseId = flag('case');
  if (caseId !== undefined) spec.caseId = caseFlag(lang, caseId);
  return spec;
}

export function caseFlag(lang: Lang, value: string): string {
  if (!CASE_ID.test(value.trim())) throw new UsageError(ta(lang, 'badCase', { value: clip(value) }), ta(lang, 'caseFormat'));
  return value.trim();
}

/** A first-contact date from a flag: a real date, not after today. */
export function firstContactFlag(lang: Lang, value: string, today: CalendarDate): CalendarDate {
  const date = dateFlag(lang, '--follow-up', value);
  if (daysBetween(date, today) < 0) {
    throw new UsageError(ta(lang, 'followUpAfterToday', { date: isoDate(date), today: isoDate(today) }), ta(lang, 'followUpHint'));
  }
  return date;
}

/** The first message turned into its follow-up; the Russian summary stays its twin, sentence by sentence. */
export function asFollowUp(first: Draft, texts: FollowUpTexts, spec: FollowUpSpec): Draft {
  const message = composeFollowUp(
    {
      body: { en: first.body, ru: first.summary.body },
      ...(first.subject !== undefined ? { subject: { en: first.subject, ru: first.summary.subject ?? first.subject } } : {}),
    },
    texts,
    spec,
  );
  const draft: Draft = { ...first, body: message.body.en, summary: { body: message.body.ru } };
  if (message.subject) {
    draft.subject = message.subject.en;
    draft.summary.subject = message.subject.ru;
  }
  return draft;
}

export async function followUpDraft(ctx: Pick<Context, 'contentFlag' | 'env' | 'content'>, first: Draft, spec: FollowUpSpec): Promise<Draft> {
  return asFollowUp(first, await followUpTexts(ctx), spec);
}

/** refund-check's deadlines: the last day to ask, and the day to write again after asking today in the chat. */
export async function refundDeadlines(ctx: Pick<Context, 'contentFlag' | 'env' | 'content'>, verdict: RefundVerdict, today: CalendarDate): Promise<Deadline[]> {
  if (!verdict.eligible) return [];
  const { waitDays } = await followUpTexts(ctx);
  return [{ kind: 'ask-price-difference', date: verdict.lastDay }, followUpDay(today, 'chat', waitDays)];
}

/** draft's deadlines: the last day to ask (topics with a price-difference window), and the day to write again. */
export async function draftDeadlines(
  ctx: Pick<Context, 'contentFlag' | 'env' | 'content'>,
  channel: ChannelId,
  today: CalendarDate,
  verdict: RefundVerdict | undefined,
  /** For topics with the A-to-z rule: when a claim can be filed, and until when. */
  atoz?: { canFileFrom?: CalendarDate; lastDay: CalendarDate },
): Promise<Deadline[]> {
  const { waitDays } = await followUpTexts(ctx);
  const deadlines: Deadline[] = [];
  if (verdict?.eligible) deadlines.push({ kind: 'ask-price-difference', date: verdict.lastDay });
  if (atoz) deadlines.push(...atozDeadlines(atoz));
  deadlines.push(followUpDay(today, channel, waitDays));
  return deadlines;
}
