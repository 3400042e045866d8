// Date edge cases of the refund window (F28): day 7 in, day 8 out, leap years, month and year
// ends, both input formats, and every refused form.
import { beforeAll, describe, expect, it } from 'vitest';
import type { RefundFile } from '../src/content/schema.js';
import { loadContent } from '../src/validate/loader.js';
import { addDays, daysBetween, isoDate, longDate, parseDate, proseDate, type CalendarDate } from '../src/engine/dates.js';
import { evaluateRefund } from '../src/engine/refund.js';
import { CONTENT } from './helpers/content.js';

function d(text: string): CalendarDate {
  const parsed = parseDate(text);
  if (!parsed.ok) throw new Error(`fixture date ${text} did not parse: ${parsed.reason}`);
  return parsed.date;
}

let rule: RefundFile;
beforeAll(() => {
  rule = loadContent(CONTENT).content.refund;
});

describe('parseDate accepts both formats, and they agree', () => {
  it.each([
    ['2024-05-01', '01.05.2024', { year: 2024, month: 5, day: 1 }],
    ['2024-02-29', '29.02.2024', { year: 2024, month: 2, day: 29 }],
    ['2000-02-29', '29.02.2000', { year: 2000, month: 2, day: 29 }],
    ['2024-12-31', '31.12.2024', { year: 2024, month: 12, day: 31 }],
    ['2023-01-01', '01.01.2023', { year: 2023, month: 1, day: 1 }],
  ])('%s == %s', (iso, dotted, expected) => {
    expect(parseDate(iso)).toEqual({ ok: true, date: expected });
    expect(parseDate(dotted)).toEqual({ ok: true, date: expected });
  });

  it('ignores surrounding spaces', () => {
    expect(parseDate('  2024-05-01 ')).toEqual({ ok: true, date: { year: 2024, month: 5, day: 1 } });
  });
});

describe('parseDate refuses', () => {
  it.each([
    ['05/01/2024', 'format'], // day and month ambiguous
    ['2024/05/01', 'format'],
    ['2024-5-1', 'format'],
    ['1.5.2024', 'format'],
    ['01.05.24', 'format'],
    ['20240501', 'format'],
    ['', 'format'],
    ['   ', 'format'],
    ['yesterday', 'format'],
    ['2024-05-01T00:00', 'format'],
    ['2024-05-01 2024-05-02', 'format'],
    ['２０２４-０５-０１', 'format'], // full-width digits
    ['2024-02-30', 'calendar'],
    ['2023-02-29', 'calendar'], // not a leap year
    ['1900-02-29', 'calendar'], // century, not a leap year
    ['31.04.2024', 'calendar'],
    ['2024-04-31', 'calendar'],
    ['2024-13-01', 'calendar'],
    ['2024-00-10', 'calendar'],
    ['2024-01-00', 'calendar'],
    ['00.01.2024', 'calendar'],
    ['32.01.2024', 'calendar'],
  ] as const)('%j (%s)', (input, reason) => {
    expect(parseDate(input)).toEqual({ ok: false, reason });
  });
});

describe('daysBetween and addDays', () => {
  it.each([
    ['2024-05-01', '2024-05-08', 7],
    ['2024-05-01', '2024-05-09', 8],
    ['2024-05-01', '2024-05-01', 0],
    ['2024-02-28', '2024-03-01', 2], // across Feb 29 of a leap year
    ['2023-02-28', '2023-03-01', 1],
    ['2024-12-28', '2025-01-04', 7], // year end
    ['2024-01-31', '2024-02-01', 1],
    ['2024-03-30', '2024-04-02', 3], // DST change in many zones: still whole days
    ['2024-10-26', '2024-10-28', 2],
    ['2023-01-01', '2024-01-01', 365],
    ['2024-01-01', '2025-01-01', 366],
    ['2024-05-08', '2024-05-01', -7],
  ])('%s → %s is %i days', (from, to, days) => {
    expect(daysBetween(d(from), d(to))).toBe(days);
    expect(isoDate(addDays(d(from), days))).toBe(to);
  });

  it.each([
    ['2024-12-28', 7, '2025-01-04'],
    ['2024-02-25', 7, '2024-03-03'],
    ['2023-02-25', 7, '2023-03-04'],
    ['2024-02-22', 7, '2024-02-29'],
    ['2024-04-30', 1, '2024-05-01'],
    ['2024-12-31', 1, '2025-01-01'],
  ])('%s + %i = %s', (from, days, to) => {
    expect(isoDate(addDays(d(from), days))).toBe(to);
  });

  it('longDate writes English and Russian dates; proseDate adds the Russian «г.»', () => {
    expect(longDate(d('2024-05-01'), 'en')).toBe('May 1, 2024');
    expect(longDate(d('2024-02-29'), 'ru')).toBe('29 февраля 2024');
    expect(proseDate(d('2024-02-29'), 'ru')).toBe('29 февраля 2024 г.');
    expect(proseDate(d('2024-05-01'), 'en')).toBe('May 1, 2024');
  });
});

describe('the refund window (7 days from content)', () => {
  const within = (paid: string, today: string) => {
    const v = evaluateRefund(rule, { paid: d(paid), seller: 'amazon', shipped: false }, d(today), 'en');
    return {
      met: v.conditions.find((c) => c.id === 'within-7-days')!.met,
      eligible: v.eligible,
      lastDay: isoDate(v.lastDay),
      daysSincePayment: v.daysSincePayment,
      daysLeft: v.daysLeft,
    };
  };

  it('the window is 7 days in the real content', () => {
    const c = rule.conditions.find((x) => x.id === 'within-7-days');
    expect(c && 'window' in c ? c.window : undefined).toEqual({ from: 'paid', closes: 7 });
  });

  it.each([
    // paid, today, within, lastDay, daysSince, daysLeft
    ['2024-05-01', '2024-05-01', true, '2024-05-08', 0, 7],
    ['2024-05-01', '2024-05-07', true, '2024-05-08', 6, 1],
    ['2024-05-01', '2024-05-08', true, '2024-05-08', 7, 0], // day 7: still inside
    ['2024-05-01', '2024-05-09', false, '2024-05-08', 8, -1], // day 8: outside
    ['01.05.2024', '08.05.2024', true, '2024-05-08', 7, 0],
    ['01.05.2024', '09.05.2024', false, '2024-05-08', 8, -1],
    ['2024-02-25', '2024-03-03', true, '2024-03-03', 7, 0], // across Feb 29
    ['2024-02-25', '2024-03-04', false, '2024-03-03', 8, -1],
    ['2023-02-25', '2023-03-04', true, '2023-03-04', 7, 0], // no Feb 29
    ['2023-02-25', '2023-03-05', false, '2023-03-04', 8, -1],
    ['2024-02-29', '2024-03-07', true, '2024-03-07', 7, 0], // paid on leap day
    ['2024-02-29', '2024-03-08', false, '2024-03-07', 8, -1],
    ['2024-12-28', '2025-01-04', true, '2025-01-04', 7, 0], // year end
    ['2024-12-28', '2025-01-05', false, '2025-01-04', 8, -1],
    ['2024-04-28', '2024-05-05', true, '2024-05-05', 7, 0], // month end
    ['2024-01-01', '2024-12-31', false, '2024-01-08', 365, -358],
  ])('paid %s, today %s → within=%s, last day %s', (paid, today, met, lastDay, since, left) => {
    expect(within(paid, today)).toEqual({ met, eligible: met, lastDay, daysSincePayment: since, daysLeft: left });
  });

  it('fills {days}, {window} and {lastDay} into the reason', () => {
    const v = evaluateRefund(rule, { paid: d('2024-05-01'), seller: 'amazon', shipped: false }, d('2024-05-09'), 'en');
    const reason = v.conditions.find((c) => c.id === 'within-7-days')!.reason;
    expect(reason).toContain('8');
    expect(reason).toContain('7');
    expect(reason).toContain('May 8, 2024');
    expect(reason).not.toMatch(/\{(days|window|lastDay)\}/);
  });

  it('seller and shipping decide their own conditions', () => {
    const v = evaluateRefund(rule, { paid: d('2024-05-01'), seller: 'third-party', shipped: true }, d('2024-05-02'), 'en');
    expect(v.conditions.map((c) => [c.id, c.met])).toEqual([
      ['sold-by-amazon', false],
      ['within-7-days', true],
      ['not-shipped', false],
    ]);
    expect(v.eligible).toBe(false);
  });
});
