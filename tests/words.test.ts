// Russian word matching: case, ё/е and word endings do not matter; the head of the query decides.
import { describe, expect, it } from 'vitest';
import { closest, editDistance, findBest, indexPhrases, keysOf, looksLikeAdjective, normalize, phraseKey, rankByKeys, suggest } from '../src/engine/words.js';

const index = indexPhrases([
  { value: 'a jacket', phrases: ['куртка', 'пуховик'] },
  { value: 'a pair of headphones', phrases: ['наушники', 'гарнитура'] },
  { value: 'a pair of wireless earbuds', phrases: ['беспроводные наушники', 'блютуз наушники'] },
  { value: 'a smartphone', phrases: ['телефон', 'смартфон'] },
  { value: 'a phone case', phrases: ['чехол', 'чехол для телефона'] },
  { value: 'a pair of boots', phrases: ['ботинки'] },
  { value: 'a wallet', phrases: ['кошелек'] },
  { value: 'a Christmas tree', phrases: ['ёлка'] },
  { value: 'a motherboard', phrases: ['материнская плата'] },
  { value: 'a dress', phrases: ['платье'] },
  { value: 'a screwdriver', phrases: ['отвертка'] },
  { value: 'a screwdriver set', phrases: ['набор отверток'] },
]);
const find = (q: string) => findBest(index, q)?.value;

describe('normalize and keys', () => {
  it.each([
    ['КУРТКА', 'куртка'],
    ['Ёлка', 'елка'],
    ['  две   вещи ', 'две вещи'],
  ])('%s → %s', (input, out) => expect(normalize(input)).toBe(out));

  it.each([
    ['куртка', 'куртку'],
    ['куртка', 'КУРТКИ'],
    ['переписка', 'переписку'],
    ['ботинок', 'ботинки'],
    ['чехол', 'чехлы'],
    ['кошелек', 'кошелька'],
    ['батарейка', 'батареек'],
    ['ёлка', 'елку'],
    ['беспроводные', 'беспроводных'],
    ['headphones', 'headphone'],
  ])('%s and %s share a key', (a, b) => expect(keysOf(a)).toEqual(keysOf(b)));

  it('drops words that carry no meaning', () => {
    expect(keysOf('чехол для телефона')).toEqual(keysOf('чехол телефон'));
    expect(keysOf('Please, the refund')).toEqual(keysOf('refund'));
  });

  it('phraseKey ignores order and form', () => {
    expect(phraseKey('наушники беспроводные')).toBe(phraseKey('беспроводных наушников'));
  });

  it.each(['беспроводные', 'детская', 'кожаный', 'зимнее'])('%s looks like an adjective', (w) => expect(looksLikeAdjective(w)).toBe(true));
  it.each(['куртка', 'украшение', 'покрытие', 'наушники'])('%s does not', (w) => expect(looksLikeAdjective(w)).toBe(false));
});

describe('findBest: the item a shopper names, in any form', () => {
  it.each([
    ['куртку', 'a jacket'],
    ['Куртки', 'a jacket'],
    ['красная кожаная куртка', 'a jacket'],
    ['ПУХОВИК', 'a jacket'],
    ['наушники', 'a pair of headphones'],
    ['беспроводные наушники', 'a pair of wireless earbuds'],
    ['наушники беспроводные', 'a pair of wireless earbuds'],
    ['беспроводных наушников', 'a pair of wireless earbuds'],
    ['чехлы для телефонов', 'a phone case'],
    ['телефон', 'a smartphone'],
    ['ботинок', 'a pair of boots'],
    ['кошелька', 'a wallet'],
    ['елку', 'a Christmas tree'],
    ['материнскую плату', 'a motherboard'],
    ['платья', 'a dress'],
    ['набор отвёрток', 'a screwdriver set'],
    ['отвертку', 'a screwdriver'],
  ])('%s → %s', (q, value) => expect(find(q)).toBe(value));

  it('needs the head word: a known word further on does not name the item', () => {
    expect(find('подставка для телефона')).toBeUndefined();
  });

  it('finds nothing for unknown or empty words', () => {
    expect(find('самокат')).toBeUndefined();
    expect(find('для')).toBeUndefined();
    expect(find('')).toBeUndefined();
  });
});

describe('closest: suggestions for a word the index does not know', () => {
  it('offers a typo its word', () => {
    expect(closest(index, 'наушнеки')[0]?.value).toBe('a pair of headphones');
    expect(closest(index, 'курточка').map((n) => n.value)).toContain('a jacket');
  });
  it('offers the known word of an unknown phrase first', () => {
    expect(closest(index, 'подставка для телефона')[0]).toMatchObject({ value: 'a smartphone', distance: 0 });
  });
  it('offers nothing for a word far from all', () => {
    expect(closest(index, 'абракадабра')).toEqual([]);
  });
  it('each value once, at most the limit', () => {
    const near = closest(index, 'наушник', 1);
    expect(near).toHaveLength(1);
  });
});

describe('suggest: while typing', () => {
  it('finds items by the start of a word', () => {
    expect(suggest(index, 'курт').map((f) => f.value)).toEqual(['a jacket']);
    expect(suggest(index, 'науш').map((f) => f.value)).toEqual(['a pair of headphones', 'a pair of wireless earbuds']);
  });
  it('puts the exact match first', () => {
    expect(suggest(index, 'беспроводные наушники')[0]?.value).toBe('a pair of wireless earbuds');
  });
});

describe('rankByKeys', () => {
  const texts = [keysOf('Пришлите копию переписки на почту'), keysOf('Позовите руководителя'), keysOf('Я делаю скриншоты переписки')];
  it.each([
    ['переписку', [0, 2]],
    ['копию переписки', [0]],
    ['скрин', [2]],
    ['руководитель', [1]],
    ['погода', []],
  ])('%s → %j', (q, out) => expect(rankByKeys(texts, q)).toEqual(out));
});

describe('editDistance', () => {
  it.each([
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['наушник', 'наушнек', 1],
    ['same', 'same', 0],
  ])('%s ~ %s = %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));
});
