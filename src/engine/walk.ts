// The decision tree of a topic, walked: every path from the start to an outcome, and the path that
// a given set of answers takes. Pure functions over content; the loader, the wizard, `draft`, the
// graph and the tests all use these same walks.
import type { Outcome, Question, Topic } from '../content/schema.js';

/** One answer given along a path; `answer` is the option id of a choice question. */
export interface PathStep {
  question: string;
  answer?: string;
}
export interface TopicPath {
  steps: PathStep[];
  outcome: string;
}
export interface WalkProblem {
  /** Where the problem sits, inside the topic file. */
  at: (string | number)[];
  message: string;
}

const MAX_PATHS = 5000;

// Lookups by id, indexed once per topic: big content asks them millions of times.
const questionIndex = new WeakMap<Topic, Map<string, Question>>();
const outcomeIndex = new WeakMap<Topic, Map<string, Outcome>>();

export function questionById(topic: Topic, id: string): Question | undefined {
  let index = questionIndex.get(topic);
  if (!index) questionIndex.set(topic, (index = new Map(topic.questions.map((q) => [q.id, q]))));
  return index.get(id);
}
export function outcomeById(topic: Topic, id: string): Outcome | undefined {
  let index = outcomeIndex.get(topic);
  if (!index) outcomeIndex.set(topic, (index = new Map(topic.outcomes.map((o) => [o.id, o]))));
  return index.get(id);
}

/** Where a question leads after `answer` (an option id for choices). */
export function nextAfter(question: Question, answer: string | undefined): string | undefined {
  if (question.kind === 'choice') {
    const option = question.options.find((o) => o.id === answer);
    return option?.next ?? question.next;
  }
  return question.next;
}

/** Every path from the start to an outcome, and the places where a path loops or ends without one. */
export function walkTopic(topic: Topic): { paths: TopicPath[]; problems: WalkProblem[] } {
  const paths: TopicPath[] = [];
  const problems: WalkProblem[] = [];
  const seen = new Set<string>();
  const report = (at: (string | number)[], message: string): void => {
    const key = `${at.join('.')}|${message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push({ at, message });
    }
  };
  const outcomes = new Set(topic.outcomes.map((o) => o.id));
  const indexOf = new Map(topic.questions.map((q, i) => [q.id, i]));
  const visit = (id: string, steps: PathStep[], from: (string | number)[]): void => {
    if (paths.length >= MAX_PATHS) return;
    if (outcomes.has(id)) {
      paths.push({ steps, outcome: id });
      return;
    }
    const index = indexOf.get(id) ?? -1;
    const question = topic.questions[index];
    if (!question) {
      report(from, `"${id}" is neither a question nor an outcome of topic ${topic.id}`);
      return;
    }
    if (steps.some((s) => s.question === id)) {
      report(from, `leads back to "${id}": a path may not loop`);
      return;
    }
    const at = ['questions', index];
    if (question.kind === 'choice') {
      question.options.forEach((option, i) => {
        const next = option.next ?? question.next;
        const here = [...at, 'options', i];
        if (!next) report(here, `option "${option.id}" ends the path without a result: give it, or its question, a next`);
        else visit(next, [...steps, { question: id, answer: option.id }], [...here, ...(option.next ? ['next'] : [])]);
      });
    } else if (!question.next) {
      report(at, `question "${id}" ends the path without a result: give it a next`);
    } else {
      visit(question.next, [...steps, { question: id }], [...at, 'next']);
    }
  };
  visit(topic.start, [], ['start']);
  if (paths.length >= MAX_PATHS) report(['start'], `has more than ${MAX_PATHS} paths`);
  return { paths, problems };
}

/** Answers: question id -> option id, text, ISO date or order number; null marks an optional one skipped. */
export type Answers = Readonly<Record<string, string | null>>;

export interface Progress {
  /** Questions on the path so far, in order. */
  asked: Question[];
  /** The first question on the path without an answer yet. */
  pending?: Question;
  outcome?: Outcome;
  /**
   * True when the path reached its outcome without anything that says which item or order the
   * message is about: `pending` is then the topic's identify question, asked again and required.
   */
  identify?: boolean;
}

/** Whether the answers name the item or the order, for a topic whose messages must (identify). */
export function identified(topic: Topic, answers: Answers): boolean {
  if (!topic.identify) return true;
  return topic.identify.any.some((id) => {
    const value = answers[id];
    return typeof value === 'string' && value.trim() !== '';
  });
}

/** The path that `answers` take through a topic, as far as they go. */
export function progressOf(topic: Topic, answers: Answers): Progress {
  const asked: Question[] = [];
  let id: string | undefined = topic.start;
  while (id !== undefined) {
    const outcome = outcomeById(topic, id);
    if (outcome) {
      const again = topic.identify && !identified(topic, answers) ? asked.find((q) => q.id === topic.identify!.ask) : undefined;
      if (!again || again.kind === 'choice') return { asked, outcome };
      const { prompt, help } = topic.identify!;
      const pending: Question = { ...again, required: true, prompt, ...(help ? { help } : {}) };
      return { asked: asked.filter((q) => q !== again), pending, identify: true };
    }
    const question = questionById(topic, id);
    if (!question || asked.includes(question)) return { asked };
    if (!(question.id in answers)) return { asked, pending: question };
    asked.push(question);
    id = nextAfter(question, answers[question.id] ?? undefined);
  }
  return { asked };
}
