// Every path of every topic, walked with the engine's own walkTopic, and every message the paths
// lead to: for each channel the outcome offers, with the optional answers given and skipped.
// Shared by tests/tree-walk.test.ts (rendered snapshots) and tests/drafts-quality.test.ts.
import type { ChannelId, Content, Lang, Outcome, Question, Topic } from '../../src/content/schema.js';
import { renderDraft, type Draft } from '../../src/engine/draft.js';
import { identified, questionById, walkTopic, type Answers, type TopicPath } from '../../src/engine/walk.js';

/** The sample answers of the brief; a text question without its own sample gets `details`. */
export const SAMPLE = {
  order: '123-1234567-1234567',
  item: 'wireless headphones',
  details: 'The left side has no sound.',
  date: '2024-05-01',
  email: 'anna.petrova@example.com',
  price: '$49.99',
  priceNow: '$39.99',
} as const;

export type Variant = 'given' | 'skipped';
export const VARIANTS: readonly Variant[] = ['given', 'skipped'];
export const LANGS: readonly Lang[] = ['en', 'ru'];

export function isOptional(q: Question): boolean {
  return q.kind !== 'choice' && !q.required;
}

/** The sample value for a question that is not a choice. */
export function sampleFor(q: Question): string {
  switch (q.kind) {
    case 'order-number':
      return SAMPLE.order;
    case 'date':
      return SAMPLE.date;
    case 'price':
      return q.id === 'price-now' ? SAMPLE.priceNow : SAMPLE.price;
    case 'text':
      return q.id === 'item' ? SAMPLE.item : q.id === 'account-email' ? SAMPLE.email : SAMPLE.details;
    case 'choice':
      throw new Error(`choice question ${q.id} takes the option of its path`);
  }
}

/** The answers a path stands for: options as the path took them, samples elsewhere; optional ones null when skipped. */
export function answersFor(topic: Topic, path: TopicPath, variant: Variant): Answers {
  const answers: Record<string, string | null> = {};
  for (const step of path.steps) {
    const q = questionById(topic, step.question);
    if (!q) throw new Error(`path of ${topic.id} names unknown question ${step.question}`);
    if (q.kind === 'choice') answers[q.id] = step.answer ?? null;
    else answers[q.id] = variant === 'skipped' && isOptional(q) ? null : sampleFor(q);
  }
  // As the wizard does: with nothing that names the item or the order, the identify question is
  // asked again and must be answered.
  if (!identified(topic, answers)) answers[topic.identify!.ask] = sampleFor(questionById(topic, topic.identify!.ask)!);
  return answers;
}

export interface DraftCase {
  topic: Topic;
  outcome: Outcome;
  /** 1-based, in walk order, over the whole topic. */
  pathNumber: number;
  pathCount: number;
  path: TopicPath;
  channel: ChannelId;
  variant: Variant;
  answers: Answers;
  /** The English message and its Russian twin (summary). */
  draft: Draft;
}

export function outcomeOf(topic: Topic, id: string): Outcome {
  const outcome = topic.outcomes.find((o) => o.id === id);
  if (!outcome) throw new Error(`${topic.id}: the walk reached "${id}", which is no outcome`);
  return outcome;
}

/** Every topic × path × offered channel × variant, rendered in both interface languages. */
export function allDraftCases(content: Content): DraftCase[] {
  const cases: DraftCase[] = [];
  for (const topic of content.topics) {
    const { paths } = walkTopic(topic);
    paths.forEach((path, i) => {
      const outcome = outcomeOf(topic, path.outcome);
      for (const channel of outcome.channels) {
        for (const variant of VARIANTS) {
          const answers = answersFor(topic, path, variant);
          cases.push({
            topic,
            outcome,
            pathNumber: i + 1,
            pathCount: paths.length,
            path,
            channel,
            variant,
            answers,
            draft: renderDraft(topic, outcome, channel, answers),
          });
        }
      }
    });
  }
  return cases;
}

/** A short name for a case in failure messages: topic/outcome path 3 chat (skipped). */
export function caseName(c: Pick<DraftCase, 'topic' | 'outcome' | 'pathNumber' | 'channel' | 'variant' | 'path'>): string {
  const choices = c.path.steps.filter((s) => s.answer !== undefined).map((s) => `${s.question}=${s.answer}`);
  return `${c.topic.id}/${c.outcome.id} path ${c.pathNumber} [${choices.join(' ')}] ${c.channel} (optional answers ${c.variant})`;
}
