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

/** Paths that reach an outcome: more is a tree no editor can review. */
export const MAX_PATHS = 5000;
/**
 * Steps the walk may take over all paths, outcome or not: 40 two-way questions that reconverge have
 * 2^40 paths, and counting only those that reach an outcome would let such content run for hours.
 * 200 000 steps take well under 100 ms.
 */
export const MAX_WALK_STEPS = 200_000;
/** Questions on one path: a longer chain is no interview, and the walk stops there. */
export const MAX_PATH_QUESTIONS = 200;

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

/** One node on the walk's stack: where it came from, so a path is built only when it is complete. */
interface Frame {
  id: string;
  from: (string | number)[];
  parent: Frame | undefined;
  /** The answer given to the parent question to come here. */
  answer: string | undefined;
  depth: number;
  /** An option without a next: reported when its turn comes, so problems keep the order of the file. */
  deadEnd?: string;
}

function stepsOf(frame: Frame): PathStep[] {
  const steps: PathStep[] = [];
  for (let f = frame; f.parent; f = f.parent) steps.push(f.answer === undefined ? { question: f.parent.id } : { question: f.parent.id, answer: f.answer });
  return steps.reverse();
}

/**
 * Every path from the start to an outcome, and the places where a path loops or ends without one.
 * Iterative (no recursion to overflow) and bounded in work: past MAX_WALK_STEPS, MAX_PATHS or
 * MAX_PATH_QUESTIONS it stops with one problem located at the question where the paths multiply.
 */
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
  // Depth-first, last option pushed first so that paths come out in the order of the options.
  const stack: Frame[] = [{ id: topic.start, from: ['start'], parent: undefined, answer: undefined, depth: 0 }];
  let work = 0;
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { id, from } = frame;
    if (frame.deadEnd) {
      report(from, frame.deadEnd);
      continue;
    }
    if (++work > MAX_WALK_STEPS || paths.length >= MAX_PATHS) {
      const at = explosionAt(topic, indexOf);
      report(at.at, `from question "${at.id}" on, the paths multiply past what can be checked (more than ${MAX_PATHS} paths or ${MAX_WALK_STEPS} steps): several options lead to the same questions again and again`);
      break;
    }
    if (outcomes.has(id)) {
      paths.push({ steps: stepsOf(frame), outcome: id });
      continue;
    }
    const index = indexOf.get(id) ?? -1;
    const question = topic.questions[index];
    if (!question) {
      report(from, `"${id}" is neither a question nor an outcome of topic ${topic.id}`);
      continue;
    }
    let looped = false;
    for (let f = frame.parent; f; f = f.parent) {
      if (f.id === id) {
        looped = true;
        break;
      }
    }
    if (looped) {
      report(from, `leads back to "${id}": a path may not loop`);
      continue;
    }
    const at = ['questions', index];
    if (frame.depth >= MAX_PATH_QUESTIONS) {
      report(at, `a path reaches question "${id}" after ${MAX_PATH_QUESTIONS} questions: a path may have at most ${MAX_PATH_QUESTIONS}`);
      break;
    }
    const child = (next: string, answer: string | undefined, here: (string | number)[]): Frame => ({ id: next, from: here, parent: frame, answer, depth: frame.depth + 1 });
    if (question.kind === 'choice') {
      for (let i = question.options.length - 1; i >= 0; i--) {
        const option = question.options[i]!;
        const next = option.next ?? question.next;
        const here = [...at, 'options', i];
        if (!next) stack.push({ ...child(id, option.id, here), deadEnd: `option "${option.id}" ends the path without a result: give it, or its question, a next` });
        else stack.push(child(next, option.id, [...here, ...(option.next ? ['next'] : [])]));
      }
    } else if (!question.next) {
      report(at, `question "${id}" ends the path without a result: give it a next`);
    } else {
      stack.push(child(question.next, undefined, [...at, 'next']));
    }
  }
  return { paths, problems };
}

/**
 * Where the paths multiply past the bound: the question furthest from the start from which more than
 * MAX_PATHS ways lead on. Counted once per question (linear), on a copy of the graph with loops cut.
 */
function explosionAt(topic: Topic, indexOf: Map<string, number>): { id: string; at: (string | number)[] } {
  const ways = new Map<string, number>();
  const state = new Map<string, 'open' | 'done'>();
  const nextsOf = (id: string): string[] => {
    const q = topic.questions[indexOf.get(id) ?? -1];
    if (!q) return [];
    if (q.kind === 'choice') return q.options.map((o) => o.next ?? q.next).filter((n): n is string => n !== undefined);
    return q.next ? [q.next] : [];
  };
  let deepest: { id: string; depth: number } | undefined;
  const stack: { id: string; depth: number; expanded: boolean }[] = [{ id: topic.start, depth: 0, expanded: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (!top.expanded) {
      if (state.has(top.id) || !indexOf.has(top.id)) {
        stack.pop();
        continue;
      }
      top.expanded = true;
      state.set(top.id, 'open');
      for (const next of nextsOf(top.id)) if (!state.has(next)) stack.push({ id: next, depth: top.depth + 1, expanded: false });
      continue;
    }
    stack.pop();
    // A question still open is on a loop: it counts as one way, like an outcome.
    const count = nextsOf(top.id).reduce((n, next) => n + (state.get(next) === 'open' ? 1 : (ways.get(next) ?? 1)), 0);
    ways.set(top.id, Math.min(count, Number.MAX_SAFE_INTEGER));
    state.set(top.id, 'done');
    if (count > MAX_PATHS && (!deepest || top.depth > deepest.depth)) deepest = { id: top.id, depth: top.depth };
  }
  const id = deepest?.id ?? topic.start;
  const index = indexOf.get(id);
  return { id, at: index === undefined ? ['start'] : ['questions', index, 'id'] };
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

/**
 * The path that `answers` take through a topic, as far as they go. With `identify: false`, a path
 * that names neither item nor order still reaches its outcome (refund-check drafts from few flags).
 */
export function progressOf(topic: Topic, answers: Answers, opts: { identify?: boolean } = {}): Progress {
  const asked: Question[] = [];
  let id: string | undefined = topic.start;
  while (id !== undefined) {
    const outcome = outcomeById(topic, id);
    if (outcome) {
      const again = topic.identify && opts.identify !== false && !identified(topic, answers) ? asked.find((q) => q.id === topic.identify!.ask) : undefined;
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
