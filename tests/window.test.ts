// The one date-window mechanism (src/engine/window.ts) behind refund-check and atoz-check: a table
// of cases over month ends, year ends and leap years, windows that open and windows that close.
import { describe, expect, it } from 'vitest';
import { isoDate, parseDate, type CalendarDate } from '../src/engine/dates.js';
import { evaluateWindow, fillWindow, type DateWindow } from '../src/engine/window.js';

const d = (s: string): CalendarDate => {
  const p = parseDate(s);
  if (!p.ok) throw new Error(s);
  return p.date;
};
const run = (window: DateWindow, from: string, today: string) => {
  const r = evaluateWindow(window, d(from), d(today));
  if (!r.known) throw new Error('unknown');
  return { met: r.met, firstDay: isoDate(r.firstDay), lastDay: r.lastDay && isoDate(r.lastDay), early: r.early, late: r.late, days: r.days };
};

describe('a window that closes (refund: 7 days; A-to-z: 90 days)', () => {
  it.each([
    // window, from, today, met, lastDay
    [7, '2024-05-01', '2024-05-08', true, '2024-05-08'],
    [7, '2024-05-01', '2024-05-09', false, '2024-05-08'],
    [90, '2024-05-01', '2024-07-30', true, '2024-07-30'], // the 90th day
    [90, '2024-05-01', '2024-07-31', false, '2024-07-30'], // the 91st day
    [90, '2024-12-15', '2025-03-15', true, '2025-03-15'], // across a year end, no Feb 29
    [90, '2023-12-15', '2024-03-14', true, '2024-03-14'], // across Feb 29
    [90, '2023-12-15', '2024-03-15', false, '2024-03-14'],
    [90, '2024-01-31', '2024-04-30', true, '2024-04-30'], // month ends
    [90, '2024-05-01', '2024-04-20', true, '2024-07-30'], // the date is still ahead: not closed
  ])('closes %i days after %s; today %s → met=%s, last day %s', (closes, from, today, met, lastDay) => {
    const r = run({ from: 'x', closes }, from, today);
    expect([r.met, r.lastDay, r.late]).toEqual([met, lastDay, !met]);
  });
});

describe('a window that opens (A-to-z: 48 hours after writing, 3 days after the latest delivery date)', () => {
  it.each([
    // opens, from, today, met, firstDay
    [2, '2024-05-03', '2024-05-04', false, '2024-05-05'], // written on a Friday: Saturday is too early
    [2, '2024-05-03', '2024-05-05', true, '2024-05-05'], // Sunday counts: 48 hours, not business days
    [2, '2024-02-28', '2024-03-01', true, '2024-03-01'], // leap year: Feb 29 in between
    [2, '2023-02-28', '2023-03-02', true, '2023-03-02'], // no Feb 29
    [2, '2023-02-28', '2023-03-01', false, '2023-03-02'],
    [3, '2024-04-30', '2024-05-03', true, '2024-05-03'], // month end
    [3, '2024-04-30', '2024-05-02', false, '2024-05-03'],
    [3, '2024-12-30', '2025-01-02', true, '2025-01-02'], // year end
  ])('opens %i days after %s; today %s → met=%s, first day %s', (opens, from, today, met, firstDay) => {
    const r = run({ from: 'x', opens }, from, today);
    expect([r.met, r.firstDay, r.early]).toEqual([met, firstDay, !met]);
  });

  it('an unknown date is neither met nor placed', () => {
    expect(evaluateWindow({ from: 'contacted', opens: 2 }, undefined, d('2024-05-01'))).toEqual({ known: false });
  });
});

describe('fillWindow', () => {
  it('fills the dates, the days and the window length; leaves unknown ones as written', () => {
    const w: DateWindow = { from: 'paid', closes: 7 };
    const r = evaluateWindow(w, d('2024-05-01'), d('2024-05-09'));
    expect(fillWindow('{days} of {window}, from {from} to {lastDay}; {firstDay}', w, r)).toBe('8 of 7, from 2024-05-01 to 2024-05-08; 2024-05-01');
    expect(fillWindow('{lastDay} {nope}', w, { known: false })).toBe('{lastDay} {nope}');
  });
});
