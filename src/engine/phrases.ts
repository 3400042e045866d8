// The live-chat phrasebook: finding lines by Russian or English words, and picking the few most
// useful for a topic. Pure: the phrasebook in, lines out.
import type { Phrase, Phrasebook, PhraseGroup } from '../content/glossary-schema.js';
import { keysOf, rankByKeys } from './words.js';

export interface FoundPhrase {
  group: PhraseGroup;
  phrase: Phrase;
}

function all(book: Phrasebook): FoundPhrase[] {
  return book.groups.flatMap((group) => group.phrases.map((phrase) => ({ group, phrase })));
}

/**
 * The lines that hold most of the query's words (in any case and Russian word form), searched in
 * the English line, its Russian meaning, its extra words and its group's title; in book order.
 * No words at all: every line.
 */
export function findPhrases(book: Phrasebook, query: string): FoundPhrase[] {
  const lines = all(book);
  if (keysOf(query).length === 0) return query.trim() === '' ? lines : [];
  const texts = lines.map(({ group, phrase }) =>
    keysOf([phrase.en, phrase.ru, ...phrase.words, group.title.en, group.title.ru].join(' ')),
  );
  return rankByKeys(texts, query).map((i) => lines[i]!);
}

/**
 * The `count` lines most useful in a chat about `topic`: two of those for any chat (tagged "all":
 * the translator, simpler words), then those tagged with the topic, then more of those for any
 * chat; in book order within each.
 */
export function phrasesForTopic(book: Phrasebook, topic: string, count = 5): FoundPhrase[] {
  const lines = all(book);
  const general = lines.filter((l) => l.phrase.topics.includes('all'));
  const own = lines.filter((l) => (l.phrase.topics as readonly string[]).includes(topic));
  const out: FoundPhrase[] = [];
  for (const l of [...general.slice(0, 2), ...own, ...general.slice(2)]) {
    if (out.length === count) break;
    if (!out.includes(l)) out.push(l);
  }
  return out;
}
