// Turning flag values into answers, with one clear error per bad value. Shared by every command
// that takes answers as flags, and by the prompts that ask for the same answers.
import type { Lang, Question } from '../content/schema.js';
import { checkFreeText, DIGITAL_ORDER_EXAMPLE, ORDER_EXAMPLE, parseOrderNumber } from '../engine/answers.js';
import { isoDate, parseDate, type CalendarDate } from '../engine/dates.js';
import { UsageError } from './errors.js';
import { t } from './messages.js';

export function dateFlag(lang: Lang, flag: string, value: string): CalendarDate {
  const parsed = parseDate(value);
  if (parsed.ok) return parsed.date;
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

export function textFlag(lang: Lang, flag: string, value: string, maxLength: number): string {
  const checked = checkFreeText(value, maxLength);
  if (checked.ok) return checked.value;
  if (checked.problem === 'empty') throw new UsageError(t(lang, 'emptyValue', { flag }));
  if (checked.problem === 'control') throw new UsageError(t(lang, 'controlChars', { flag }), t(lang, 'controlCharsHint'));
  throw new UsageError(t(lang, 'tooLong', { flag, length: checked.length, max: maxLength }));
}

/** A value shown back in an error: short, and on one line. */
export function clip(value: string): string {
  const one = value.replace(/\s+/g, ' ');
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
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
    case 'text':
      return textFlag(lang, flag, value, question.maxLength);
  }
}
