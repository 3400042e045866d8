// F28: a price drop. Amazon has no price-adjustment policy; refund.yaml holds the routes a shopper
// can take alone and the three conditions under which asking for the difference has a chance.
import type { Lang, RefundCondition, RefundFile } from '../content/schema.js';
import { formatPrice } from './answers.js';
import { addDays, daysBetween, oneFullStop, proseDate, type CalendarDate } from './dates.js';
import { evaluateWindow, fillWindow, type DateWindow } from './window.js';

export type Seller = 'amazon' | 'third-party';

export interface RefundInput {
  paid: CalendarDate;
  seller: Seller;
  shipped: boolean;
  /** Both in cents, both optional: with both, the price must really have dropped. */
  pricePaid?: number;
  priceNow?: number;
}

export interface ConditionResult {
  /** A condition of refund.yaml, or price-lower when both prices were given. */
  id: RefundCondition['id'] | 'price-lower';
  met: boolean;
  title: string;
  reason: string;
  /** Absent for the price line, which needs no checking on the site. */
  howToCheck?: string;
}

/** Something the shopper can do alone, before asking anyone. */
export interface RouteResult {
  id: string;
  title: string;
  /** May quote Amazon's labels as {{label:ID}}: render it with renderLabels (draft.ts). */
  text: string;
}

export interface RefundVerdict {
  eligible: boolean;
  headline: string;
  /** That Amazon has no price-adjustment policy: asking is a request for goodwill. */
  policy: string;
  /** The self-service routes that fit the answers, in the order of refund.yaml. */
  routes: RouteResult[];
  /** The last calendar day on which the difference can still be asked for. */
  lastDay: CalendarDate;
  daysSincePayment: number;
  /** Days from today to lastDay; negative once the window has closed. */
  daysLeft: number;
  conditions: ConditionResult[];
}

/**
 * Whether a request for the difference may be drafted: when asking has a chance, or when the
 * shopper wants it anyway, but never for a price that did not drop (the message would be false).
 */
export function mayDraft(verdict: RefundVerdict, anyway: boolean): boolean {
  if (verdict.eligible) return true;
  return anyway && !verdict.conditions.some((c) => c.id === 'price-lower' && !c.met);
}

export function refundWindow(rule: RefundFile): DateWindow {
  const window = rule.conditions.find((c) => c.id === 'within-7-days');
  if (!window || window.id !== 'within-7-days') throw new Error('refund rule has no within-7-days condition');
  return window.window;
}

export function windowDays(rule: RefundFile): number {
  return refundWindow(rule).closes!;
}

/** The fourth line, when both prices are known: has the price really dropped? */
function priceLower(rule: RefundFile, paid: number, now: number, lang: Lang): ConditionResult {
  const met = now < paid;
  const values: Record<string, string> = { paid: formatPrice(paid), now: formatPrice(now), difference: met ? formatPrice(paid - now) : '' };
  const text = (met ? rule.priceCheck.met : rule.priceCheck.notMet)[lang];
  return {
    id: 'price-lower',
    met,
    title: rule.priceCheck.title[lang],
    reason: text.replace(/\{(paid|now|difference)\}/g, (whole, name: string) => values[name] ?? whole),
  };
}

/** Payment must not be after today; the caller checks that first. */
export function evaluateRefund(rule: RefundFile, input: RefundInput, today: CalendarDate, lang: Lang): RefundVerdict {
  const window = refundWindow(rule);
  // The one date-window mechanism (window.ts), shared with atoz-check.
  const dated = evaluateWindow(window, input.paid, today);
  const daysSincePayment = daysBetween(input.paid, today);
  const lastDay = addDays(input.paid, window.closes!);
  const conditions = rule.conditions.map((condition): ConditionResult => {
    const met = condition.id === 'sold-by-amazon' ? input.seller === 'amazon' : condition.id === 'within-7-days' ? dated.known && dated.met : !input.shipped;
    return {
      id: condition.id,
      met,
      title: condition.title[lang],
      reason: oneFullStop(fillWindow((met ? condition.met : condition.notMet)[lang], window, dated, (d) => proseDate(d, lang))),
      howToCheck: condition.howToCheck[lang],
    };
  });
  if (input.pricePaid !== undefined && input.priceNow !== undefined) {
    conditions.push(priceLower(rule, input.pricePaid, input.priceNow, lang));
  }
  const shipped = input.shipped ? 'shipped' : 'not-shipped';
  const routes = rule.routes
    .filter((route) => route.when === undefined || route.when === shipped)
    .map((route) => ({ id: route.id, title: route.title[lang], text: route.text[lang] }));
  const eligible = conditions.every((c) => c.met);
  return {
    eligible,
    headline: (eligible ? rule.verdict.eligible : rule.verdict.notEligible)[lang],
    policy: rule.intro[lang],
    routes,
    lastDay,
    daysSincePayment,
    daysLeft: daysBetween(today, lastDay),
    conditions,
  };
}
