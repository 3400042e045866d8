// Calendar dates without time zones: a payment on May 1 and "today" May 8 are 7 days apart,
// wherever the user is. The clock is read at the edge and passed in as a CalendarDate.

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number;
}

export type DateParse = { ok: true; date: CalendarDate } | { ok: false; reason: 'format' | 'calendar' | 'range' };

/**
 * The years a date may have. The upper bound keeps every date amz-help computes from one (a last
 * day to ask, a week later) a four-digit year: 9999-12-31 plus a window would be "10000-01-07".
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Accepts 2024-05-01 and 01.05.2024 only: 05/01/2024 is refused, its day and month are ambiguous. */
export function parseDate(input: string): DateParse {
  const text = input.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  let year: number, month: number, day: number;
  if (m) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
    if (!m) return { ok: false, reason: 'format' };
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { ok: false, reason: 'calendar' };
  if (year < FIRST_YEAR || year > LAST_YEAR) return { ok: false, reason: 'range' };
  return { ok: true, date: { year, month, day } };
}

function toDayNumber(d: CalendarDate): number {
  return Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
}
function fromDayNumber(n: number): CalendarDate {
  const d = new Date(n * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function isoDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_RU = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** "May 1, 2024" in English, "1 мая 2024" in Russian: a message template writes "г." after it itself. */
export function longDate(d: CalendarDate, lang: 'en' | 'ru'): string {
  return lang === 'en' ? `${MONTHS_EN[d.month - 1]} ${d.day}, ${d.year}` : `${d.day} ${MONTHS_RU[d.month - 1]} ${d.year}`;
}

/** A date in the interface's prose: "May 1, 2024"; in Russian with the year's "г.": "1 мая 2024 г.". */
export function proseDate(d: CalendarDate, lang: 'en' | 'ru'): string {
  return lang === 'en' ? longDate(d, lang) : `${longDate(d, lang)} г.`;
}

/** A sentence that ends with a date ending in "г.": one full stop, not two. */
export function oneFullStop(text: string): string {
  return text.replace(/ г\.\./g, ' г.');
}

/** The local calendar day of a clock reading: the edge passes `new Date()`. */
export function localDay(now: Date): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
