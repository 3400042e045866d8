// Follow-ups: the message sent when the first contact did not solve the problem. It names the day
// of the first contact (and its case number), says the problem is not solved, repeats the request
// with its order and item, and asks for one next step. Pure: the rendered first message in, text out.
import type { FollowUpFile } from '../content/follow-up-schema.js';
import { longDate, type CalendarDate } from './dates.js';
import { renderTemplate, tidy } from './template.js';

import { NEXT_MESSAGES } from '../content/ids.js';

export { NEXT_MESSAGES };
export type NextMessage = (typeof NEXT_MESSAGES)[number];

/** A text in the message's language (English) and its Russian twin. */
export interface Twin {
  en: string;
  ru: string;
}

export interface TwinMessage {
  subject?: Twin;
  body: Twin;
}

/** The sentences of content/follow-up.yaml a follow-up is built from. */
export type FollowUpTexts = Omit<FollowUpFile, 'waitDays'>;

export interface FollowUpSpec {
  /** The day of the first contact. */
  date: CalendarDate;
  caseId?: string;
  next: NextMessage;
}

const GREETING: Record<keyof Twin, RegExp> = { en: /^(hello|hi|dear\b[^.,!\n]*)[.,!]?[ \t]*\n?/i, ru: /^здравствуйте[.,!]?[ \t]*\n?/iu };
// \b knows only Latin letters: the Russian word ends where a space or a stop follows.
const CLOSING: Record<keyof Twin, RegExp> = { en: /\n?[ \t]*(thank you|thanks)\b[^.!\n]*[.!]?\s*$/i, ru: /\n?[ \t]*(заранее )?спасибо(?=[\s.!,]|$)[^.!\n]*[.!]?\s*$/iu };

/** The request itself: the first message without its greeting and its closing thanks. */
export function requestOf(body: string, lang: keyof Twin): string {
  return body.trim().replace(GREETING[lang], '').replace(CLOSING[lang], '').trim();
}

/**
 * The follow-up to a first message: it names the day of the first contact (and its case number),
 * says the problem is not solved, repeats the request (with its order and item), and asks for the
 * next step. Built the same way in both languages, so the twins stay sentence by sentence.
 */
export function composeFollowUp(first: TwinMessage, texts: FollowUpTexts, spec: FollowUpSpec): TwinMessage {
  const build = (lang: keyof Twin): string => {
    const fill = (source: string) =>
      renderTemplate(source, (name) => (name === 'date' ? longDate(spec.date, lang) : name === 'case' ? spec.caseId : undefined));
    const opening = fill((spec.caseId ? texts.firstContactWithCase : texts.firstContact)[lang]);
    // Laid out like the first message: one line, lines, or lines with the greeting and the
    // closing set apart by blank lines (e-mail).
    const sep = first.body.en.includes('\n') ? '\n' : ' ';
    const apart = /\n[ \t]*\n/.test(first.body.en) ? '\n\n' : sep;
    const middle = [opening, texts.notSolved[lang], requestOf(first.body[lang], lang), texts.next[spec.next][lang]].filter(Boolean).join(sep);
    return tidy([texts.greeting[lang], middle, texts.closing[lang]].join(apart));
  };
  const message: TwinMessage = { body: { en: build('en'), ru: build('ru') } };
  if (first.subject) {
    const subject = (lang: keyof Twin) => renderTemplate(texts.subject[lang], (name) => (name === 'subject' ? first.subject![lang] : undefined));
    message.subject = { en: subject('en'), ru: subject('ru') };
  }
  return message;
}
