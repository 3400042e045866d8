// The A-to-z rule (content/atoz.yaml, src/engine/atoz.ts) over a table of cases: weekends, the
// 90-day edge, the seller not asked yet, too early after the latest delivery date, month ends and
// leap years. The waiting rule follows Amazon's current page: 48 hours, weekends included.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { AtozFile } from '../src/content/schema.js';
import { isoDate, parseDate, type CalendarDate } from '../src/engine/dates.js';
import { conditionsFor, evaluateAtoz } from '../src/engine/atoz.js';
import { CONTENT } from './helpers/content.js';

const rule = AtozFile.parse(parse(readFileSync(join(CONTENT, 'atoz.yaml'), 'utf8')));
const d = (s: string): CalendarDate => {
  const p = parseDate(s);
  if (!p.ok) throw new Error(s);
  return p.date;
};

function check(problem: string, expected: string, contacted: string | undefined, today: string) {
  const v = evaluateAtoz(rule, { problem, expected: d(expected), ...(contacted ? { contacted: d(contacted) } : {}) }, d(today), 'en');
  return {
    state: v.state,
    canFileFrom: v.canFileFrom ? isoDate(v.canFileFrom) : null,
    lastDay: isoDate(v.lastDay),
    unmet: v.conditions.filter((c) => !c.met).map((c) => c.id),
  };
}

describe('the rule in content/atoz.yaml', () => {
  it('waits 48 hours (2 calendar days) after writing, 3 days after the latest delivery date, and closes after 90 days', () => {
    const byId = Object.fromEntries(rule.conditions.map((c) => [c.id, c.window]));
    expect(byId).toEqual({
      'seller-contacted': { from: 'contacted', opens: 2 },
      'three-days-late': { from: 'expected', opens: 3 },
      'within-90-days': { from: 'expected', closes: 90 },
    });
  });

  it('asks for three days after the delivery date only when the item has not arrived', () => {
    expect(conditionsFor(rule, 'not-arrived').map((c) => c.id)).toEqual(['seller-contacted', 'three-days-late', 'within-90-days']);
    for (const p of ['delivered-not-received', 'not-as-described', 'no-refund']) {
      expect(conditionsFor(rule, p).map((c) => c.id)).toEqual(['seller-contacted', 'within-90-days']);
    }
  });
});

describe('A-to-z cases', () => {
  it.each([
    // problem, expected, contacted, today, state, canFileFrom, lastDay, unmet
    ['not-arrived', '2024-05-01', '2024-05-02', '2024-05-04', 'eligible', '2024-05-04', '2024-07-30', []],
    ['not-arrived', '2024-05-01', '2024-05-02', '2024-05-03', 'not-yet', '2024-05-04', '2024-07-30', ['seller-contacted', 'three-days-late']],
    // seller not asked yet: the 48 hours would run from today
    ['not-arrived', '2024-05-01', undefined, '2024-05-10', 'not-yet', '2024-05-12', '2024-07-30', ['seller-contacted']],
    ['no-refund', '2024-05-01', undefined, '2024-05-01', 'not-yet', '2024-05-03', '2024-07-30', ['seller-contacted']],
    // too early after the latest delivery date, although the seller was asked long ago
    ['not-arrived', '2024-05-10', '2024-05-05', '2024-05-11', 'not-yet', '2024-05-13', '2024-08-08', ['three-days-late']],
    // a delivery date still ahead: the item is simply not due yet
    ['not-arrived', '2024-05-20', '2024-05-05', '2024-05-11', 'not-yet', '2024-05-23', '2024-08-18', ['three-days-late']],
    // weekends count: written on Friday, a claim from Sunday
    ['delivered-not-received', '2024-05-01', '2024-05-03', '2024-05-04', 'not-yet', '2024-05-05', '2024-07-30', ['seller-contacted']],
    ['delivered-not-received', '2024-05-01', '2024-05-03', '2024-05-05', 'eligible', '2024-05-05', '2024-07-30', []],
    // the 90-day edge
    ['delivered-not-received', '2024-05-01', '2024-05-02', '2024-07-30', 'eligible', '2024-05-04', '2024-07-30', []],
    ['delivered-not-received', '2024-05-01', '2024-05-02', '2024-07-31', 'too-late', null, '2024-07-30', ['within-90-days']],
    // not asked yet and too close to the edge: writing today would open the claim after the last day
    ['not-arrived', '2024-05-01', undefined, '2024-07-29', 'too-late', null, '2024-07-30', ['seller-contacted']],
    ['not-arrived', '2024-05-01', undefined, '2024-07-28', 'not-yet', '2024-07-30', '2024-07-30', ['seller-contacted']],
    // month ends and leap years
    ['not-arrived', '2024-01-31', '2024-01-31', '2024-02-03', 'eligible', '2024-02-03', '2024-04-30', []],
    ['not-arrived', '2023-01-31', '2023-01-31', '2023-02-03', 'eligible', '2023-02-03', '2023-05-01', []],
    ['not-arrived', '2024-02-27', '2024-02-28', '2024-03-01', 'eligible', '2024-03-01', '2024-05-27', []],
    ['not-arrived', '2023-02-27', '2023-02-28', '2023-03-01', 'not-yet', '2023-03-02', '2023-05-28', ['seller-contacted', 'three-days-late']],
    ['not-as-described', '2024-11-30', '2024-12-30', '2025-01-01', 'eligible', '2025-01-01', '2025-02-28', []],
    ['no-refund', '2024-03-01', '2024-04-10', '2024-04-12', 'eligible', '2024-04-12', '2024-05-30', []],
  ] as const)('%s, expected %s, contacted %s, today %s → %s', (problem, expected, contacted, today, state, from, lastDay, unmet) => {
    expect(check(problem, expected, contacted, today)).toEqual({ state, canFileFrom: from, lastDay, unmet: [...unmet] });
  });

  it('fills every reason and the next step: no placeholder left, in both languages', () => {
    for (const lang of ['en', 'ru'] as const) {
      for (const contacted of [undefined, d('2024-05-02')]) {
        for (const today of ['2024-05-03', '2024-05-20', '2024-09-01']) {
          const v = evaluateAtoz(rule, { problem: 'not-arrived', expected: d('2024-05-01'), ...(contacted ? { contacted } : {}) }, d(today), lang);
          const text = [v.headline, v.next, ...v.conditions.map((c) => c.reason)].join('\n');
          expect(text).not.toMatch(/\{[a-zA-Z]+\}/);
        }
      }
    }
  });

  it('says to write to the seller first when the seller was not asked, and when to come back otherwise', () => {
    const notAsked = evaluateAtoz(rule, { problem: 'not-arrived', expected: d('2024-05-01') }, d('2024-05-10'), 'en');
    expect(notAsked.next).toContain('2024-05-12');
    expect(notAsked.conditions[0]!.reason).toBe(rule.conditions[0]!.missing!.en);
    const waiting = evaluateAtoz(rule, { problem: 'not-arrived', expected: d('2024-05-01'), contacted: d('2024-05-09') }, d('2024-05-10'), 'en');
    expect(waiting.next).toContain('2024-05-11');
    expect(waiting.next).toContain('2024-07-30');
  });
});
