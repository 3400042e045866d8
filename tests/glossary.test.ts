// content/glossary.yaml: broad, valid, one entry per search word; and the item a shopper names,
// in Russian (any case and ending) or English, as the message and the summary will say it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/validate/glossary.js';
import { ContentError } from '../src/validate/loader.js';
import { formatIssue } from '../src/content/source.js';
import { indexGlossary, itemText, resolveItem, searchItems } from '../src/engine/items.js';
import { CONTENT, cleanupTemp, tempDir } from './helpers/content.js';

const glossary = loadGlossary(join(CONTENT, 'glossary.yaml'), 'content/glossary.yaml');
const index = indexGlossary(glossary);
const entries = glossary.categories.flatMap((c) => c.items);
afterAll(cleanupTemp);

describe('the glossary', () => {
  it('has at least 400 entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(400);
  });

  it.each([
    'electronics', 'phones', 'computers', 'clothing', 'shoes', 'home', 'kitchen', 'beauty', 'health',
    'vitamins', 'toys', 'baby', 'sports', 'auto', 'tools', 'pets', 'books', 'office', 'garden',
  ])('covers %s with at least 20 entries', (id) => {
    expect(glossary.categories.find((c) => c.id === id)?.items.length ?? 0).toBeGreaterThanOrEqual(20);
  });

  it('gives every entry an English noun phrase that can follow "I ordered"', () => {
    for (const e of entries) {
      // An article, "a pair of"-style, or a plural / mass noun ("vitamin D3 capsules", "underwear").
      expect(e.en, e.ru).toMatch(/^(a|an) |^[A-Za-z][A-Za-z0-9' -]*$/);
      expect(e.en, e.ru).not.toMatch(/[\u0400-\u04ff]/);
    }
  });

  it('finds each entry by its own Russian name, in another case too', () => {
    for (const e of entries) {
      expect(resolveItem(index, e.ru.toUpperCase()), e.ru).toEqual({ kind: 'entry', entry: e });
    }
  });
});

describe('resolveItem: the item as the message and the summary say it', () => {
  it.each([
    ['куртку', 'a jacket', 'куртка'],
    ['КУРТКИ', 'a jacket', 'куртка'],
    ['наушники', 'a pair of headphones', 'наушники'],
    ['беспроводные наушники', 'a pair of wireless earbuds', 'беспроводные наушники'],
    ['чехол для телефона', 'a phone case', 'чехол для телефона'],
    ['чехлы на айфон', 'a phone case', 'чехол для телефона'],
    ['зарядку', 'a phone charger', 'зарядное устройство'],
    ['ноутбука', 'a laptop', 'ноутбук'],
    ['кроссовок', 'a pair of sneakers', 'кроссовки'],
    ['ёлку', 'an artificial plant', 'искусственное растение'],
    ['витамин Д', 'vitamin D3 capsules', 'витамин D3'],
    ['витамин с', 'vitamin C tablets', 'витамин C'],
    ['корм для кошек', 'a bag of cat food', 'корм для кошек'],
    ['детскую коляску', 'a stroller', 'коляска'],
    ['зимние ботинки', 'a pair of winter boots', 'зимние сапоги'],
    ['jacket', 'a jacket', 'куртка'],
    ['A Pair of Headphones', 'a pair of headphones', 'наушники'],
  ])('%s → %s / %s', (typed, en, ru) => {
    expect(itemText(resolveItem(index, typed))).toEqual({ en, ru });
  });

  it('keeps the Latin words typed with Russian ones: a brand, a model', () => {
    expect(itemText(resolveItem(index, 'чехол для iPhone 15'))).toEqual({ en: 'a phone case (iPhone 15)', ru: 'чехол для телефона (iPhone 15)' });
    expect(itemText(resolveItem(index, 'наушники Sony WH-1000XM5'))).toEqual({ en: 'a pair of headphones (Sony WH-1000XM5)', ru: 'наушники (Sony WH-1000XM5)' });
    // Nothing the phrase already says, and no bare numbers.
    expect(itemText(resolveItem(index, 'витамин D3'))).toEqual({ en: 'vitamin D3 capsules', ru: 'витамин D3' });
    expect(itemText(resolveItem(index, '2 куртки'))).toEqual({ en: 'a jacket', ru: 'куртка' });
  });

  it('keeps English words it does not know, as typed, in both languages', () => {
    expect(itemText(resolveItem(index, 'Sony WH-1000XM5'))).toEqual({ en: 'Sony WH-1000XM5', ru: 'Sony WH-1000XM5' });
  });

  it('never turns unknown Russian words into text, and offers the closest entries', () => {
    const answer = resolveItem(index, 'наушнеки');
    expect(answer.kind).toBe('unknown');
    expect(itemText(answer)).toBeUndefined();
    expect(answer.kind === 'unknown' && answer.near.map((e) => e.en)).toContain('a pair of headphones');
  });
});

describe('searchItems: the wizard search prompt', () => {
  it('finds by the start of a Russian word', () => {
    expect(searchItems(index, 'курт').map((e) => e.en)).toContain('a jacket');
  });
  it('finds by English words', () => {
    expect(searchItems(index, 'headph').map((e) => e.en)).toContain('a pair of headphones');
  });
});

describe('glossary load errors', () => {
  const load = (yaml: string): string[] => {
    const file = join(tempDir(), 'glossary.yaml');
    writeFileSync(file, yaml);
    try {
      loadGlossary(file, 'my/glossary.yaml');
      return [];
    } catch (err) {
      if (!(err instanceof ContentError)) throw err;
      return err.issues.map(formatIssue);
    }
  };
  const file = (items: string) => `categories:\n  - id: test\n    name: { en: Test, ru: Тест }\n    items:\n${items}`;

  it('names a Russian word that finds two entries, in any form, with its place', () => {
    const issues = load(file('      - { en: a jacket, ru: куртка }\n      - { en: a coat, ru: пальто, words: [куртки] }\n'));
    expect(issues).toEqual([
      'my/glossary.yaml:6:43 categories[0].items[1].words[0]: «куртки» already finds "a jacket" (categories[0].items[0]); a search word may name one entry only',
    ]);
  });

  it('refuses Cyrillic in the English phrase and Latin-only Russian words', () => {
    const issues = load(file('      - { en: a куртка, ru: jacket }\n'));
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatch(/items\[0\]\.en: goes into an English message/);
    expect(issues[1]).toMatch(/items\[0\]\.ru: must be Russian/);
  });

  it('refuses the same English phrase twice', () => {
    expect(load(file('      - { en: a jacket, ru: куртка }\n      - { en: A jacket, ru: ветровка }\n'))[0]).toMatch(/"A jacket" is already an entry/);
  });
});
