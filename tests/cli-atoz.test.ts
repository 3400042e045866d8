// `amz-help atoz-check` as a user runs it: the built bin with pipes. A table of cases for the exit
// code, the first day to file and the last day (weekends, the 90-day edge, the seller not asked yet,
// too early after the latest delivery date, month ends, leap years); then the text, the JSON and
// every bad input.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cleanupTemp, tempDir } from './helpers/content.js';
import { run, STACK_FRAME, type RunResult } from './helpers/cli.js';

vi.setConfig({ testTimeout: 90_000 });
afterAll(cleanupTemp);

const atoz = (...args: string[]) => run(['atoz-check', ...args]);

function json(r: RunResult) {
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { eligible: boolean; canFileFrom: string | null; lastDay: string; conditions: { id: string; met: boolean; reason: string }[] };
}

function expectUsage(r: RunResult, error: string, hint: string): void {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(r.stderr).toBe(`error: ${error}\nhint: ${hint}\n`);
}

describe('the table of cases (exit code, canFileFrom, lastDay)', () => {
  it.each([
    // problem, expected, contacted ('' = not asked yet), today, exit, canFileFrom, lastDay
    ['not-arrived', '2024-05-01', '2024-05-02', '2024-05-04', 0, '2024-05-04', '2024-07-30'],
    ['not-arrived', '2024-05-01', '2024-05-02', '2024-05-03', 1, '2024-05-04', '2024-07-30'],
    // the seller not asked yet: the wait would run from today
    ['not-arrived', '2024-05-01', '', '2024-05-10', 1, '2024-05-12', '2024-07-30'],
    // too early after the latest delivery date
    ['not-arrived', '2024-05-10', '2024-05-05', '2024-05-11', 1, '2024-05-13', '2024-08-08'],
    // weekends count: written on Friday 3 May 2024, a claim from Sunday
    ['delivered-not-received', '2024-05-01', '2024-05-03', '2024-05-04', 1, '2024-05-05', '2024-07-30'],
    ['delivered-not-received', '2024-05-01', '2024-05-03', '2024-05-05', 0, '2024-05-05', '2024-07-30'],
    // the 90-day edge
    ['not-as-described', '2024-05-01', '2024-05-02', '2024-07-30', 0, '2024-05-04', '2024-07-30'],
    ['not-as-described', '2024-05-01', '2024-05-02', '2024-07-31', 1, null, '2024-07-30'],
    ['not-arrived', '2024-05-01', '', '2024-07-29', 1, null, '2024-07-30'],
    // month ends and leap years, both date formats
    ['no-refund', '31.01.2024', '31.01.2024', '02.02.2024', 0, '2024-02-02', '2024-04-30'],
    ['not-arrived', '2024-02-27', '2024-02-28', '2024-03-01', 0, '2024-03-01', '2024-05-27'],
    ['not-arrived', '2023-02-27', '2023-02-28', '2023-03-01', 1, '2023-03-02', '2023-05-28'],
  ] as const)('%s, expected %s, contacted "%s", today %s → exit %i', (problem, expected, contacted, today, exit, from, lastDay) => {
    const args = ['--problem', problem, '--expected', expected, '--today', today, '--json', ...(contacted ? ['--contacted', contacted] : [])];
    const r = atoz(...args);
    expect(r.status).toBe(exit);
    const out = json(r);
    expect({ eligible: out.eligible, canFileFrom: out.canFileFrom, lastDay: out.lastDay }).toEqual({ eligible: exit === 0, canFileFrom: from, lastDay });
  });
});

describe('output', () => {
  it('JSON is one line with exactly eligible, canFileFrom, lastDay and conditions {id, met, reason}', () => {
    const r = atoz('--problem', 'not-arrived', '--expected', '2024-05-01', '--contacted', '2024-05-02', '--today', '2024-05-03', '--json');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const out = json(r);
    expect(Object.keys(out)).toEqual(['eligible', 'canFileFrom', 'lastDay', 'conditions']);
    expect(out.conditions.map((c) => [c.id, c.met])).toEqual([
      ['seller-contacted', false],
      ['three-days-late', false],
      ['within-90-days', true],
    ]);
    for (const c of out.conditions) expect(Object.keys(c)).toEqual(['id', 'met', 'reason']);
    expect(out.conditions[0]!.reason).toBe('You wrote to the seller on May 2, 2024. Wait 48 hours: you can file from May 4, 2024.');
  });

  it('eligible: each condition, both days, the steps under Your Orders and the claim text with the order number', () => {
    const r = atoz('--problem', 'not-arrived', '--expected', '2024-05-01', '--contacted', '2024-05-02', '--today', '2024-05-06', '--order', '123-1234567-1234567');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('You can file an A-to-z Guarantee claim now.');
    expect(lines.filter((l) => l.startsWith('✔ '))).toHaveLength(3);
    expect(r.stdout).toContain('You can file from: May 4, 2024 (that is, now)');
    expect(r.stdout).toContain('Last day to file: July 30, 2024 (2024-07-30), 85 days left');
    expect(r.stdout).toContain('  3. Choose "Request refund", put the drafted message into the comment box, and click "Submit".');
    expect(r.stdout).toContain('  I would like to file an A-to-z Guarantee claim for my order 123-1234567-1234567.');
    expect(r.stdout).toContain('  I wrote to the seller on May 2, 2024.');
    expect(r.stdout).toContain('The A-to-z Guarantee does not cover:');
  });

  it('the seller not asked yet: write first, with the message to the seller and the day a claim opens', () => {
    const r = atoz('--problem', 'delivered-not-received', '--expected', '2024-05-01', '--today', '2024-05-06');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('✖ 48 hours after writing to the seller: You have not written to the seller yet. Write first, then wait 48 hours.');
    expect(r.stdout).toContain('If you write today, you can file from May 8, 2024');
    expect(r.stdout).toContain('Message to the seller (English):');
    expect(r.stdout).toContain('  Tracking says that the parcel was delivered, but I did not receive it.');
    expect(r.stdout).not.toContain('Text for the claim');
  });

  it('too late: the last day has passed, no message', () => {
    const r = atoz('--problem', 'no-refund', '--expected', '2024-05-01', '--contacted', '2024-05-02', '--today', '2024-08-01');
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('The time to file an A-to-z Guarantee claim has passed.');
    expect(r.stdout).toContain('Last day to file was July 30, 2024 (2024-07-30)');
    expect(r.stdout).not.toContain('You can file from');
    expect(r.stdout).not.toContain('(English):');
  });

  it('speaks Russian, with the Russian twin of the message', () => {
    const r = run(['--lang', 'ru', 'atoz-check', '--problem', 'not-arrived', '--expected', '2024-05-01', '--today', '2024-05-06']);
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('Подать претензию по гарантии A-to-z пока нельзя.');
    expect(r.stdout).toContain('  The item has not arrived.');
    expect(r.stdout).toContain('  Товар не пришёл.');
  });
});

describe('--ics: the first and the last day as calendar reminders', () => {
  it('writes both days while both are ahead, and only the last day once a claim is open', () => {
    const dir = tempDir();
    const early = join(dir, 'early.ics');
    const r = atoz('--problem', 'not-arrived', '--expected', '2024-05-01', '--contacted', '2024-05-02', '--today', '2024-05-03', '--ics', early);
    expect(r.status).toBe(1);
    const text = readFileSync(early, 'utf8');
    expect(text.match(/^DTSTART;VALUE=DATE:(\d+)/gm)).toEqual(['DTSTART;VALUE=DATE:20240504', 'DTSTART;VALUE=DATE:20240730']);
    const open = join(dir, 'open.ics');
    expect(atoz('--problem', 'not-arrived', '--expected', '2024-05-01', '--contacted', '2024-05-02', '--today', '2024-05-10', '--ics', open).status).toBe(0);
    expect(readFileSync(open, 'utf8').match(/^DTSTART;VALUE=DATE:(\d+)/gm)).toEqual(['DTSTART;VALUE=DATE:20240730']);
  });

  it('too late: nothing ahead, no file, a warning', () => {
    const file = join(tempDir(), 'late.ics');
    const r = atoz('--problem', 'no-refund', '--expected', '2024-05-01', '--contacted', '2024-05-02', '--today', '2024-08-01', '--ics', file);
    expect(r.status).toBe(1);
    expect(existsSync(file)).toBe(false);
    expect(r.stderr).toMatch(/^warning: /);
  });
});

describe('bad input: exit 2, one error line and a hint', () => {
  it('an unknown problem', () => {
    expectUsage(
      atoz('--problem', 'lost', '--expected', '2024-05-01'),
      '--problem "lost" is not accepted',
      'accepted values: not-arrived, delivered-not-received, not-as-described, no-refund',
    );
  });

  it('a date in neither format', () => {
    expectUsage(atoz('--problem', 'not-arrived', '--expected', '05/01/2024'), '--expected "05/01/2024" is not a date in an accepted format', 'use YYYY-MM-DD (2024-05-01) or DD.MM.YYYY (01.05.2024)');
  });

  it('a seller contact after today', () => {
    expectUsage(
      atoz('--problem', 'not-arrived', '--expected', '2024-05-01', '--contacted', '2024-06-01', '--today', '2024-05-10'),
      'the seller contact date 2024-06-01 is after today (2024-05-10)',
      'check the date you wrote to the seller, or pass --today',
    );
  });

  it('missing flags without a terminal', () => {
    expectUsage(
      atoz('--problem', 'not-arrived'),
      'missing --expected: there is no terminal to ask on',
      'pass them as flags, for example: amz-help atoz-check --problem not-arrived --expected 2024-05-01 --contacted 2024-05-02',
    );
  });
});
