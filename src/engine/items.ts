// The item of an order, named by the shopper in Russian or English, turned into what the message
// says: the glossary's English noun phrase ("a jacket") and its Russian name («куртка») for the
// Russian twin. Pure: the glossary in, an answer out.
import type { Glossary, GlossaryEntry } from '../content/glossary-schema.js';
import type { Text } from '../content/schema.js';
import { closest, findBest, indexPhrases, normalize, suggest, type PhraseIndex } from './words.js';

const CYRILLIC = /[\u0400-\u04ff]/;

export interface ItemIndex {
  russian: PhraseIndex<GlossaryEntry>;
  /** Each entry by its English phrase without the article, lower case ("jacket", "headphones"). */
  english: Map<string, GlossaryEntry>;
  /** Every entry and its English words, for searching by English while typing. */
  englishWords: PhraseIndex<GlossaryEntry>;
}

/** "a pair of headphones" → "headphones"; "an air fryer" → "air fryer". */
export function bareEnglish(text: string): string {
  return normalize(text)
    .replace(/^(a|an|the)\s+/, '')
    .replace(/^(pair|set|pack|box|bag|bottle|can|roll|jar|package|ream|spool|piece|tube)\s+of\s+/, '');
}

export function indexGlossary(glossary: Glossary): ItemIndex {
  const entries = glossary.categories.flatMap((c) => c.items);
  const english = new Map<string, GlossaryEntry>();
  for (const e of entries) {
    english.set(normalize(e.en), e);
    if (!english.has(bareEnglish(e.en))) english.set(bareEnglish(e.en), e);
  }
  return {
    russian: indexPhrases(entries.map((e) => ({ value: e, phrases: [e.ru, ...e.words] }))),
    english,
    englishWords: indexPhrases(entries.map((e) => ({ value: e, phrases: [bareEnglish(e.en)] }))),
  };
}

export type ItemAnswer =
  /**
   * A glossary entry: its English phrase goes into the message, its Russian name into the summary.
   * `detail`: the Latin words typed with the Russian ones (a brand, a model: «наушники Sony XM5»).
   */
  | { kind: 'entry'; entry: GlossaryEntry; detail?: string }
  /** English words the shopper typed, inserted as typed in both. */
  | { kind: 'english'; text: string }
  /** Russian words the glossary does not know: never put into a message. */
  | { kind: 'unknown'; text: string; near: GlossaryEntry[] };

/**
 * Russian words (any case and ending) find a glossary entry or none; English words find the entry
 * whose phrase they are ("jacket", "a jacket"), or stay as typed.
 */
export function resolveItem(index: ItemIndex, text: string): ItemAnswer {
  const typed = text.trim().replace(/\s+/g, ' ');
  if (CYRILLIC.test(typed)) {
    const found = findBest(index.russian, typed);
    if (found) {
      const detail = latinDetail(typed, `${found.value.en} ${found.phrase}`);
      return detail ? { kind: 'entry', entry: found.value, detail } : { kind: 'entry', entry: found.value };
    }
    return { kind: 'unknown', text: typed, near: closest(index.russian, typed, 5).map((n) => n.value) };
  }
  const entry = index.english.get(normalize(typed)) ?? index.english.get(bareEnglish(typed));
  return entry ? { kind: 'entry', entry } : { kind: 'english', text: typed };
}

/**
 * The words of `typed` written in Latin letters (with the numbers among them), as typed, less those
 * the entry's English phrase or the matched search phrase already say: «чехол для iPhone 15» →
 * "iPhone 15". None: undefined.
 */
function latinDetail(typed: string, said: string): string | undefined {
  const known = new Set(normalize(said).split(/[^\p{L}\p{N}]+/u));
  const partsOf = (w: string) => normalize(w).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const words = typed.split(/\s+/).filter((w) => !CYRILLIC.test(w) && partsOf(w).length > 0 && !partsOf(w).every((part) => known.has(part)));
  return words.some((w) => /[a-z]/i.test(w)) ? words.join(' ') : undefined;
}

/** What {{item}} inserts in each language; undefined for unknown Russian words. */
export function itemText(answer: ItemAnswer): Text | undefined {
  if (answer.kind === 'entry') {
    const more = answer.detail ? ` (${answer.detail})` : '';
    return { en: `${answer.entry.en}${more}`, ru: `${answer.entry.ru}${more}` };
  }
  if (answer.kind === 'english') return { en: answer.text, ru: answer.text };
  return undefined;
}

/** Entries to offer while the shopper types, in Russian or English, best first. */
export function searchItems(index: ItemIndex, term: string, limit = 10): GlossaryEntry[] {
  const words = CYRILLIC.test(term) ? index.russian : index.englishWords;
  return suggest(words, term, limit).map((f) => f.value);
}
