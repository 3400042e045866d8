// --ics FILE: the deadlines that apply, as an iCalendar file. Each deadline is an all-day event in
// the interface language with a reminder: a last day is announced at 09:00 the day before, a first
// day (or the day to write again) at 09:00 on the day. The file is made by ical-generator, loaded
// only when asked for, and written like --out (deliver.ts): never half-written.
import type { Lang } from '../content/schema.js';
import { isoDate, longDate, type CalendarDate } from '../engine/dates.js';
import { upcoming, type Deadline, type DeadlineKind } from '../engine/deadlines.js';
import type { Context } from './context.js';
import { deliver } from './deliver.js';
import { OutputError } from './errors.js';
import { ta } from './messages-after.js';
import { line } from './report.js';

const HOUR = 3600;
/** Seconds before the start of the day: positive is the day before, negative later that day. */
const REMINDER: Record<DeadlineKind, number> = {
  'ask-price-difference': 15 * HOUR,
  'atoz-last-day': 15 * HOUR,
  'return-window-end': 15 * HOUR,
  'atoz-first-day': -9 * HOUR,
  'follow-up': -9 * HOUR,
  'reply-wait-over': -9 * HOUR,
};

export interface IcsDetails {
  order?: string;
  /** For the follow-up event: the day the message is sent, and the command that drafts the follow-up. */
  sent?: CalendarDate;
  followUpCommand?: string;
}

export interface IcsEvent {
  uid: string;
  date: CalendarDate;
  summary: string;
  description: string;
  reminderSecondsBefore: number;
}

/** What each event says, in the interface language. */
export function icsEvents(deadlines: readonly Deadline[], details: IcsDetails, lang: Lang): IcsEvent[] {
  return deadlines.map((d) => {
    const about =
      d.kind === 'follow-up' || d.kind === 'reply-wait-over'
        ? ta(lang, `ics.${d.kind}.about`, { sent: longDate(details.sent ?? d.date, lang), command: details.followUpCommand ?? 'amz-help draft' })
        : ta(lang, `ics.${d.kind}.about`);
    return {
      uid: `${d.kind}-${isoDate(d.date)}${details.order ? `-${details.order}` : ''}@amz-help`,
      date: d.date,
      summary: ta(lang, `ics.${d.kind}`),
      description: details.order ? `${ta(lang, 'icsOrder', { order: details.order })} ${about}` : about,
      reminderSecondsBefore: REMINDER[d.kind],
    };
  });
}

export async function icsText(events: readonly IcsEvent[], lang: Lang, now: Date): Promise<string> {
  const { default: ical, ICalAlarmType } = await import('ical-generator');
  const name = ta(lang, 'icsCalendarName');
  const calendar = ical({ name, prodId: { company: 'amz-help', product: 'amz-help', language: lang.toUpperCase() } });
  for (const e of events) {
    const event = calendar.createEvent({
      id: e.uid,
      // Date-only values are written from the UTC day, whatever the machine's time zone.
      start: new Date(Date.UTC(e.date.year, e.date.month - 1, e.date.day)),
      allDay: true,
      summary: e.summary,
      description: e.description,
      stamp: now,
    });
    // relatesTo after the trigger: setting a trigger clears it, and a reminder later in the day
    // would otherwise be counted from the event's end.
    event.createAlarm({ type: ICalAlarmType.display, trigger: e.reminderSecondsBefore, description: e.summary }).relatesTo('START');
  }
  return calendar.toString();
}

/**
 * Writes the deadlines still ahead of `today` to `file`. When none applies, says so (a warning)
 * and writes nothing. A file that cannot be written is an OutputError (exit 4), as for --out.
 */
export async function writeDeadlines(
  ctx: Pick<Context, 'lang' | 'env' | 'stderr' | 'err' | 'contentFlag' | 'now'>,
  file: string,
  deadlines: readonly Deadline[],
  today: CalendarDate,
  details: IcsDetails = {},
): Promise<number> {
  const ahead = upcoming(deadlines, today);
  if (ahead.length === 0) {
    line(ctx, 'warning', ta(ctx.lang, 'icsNothing'));
    return 0;
  }
  const text = await icsText(icsEvents(ahead, details, ctx.lang), ctx.lang, ctx.now());
  try {
    await deliver(ctx, text.trimEnd(), { out: file }, () => ctx.stderr.write(`${ctx.err.ok(ta(ctx.lang, 'icsWritten', { n: ahead.length, file }))}\n`));
  } catch (err) {
    // The reason is deliver's; the hint is about the calendar, not about a message.
    if (err instanceof OutputError) throw new OutputError(err.message, ta(ctx.lang, 'icsWriteHint'));
    throw err;
  }
  return ahead.length;
}
