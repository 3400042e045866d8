// The days a shopper must not miss, as plain dates: the last day to ask for a price difference,
// the first and last day of an A-to-z claim, the end of a return window, and the day to write
// again when no answer came. Pure: dates in, dates out; the words and the calendar file are the
// edge's (src/cli/ics.ts).
import type { ChannelId } from '../content/schema.js';
import { addDays, daysBetween, isoDate, type CalendarDate } from './dates.js';

export const DEADLINE_KINDS = ['ask-price-difference', 'atoz-first-day', 'atoz-last-day', 'return-window-end', 'follow-up', 'reply-wait-over'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface Deadline {
  kind: DeadlineKind;
  date: CalendarDate;
}

/** Days to wait for an answer on each contact channel before writing again (content/follow-up.yaml). */
export type FollowUpWaits = Record<ChannelId, number>;

/** The day to write again if the message sent on `sent` through `channel` gets no answer. */
export function followUpDay(sent: CalendarDate, channel: ChannelId, waits: FollowUpWaits): Deadline {
  return { kind: 'follow-up', date: addDays(sent, waits[channel]) };
}

/** The deadlines still ahead (today counts), earliest first, each kind and day once. */
export function upcoming(deadlines: readonly Deadline[], today: CalendarDate): Deadline[] {
  const seen = new Set<string>();
  return deadlines
    .filter((d) => daysBetween(today, d.date) >= 0)
    .filter((d) => {
      const key = `${d.kind} ${isoDate(d.date)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => daysBetween(b.date, a.date));
}

/** An A-to-z verdict's days (atoz-check, and topics with the A-to-z rule): the first day a claim can be filed, and the last. */
export function atozDeadlines(verdict: { canFileFrom?: CalendarDate; lastDay: CalendarDate }): Deadline[] {
  return [...(verdict.canFileFrom ? [{ kind: 'atoz-first-day' as const, date: verdict.canFileFrom }] : []), { kind: 'atoz-last-day', date: verdict.lastDay }];
}
