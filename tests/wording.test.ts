// What a Russian editor (and an English one) checks in every text amz-help prints from content/ and
// src/cli/messages.ts: one order-number example, «» around quoted words in Russian, no ISO date in
// prose, a small letter after a dash, one name for a way to contact, none of the calques the
// shoppers stumbled on, and no question mark on what is not a question.
import { beforeAll, describe, expect, it } from 'vitest';
import { AFTER_KEYS, ta } from '../src/cli/messages-after.js';
import { MESSAGE_KEYS, t } from '../src/cli/messages.js';
import { loadContent } from '../src/validate/loader.js';
import type { Content } from '../src/content/schema.js';
import { ORDER_EXAMPLE } from '../src/engine/answers.js';
import { CONTENT } from './helpers/content.js';
import { contentRussian } from './helpers/spelling-ru.js';

let content: Content;
beforeAll(() => {
  content = loadContent(CONTENT).content;
});

function russian(): { where: string; text: string }[] {
  return [
    ...MESSAGE_KEYS.map((key) => ({ where: `messages.ts ${key}`, text: t('ru', key) })),
    ...AFTER_KEYS.map((key) => ({ where: `messages-after.ts ${key}`, text: ta('ru', key) })),
    ...contentRussian(content).map((x) => ({ where: `content ${x.where}`, text: x.text })),
  ];
}

/** The places whose text matches `pattern`, for a readable failure. */
function offenders(texts: { where: string; text: string }[], pattern: RegExp): string[] {
  return texts.filter((x) => pattern.test(x.text)).map((x) => `${x.where}: ${x.text.replace(/\s+/g, ' ').slice(0, 120)}`);
}

describe('wording of the Russian texts', () => {
  it('quotes with «», not with straight quotes (a value after a flag is typed in a shell, and keeps them)', () => {
    expect(offenders(russian(), /(?<!--[\w-]+ )"[^"\s][^"]*"/)).toEqual([]);
  });

  it('has no ISO date (2024-05-08) in prose; a date format hint (ГГГГ-ММ-ДД) is not prose', () => {
    const prose = russian().filter((x) => !/ГГГГ-ММ-ДД/.test(x.text));
    // A date after a flag is a command to type (--follow-up 2024-05-08), not prose.
    expect(offenders(prose, /(?<!--[\w-]+ )\b\d{4}-\d{2}-\d{2}\b/)).toEqual([]);
  });

  it('calls a way to contact «способ связи», never «канал», and has none of the calques', () => {
    expect(offenders(russian(), /канал|подвал сайта|листинг|черновик|детал(и|ях|ей) заказа|готово для вставки|тоже считается|источник: F\d/i)).toEqual([]);
  });

  it('writes a small letter after a dash inside a sentence', () => {
    // "Чат — Обычно": a capital after " — " that is not a name (Amazon, СНГ, США...).
    expect(offenders(russian(), / — (?!Amazon|СНГ|США|A-to-z|Your|Help|Enter)[А-ЯЁ][а-яё]/)).toEqual([]);
  });

  it('puts a question mark only on a question', () => {
    // A prompt that asks the user to write something is an instruction: it ends with a full stop.
    expect(offenders(russian(), /^(Напишите|Введите|Укажите|Ваш вопрос)[^?]*\?$/)).toEqual([]);
  });
});

describe('one order-number example everywhere', () => {
  it(`content and the interface show only ${ORDER_EXAMPLE}`, () => {
    const texts = [
      ...MESSAGE_KEYS.flatMap((key) => [t('en', key, { example: ORDER_EXAMPLE }), t('ru', key, { example: ORDER_EXAMPLE })]),
      ...contentRussian(content).map((x) => x.text),
      ...JSON.stringify(content).match(/\b\d{3}-\d{7}-\d{7}\b/g)!,
    ];
    const examples = new Set(texts.flatMap((text) => text.match(/\b\d{3}-\d{7}-\d{7}\b/g) ?? []));
    expect([...examples]).toEqual([ORDER_EXAMPLE]);
  });
});

describe('lists fit an 80-column terminal', () => {
  // A list line is "❯ " and the label (a checkbox: "❯◯ "); the prompts break a longer one inside a word.
  it('every answer label, preference and problem title is at most 76 characters, in English and Russian', () => {
    const labels = [
      ...content.topics.flatMap((topic) => [
        { where: `${topic.id} title`, text: topic.title },
        ...topic.questions.flatMap((q) => (q.kind === 'choice' ? q.options.map((o) => ({ where: `${topic.id}/${q.id}/${o.id}`, text: o.label })) : [])),
      ]),
      ...content.preferences.flatMap((p) => p.options.map((o) => ({ where: `preference ${p.id}/${o.id}`, text: o.label }))),
      ...content.flow.account.options.map((o) => ({ where: `account/${o.id}`, text: o.label })),
    ];
    const long = labels.flatMap(({ where, text }) => (['en', 'ru'] as const).filter((lang) => [...text[lang]].length > 76).map((lang) => `${where} (${lang}): ${text[lang]}`));
    expect(long).toEqual([]);
  });
});
