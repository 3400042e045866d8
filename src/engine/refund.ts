// F28: can the price difference be asked for? Three conditions, all from content/refund.yaml.
import type { Lang, RefundCondition, RefundFile } from '../content/schema.js';
import { addDays, daysBetween, oneFullStop, proseDate, type CalendarDate } from './dates.js';

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

export function windowDays(rule: RefundFile): number {
  const window = rule.conditions.find((c) => c.id === 'within-7-days');
  if (!window || window.id !== 'within-7-days') throw new Error('refund rule has no within-7-days condition');
  return window.days;
}

function fill(text: string, values: Record<string, string>): string {
  return oneFullStop(text.replace(/\{(days|window|lastDay)\}/g, (whole, name: string) => values[name] ?? whole));
}

/** Payment must not be after today; the caller checks that first. */
export function evaluateRefund(rule: RefundFile, input: RefundInput, today: CalendarDate, lang: Lang): RefundVerdict {
  const window = windowDays(rule);
  const daysSincePayment = daysBetween(input.paid, today);
  const lastDay = addDays(input.paid, window);
  const values = { days: String(daysSincePayment), window: String(window), lastDay: proseDate(lastDay, lang) };
  const conditions = rule.conditions.map((condition): ConditionResult => {
    const met =
      condition.id === 'sold-by-amazon'
        ? input.seller === 'amazon'
        : condition.id === 'within-7-days'
          ? daysSincePayment <= condition.days
          : !input.shipped;
    return {
      id: condition.id,
      met,
      title: condition.title[lang],
      reason: fill((met ? condition.met : condition.notMet)[lang], values),
      howToCheck: condition.howToCheck[lang],
    };
  });
  const eligible = conditions.every((c) => c.met);
  return {
    eligible,
    headline: (eligible ? rule.verdict.eligible : rule.verdict.notEligible)[lang],
    lastDay,
    daysSincePayment,
    daysLeft: daysBetween(today, lastDay),
    conditions,
  };
}
