// Can an A-to-z Guarantee claim be filed, and from when until when? Conditions from
// content/atoz.yaml, each a date window (window.ts, the same mechanism as refund-check's).
import type { AtozFile, Lang } from '../content/schema.js';
import { daysBetween, isoDate, oneFullStop, type CalendarDate } from './dates.js';
import { evaluateWindow, fillWindow, type WindowResult } from './window.js';

export interface AtozInput {
  problem: string;
  /** The latest estimated delivery date of the order. */
  expected: CalendarDate;
  /** The day the seller was asked; undefined when not asked yet. */
  contacted?: CalendarDate;
}

export interface AtozCondition {
  id: string;
  met: boolean;
  title: string;
  reason: string;
  howToCheck: string;
}

export type AtozState = 'eligible' | 'not-yet' | 'too-late';

export interface AtozVerdict {
  eligible: boolean;
  state: AtozState;
  headline: string;
  /**
   * The first day a claim can be filed: when every waiting window has opened. Counted from today
   * when the seller has not been asked yet (if they are asked today). Undefined when that day
   * would fall after lastDay.
   */
  canFileFrom?: CalendarDate;
  /** The last day a claim can be filed. */
  lastDay: CalendarDate;
  conditions: AtozCondition[];
  /** What to do next, filled with the dates. */
  next: string;
  notCovered: string[];
}

/** The ids atoz-check accepts for --problem, in content order. */
export function atozProblems(rule: AtozFile): string[] {
  return rule.problems.map((p) => p.id);
}

export function conditionsFor(rule: AtozFile, problem: string): AtozFile['conditions'] {
  return rule.conditions.filter((c) => !c.problems || c.problems.includes(problem));
}

function later(a: CalendarDate, b: CalendarDate): CalendarDate {
  return daysBetween(a, b) > 0 ? b : a;
}

/**
 * `contacted` must not be after today; the caller checks that. `formatDate` writes dates into the
 * reasons (ISO by default, like refund-check).
 */
export function evaluateAtoz(
  rule: AtozFile,
  input: AtozInput,
  today: CalendarDate,
  lang: Lang,
  formatDate: (d: CalendarDate) => string = isoDate,
): AtozVerdict {
  const dates: Record<string, CalendarDate | undefined> = { expected: input.expected, contacted: input.contacted };
  let lastDay: CalendarDate | undefined;
  let opensOn: CalendarDate | undefined;
  let contactedMissing = false;
  const results: [AtozFile['conditions'][number], WindowResult][] = conditionsFor(rule, input.problem).map((c) => {
    const result = evaluateWindow(c.window, dates[c.window.from], today);
    // Not asked yet: if the seller is asked today, the wait runs from today.
    const planned = result.known ? result : evaluateWindow(c.window, today, today);
    if (!result.known) contactedMissing = true;
    if (planned.known) {
      if (c.window.opens !== undefined) opensOn = opensOn ? later(opensOn, planned.firstDay) : planned.firstDay;
      if (planned.lastDay) lastDay = lastDay && daysBetween(lastDay, planned.lastDay) > 0 ? lastDay : planned.lastDay;
    }
    return [c, result];
  });
  if (!lastDay) throw new Error('atoz.yaml has no condition that closes the window');
  // With no waiting window at all, a claim could be filed from the delivery date.
  const canFileFrom = opensOn ?? input.expected;
  const conditions = results.map(([c, result]): AtozCondition => {
    const met = result.known && result.met;
    const text = !result.known ? (c.missing ?? c.notMet) : met ? c.met : c.notMet;
    return { id: c.id, met, title: c.title[lang], reason: oneFullStop(fillWindow(text[lang], c.window, result, formatDate)), howToCheck: c.howToCheck[lang] };
  });
  const eligible = conditions.every((c) => c.met);
  const tooLate = daysBetween(today, lastDay) < 0 || daysBetween(canFileFrom, lastDay) < 0;
  const state: AtozState = eligible ? 'eligible' : tooLate ? 'too-late' : 'not-yet';
  const nextText = state === 'eligible' ? rule.next.file : state === 'too-late' ? rule.next.tooLate : contactedMissing ? rule.next.contactSeller : rule.next.wait;
  const fill = (text: string): string => text.replace('{firstDay}', formatDate(canFileFrom)).replace('{lastDay}', formatDate(lastDay!));
  return {
    eligible,
    state,
    headline: (state === 'eligible' ? rule.verdict.eligible : state === 'too-late' ? rule.verdict.tooLate : rule.verdict.notYet)[lang],
    ...(state === 'too-late' ? {} : { canFileFrom }),
    lastDay,
    conditions,
    next: oneFullStop(fill(nextText[lang])),
    notCovered: rule.notCovered.map((n) => n.text[lang]),
  };
}
