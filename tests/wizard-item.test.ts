// The wizard's item question: a search prompt over the glossary, in Russian or English, with a way
// out to the user's own English words. What is chosen reaches the message in English.
// @inquirer/testing/vitest must be imported before any code that loads the prompts.
import { screen } from '@inquirer/testing/vitest';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { askQuestion } from '../src/cli/ask.js';
import { wizard } from '../src/commands/wizard.js';
import { loadGlossary } from '../src/validate/glossary.js';
import { indexGlossary } from '../src/engine/items.js';
import { CONTENT } from './helpers/content.js';
import { answer, captured, choose, confirmReview, defaultPreferences, expectPrompt, messagesIn, moveTo, search, testContext, tick } from './helpers/wizard-driver.js';

const ORDER = '123-1234567-1234567';

/** Wrapped in an object: an async function returning the promise itself would wait for the whole session. */
async function upToItem(io: ReturnType<typeof testContext>): Promise<{ done: Promise<void> }> {
  const done = wizard(io.ctx, {});
  done.catch(() => {});
  await screen.next();
  await choose('Can you sign in to your Amazon account?', 'Yes, I can sign in');
  await tick('What is the problem?', ['The item does not match its description']);
  await answer('What is the order number?', ORDER);
  return { done };
}

async function finish(io: ReturnType<typeof testContext>, done: Promise<void>): Promise<string> {
  await choose('What is wrong with the item?', 'It arrived damaged');
  await choose('What would you like to ask for?', 'A refund');
  await answer('Anything to add, in short English sentences?', '');
  await defaultPreferences();
  await confirmReview();
  await done;
  return messagesIn(io.stdout.text)[0]!;
}

describe('the item question searches the glossary', () => {
  it('offers the entry for a Russian word in any form, and the message says its English name', async () => {
    const io = testContext();
    const { done } = await upToItem(io);
    expectPrompt('What is the item?');
    screen.type('куртку');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.getScreen()).toContain('❯ a jacket (куртка)');
    screen.keypress('enter');
    await screen.next();
    const message = await finish(io, done);
    expect(message).toContain(' a jacket.');
    expect(message).not.toMatch(/[а-яё]/i);
    // Chat is recommended: under the message, the five phrases for the topic and how to find more.
    const guide = io.stdout.text;
    expect(guide).toContain('In the chat, lines you may need');
    expect(guide).toContain('• Please wait, I am using a translator.\n    Подождите, пожалуйста, я пользуюсь переводчиком.');
    expect(guide).toContain('More: amz-help phrases WORDS');
  });

  it('finds English words too', async () => {
    const io = testContext();
    const { done } = await upToItem(io);
    await search('What is the item?', 'headphones', 'a pair of headphones (наушники)');
    expect(await finish(io, done)).toContain(' a pair of headphones.');
  });

  it('lets the user type their own English words, and refuses Cyrillic there', async () => {
    const io = testContext();
    const { done } = await upToItem(io);
    expectPrompt('What is the item?');
    screen.type('самовар');
    await new Promise((resolve) => setTimeout(resolve, 0));
    moveTo('None of these: type my own English words');
    screen.keypress('enter');
    await screen.next();
    expectPrompt('The item, in English words:');
    screen.type('самовар');
    screen.keypress('enter');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.getScreen()).toContain('Please use English letters: this goes into the English message');
    for (let i = 0; i < 7; i++) screen.keypress('backspace');
    screen.type('a tea urn');
    screen.keypress('enter');
    await screen.next();
    expect(await finish(io, done)).toContain(' a tea urn.');
  });

  it('can be skipped', async () => {
    const io = testContext();
    const { done } = await upToItem(io);
    await search('What is the item?', '', 'Skip this question');
    expect(await finish(io, done)).not.toMatch(/The item is|Item:/);
  });

  it('a required item (no order given either): Enter on nothing is refused; an ASIN goes in as typed', async () => {
    const items = indexGlossary(loadGlossary(join(CONTENT, 'glossary.yaml'), 'content/glossary.yaml'));
    const q = { kind: 'text', id: 'item', required: true, glossary: true, maxLength: 80, prompt: { en: 'Which item is it?', ru: 'Что это за товар?' } } as const;
    const asked = askQuestion(q, { lang: 'en', output: captured(true), items });
    await screen.next();
    screen.keypress('enter');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.getScreen()).toContain('An answer is needed here');
    screen.type('B0C1234567');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.getScreen()).toContain('❯ "B0C1234567"');
    screen.keypress('enter');
    expect(await asked).toBe('B0C1234567');
  });
});
