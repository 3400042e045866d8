// Deciding a request from answers given all at once (`draft <topic>` and refund-check): the path
// the answers take, the outcome, the channel, the price-difference verdict and the message. Pure:
// the commands read flags into answers, then print what this returns or report its problem.
import type { Channel, ChannelId, Content, Lang, Outcome, Question, Text, Topic } from '../content/schema.js';
import { CHANNEL_IDS } from '../content/ids.js';
import { adviseChannels, channelById, unavailableReasons, type Advice, type Preferences } from './advice.js';
import { isoDate, type CalendarDate } from './dates.js';
import { renderDraft, type Draft, type Names } from './draft.js';
import type { RefundVerdict } from './refund.js';
import { verdictFor } from './session.js';
import { progressOf, type Answers } from './walk.js';

export interface DraftRequest {
  /** Answers to the topic's questions, each already read (a choice's id, an ISO date, ...). */
  answers: Readonly<Record<string, string>>;
  /** The account answer and the preference answers given; the account defaults as the wizard's would. */
  preferences?: Readonly<Record<string, string>>;
  /** The channel asked for; without it, the recommended one. */
  channel?: string;
  /** The day the price-difference window is counted to. */
  today: CalendarDate;
  /** The language of the verdict's reasons. */
  lang: Lang;
  /** What a glossary item inserts in each language (its English phrase, its Russian name). */
  names?: Names;
  /**
   * False to draft even when nothing names the item or the order (refund-check shows the request
   * it would make from its few flags); `draft` always requires it.
   */
  identify?: boolean;
}

export interface ResolvedDraft {
  outcome: Outcome;
  /** The answers on the path taken; an optional question left out is null (skipped). */
  answers: Answers;
  /** Answers given to questions this path does not ask: left out of the message. */
  ignored: string[];
  channel: Channel;
  advice: Advice;
  /** For a topic with the price-difference rule, once its answers are in. */
  verdict?: RefundVerdict;
  draft: Draft;
}

/** Why no message can be drafted from these answers. `available`: the channels that could be chosen. */
export type DraftProblem =
  | { kind: 'missing-answer'; question: Question }
  /** Nothing says which item or order the message is about; `any` lists the answers that would. */
  | { kind: 'unidentified'; any: string[] }
  | { kind: 'paid-after-today'; paid: string; today: string }
  | { kind: 'channel-not-offered'; channel: string; available: ChannelId[] }
  | { kind: 'channel-unavailable'; channel: ChannelId; reasons: Text[]; available: ChannelId[] }
  | { kind: 'no-channel' };

/** The account answer a request for `topic` implies: the one that leads straight to it, or signing in. */
export function defaultAccount(content: Content, topic: Topic): string {
  const options = content.flow.account.options;
  return (options.find((o) => o.next === `topic:${topic.id}`) ?? options.find((o) => o.next === 'topics'))?.id ?? 'signed-in';
}

/** The decision, or the problem that prevents one (with the answers found off the path so far). */
export function resolveDraft(content: Content, topic: Topic, request: DraftRequest): ResolvedDraft | { problem: DraftProblem; ignored: string[] } {
  // Walk the path the answers take; optional questions left out count as skipped.
  const answers: Record<string, string | null> = { ...request.answers };
  const walk = { identify: request.identify !== false };
  let progress = progressOf(topic, answers, walk);
  while (progress.pending) {
    const question = progress.pending;
    if (progress.identify) return { problem: { kind: 'unidentified', any: topic.identify?.any ?? [] }, ignored: [] };
    if (question.kind === 'choice' || question.required) return { problem: { kind: 'missing-answer', question }, ignored: [] };
    answers[question.id] = null;
    progress = progressOf(topic, answers, walk);
  }
  const outcome = progress.outcome!;
  const ignored = Object.keys(request.answers).filter((id) => !progress.asked.some((q) => q.id === id));
  for (const id of ignored) delete answers[id];

  const preferences: Preferences = { account: defaultAccount(content, topic), ...request.preferences };
  const advice = adviseChannels(content, outcome.channels, preferences);
  const available = [advice.recommended, ...advice.alternatives].flatMap((a) => (a ? [a.channel.id] : []));
  let channel: Channel;
  if (request.channel !== undefined) {
    const id = request.channel.trim().toLowerCase() as ChannelId;
    if (!(CHANNEL_IDS as readonly string[]).includes(id) || !outcome.channels.includes(id)) {
      return { problem: { kind: 'channel-not-offered', channel: request.channel, available }, ignored };
    }
    channel = channelById(content, id);
    const reasons = unavailableReasons(channel, preferences);
    if (reasons.length > 0) return { problem: { kind: 'channel-unavailable', channel: id, reasons, available }, ignored };
  } else {
    if (!advice.recommended) return { problem: { kind: 'no-channel' }, ignored };
    channel = advice.recommended.channel;
  }

  const today = isoDate(request.today);
  if (topic.eligibility && answers.paid && answers.paid > today) return { problem: { kind: 'paid-after-today', paid: answers.paid, today }, ignored };
  const verdict = verdictFor(content, topic, answers, request.today, request.lang);
  return { outcome, answers, ignored, channel, advice, ...(verdict ? { verdict } : {}), draft: renderDraft(topic, outcome, channel.id, answers, request.names) };
}
