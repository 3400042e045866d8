// Reading answers the user typed, whether as flags or at a prompt. Pure: strings in, values out.
import type { Seller } from './refund.js';

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

export type TextCheck = { ok: true; value: string } | { ok: false; problem: 'empty' | 'control' | 'long'; length: number };

/** Free text goes into a message as typed (trimmed); control characters and oversize text do not. */
export function checkFreeText(input: string, maxLength: number): TextCheck {
  const value = input.trim();
  if (value === '') return { ok: false, problem: 'empty', length: 0 };
  if (CONTROL.test(value)) return { ok: false, problem: 'control', length: value.length };
  if (value.length > maxLength) return { ok: false, problem: 'long', length: value.length };
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
