// F28: can the price difference be asked for? Three conditions, all from content/refund.yaml.
import type { Lang, RefundCondition, RefundFile } from '../content/schema.js';
import { addDays, daysBetween, type CalendarDate } from './dates.js';
import { evaluateWindow, fillWindow, type DateWindow } from './window.js';

export type Seller = 'amazon' | 'third-party';

export interface RefundInput {
  paid: CalendarDate;
  seller: Seller;
  shipped: boolean;
}

export interface ConditionResult {
  id: RefundCondition['id'];
  met: boolean;
  title: string;
  reason: string;
  howToCheck: string;
}

export interface RefundVerdict {
  eligible: boolean;
  headline: string;
  /** The last calendar day on which the difference can still be asked for. */
  lastDay: CalendarDate;
  daysSincePayment: number;
  /** Days from today to lastDay; negative once the window has closed. */
  daysLeft: number;
  conditions: ConditionResult[];
}

export function refundWindow(rule: RefundFile): DateWindow {
  const window = rule.conditions.find((c) => c.id === 'within-7-days');
  if (!window || window.id !== 'within-7-days') throw new Error('refund rule has no within-7-days condition');
  return window.window;
}

export function windowDays(rule: RefundFile): number {
  return refundWindow(rule).closes!;
}

/** Payment must not be after today; the caller checks that first. */
export function evaluateRefund(rule: RefundFile, input: RefundInput, today: CalendarDate, lang: Lang): RefundVerdict {
  const window = refundWindow(rule);
  // The one date-window mechanism (window.ts), shared with atoz-check.
  const dated = evaluateWindow(window, input.paid, today);
  const conditions = rule.conditions.map((condition): ConditionResult => {
    const met = condition.id === 'sold-by-amazon' ? input.seller === 'amazon' : condition.id === 'within-7-days' ? dated.known && dated.met : !input.shipped;
    return {
      id: condition.id,
      met,
      title: condition.title[lang],
      reason: fillWindow((met ? condition.met : condition.notMet)[lang], window, dated),
      howToCheck: condition.howToCheck[lang],
    };
  });
  const eligible = conditions.every((c) => c.met);
  const lastDay = addDays(input.paid, window.closes!);
  return {
    eligible,
    headline: (eligible ? rule.verdict.eligible : rule.verdict.notEligible)[lang],
    lastDay,
    daysSincePayment: daysBetween(input.paid, today),
    daysLeft: daysBetween(today, lastDay),
    conditions,
  };
}
