// The item of an order named with the glossary: read from --item, and what the message and its
// Russian twin insert for it. The glossary and the matching code are loaded on first use only.
import type { Question, Text, Topic } from '../content/schema.js';
import type { Names } from '../engine/draft.js';
import type { ItemIndex } from '../engine/items.js';
import type { Answers } from '../engine/walk.js';
import type { Context } from './context.js';
import { UsageError } from './errors.js';
import { clip } from './flags.js';
import { t } from './messages.js';
import { glossaryOf } from './words.js';

type Where = Pick<Context, 'contentFlag' | 'env'>;

const indexes = new WeakMap<Where, Promise<ItemIndex>>();

/** The glossary of the content in use, indexed for search; loaded once per run. */
export function itemIndexOf(ctx: Where): Promise<ItemIndex> {
  let index = indexes.get(ctx);
  if (!index) {
    index = Promise.all([glossaryOf(ctx), import('../engine/items.js')]).then(([glossary, items]) => items.indexGlossary(glossary));
    indexes.set(ctx, index);
  }
  return index;
}

export function isGlossaryQuestion(q: Question): boolean {
  return q.kind === 'text' && q.glossary === true;
}

/**
 * --item as Russian words (any case and ending) or English text: the English phrase and Russian
 * name it stands for. Unknown Russian words are refused with the closest entries: they would put
 * Cyrillic into an English message.
 */
export async function itemFlag(ctx: Where & Pick<Context, 'lang'>, flag: string, value: string): Promise<Text> {
  const index = await itemIndexOf(ctx);
  const { resolveItem, itemText } = await import('../engine/items.js');
  const answer = resolveItem(index, value);
  if (answer.kind === 'unknown') {
    const near = answer.near.map((e) => `«${e.ru}» (${e.en})`).join(', ');
    throw new UsageError(
      t(ctx.lang, 'unknownItem', { value: clip(value) }).replace('--item', flag),
      near ? t(ctx.lang, 'itemClosest', { values: near }) : t(ctx.lang, 'itemInEnglish'),
    );
  }
  return itemText(answer)!;
}

/**
 * What the glossary questions' answers insert in each language (the answer is stored as its
 * English phrase or as the English words typed). Nothing is loaded when no such question has one.
 */
export async function namesFor(ctx: Where, topic: Topic, answers: Answers): Promise<Names> {
  const asked = topic.questions.filter((q) => isGlossaryQuestion(q) && typeof answers[q.id] === 'string' && answers[q.id] !== '');
  if (asked.length === 0) return {};
  const index = await itemIndexOf(ctx);
  const { resolveItem, itemText } = await import('../engine/items.js');
  const names: Record<string, Text> = {};
  for (const q of asked) {
    const text = itemText(resolveItem(index, answers[q.id]!));
    if (text) names[q.id] = text;
  }
  return names;
}
