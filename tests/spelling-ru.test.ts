// A spell check of every Russian string amz-help prints: hunspell -d ru_RU (Debian's hunspell-ru)
// over the interface texts and every `ru` string of content/, with a small project word list
// (tests/spelling/ru-words.txt) for real words the dictionary lacks. Without hunspell or its
// Russian dictionary the check is skipped with the reason; under CI=true it fails.
import { describe, expect, it } from 'vitest';
import { KEY_WORDS_RU } from '../src/cli/ask.js';
import { AFTER_KEYS, ta } from '../src/cli/messages-after.js';
import { MESSAGE_KEYS, t } from '../src/cli/messages.js';
import { loadContent } from '../src/validate/loader.js';
import { CONTENT } from './helpers/content.js';
import { contentRussian, hunspellRuStatus, misspelledRu, projectWords, russianWords } from './helpers/spelling-ru.js';

const inCI = ((): boolean => {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
})();

/** Every Russian text with where it comes from. */
function russianTexts(): { where: string; text: string }[] {
  const content = loadContent(CONTENT).content;
  return [
    ...MESSAGE_KEYS.map((key) => ({ where: `messages.ts ${key}`, text: t('ru', key) })),
    ...AFTER_KEYS.map((key) => ({ where: `messages-after.ts ${key}`, text: ta('ru', key) })),
    ...Object.entries(KEY_WORDS_RU).map(([key, text]) => ({ where: `ask.ts KEY_WORDS_RU.${key}`, text })),
    ...contentRussian(content).map((x) => ({ where: `content ${x.where}`, text: x.text })),
  ];
}

/** The misspelled words of `texts`, each with the first place it stands in. */
function misspellings(texts: { where: string; text: string }[]): string[] {
  const allowed = projectWords();
  const words = texts.flatMap((x) => russianWords(x.text));
  const wrong = misspelledRu(words).filter((w) => !allowed.has(w.toLowerCase()));
  return wrong.map((word) => `${word} (${texts.find((x) => russianWords(x.text).includes(word))?.where ?? '?'})`);
}

describe('spelling of the Russian texts: hunspell -d ru_RU -l', () => {
  const status = hunspellRuStatus();
  const skipOrFail = (ctx: { skip: (note?: string) => void }): boolean => {
    if (status.ok) return false;
    const message = `${status.reason}: install hunspell and hunspell-ru (apt-get install hunspell hunspell-ru)`;
    if (inCI) expect.fail(`CI=true and ${message}`);
    console.warn(`spelling-ru: skipped: ${message}`);
    ctx.skip(message);
    return true;
  };

  it('finds no misspelled word in the interface texts and in content/', (ctx) => {
    if (skipOrFail(ctx)) return;
    const texts = russianTexts();
    expect(texts.length).toBeGreaterThan(300);
    expect(misspellings(texts)).toEqual([]);
  });

  it('can fail: a misspelled word is reported with where it stands', (ctx) => {
    if (skipOrFail(ctx)) return;
    expect(misspellings([{ where: 'here', text: 'Товар пришёл поврежденным и сломаным.' }])).toEqual(['сломаным (here)']);
  });

  it('the project word list holds only words the dictionary lacks', (ctx) => {
    if (skipOrFail(ctx)) return;
    const listed = [...projectWords()];
    expect(listed.length).toBeGreaterThan(0);
    // A listed word the dictionary knows is not needed there.
    expect(listed.filter((w) => !misspelledRu([w]).includes(w))).toEqual([]);
  });
});
