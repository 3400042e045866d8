// Amazon's reply, explained: the text is cut into sentences, each sentence is matched against the
// known kinds of passage (content/replies.yaml), and the amounts, dates and day counts in it are
// picked out. Pure: the kinds and the text in, a plain result out.
import type { Lang } from '../content/schema.js';
import type { RepliesFile, ReplyKind } from '../content/replies-schema.js';
import { addDays, daysBetween, longDate, type CalendarDate } from './dates.js';
import type { NextMessage } from './follow-up.js';
import { pluralRu } from './plural.js';

export interface CompiledReplies {
  ignore: RegExp[];
  kinds: { kind: ReplyKind; patterns: RegExp[] }[];
}

export function compileReplies(file: RepliesFile): CompiledReplies {
  const re = (source: string) => new RegExp(source, 'iu');
  return { ignore: file.ignore.map(re), kinds: file.kinds.map((kind) => ({ kind, patterns: kind.patterns.map(re) })) };
}

/** Curly quotes and dashes as straight ones, white space folded: what the patterns are written against. */
export function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[ \t\u00a0]+/g, ' ');
}

/** The sentences of a reply: one per line at most, and lines cut after ".", "!" or "?" before a capital or a digit. */
export function sentencesOf(text: string): string[] {
  return normalise(text)
    .split(/\r?\n/)
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=["'(]?[\p{Lu}0-9])/u))
    .map((s) => s.replace(/^[\s>*•-]+/, '').trim())
    .filter((s) => /\p{L}/u.test(s));
}

export function kindsIn(compiled: CompiledReplies, sentence: string): ReplyKind[] {
  return compiled.kinds.filter((k) => k.patterns.some((p) => p.test(sentence))).map((k) => k.kind);
}

// ------------------------------------------------------------------ values in a sentence
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, fourteen: 14, thirty: 30 };
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

export interface Period {
  from: number;
  to?: number;
  unit: 'hour' | 'day' | 'week';
  business: boolean;
}

/** A date as the reply wrote it; the year is missing when the reply gives none. */
export interface FoundDate {
  month: number;
  day: number;
  year?: number;
}

export interface Values {
  amounts: string[];
  dates: FoundDate[];
  periods: Period[];
}

const AMOUNT = /(?:US ?)?\$ ?\d[\d,]*(?:\.\d{2})?|\b\d[\d,]*(?:\.\d{2})? ?(?:USD|dollars)\b/gi;
const NUM = `(\\d+|${Object.keys(NUMBER_WORDS).join('|')})`;
const PERIOD = new RegExp(`\\b${NUM}(?: ?(?:-|to|or) ?${NUM})?[ -](?:more |additional |extra |full )?(business |working |calendar )?(hours?|days?|weeks?)\\b`, 'gi');
const MONTH_DAY = new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b`, 'gi');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH}(?:,? (\\d{4}))?\\b`, 'gi');
const NUMERIC_US = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

const numberOf = (word: string): number => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
const monthOf = (word: string): number => MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().replace('.', '').slice(0, 3))) + 1;

function validDate(month: number, day: number, year?: number): FoundDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return year === undefined ? { month, day } : { month, day, year };
}

export function valuesIn(sentence: string): Values {
  const amounts = [...sentence.matchAll(AMOUNT)].map((m) => m[0].replace(/\s+/g, ' '));
  const periods: Period[] = [...sentence.matchAll(PERIOD)].map((m) => {
    const unit = m[4]!.toLowerCase().replace(/s$/, '') as Period['unit'];
    const period: Period = { from: numberOf(m[1]!), unit, business: /business|working/i.test(m[3] ?? '') };
    if (m[2]) period.to = numberOf(m[2]);
    return period;
  });
  const dates: FoundDate[] = [];
  const add = (d: FoundDate | undefined) => {
    if (d && !dates.some((x) => x.month === d.month && x.day === d.day && x.year === d.year)) dates.push(d);
  };
  for (const m of sentence.matchAll(MONTH_DAY)) add(validDate(monthOf(m[1]!), Number(m[2]), m[3] ? Number(m[3]) : undefined));
  for (const m of sentence.matchAll(DAY_MONTH)) add(validDate(monthOf(m[2]!), Number(m[1]), m[3] ? Number(m[3]) : undefined));
  // Amazon.com writes 05/08/2024 month first.
  for (const m of sentence.matchAll(NUMERIC_US)) add(validDate(Number(m[1]), Number(m[2]), Number(m[3])));
  for (const m of sentence.matchAll(ISO)) add(validDate(Number(m[2]), Number(m[3]), Number(m[1])));
  return { amounts, dates, periods };
}

/** Case number and order number, when the reply names them: they go into the follow-up command. */
export function referencesIn(text: string): { caseId?: string; order?: string } {
  const found: { caseId?: string; order?: string } = {};
  const caseId = /\b(?:case|ticket|reference)(?: id| number| no\.?| #)?\s*(?:is|:|#)?\s*([A-Z]?\d{5,})\b/i.exec(text)?.[1];
  const order = /\b(\d{3}-\d{7}-\d{7}|D01-\d{7}-\d{7})\b/.exec(text)?.[1];
  if (caseId) found.caseId = caseId;
  if (order) found.order = order;
  return found;
}

// ------------------------------------------------------------------ showing values

const RU_UNITS: Record<Period['unit'], [string, string, string]> = {
  hour: ['час', 'часа', 'часов'],
  day: ['день', 'дня', 'дней'],
  week: ['неделя', 'недели', 'недель'],
};

export function periodText(p: Period, lang: Lang): string {
  const last = p.to ?? p.from;
  const count = p.to !== undefined ? `${p.from}–${p.to}` : String(p.from);
  if (lang === 'en') return `${count} ${p.business ? 'business ' : ''}${p.unit}${last === 1 && p.to === undefined ? '' : 's'}`;
  // Russian agrees with the last number: 2–3 дня, 3–5 рабочих дней.
  const [one, few, many] = RU_UNITS[p.unit];
  const noun = pluralRu(last, one, few, many);
  if (!p.business) return `${count} ${noun}`;
  return `${count} ${pluralRu(last, 'рабочий', 'рабочих', 'рабочих')} ${noun}`;
}

export function dateText(d: FoundDate, lang: Lang): string {
  if (d.year !== undefined) return longDate({ year: d.year, month: d.month, day: d.day } as CalendarDate, lang);
  // No year in the reply: the day and month only.
  const text = longDate({ year: 2000, month: d.month, day: d.day }, lang);
  return lang === 'en' ? text.replace(/, 2000$/, '') : text.replace(/ 2000$/, '');
}

// ------------------------------------------------------------------ the explanation
export interface Recognized {
  id: string;
  title: string;
  meaning: string;
  next: string;
  draft?: NextMessage;
  /** The sentences of the reply that were recognised as this kind. */
  passages: string[];
  amounts: string[];
  dates: string[];
  periods: string[];
  /** The values as found, for counting days (not shown). */
  found: Values;
}

export interface ReplyExplanation {
  recognized: Recognized[];
  unrecognized: string[];
  caseId?: string;
  order?: string;
}

export function explainReply(compiled: CompiledReplies, text: string, lang: Lang): ReplyExplanation {
  const byId = new Map<string, Recognized>();
  const unrecognized: string[] = [];
  for (const sentence of sentencesOf(text)) {
    const kinds = kindsIn(compiled, sentence);
    if (kinds.length === 0) {
      if (!compiled.ignore.some((p) => p.test(sentence))) unrecognized.push(sentence);
      continue;
    }
    const values = valuesIn(sentence);
    for (const kind of kinds) {
      let entry = byId.get(kind.id);
      if (!entry) {
        entry = {
          id: kind.id,
          title: kind.title[lang],
          meaning: kind.meaning[lang],
          next: kind.next[lang],
          passages: [],
          amounts: [],
          dates: [],
          periods: [],
          found: { amounts: [], dates: [], periods: [] },
        };
        if (kind.draft) entry.draft = kind.draft;
        byId.set(kind.id, entry);
      }
      entry.passages.push(sentence);
      const addAll = (into: string[], items: string[]) => items.forEach((x) => into.includes(x) || into.push(x));
      addAll(entry.amounts, values.amounts);
      addAll(entry.dates, values.dates.map((d) => dateText(d, lang)));
      addAll(entry.periods, values.periods.map((p) => periodText(p, lang)));
      entry.found.amounts.push(...values.amounts);
      entry.found.dates.push(...values.dates);
      entry.found.periods.push(...values.periods);
    }
  }
  return { recognized: [...byId.values()], unrecognized, ...referencesIn(normalise(text)) };
}

// ------------------------------------------------------------------ when to write again
/** The day `days` working days after `from` (Saturdays and Sundays are not counted). */
export function addBusinessDays(from: CalendarDate, days: number): CalendarDate {
  let day = from;
  for (let left = days; left > 0; ) {
    day = addDays(day, 1);
    const weekday = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return day;
}

/** The end of a period counted from `from`: hours as whole days, business days without weekends. */
export function periodEnd(from: CalendarDate, p: Period): CalendarDate {
  const n = p.to ?? p.from;
  if (p.unit === 'hour') return addDays(from, Math.ceil(n / 24));
  if (p.unit === 'week') return addDays(from, 7 * n);
  return p.business ? addBusinessDays(from, n) : addDays(from, n);
}

/**
 * The day to write again when Amazon's promise is not kept: the day after the latest date, or the
 * end of the longest time, named in a passage that asks to wait (a follow-up for the status).
 * A date without a year is taken in the year that puts it nearest after `received`.
 */
export function followUpAfterReply(explanation: ReplyExplanation, received: CalendarDate): CalendarDate | undefined {
  const waiting = explanation.recognized.filter((r) => r.draft === 'status');
  const ends: CalendarDate[] = waiting.flatMap((r) => [
    ...r.found.dates.map((d) => {
      let date: CalendarDate = { year: d.year ?? received.year, month: d.month, day: d.day };
      if (d.year === undefined && daysBetween(received, date) < -31) date = { ...date, year: date.year + 1 };
      return addDays(date, 1);
    }),
    ...r.found.periods.map((p) => periodEnd(received, p)),
  ]);
  const ahead = ends.filter((d) => daysBetween(received, d) > 0);
  return ahead.sort((a, b) => daysBetween(b, a)).at(-1);
}
