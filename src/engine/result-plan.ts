// What the result screen says, decided apart from how it is printed: for each request, what to do,
// the short click path, the channel and why, the message and its Russian twin; the other channels
// one line each; the tips that apply, once. With several requests, what they share is said once.
// Pure: content, requests and answers in, a plain object out; src/cli/result.ts prints it.
import type { Channel, ChannelId, Content, Lang, Tip } from '../content/schema.js';
import type { ChannelAdvice } from './advice.js';
import { detailText, renderDraft, renderStep, stepsFor, type Draft } from './draft.js';
import { labelCautions } from './evidence.js';
import { mayDraft, type RefundVerdict } from './refund.js';
import type { Request } from './session.js';
import type { AtozVerdict } from './atoz.js';

/** One of Amazon's contact details with the doubt worth telling, if any. */
export interface ContactPlan {
  text: string;
  caution?: string;
}

export interface ChannelPlan {
  id: ChannelId;
  name: string;
  answerTime: string;
  cost: string;
  /** The reason that weighed most for this channel (the recommended one), or against it (another). */
  reason?: string;
  contacts: ContactPlan[];
}

export interface RequestPlan {
  title: string;
  /** One line: what to do. */
  action: string;
  verdict?: RefundVerdict;
  /** The A-to-z rule's verdict (delivery, atoz-claim): each condition, when a claim opens and until when. */
  atoz?: AtozVerdict;
  /** The short click path after the shared part: each step as the labels it names. */
  path: string[];
  /** The channel, unless all requests share it (then it is in `shared`). */
  channel?: ChannelPlan;
  /** The message, or none when the user chose not to draft one. */
  draft?: Draft;
  /** The message in Russian, sentence by sentence, for the shopper to read. */
  summary?: string;
  /** Why there is no message: the user declined, the price did not drop, or no channel is available. */
  noDraft?: 'declined' | 'price' | 'no-channel';
  /** Cautions about doubtful labels on the path, unless all requests share them. */
  cautions: string[];
  /** The other channels, unless all requests share them. */
  others?: ChannelPlan[];
  unavailable?: { name: string; reason: string }[];
  /** The topic id, for `amz-help path <topic>`. */
  topic: string;
}

export interface ResultPlan {
  lang: Lang;
  /** Steps before contacting support (sign in...), said once. */
  before: string[];
  /** With several requests: the start of the click path they all share, and a shared channel. */
  /** With several requests: the start and the end of the click path they all share, a shared channel. */
  shared: { path: string[]; pathEnd: string[]; cautions: string[]; channel?: ChannelPlan; others?: ChannelPlan[] };
  requests: RequestPlan[];
  /** General tips that apply to this session, each once. */
  tips: string[];
}

const LABEL = /\{\{label:([a-z0-9-]+)\}\}/g;
const HAS_LABEL = /\{\{label:[a-z0-9-]+\}\}/;

/** A step in short: the Amazon labels it names, or the whole step when it names none. */
export function shortStep(content: Content, stepId: string, lang: Lang): string {
  const [step] = stepsFor(content, [stepId]);
  const labels = [...step!.text[lang].matchAll(LABEL)].map((m) => detailText(content, m[1]!, lang)).filter((l) => l !== undefined);
  return labels.length > 0 ? labels.join(' → ') : renderStep(content, step!, lang);
}

/**
 * A click path in short: the steps that name Amazon's labels, as those labels (a step that only
 * advises, naming none, is left to `amz-help path`); every step whole when none names a label.
 */
export function shortPath(content: Content, stepIds: readonly string[], lang: Lang): string[] {
  const labelled = stepIds.filter((id) => HAS_LABEL.test(stepsFor(content, [id])[0]!.text[lang]));
  return (labelled.length > 0 ? labelled : stepIds).map((id) => shortStep(content, id, lang));
}

function contactsOf(content: Content, channel: Channel, lang: Lang): ContactPlan[] {
  return channel.contacts.flatMap((id) => {
    const detail = content.amazon.find((d) => d.id === id);
    const text = detailText(content, id, lang);
    if (!detail || text === undefined) return [];
    return [{ text, ...(detail.caution ? { caution: detail.caution[lang] } : {}) }];
  });
}

function channelPlan(content: Content, advice: ChannelAdvice, lang: Lang, recommended: boolean): ChannelPlan {
  const { channel } = advice;
  // For the recommended channel the strongest reason for it; for another, the strongest against.
  const sorted = [...advice.reasons].sort((a, b) => (recommended ? b.score - a.score : a.score - b.score));
  const main = sorted.find((r) => (recommended ? r.score > 0 : r.score < 0));
  return {
    id: channel.id,
    name: channel.name[lang],
    answerTime: channel.answerTime[lang],
    cost: channel.cost[lang],
    ...(main ? { reason: main.text[lang] } : {}),
    contacts: contactsOf(content, channel, lang),
  };
}

function commonSuffix(lists: readonly (readonly string[])[]): string[] {
  return commonPrefix(lists.map((l) => [...l].reverse())).reverse();
}

function commonPrefix(lists: readonly (readonly string[])[]): string[] {
  const [first, ...rest] = lists;
  if (!first) return [];
  let n = 0;
  while (n < first.length && rest.every((l) => l[n] === first[n])) n += 1;
  return first.slice(0, n);
}

/** The tips of these requests, each once, in order: those the short result does not already say, for channels in use. */
export function tipsFor(content: Content, requests: readonly Request[], full: boolean): Tip[] {
  const ids = [...new Set(requests.flatMap((r) => r.outcome.tips))];
  const channels = new Set(requests.map((r) => r.channel).filter((c) => c !== undefined));
  return ids
    .map((id) => content.tips.find((tip) => tip.id === id))
    .filter((tip) => tip !== undefined)
    .filter((tip) => full || (!tip.saidElsewhere && (!tip.channels || tip.channels.some((c) => channels.has(c)))));
}

function draftOf(request: Request, finish: (draft: Draft) => Draft): Draft | undefined {
  if (!request.draft || !request.channel) return undefined;
  return finish(renderDraft(request.topic, request.outcome, request.channel, request.answers, request.names));
}

/** The cautions of the doubtful labels on a request's click path, each once. */
function cautionsOf(content: Content, request: Request, lang: Lang): string[] {
  return [...new Set(stepsFor(content, request.outcome.clickPath).flatMap((step) => labelCautions(content, step, lang)))];
}

function whyNoDraft(request: Request): RequestPlan['noDraft'] {
  if (!request.advice.recommended) return 'no-channel';
  return request.verdict !== undefined && !mayDraft(request.verdict, true) ? 'price' : 'declined';
}

/** The Russian twin of a message as one paragraph to read (it is never pasted): subject, then body. */
export function summaryText(draft: Draft, subjectWord: string): string {
  const { subject, body } = draft.summary;
  const text = subject !== undefined ? `${subjectWord}: ${subject}. ${body}` : body;
  return text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
}

/**
 * The short result of a session (--full prints everything from the content instead). `finish`
 * turns a drafted message into the one shown (a follow-up, when the user asked for one).
 */
export function planResult(
  content: Content,
  requests: readonly Request[],
  beforeSteps: readonly string[],
  lang: Lang,
  finish: (draft: Draft) => Draft = (draft) => draft,
): ResultPlan {
  const before = stepsFor(content, beforeSteps).map((step) => renderStep(content, step, lang));
  const paths = requests.map((r) => {
    const steps = shortPath(content, r.outcome.clickPath, lang);
    const channel = r.advice.recommended?.channel;
    return channel ? [...steps, channel.name[lang]] : steps;
  });
  const several = requests.length > 1;
  const sharedPath = several ? commonPrefix(paths) : [];
  // The end they share too (the contact page and the way to contact), from what is left after the start.
  const sharedEnd = several ? commonSuffix(paths.map((p) => p.slice(sharedPath.length))) : [];
  const channels = requests.map((r) => r.advice.recommended?.channel.id);
  const sameChannel = several && channels.every((c) => c !== undefined && c === channels[0]);
  const otherIds = requests.map((r) => r.advice.alternatives.map((a) => a.channel.id).join(' '));
  const sameOthers = several && otherIds.every((o) => o === otherIds[0]);
  const othersOf = (r: Request) => r.advice.alternatives.map((a) => channelPlan(content, a, lang, false));

  const plans = requests.map((request, i): RequestPlan => {
    const recommended = request.advice.recommended;
    const draft = draftOf(request, finish);
    return {
      topic: request.topic.id,
      title: request.topic.title[lang],
      action: request.outcome.title[lang],
      ...(request.verdict ? { verdict: request.verdict } : {}),
      ...(request.atoz ? { atoz: request.atoz } : {}),
      path: paths[i]!.slice(sharedPath.length, paths[i]!.length - sharedEnd.length),
      ...(recommended && !sameChannel ? { channel: channelPlan(content, recommended, lang, true) } : {}),
      ...(draft ? { draft, summary: summaryText(draft, 'Тема') } : { noDraft: whyNoDraft(request) }),
      cautions: several ? [] : cautionsOf(content, request, lang),
      ...(sameOthers ? {} : { others: othersOf(request) }),
      unavailable: request.advice.unavailable.map((u) => ({ name: u.channel.name[lang], reason: u.reasons.map((r) => r[lang]).join(' ') })),
    };
  });
  const first = requests[0];
  return {
    lang,
    before,
    shared: {
      path: sharedPath,
      pathEnd: sharedEnd,
      cautions: several ? [...new Set(requests.flatMap((r) => cautionsOf(content, r, lang)))] : [],
      ...(sameChannel && first?.advice.recommended ? { channel: channelPlan(content, first.advice.recommended, lang, true) } : {}),
      ...(sameOthers && first ? { others: othersOf(first) } : {}),
    },
    requests: plans,
    tips: tipsFor(content, requests, false).map((tip) => tip.text[lang]),
  };
}

