// Reading answers the user typed, whether as flags or at a prompt. Pure: strings in, values out.
import type { Seller } from './refund.js';

/** The one order number shown as an example everywhere: prompts, errors, help and content. */
export const ORDER_EXAMPLE = '123-1234567-1234567';
export const DIGITAL_ORDER_EXAMPLE = 'D01-1234567-1234567';

/** 123-1234567-1234567, or a digital order D01-1234567-1234567. */
const ORDER_NUMBER = /^(\d{3}|D\d{2})-\d{7}-\d{7}$/;

export function parseOrderNumber(input: string): string | undefined {
  const value = input.trim().toUpperCase();
  return ORDER_NUMBER.test(value) ? value : undefined;
}

export const SELLER_VALUES = ['amazon', 'third-party', 'other'] as const;
export function parseSeller(input: string): Seller | undefined {
  const value = input.trim().toLowerCase();
  if (value === 'amazon') return 'amazon';
  if (value === 'third-party' || value === 'other') return 'third-party';
  return undefined;
}

export const YES_NO_VALUES = ['yes', 'no', 'y', 'n', 'да', 'нет'] as const;
export function parseYesNo(input: string): 'yes' | 'no' | undefined {
  const value = input.trim().toLowerCase();
  if (value === 'yes' || value === 'y' || value === 'да') return 'yes';
  if (value === 'no' || value === 'n' || value === 'нет') return 'no';
  return undefined;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Characters that make text read other than it is: the bidirectional embeddings, overrides and
 * isolates (U+202A-U+202E, U+2066-U+2069) reverse what follows them on screen (a phone number shown
 * backwards), and the line and paragraph separators (U+2028, U+2029) break a line where none is seen.
 */
export const SPOOFING = /[\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

let segmenter: Intl.Segmenter | undefined;
const CHUNK = 512;

/**
 * The grapheme clusters of `text`, in order. Segmented a piece at a time: V8 gives every segment
 * a copy of its input, so one pass over 100 KB at once takes seconds; pieces keep it linear. Each
 * piece but the last ends before its last cluster, which may go on in the next piece.
 */
function* graphemes(text: string): Generator<string> {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let start = 0;
  while (start < text.length) {
    const last = start + CHUNK >= text.length;
    const piece = text.slice(start, last ? text.length : start + CHUNK);
    let pending: string | undefined;
    for (const { segment } of segmenter.segment(piece)) {
      if (pending !== undefined) yield pending;
      pending = segment;
    }
    if (last || pending === undefined || pending.length === piece.length) {
      if (pending !== undefined) yield pending;
      start += piece.length;
    } else start += piece.length - pending.length;
  }
}

/** Characters as a user sees them (grapheme clusters): an emoji, a flag or a letter with its accents is one. */
export function graphemeCount(text: string): number {
  let n = 0;
  for (const _ of graphemes(text)) n++;
  return n;
}

/** The first `max` characters as a user sees them, never half an emoji. */
export function graphemeSlice(text: string, max: number): string {
  let out = '';
  let n = 0;
  for (const g of graphemes(text)) {
    if (n++ >= max) break;
    out += g;
  }
  return out;
}

/** The last `max` characters as a user sees them. */
export function graphemeTail(text: string, max: number): string {
  // A cluster is rarely longer than a few dozen code units: segmenting the end is enough.
  const all = [...graphemes(text.slice(-max * 16))];
  return all.slice(-max).join('');
}

export type TextCheck = { ok: true; value: string } | { ok: false; problem: 'empty' | 'control' | 'spoofing' | 'long'; length: number };

/**
 * Free text goes into a message as typed (trimmed); control characters, characters that reorder or
 * break the text, and oversize text (counted as a user counts: graphemes) do not.
 */
export function checkFreeText(input: string, maxLength: number): TextCheck {
  const value = input.trim();
  if (value === '') return { ok: false, problem: 'empty', length: 0 };
  if (CONTROL.test(value)) return { ok: false, problem: 'control', length: value.length };
  if (SPOOFING.test(value)) return { ok: false, problem: 'spoofing', length: value.length };
  // Only text longer than the limit in UTF-16 units can be longer in graphemes: most never segments.
  const length = value.length > maxLength ? graphemeCount(value) : value.length;
  if (length > maxLength) return { ok: false, problem: 'long', length };
  return { ok: true, value };
}

/** Something that looks like an e-mail address: one @, a dot in the domain, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
export function isEmailAddress(input: string): boolean {
  return EMAIL.test(input.trim());
}

export function hasCyrillic(text: string): boolean {
  return /[\u0400-\u04ff]/.test(text);
}

/**
 * A price in US dollars as people type it: 49.99, $49.99, 49,99, 1,299.00, 49 USD. Returns whole
 * cents, or undefined for anything else (a letter, two decimal marks, a zero or negative amount).
 */
export function parsePrice(input: string): number | undefined {
  const value = input
    .trim()
    .replace(/\s+/g, '')
    .replace(/^(US\$|\$)|(USD|\$)$/gi, '');
  let amount: string;
  if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(value)) amount = value.replace(/,/g, '');
  else if (/^\d{1,7}([.,]\d{1,2})?$/.test(value)) amount = value.replace(',', '.');
  else return undefined;
  const cents = Math.round(Number(amount) * 100);
  return cents > 0 && cents < 1e9 ? cents : undefined;
}

/** Cents as a message shows them: $1,299.00. */
export function formatPrice(cents: number): string {
  const dollars = Math.floor(cents / 100).toLocaleString('en-US');
  return `$${dollars}.${String(cents % 100).padStart(2, '0')}`;
}
