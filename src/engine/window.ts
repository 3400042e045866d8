// Date windows: the one mechanism behind every dated condition (refund-check's "no more than 7 days
// since payment", A-to-z's "48 hours after writing to the seller", "3 days after the latest
// estimated delivery date" and "no later than 90 days after it"). A window counts calendar days
// from a named date; it may open some days after it and close some days after it. Pure: the dates
// and today come in, nothing is read from a clock.
import { addDays, daysBetween, isoDate, type CalendarDate } from './dates.js';

export interface DateWindow {
  /** The answer the window counts from, e.g. "paid", "expected", "contacted". */
  from: string;
  /** Met from this many days after `from` on (inclusive). */
  opens?: number;
  /** Met until this many days after `from` (inclusive). */
  closes?: number;
}

export type WindowResult =
  | { known: false }
  | {
      known: true;
      met: boolean;
      from: CalendarDate;
      /** Days from `from` to today; negative when `from` is still ahead. */
      days: number;
      /** The day the window opens (the `from` day itself when it has no opens). */
      firstDay: CalendarDate;
      /** The last day the window holds, when it closes. */
      lastDay?: CalendarDate;
      /** Today is before firstDay: not yet. */
      early: boolean;
      /** Today is after lastDay: no longer. */
      late: boolean;
    };

export function evaluateWindow(window: DateWindow, from: CalendarDate | undefined, today: CalendarDate): WindowResult {
  if (!from) return { known: false };
  const firstDay = addDays(from, window.opens ?? 0);
  const lastDay = window.closes === undefined ? undefined : addDays(from, window.closes);
  // A window without opens has no lower bound: a date still ahead does not make it early.
  const early = window.opens !== undefined && daysBetween(firstDay, today) < 0;
  const late = lastDay !== undefined && daysBetween(today, lastDay) < 0;
  return { known: true, met: !early && !late, from, days: daysBetween(from, today), firstDay, ...(lastDay ? { lastDay } : {}), early, late };
}

/** The window's length in days, as a reason quotes it: how long it stays open, or how long it takes to open. */
export function windowLength(window: DateWindow): number {
  return window.closes ?? window.opens ?? 0;
}

/**
 * Fills a reason's placeholders: {days} days since the window's date, {window} its length, {from}
 * the date itself, {firstDay} and {lastDay}. A placeholder without a value is left as written.
 */
export function fillWindow(text: string, window: DateWindow, result: WindowResult, formatDate: (d: CalendarDate) => string = isoDate): string {
  const values: Record<string, string> = { window: String(windowLength(window)) };
  if (result.known) {
    values.days = String(result.days);
    values.from = formatDate(result.from);
    values.firstDay = formatDate(result.firstDay);
    if (result.lastDay) values.lastDay = formatDate(result.lastDay);
  }
  return text.replace(/\{(days|window|from|firstDay|lastDay)\}/g, (whole, name: string) => values[name] ?? whole);
}
