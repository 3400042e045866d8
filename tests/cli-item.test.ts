// draft --item: Russian words in any case and form give the glossary's English noun; English words
// pass as typed; unknown Russian words exit 2 with the closest entries and never reach the message.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';
import { cleanupTemp, copyContent } from './helpers/content.js';

afterAll(cleanupTemp);
const NAD = ['draft', 'not-as-described', '--order', '123-1234567-1234567', '--problem', 'damaged', '--wish', 'refund', '--channel', 'chat'];
const CYRILLIC = /[\u0400-\u04ff]/;

describe('draft --item <Russian words>', () => {
  it.each([
    ['куртку', 'a jacket'],
    ['КУРТКА', 'a jacket'],
    ['наушники', 'a pair of headphones'],
    ['беспроводные наушники', 'a pair of wireless earbuds'],
    ['чехол для телефона', 'a phone case'],
    ['зарядку', 'a phone charger'],
    ['кроссовки', 'a pair of sneakers'],
    ['пылесос', 'a vacuum cleaner'],
    ['витамин д', 'vitamin D3 capsules'],
    ['корм для кошек', 'a bag of cat food'],
    ['детскую коляску', 'a stroller'],
    ['шуруповёрт', 'a cordless drill'],
  ])('%s → "%s" in the message', (word, english) => {
    const r = run([...NAD, '--item', word]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    // The sentence around it is the template's ("The item is …", "Item: …"); the noun is the glossary's.
    expect(r.stdout).toContain(` ${english}.`);
    expect(r.stdout).not.toMatch(CYRILLIC);
  });

  it('works in every topic that asks for the item, e.g. price-drop', () => {
    const r = run(['draft', 'price-drop', '--paid', '2024-05-01', '--seller', 'amazon', '--shipped', 'no', '--today', '2024-05-03', '--channel', 'chat', '--item', 'телевизор']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('a TV');
    expect(r.stdout).not.toMatch(CYRILLIC);
  });
});

describe('draft --item <English words>', () => {
  it('takes the glossary phrase for a known English word', () => {
    expect(run([...NAD, '--item', 'jacket']).stdout).toContain(' a jacket.');
  });
  it('keeps other English words as typed', () => {
    const r = run([...NAD, '--item', 'Sony WH-1000XM5 headphones']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(' Sony WH-1000XM5 headphones.');
  });
});

describe('draft --item <unknown Russian words>', () => {
  it('exits 2 with the closest entries, and prints no message', () => {
    const r = run([...NAD, '--item', 'самовар для чая']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'error: --item "самовар для чая": the glossary has no such item, and Russian words cannot go into an English message\n' +
        `hint: closest: ${r.stderr.split('closest: ')[1]!.split('\n')[0]}\n`,
    );
    expect(r.stderr).toContain('«чай» (a box of tea)');
  });

  it('a typo gets its word as the closest', () => {
    const r = run([...NAD, '--item', 'наушнеки']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/hint: closest: «наушники» \(a pair of headphones\)/);
  });

  it('a word far from all: the hint says to use English words', () => {
    const r = run([...NAD, '--item', 'абракадабра']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('hint: give the item in English words, for example --item "a phone case"');
  });

  it('says it in Russian in the Russian interface', () => {
    const r = run(['--lang', 'ru', ...NAD, '--item', 'абракадабра']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('ошибка: --item «абракадабра»: такого товара нет в словаре');
  });
});

describe('the glossary of a --content folder', () => {
  it('a folder without glossary.yaml uses the built-in one', () => {
    const dir = copyContent();
    rmSync(join(dir, 'glossary.yaml'));
    const r = run(['--content', dir, ...NAD, '--item', 'куртку']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(' a jacket.');
  });

  it('a broken one is a content error (exit 3) that content check locates', () => {
    const dir = copyContent();
    const file = join(dir, 'glossary.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('words: [зимняя куртка,', 'words: [куртки, зимняя куртка,'));
    const r = run(['--content', dir, ...NAD, '--item', 'куртку']);
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/«куртки» already finds "a jacket"/);
    const check = run(['content', 'check', dir]);
    expect(check.status).toBe(3);
    expect(check.stderr).toMatch(/glossary\.yaml:\d+:\d+ categories\[3\]\.items\[1\]\.words\[0\]: «куртки» already finds "a jacket" \(categories\[3\]\.items\[0\]\)/);
  });

  it('content check counts the glossary and the phrasebook', () => {
    const r = run(['content', 'check']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/✔ content\/glossary\.yaml: valid: \d{3} items in 19 categories\n/);
    expect(r.stdout).toMatch(/✔ content\/phrases\.yaml: valid: \d{2,3} phrases in \d+ groups\n/);
  });
});
