// amz-help phrases: English lines for a live chat, found by Russian or English words in any form;
// the book itself short, plain and correctly spelled.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPhrases } from '../src/validate/glossary.js';
import { findPhrases, phrasesForTopic } from '../src/engine/phrases.js';
import { run } from './helpers/cli.js';
import { CONTENT } from './helpers/content.js';
import { hunspellStatus, misspelled, readability, sentencesOf, wordsOf } from './helpers/readability.js';

const book = loadPhrases(join(CONTENT, 'phrases.yaml'), 'content/phrases.yaml');
const lines = book.groups.flatMap((g) => g.phrases);

describe('amz-help phrases WORDS', () => {
  it.each([
    ['переписку', 'Could you send me a copy of this chat by email?'],
    ['ПЕРЕПИСКА', 'Could you send me a copy of this chat by email?'],
    ['копию переписки', 'Could you send me a copy of this chat by email?'],
    ['переводчик', 'Please wait, I am using a translator.'],
    ['переводчиком', 'Please wait, I am using a translator.'],
    ['проще', 'Could you write that in simpler words?'],
    ['руководителя', 'Could I speak to a supervisor, please?'],
    ['супервайзер', 'Could I speak to a supervisor, please?'],
    ['номер обращения', 'Could you give me the case number?'],
    ['скриншоты', 'I am taking screenshots of this chat.'],
    ['частичный возврат', 'Thank you, but a partial refund is not enough. The item cannot be used.'],
    ['замену вместо возврата', 'I would like a replacement instead of a refund.'],
    ['подарочную карту', 'A gift card is not useful for me. Please refund to my card.'],
    ['когда деньги', 'When will I get the refund?'],
    ['когда вернут деньги', 'When will I get the refund?'],
    ['посылка не пришла', 'My parcel has not arrived yet.'],
    ['отменить заказ', 'I would like to cancel this order.'],
    ['соседей', 'I checked at the door and asked my neighbors.'],
    ['компенсацию', 'Could you offer some compensation for this?'],
    ['supervisor', 'Could I speak to a supervisor, please?'],
    ['Translator', 'Please wait, I am using a translator.'],
  ])('«%s» finds "%s"', (query, english) => {
    const r = run(['phrases', ...query.split(' ')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`  ${english}\n`);
  });

  it('shows each line with its Russian meaning under its group', () => {
    const r = run(['phrases', 'руководитель']);
    expect(r.stdout).toBe('When the answer does not help\n  Could I speak to a supervisor, please?\n    Могу я поговорить с руководителем?\n');
    expect(run(['--lang', 'ru', 'phrases', 'руководитель']).stdout).toMatch(/^Если ответ не помогает\n/);
  });

  it('with no words lists every line, group by group', () => {
    const r = run(['phrases']);
    expect(r.status).toBe(0);
    for (const g of book.groups) expect(r.stdout).toContain(`${g.title.en}\n`);
    for (const p of lines) expect(r.stdout).toContain(`  ${p.en}\n    ${p.ru}\n`);
  });

  it('--json prints one compact object with query and phrases [{group, en, ru}]', () => {
    const r = run(['phrases', 'переписку', '--json']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const parsed = JSON.parse(r.stdout) as { query: string; phrases: { group: string; en: string; ru: string }[] };
    expect(parsed.query).toBe('переписку');
    expect(parsed.phrases[0]).toEqual({
      group: 'proof',
      en: 'Could you send me a copy of this chat by email?',
      ru: 'Не могли бы вы прислать копию этой переписки на почту?',
    });
  });

  it('exits 1 with the groups on stderr when nothing matches, and prints nothing on stdout', () => {
    const r = run(['phrases', 'погода']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: no phrase holds "погода"\n/);
    for (const g of book.groups) expect(r.stderr).toContain(`  ${g.title.en}\n`);
    expect(r.stderr).toMatch(/hint: .*amz-help phrases/);
    const ru = run(['--lang', 'ru', 'phrases', 'погода', '--json']);
    expect(ru.status).toBe(1);
    expect(JSON.parse(ru.stdout)).toEqual({ query: 'погода', phrases: [] });
    expect(ru.stderr).toContain('  Если ответ не помогает\n');
  });
});

describe('the phrasebook', () => {
  it('has at least 80 lines in the groups of issue 13', () => {
    expect(lines.length).toBeGreaterThanOrEqual(80);
    expect(book.groups.map((g) => g.id)).toEqual(expect.arrayContaining(['understanding', 'details', 'offers', 'timelines', 'proof', 'escalation', 'closing']));
  });

  it('is short and plain: sentences of 15 words at most, easy on the whole (Flesch-Kincaid grade 5 at most)', () => {
    for (const p of lines) {
      for (const s of sentencesOf(p.en)) expect(wordsOf(s).length, s).toBeLessThanOrEqual(15);
      expect(readability(p.en).grade, p.en).toBeLessThanOrEqual(10);
    }
    expect(readability(lines.map((p) => p.en).join('\n')).grade).toBeLessThanOrEqual(5);
  });

  it('is spelled correctly (hunspell -d en_US)', (ctx) => {
    const status = hunspellStatus();
    if (!status.ok) {
      if (process.env.CI === 'true') expect.fail(`${status.reason}: install hunspell and hunspell-en-us`);
      ctx.skip();
      return;
    }
    // [order number] and the like are for the shopper to fill in.
    expect(misspelled(lines.map((p) => p.en.replace(/\[[^\]]*\]/g, '')).join('\n'))).toEqual([]);
  });

  it('is polite: no line orders the associate about without "please", a question or thanks', () => {
    for (const p of lines) expect(p.en, p.en).not.toMatch(/^(Give|Send|Tell|Make|Call|Do not) /);
  });
});

describe('phrasesForTopic: what the wizard shows under a chat message', () => {
  it('gives five lines: the translator and simpler words first, then the topic', () => {
    const five = phrasesForTopic(book, 'not-as-described').map((l) => l.phrase.en);
    expect(five).toHaveLength(5);
    expect(five.slice(0, 2)).toEqual(['Please wait, I am using a translator.', 'Could you write that in simpler words?']);
    expect(five).toContain('Hello. I need help with an order.');
  });

  it('fills up with lines for any chat when a topic has few of its own', () => {
    const five = phrasesForTopic(book, 'no-such-topic');
    expect(five).toHaveLength(5);
    expect(five.every((l) => l.phrase.topics.includes('all'))).toBe(true);
  });

  it('findPhrases with only small words finds nothing, with none finds all', () => {
    expect(findPhrases(book, 'для')).toEqual([]);
    expect(findPhrases(book, '  ')).toHaveLength(lines.length);
  });
});
