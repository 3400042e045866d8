// The wizard's session as data: which steps the answers so far lead through, which is next, and
// what each request comes to. No prompts here; the wizard command asks, this decides.
import type { ChannelId, Content, Outcome, Topic, TopicId } from '../content/schema.js';
import { adviseChannels, type Advice, type Preferences } from './advice.js';
import { parsePrice } from './answers.js';
import { atozProblems, evaluateAtoz, type AtozVerdict } from './atoz.js';
import { parseDate, proseDate, type CalendarDate } from './dates.js';
import type { Names } from './draft.js';
import { evaluateRefund, mayDraft, type RefundVerdict } from './refund.js';
import { progressOf, type Answers } from './walk.js';

export type StepKey =
  | { kind: 'account' }
  | { kind: 'topics' }
  | { kind: 'question'; topic: TopicId; question: string }
  /** price-drop when a condition fails: draft the request anyway? */
  | { kind: 'anyway'; topic: TopicId }
  | { kind: 'preference'; id: string };

export interface SessionState {
  account?: string;
  topics?: TopicId[];
  answers: Partial<Record<TopicId, Answers>>;
  anyway: Partial<Record<TopicId, boolean>>;
  prefs: Readonly<Record<string, string>>;
}

export const emptySession = (): SessionState => ({ answers: {}, anyway: {}, prefs: {} });

export function accountOption(content: Content, state: SessionState) {
  return content.flow.account.options.find((o) => o.id === state.account);
}

/** The topics this session is about, in content order: the chosen ones, or the one the account answer leads to. */
export function chosenTopics(content: Content, state: SessionState): Topic[] {
  const option = accountOption(content, state);
  if (!option) return [];
  if (option.next.startsWith('topic:')) return content.topics.filter((t) => t.id === option.next.slice(6));
  return content.topics.filter((t) => state.topics?.includes(t.id));
}

export function preferencesOf(state: SessionState): Preferences {
  return { account: state.account, ...state.prefs };
}

/** The topic whose questions, click path and messages a rule's command uses (refund-check, atoz-check). */
export function requestTopicOf(content: Content, rule: 'refund' | 'atoz'): Topic {
  const id = content[rule].requestTopic;
  const topic = content.topics.find((t) => t.id === id);
  if (!topic) throw new Error(`${rule}.yaml names topic ${id}, which does not exist`);
  return topic;
}

/**
 * The A-to-z rule (atoz.yaml, the one behind atoz-check) for a topic that carries it, once the
 * problem and the latest delivery date are in; none when Amazon sold the item (the topic's "seller"
 * answer) or the problem is not one the guarantee takes. It never stops a message: it says when a
 * claim opens and until when.
 */
export function atozVerdictFor(content: Content, topic: Topic, answers: Answers, today: CalendarDate, lang: 'en' | 'ru'): AtozVerdict | undefined {
  if (topic.eligibility !== 'atoz') return undefined;
  const problem = answers.problem;
  const expected = answers.expected ? parseDate(answers.expected) : undefined;
  if (!problem || !atozProblems(content.atoz).includes(problem) || !expected?.ok || answers.seller === 'amazon') return undefined;
  const contacted = answers.contacted ? parseDate(answers.contacted) : undefined;
  return evaluateAtoz(
    content.atoz,
    { problem, expected: expected.date, ...(contacted?.ok ? { contacted: contacted.date } : {}) },
    today,
    lang,
    (d) => proseDate(d, lang),
  );
}

/** F28 for a topic that carries the refund rule, once its three answers are in (the prices are optional). */
export function verdictFor(content: Content, topic: Topic, answers: Answers, today: CalendarDate, lang: 'en' | 'ru'): RefundVerdict | undefined {
  if (topic.eligibility !== 'price-difference') return undefined;
  const paid = answers.paid ? parseDate(answers.paid) : undefined;
  if (!paid?.ok || !answers.seller || !answers.shipped) return undefined;
  const pricePaid = answers['price-paid'] ? parsePrice(answers['price-paid']) : undefined;
  const priceNow = answers['price-now'] ? parsePrice(answers['price-now']) : undefined;
  return evaluateRefund(
    content.refund,
    {
      paid: paid.date,
      seller: answers.seller === 'amazon' ? 'amazon' : 'third-party',
      shipped: answers.shipped === 'yes',
      ...(pricePaid !== undefined ? { pricePaid } : {}),
      ...(priceNow !== undefined ? { priceNow } : {}),
    },
    today,
    lang,
  );
}

export interface Request {
  topic: Topic;
  outcome: Outcome;
  answers: Answers;
  /** The glossary item's English phrase and Russian name, by question id (see renderDraft). */
  names?: Names;
  verdict?: RefundVerdict;
  /** The A-to-z rule's verdict (delivery, atoz-claim): when a claim opens and until when. */
  atoz?: AtozVerdict;
  /** False when the refund rule fails and the user chose not to draft anyway. */
  draft: boolean;
  advice: Advice;
  channel?: ChannelId;
}

function availableCount(content: Content, outcome: Outcome, preferences: Preferences): number {
  const advice = adviseChannels(content, outcome.channels, preferences);
  return advice.recommended ? 1 + advice.alternatives.length : 0;
}

/**
 * The steps the answers lead through, in order: every answered one and then the first one still
 * open. `complete` when nothing is open.
 */
export function stepsOf(content: Content, state: SessionState, today: CalendarDate): { steps: StepKey[]; complete: boolean } {
  const steps: StepKey[] = [{ kind: 'account' }];
  const option = accountOption(content, state);
  if (!option) return { steps, complete: false };
  if (option.next === 'topics') {
    steps.push({ kind: 'topics' });
    if (!state.topics?.length) return { steps, complete: false };
  }
  const outcomes: Outcome[] = [];
  for (const topic of chosenTopics(content, state)) {
    const answers = state.answers[topic.id] ?? {};
    const progress = progressOf(topic, answers);
    for (const q of progress.asked) steps.push({ kind: 'question', topic: topic.id, question: q.id });
    if (progress.pending) {
      steps.push({ kind: 'question', topic: topic.id, question: progress.pending.id });
      return { steps, complete: false };
    }
    if (!progress.outcome) return { steps, complete: false };
    const verdict = verdictFor(content, topic, answers, today, 'en');
    if (verdict && !verdict.eligible) {
      // A price that did not drop gets no request at all: there is nothing to ask "anyway".
      if (!mayDraft(verdict, true)) continue;
      steps.push({ kind: 'anyway', topic: topic.id });
      if (state.anyway[topic.id] === undefined) return { steps, complete: false };
      // No message for this request: its channel does not matter.
      if (!state.anyway[topic.id]) continue;
    }
    outcomes.push(progress.outcome);
  }
  // Preferences only matter when some request that gets a message has a choice of channel.
  if (outcomes.some((o) => availableCount(content, o, { account: state.account }) > 1)) {
    for (const pref of content.preferences) {
      steps.push({ kind: 'preference', id: pref.id });
      if (state.prefs[pref.id] === undefined) return { steps, complete: false };
    }
  }
  return { steps, complete: true };
}

/** The stored answer of a step, or undefined when it has none yet. */
export function answerOf(state: SessionState, step: StepKey): string | string[] | boolean | null | undefined {
  switch (step.kind) {
    case 'account':
      return state.account;
    case 'topics':
      return state.topics;
    case 'question':
      return state.answers[step.topic]?.[step.question];
    case 'anyway':
      return state.anyway[step.topic];
    case 'preference':
      return state.prefs[step.id];
  }
}

export function withAnswer(state: SessionState, step: StepKey, value: string | string[] | boolean | null): SessionState {
  switch (step.kind) {
    case 'account':
      return { ...state, account: String(value) };
    case 'topics':
      return { ...state, topics: (value as TopicId[]).slice() };
    case 'question':
      return {
        ...state,
        answers: { ...state.answers, [step.topic]: { ...state.answers[step.topic], [step.question]: value as string | null } },
      };
    case 'anyway':
      return { ...state, anyway: { ...state.anyway, [step.topic]: Boolean(value) } };
    case 'preference':
      return { ...state, prefs: { ...state.prefs, [step.id]: String(value) } };
  }
}

/** What a complete session comes to: one request per topic, each with its advice and channel. */
export function requestsOf(content: Content, state: SessionState, today: CalendarDate, lang: 'en' | 'ru'): Request[] {
  const preferences = preferencesOf(state);
  return chosenTopics(content, state).flatMap((topic): Request[] => {
    const answers = state.answers[topic.id] ?? {};
    const { outcome } = progressOf(topic, answers);
    if (!outcome) return [];
    const verdict = verdictFor(content, topic, answers, today, lang);
    const atoz = atozVerdictFor(content, topic, answers, today, lang);
    const advice = adviseChannels(content, outcome.channels, preferences);
    return [
      {
        topic,
        outcome,
        answers,
        ...(verdict ? { verdict } : {}),
        ...(atoz ? { atoz } : {}),
        draft: !verdict || mayDraft(verdict, state.anyway[topic.id] === true),
        advice,
        ...(advice.recommended ? { channel: advice.recommended.channel.id } : {}),
      },
    ];
  });
}
