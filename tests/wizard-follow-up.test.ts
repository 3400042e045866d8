// The wizard's review screen offers a follow-up ("I already contacted Amazon about this", with the
// day and the case number) and a calendar file of the deadlines; --follow-up, --case and --ics
// answer the same offers as flags. Driven key by key through @inquirer/testing.
import { screen } from '@inquirer/testing/vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { wizard } from '../src/commands/wizard.js';
import { answer, choose, confirmReview, messagesIn, search, testContext, tick } from './helpers/wizard-driver.js';
import { cleanupTemp, tempDir } from './helpers/content.js';

afterAll(cleanupTemp);

const REVIEW = 'Check your answers';

async function start(io: ReturnType<typeof testContext>, opts: Parameters<typeof wizard>[1] = {}): Promise<{ done: Promise<void> }> {
  const done = wizard(io.ctx, opts);
  done.catch(() => {});
  await screen.next();
  return { done };
}

/** A product question for another seller: one channel, so the review comes straight after. */
async function sellerQuestion(): Promise<void> {
  await choose('Can you sign in to your Amazon account?', 'Yes, I can sign in');
  await tick('What is the problem?', ['A question about a product']);
  await choose('What is your question about?', 'Size or fit');
  await search('What is the item?', 'wireless headphones');
  await answer('Write your question in short English sentences.', '');
  await choose('Who sells this item?', 'Another company or a private seller');
}

function eventDays(file: string): [string, string][] {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
  return calendar.getAllSubcomponents('vevent').map((e) => [(e.getFirstPropertyValue('dtstart') as ICAL.Time).toString(), String(e.getFirstPropertyValue('summary'))]);
}

describe('the review screen offers a follow-up and a calendar file', () => {
  it('writes the follow-up when the user says they already contacted Amazon, and saves the day to write again', async () => {
    const io = testContext();
    const file = join(tempDir(), 'deadlines.ics');
    const { done } = await start(io);
    await sellerQuestion();
    expect(screen.getScreen()).toContain('↻ I already contacted Amazon about this: write a follow-up instead');
    await choose(REVIEW, /already contacted Amazon/);
    await answer('On what day did you first contact Amazon about this?', '01.05.2024');
    await answer('What case number did Amazon give you?', '98765432');
    expect(screen.getScreen()).toContain('Change: First contact with Amazon → May 1, 2024, case 98765432');
    await choose(REVIEW, /calendar file/);
    await answer('Where should the calendar file go?', file);
    await confirmReview();
    await done;
    const [message] = messagesIn(io.stdout.text);
    expect(message).toBe(
      [
        'Hello.',
        'I first contacted you about this on May 1, 2024, case number 98765432.',
        'The problem is not solved yet.',
        'I have a question about the size of the item.',
        'Item: wireless headphones.',
        'English is not my first language, so please use simple words.',
        'Could you please tell me the status of my case and the next step?',
        'Thank you.',
      ].join('\n'),
    );
    // Today is May 3 (the driver's clock); a seller is given two days.
    expect(eventDays(file)).toEqual([['2024-05-05', 'No answer from Amazon? Write again']]);
    expect(io.stdout.text).toContain(`Calendar with 1 reminder(s) written to ${file}.`);
  });

  it('takes the same answers from --follow-up, --case and --ics', async () => {
    const io = testContext();
    const file = join(tempDir(), 'flags.ics');
    const { done } = await start(io, { followUp: '2024-05-02', case: 'A1234567', ics: file });
    await sellerQuestion();
    expect(screen.getScreen()).toContain('Change: First contact with Amazon → May 2, 2024, case A1234567');
    expect(screen.getScreen()).toContain(`Change: Calendar file → ${file}`);
    await confirmReview();
    await done;
    expect(messagesIn(io.stdout.text)[0]).toContain('I first contacted you about this on May 2, 2024, case number A1234567.');
    expect(eventDays(file)).toHaveLength(1);
  });

  it('refuses a first contact after today before asking anything', async () => {
    const io = testContext();
    await expect(wizard(io.ctx, { followUp: '2024-05-04' })).rejects.toThrow('--follow-up 2024-05-04 is after today (2024-05-03): the first contact cannot be in the future');
  });
});
