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

export type TextCheck = { ok: true; value: string } | { ok: false; problem: 'empty' | 'control' | 'long'; length: number };

/** Free text goes into a message as typed (trimmed); control characters and oversize text do not. */
export function checkFreeText(input: string, maxLength: number): TextCheck {
  const value = input.trim();
  if (value === '') return { ok: false, problem: 'empty', length: 0 };
  if (CONTROL.test(value)) return { ok: false, problem: 'control', length: value.length };
  if (value.length > maxLength) return { ok: false, problem: 'long', length: value.length };
  return { ok: true, value };
}

export function hasCyrillic(text: string): boolean {
  return /[\u0400-\u04ff]/.test(text);
}
