// Turning flag values into answers, with one clear error per bad value. Shared by every command
// that takes answers as flags, and by the prompts that ask for the same answers.
import type { Lang, Question } from '../content/schema.js';
import { checkFreeText, DIGITAL_ORDER_EXAMPLE, formatPrice, graphemeCount, graphemeSlice, graphemeTail, isEmailAddress, ORDER_EXAMPLE, parseOrderNumber, parsePrice } from '../engine/answers.js';
import { FIRST_YEAR, isoDate, LAST_YEAR, parseDate, type CalendarDate } from '../engine/dates.js';
import { UsageError } from './errors.js';
import { t } from './messages.js';

export function dateFlag(lang: Lang, flag: string, value: string): CalendarDate {
  const parsed = parseDate(value);
  if (parsed.ok) return parsed.date;
  if (parsed.reason === 'range') throw new UsageError(t(lang, 'badDateYear', { flag, value: clip(value), first: FIRST_YEAR, last: LAST_YEAR }));
  throw new UsageError(
    t(lang, parsed.reason === 'format' ? 'badDate' : 'badCalendarDate', { flag, value: clip(value) }),
    t(lang, 'dateFormats'),
  );
}

export function choiceError(lang: Lang, flag: string, value: string, accepted: readonly string[]): UsageError {
  return new UsageError(
    value.trim() === '' ? t(lang, 'emptyValue', { flag }) : t(lang, 'badChoice', { flag, value: clip(value) }),
    t(lang, 'acceptedValues', { values: accepted.join(', ') }),
  );
}

export function orderFlag(lang: Lang, flag: string, value: string): string {
  const order = parseOrderNumber(value);
  if (order) return order;
  throw new UsageError(
    value.trim() === '' ? t(lang, 'emptyValue', { flag }) : t(lang, 'badOrder', { flag, value: clip(value) }),
    t(lang, 'orderFormat', { example: ORDER_EXAMPLE, digital: DIGITAL_ORDER_EXAMPLE }),
  );
}

/** A price in US dollars, as a message shows it: $49.99. */
export function priceFlag(lang: Lang, flag: string, value: string): string {
  const cents = parsePrice(value);
  if (cents !== undefined) return formatPrice(cents);
  throw new UsageError(
    value.trim() === '' ? t(lang, 'emptyValue', { flag }) : t(lang, 'badPrice', { flag, value: clip(value) }),
    t(lang, 'priceFormat'),
  );
}

export function textFlag(lang: Lang, flag: string, value: string, maxLength: number): string {
  const checked = checkFreeText(value, maxLength);
  if (checked.ok) return checked.value;
  if (checked.problem === 'empty') throw new UsageError(t(lang, 'emptyValue', { flag }));
  if (checked.problem === 'control') throw new UsageError(t(lang, 'controlChars', { flag }), t(lang, 'controlCharsHint'));
  if (checked.problem === 'spoofing') throw new UsageError(t(lang, 'spoofingChars', { flag }), t(lang, 'spoofingCharsHint'));
  throw new UsageError(t(lang, 'tooLong', { flag, length: checked.length, max: maxLength }));
}

/** A value shown back in an error: short (never half an emoji), and on one line. */
export function clip(value: string, max = 60): string {
  const one = value.replace(/\s+/g, ' ');
  if (one.length <= max) return one;
  return graphemeCount(one) > max ? `${graphemeSlice(one, max - 3)}...` : one;
}

/**
 * A path shown back in a message: on one line, and at most `max` characters, cut in the middle so
 * that the start and the file name stay (a 120 KB path is not echoed in full).
 */
export function shownPath(path: string, max = 200): string {
  const one = path.replace(/[\r\n]/g, '\uFFFD');
  if (one.length <= max || graphemeCount(one) <= max) return one;
  const half = Math.floor((max - 1) / 2);
  return `${graphemeSlice(one, half)}…${graphemeTail(one, half)}`;
}

/** Reads one flag value as the answer to a content question; returns the stored answer. */
export function answerFlag(lang: Lang, question: Question, value: string): string {
  const flag = `--${question.id}`;
  switch (question.kind) {
    case 'choice': {
      const wanted = value.trim().toLowerCase();
      const option = question.options.find((o) => o.id === wanted);
      if (!option) throw choiceError(lang, flag, value, question.options.map((o) => o.id));
      return option.id;
    }
    case 'date':
      return isoDate(dateFlag(lang, flag, value));
    case 'order-number':
      return orderFlag(lang, flag, value);
    case 'price':
      return priceFlag(lang, flag, value);
    case 'text': {
      const text = textFlag(lang, flag, value, question.maxLength);
      if (question.format === 'email' && !isEmailAddress(text)) {
        throw new UsageError(t(lang, 'badEmail', { flag, value: clip(value) }), t(lang, 'emailFormat'));
      }
      return text;
    }
  }
}
