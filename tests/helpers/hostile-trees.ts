// Content whose decision tree is hostile: questions that multiply the paths, chains thousands long,
// random graphs. Built from a copy of the real content by replacing the questions of one topic, so
// the rest of the file (outcomes, templates, evidence) stays whatever the schema asks for today.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, parse, type YAMLMap, type YAMLSeq } from 'yaml';
import { copyContent } from './content.js';

export const HOSTILE_TOPIC = 'payment';

/** Question nodes as plain objects: `next` ids of other questions, of outcomes or of nothing. */
export type QuestionSpec =
  | { id: string; kind: 'choice'; options: { id: string; next?: string }[]; next?: string }
  | { id: string; kind: 'text'; next?: string };

interface TopicYaml {
  start: string;
  questions: Record<string, unknown>[];
  outcomes: { id: string }[];
}

function topicFile(dir: string): string {
  return join(dir, 'topics', `${HOSTILE_TOPIC}.yaml`);
}

/** The real topic's first outcome id (every hostile tree may end there). */
export function outcomeId(dir: string): string {
  return (parse(readFileSync(topicFile(dir), 'utf8')) as TopicYaml).outcomes[0]!.id;
}

/**
 * Replaces the topic's questions with `specs` (prompts and labels borrowed from its first choice
 * question), starting at `start`. The real questions stay after them, so templates still resolve.
 */
export function withQuestions(dir: string, start: string, specs: readonly QuestionSpec[]): string {
  const file = topicFile(dir);
  const topic = parse(readFileSync(file, 'utf8')) as TopicYaml;
  const choice = topic.questions.find((q) => q.kind === 'choice') as { prompt: unknown; options: Record<string, unknown>[] };
  const option = choice.options[0]!;
  const made = specs.map((q) => {
    const base = { id: q.id, prompt: choice.prompt, ...(q.next ? { next: q.next } : {}) };
    // A short prompt keeps a chain of thousands under the 1 MiB a file may have.
    if (q.kind === 'text') return { ...base, prompt: { en: 'Why?', ru: 'Почему?' }, kind: 'text', required: false };
    return { ...base, kind: 'choice', options: q.options.map((o) => ({ ...option, id: o.id, ...(o.next ? { next: o.next } : { next: undefined }) })) };
  });
  topic.start = start;
  topic.questions = [...made, ...topic.questions.filter((q) => !specs.some((s) => s.id === q.id))];
  // Generated questions one to a line (flow style): a chain of thousands stays under 1 MiB.
  const doc = new Document(topic, { aliasDuplicateObjects: false });
  const list = doc.get('questions') as YAMLSeq;
  for (let i = 0; i < made.length; i++) (list.items[i] as YAMLMap).flow = true;
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
  return dir;
}

/** `n` two-way questions, both options of each leading to the next; the last leads to `end`. */
export function explodingTree(n: number, end = 'nowhere'): string {
  const specs: QuestionSpec[] = [];
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? `q${i + 1}` : end;
    specs.push({ id: `q${i}`, kind: 'choice', options: [{ id: 'a', next }, { id: 'b', next }] });
  }
  return withQuestions(copyContent(), 'q0', specs);
}

/** A chain of `n` optional text questions ending at the topic's real first question. */
export function chainTree(n: number): string {
  const dir = copyContent();
  const first = (parse(readFileSync(topicFile(dir), 'utf8')) as TopicYaml).start;
  const specs: QuestionSpec[] = [];
  for (let i = 0; i < n; i++) specs.push({ id: `q${i}`, kind: 'text', next: i + 1 < n ? `q${i + 1}` : first });
  return withQuestions(dir, 'q0', specs);
}
