// Matching words the way a shopper types them: any case, ё or е, and any Russian word ending
// («куртку» finds «куртка», «переписку» finds «переписка»). Pure: strings in, values out.
//
// A word becomes a key: lower case, ё → е, then the Snowball stemmer of its language (Russian for
// Cyrillic words, English for Latin ones, from @orama/stemmers). Snowball keeps the "fleeting"
// vowel of some nouns (ботинок / ботинки → ботинок / ботинк, чехол / чехлы → чехол / чехл), so a
// Russian key then drops a soft sign and an о/е/ё before its last consonant: both forms meet.
// Small words that carry no meaning (prepositions, pronouns, "please") are no keys at all; but not
// «а», «с» and «к», which also name vitamins («витамин с»).
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemRussian } from '@orama/stemmers/russian';

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-z]/;

const STOP_RU = new Set(
  (
    'и или но в во на по из от до о об обо у за под над без для при про через не ни же ли бы то ' +
    'это этот эта эти этого этой тот та те я мне меня мой моя мое мои моего моей вы вам вас ваш ваша ваше ваши ' +
    'он она они оно его ее их мы нас нам наш как что чтобы так уже еще очень пожалуйста хочу хотел хотела ' +
    'нужно надо можно мог могу можете есть был была было были'
  ).split(' '),
);
const STOP_EN = new Set(
  (
    'a an the of for to and or my me i you your is are be it its this that these those please in on at with by ' +
    'from can could would do does did will was were am have has'
  ).split(' '),
);

/** Lower case, ё → е, one space between words. */
export function normalize(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/** The words of a text, normalized: runs of letters and digits. */
export function tokensOf(text: string): string[] {
  return normalize(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether a normalized word is one that carries no meaning in a search. */
export function isStopWord(token: string): boolean {
  return STOP_RU.has(token) || STOP_EN.has(token);
}

/**
 * ботинок / ботинк, чехол / чехл, кошелек / кошельк, батареек / батарейк → one form (see the top of
 * this file): the vowel, or the й, before a final consonant goes.
 */
function foldRussian(stem: string): string {
  const s = stem.replace(/ь/g, '');
  const m = /^(.{3,}?)[оеёй]([бвгджзклмнпрстфхцчшщ])$/.exec(s);
  return m ? `${m[1]}${m[2]}` : s;
}

/** Keys already computed: a glossary repeats its words (a memo, not state: the same word, the same key). */
const keys = new Map<string, string>();

/** The key of one normalized word: its stem, in its own language. */
export function keyOf(token: string): string {
  let key = keys.get(token);
  if (key === undefined) {
    key = CYRILLIC.test(token) ? foldRussian(stemRussian(token)) : LATIN.test(token) ? stemEnglish(token) : token;
    keys.set(token, key);
  }
  return key;
}

/** The keys of a text, in order, without stop words. */
export function keysOf(text: string): string[] {
  return tokensOf(text)
    .filter((t) => !isStopWord(t))
    .map(keyOf);
}

/**
 * Looks like a Russian adjective by its ending («беспроводные», «детская», «кожаный»): such a
 * word describes the item and is never its head. Nouns in -ние/-тие are not adjectives.
 */
export function looksLikeAdjective(token: string): boolean {
  return CYRILLIC.test(token) && /(ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ую|юю|ых|их|ым|им|ыми|ими)$/.test(token) && !/(ни|ти)е$/.test(token);
}

/** Words that stand before the item itself («набор отвёрток», «пара носков»): never the head. */
const COUNTING = new Set(['набор', 'комплект', 'пара', 'пару', 'пары', 'упаковка', 'упаковку', 'штука', 'штуки', 'шт', 'новый', 'новая', 'новое', 'новые']);

/** Levenshtein distance: insertions, deletions and substitutions each count one. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

// ---------------------------------------------------------------- phrase index
export interface IndexedPhrase<T> {
  value: T;
  /** The phrase as written. */
  phrase: string;
  /** Its keys, distinct. */
  keys: string[];
  /** Its normalized words, for prefix search while typing. */
  tokens: string[];
}

export interface PhraseIndex<T> {
  phrases: IndexedPhrase<T>[];
}

/** An index over the search phrases of each value (several phrases may name one value). */
export function indexPhrases<T>(list: readonly { value: T; phrases: readonly string[] }[]): PhraseIndex<T> {
  const phrases: IndexedPhrase<T>[] = [];
  for (const { value, phrases: texts } of list) {
    for (const phrase of texts) {
      const keys = [...new Set(keysOf(phrase))];
      if (keys.length > 0) phrases.push({ value, phrase, keys, tokens: tokensOf(phrase) });
    }
  }
  return { phrases };
}

/** The key shared by two phrases that mean the same search (for duplicate checks): sorted keys. */
export function phraseKey(phrase: string): string {
  return [...new Set(keysOf(phrase))].sort().join(' ');
}

export interface Found<T> {
  value: T;
  phrase: string;
}

/**
 * The value a query names, or undefined. A phrase matches when every one of its keys is in the
 * query (in any order and form; other words of the query, like a colour, are ignored). The query's
 * head, its first Russian word that is neither an adjective nor a counting word («подставка» in
 * «подставка для телефона»), must be among the phrase's keys: otherwise a known word further on
 * («телефона») would name the wrong item. Of the phrases that match, the one with most keys wins
 * («беспроводные наушники» over «наушники»); on a tie, the first indexed.
 */
export function findBest<T>(index: PhraseIndex<T>, query: string): Found<T> | undefined {
  const tokens = tokensOf(query).filter((t) => !isStopWord(t));
  const keys = new Set(tokens.map(keyOf));
  if (keys.size === 0) return undefined;
  const headToken = tokens.find((t) => CYRILLIC.test(t) && !looksLikeAdjective(t) && !COUNTING.has(t));
  const head = headToken === undefined ? undefined : keyOf(headToken);
  let best: IndexedPhrase<T> | undefined;
  for (const p of index.phrases) {
    if (!p.keys.every((k) => keys.has(k))) continue;
    if (head !== undefined && !p.keys.includes(head)) continue;
    if (!best || p.keys.length > best.keys.length) best = p;
  }
  return best && { value: best.value, phrase: best.phrase };
}

export interface Near<T> extends Found<T> {
  /** The smallest edit distance between a key of the query and a key of the phrase. */
  distance: number;
}

/**
 * The values closest to a query that names none, best first, each once: by the edit distance
 * between their keys and the query's, up to a third of the word's length (at least 1).
 * A known word inside an unknown phrase is at distance 0 («телефона» in «подставка для телефона»).
 */
export function closest<T>(index: PhraseIndex<T>, query: string, limit = 5): Near<T>[] {
  const keys = [...new Set(keysOf(query))];
  if (keys.length === 0) return [];
  const byValue = new Map<T, Near<T>>();
  for (const p of index.phrases) {
    let distance = Infinity;
    for (const q of keys) {
      const allowed = Math.max(1, Math.floor(q.length / 3));
      for (const k of p.keys) {
        if (Math.abs(k.length - q.length) > allowed) continue;
        const d = editDistance(q, k);
        if (d <= allowed && d < distance) distance = d;
      }
    }
    if (distance === Infinity) continue;
    const had = byValue.get(p.value);
    // Of one value's phrases, the closest; among equals the shortest reads best.
    if (!had || distance < had.distance || (distance === had.distance && p.keys.length < keysOf(had.phrase).length)) {
      byValue.set(p.value, { value: p.value, phrase: p.phrase, distance });
    }
  }
  return [...byValue.values()].sort((a, b) => a.distance - b.distance).slice(0, limit);
}

/**
 * What to offer while the user is typing: the exact match first, then values with a phrase whose
 * words start with every typed word («курт» → «куртка»), then the closest by edit distance.
 */
export function suggest<T>(index: PhraseIndex<T>, query: string, limit = 10): Found<T>[] {
  const out: Found<T>[] = [];
  const seen = new Set<T>();
  const add = (f: Found<T>): void => {
    if (seen.has(f.value) || out.length >= limit) return;
    seen.add(f.value);
    out.push(f);
  };
  const best = findBest(index, query);
  if (best) add(best);
  const typed = tokensOf(query).filter((t) => !isStopWord(t));
  if (typed.length === 0) return out;
  const keys = typed.map(keyOf);
  for (const p of index.phrases) {
    if (typed.every((t, i) => p.tokens.some((w) => w.startsWith(t)) || p.keys.includes(keys[i]!))) add(p);
  }
  for (const near of closest(index, query, limit)) add(near);
  return out;
}

/**
 * Texts ranked by how many of the query's keys they hold: only those holding the most, at least
 * one. A query key of four letters or more also matches a key it begins («скрин» finds
 * «скриншот»). Returns indexes into `texts`, in their order.
 */
export function rankByKeys(texts: readonly (readonly string[])[], query: string): number[] {
  const wanted = [...new Set(keysOf(query))];
  if (wanted.length === 0) return [];
  const scores = texts.map((keys) => wanted.filter((q) => keys.some((k) => k === q || (q.length >= 4 && k.startsWith(q)))).length);
  const top = Math.max(0, ...scores);
  if (top === 0) return [];
  return scores.flatMap((s, i) => (s === top ? [i] : []));
}
