// draft <topic> ... --follow-up DATE [--case ID] [--next ...]: the message written when the first
// contact did not solve the problem. It names the first contact's day (and case), says the problem
// is not solved, keeps the order and what happened, asks for the next step, and differs from the
// first message.
import { describe, expect, it, vi } from 'vitest';
import { loadFollowUp } from '../src/validate/extra-loader.js';
import { NEXT_MESSAGES } from '../src/content/ids.js';
import { loadContent } from '../src/validate/loader.js';
import { composeFollowUp } from '../src/engine/follow-up.js';
import { run } from './helpers/cli.js';
import { CONTENT } from './helpers/content.js';
import { sentencesOf } from './helpers/readability.js';
import { allDraftCases, caseName, SAMPLE } from './helpers/walk.js';

vi.setConfig({ testTimeout: 90_000 });

const FIRST = ['draft', 'not-as-described', '--channel', 'email', '--order', '123-1234567-1234567', '--problem', 'damaged', '--wish', 'refund', '--today', '2024-05-12'];

describe('draft --follow-up', () => {
  const first = run(FIRST);
  const follow = run([...FIRST, '--follow-up', '2024-05-08', '--case', '12345678901']);

  it('names the day of the first contact and its case number, and says the problem is not solved', () => {
    expect(follow.status).toBe(0);
    expect(follow.stderr).toBe('');
    expect(follow.stdout).toContain('I first contacted you about this on May 8, 2024, case number 12345678901.\nThe problem is not solved yet.\n');
    expect(follow.stdout).toContain('Could you please tell me the status of my case and the next step?\n\nThank you.\n');
  });

  it('keeps the order number and what happened, under a follow-up subject', () => {
    expect(follow.stdout).toMatch(/^Subject: Follow-up: A problem with the item in order 123-1234567-1234567\n/);
    expect(follow.stdout).toContain('123-1234567-1234567');
    expect(follow.stdout).toContain('The item arrived damaged.');
  });

  it('differs from the first message', () => {
    expect(first.status).toBe(0);
    expect(first.stdout).not.toContain('first contacted');
    expect(follow.stdout).not.toBe(first.stdout);
    // One greeting and one closing: the first message's own are replaced, not repeated.
    expect(follow.stdout.match(/Hello/g)).toHaveLength(1);
    expect(follow.stdout.match(/Thank you/g)).toHaveLength(1);
  });

  it.each([
    ['accept', 'I accept your offer. Please tell me what happens next and when.'],
    ['insist', 'I ask you to look at my request again, please.'],
    ['supervisor', 'I would like a supervisor to review my case, please.'],
    ['atoz', 'I would like to file an A-to-z Guarantee claim.'],
  ])('--next %s asks for that', (next, sentence) => {
    const r = run([...FIRST, '--follow-up', '08.05.2024', '--next', next]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('I first contacted you about this on May 8, 2024.\n');
    expect(r.stdout).toContain(sentence);
    expect(r.stdout).not.toContain('status of my case');
  });

  it('refuses a first contact after today', () => {
    const r = run([...FIRST, '--follow-up', '2024-05-13']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'error: --follow-up 2024-05-13 is after today (2024-05-12): the first contact cannot be in the future\nhint: give the day you first wrote or called, or pass --today\n',
    );
  });

  it('refuses --case and --next without --follow-up, in Russian too', () => {
    const r = run(['--lang', 'ru', ...FIRST, '--case', '123456']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'ошибка: --case указывается вместе с --follow-up ДАТА\nподсказка: например: amz-help draft not-as-described ... --follow-up 2024-05-08 --case 123456\n',
    );
  });

  it('refuses an unknown --next and a case number that is not one', () => {
    const bad = run([...FIRST, '--follow-up', '2024-05-08', '--next', 'shout']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('error: --next "shout" is not accepted\nhint: accepted values: status, accept, insist, supervisor, atoz\n');
    const badCase = run([...FIRST, '--follow-up', '2024-05-08', '--case', 'my case!']);
    expect(badCase.status).toBe(2);
    expect(badCase.stderr).toMatch(/^error: --case "my case!" is not a case number\n/);
  });
});

describe('the follow-up of every draft', () => {
  const content = loadContent(CONTENT).content;
  const texts = loadFollowUp(CONTENT, 'content', content.sources);
  const cases = allDraftCases(content);
  const twinSentences = (text: string) => sentencesOf(text.replace(/(\d{4} г)\.\s+(?=[а-яё])/g, '$1 '));
  const followUps = cases.flatMap((c) =>
    NEXT_MESSAGES.map((next) => {
      const first = { body: { en: c.draft.body, ru: c.draft.summary.body } };
      return { c, next, first, message: composeFollowUp(first, texts, { date: { year: 2024, month: 5, day: 8 }, caseId: '12345678901', next }) };
    }),
  );

  it('names the first contact in both languages, and keeps the order number', () => {
    const failures = followUps.flatMap(({ c, next, first, message }) => {
      const problems: string[] = [];
      if (!message.body.en.includes('May 8, 2024, case number 12345678901.')) problems.push('no date and case in English');
      if (!message.body.ru.includes('8 мая 2024')) problems.push('no date in Russian');
      if (first.body.en.includes(SAMPLE.order) !== message.body.en.includes(SAMPLE.order)) problems.push('order number lost');
      if (message.body.en === first.body.en) problems.push('same as the first message');
      return problems.map((p) => `${caseName(c)} --next ${next}: ${p}`);
    });
    expect(failures).toEqual([]);
  });

  it('keeps the Russian summary its twin: as many sentences as the English message', () => {
    const failures = followUps.flatMap(({ c, next, message }) => {
      const a = twinSentences(message.body.en);
      const b = twinSentences(message.body.ru);
      return a.length === b.length ? [] : [`${caseName(c)} --next ${next}: ${a.length} English sentences, ${b.length} Russian:\n${a.join('\n')}\n--\n${b.join('\n')}`];
    });
    expect(failures).toEqual([]);
  });

  it('has no sentence over 25 words', () => {
    const long = followUps.flatMap(({ message }) => sentencesOf(message.body.en).filter((s) => s.split(/\s+/).length > 25));
    expect([...new Set(long)]).toEqual([]);
  });
});
