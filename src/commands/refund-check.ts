// amz-help refund-check: a lower price after ordering (F28). Amazon has no price-adjustment policy:
// the answer leads with what the shopper can do alone, then says whether asking has a chance.
import { Command } from '@commander-js/extra-typings';
import type { Content, Lang, Topic } from '../content/schema.js';
import { parsePrice, parseSeller, parseYesNo, SELLER_VALUES, YES_NO_VALUES } from '../engine/answers.js';
import { daysBetween, isoDate, localDay, proseDate, type CalendarDate } from '../engine/dates.js';
import { clickPathWithChannel } from '../engine/draft.js';
import type { RefundVerdict, Seller } from '../engine/refund.js';
import { resolveDraft, type ResolvedDraft } from '../engine/resolve.js';
import { requestTopicOf, verdictFor } from '../engine/session.js';
import { askQuestion } from '../cli/ask.js';
import { canPrompt, screenOf, type Context } from '../cli/context.js';
import { EXIT, UsageError } from '../cli/errors.js';
import { choiceError, dateFlag, orderFlag, priceFlag } from '../cli/flags.js';
import { writeJson } from '../cli/json.js';
import { daysLeft, t } from '../cli/messages.js';
import { examplesHelp, exitCodesHelp } from '../cli/help.js';
import type { Style } from '../cli/style.js';
import { refundLines } from '../cli/refund-lines.js';
import { questionById } from '../engine/walk.js';
import { refundDeadlines } from './draft-after.js';
import { writeDeadlines } from '../cli/ics.js';
import { ta } from '../cli/messages-after.js';

interface RefundFlags {
  paid?: string;
  seller?: string;
  shipped?: string;
  today?: string;
  order?: string;
  pricePaid?: string;
  priceNow?: string;
  json?: boolean;
  ics?: string;
}

export function makeRefundCheckCommand(ctx: Context) {
  return new Command('refund-check')
    .option('--paid <date>', t(ctx.lang, 'optPaid'))
    .option('--seller <who>', t(ctx.lang, 'optSeller'))
    .option('--shipped <yes|no>', t(ctx.lang, 'optShipped'))
    .option('--today <date>', t(ctx.lang, 'optToday'))
    .option('--order <number>', t(ctx.lang, 'optOrder'))
    .option('--price-paid <price>', t(ctx.lang, 'optPricePaid'))
    .option('--price-now <price>', t(ctx.lang, 'optPriceNow'))
    .option('--json', t(ctx.lang, 'optJson'))
    .option('--ics <file>', ta(ctx.lang, 'optIcs'))
    .addHelpText(
      'after',
      examplesHelp(ctx, [
        'amz-help refund-check --paid 2024-05-01 --seller amazon --shipped no --today 2024-05-06',
        'amz-help refund-check --paid 01.05.2024 --seller other --shipped yes --json',
        'amz-help refund-check --paid 2024-05-01 --seller amazon --shipped yes --price-paid 49.99 --price-now 39.99',
      ]) + exitCodesHelp(ctx),
    )
    .action(async (flags) => {
      ctx.exitCode = await refundCheck(ctx, flags);
    });
}

export async function refundCheck(ctx: Context, flags: RefundFlags): Promise<number> {
  const { lang } = ctx;
  // Check every flag that was given before asking for the missing ones.
  let paid = flags.paid !== undefined ? dateFlag(lang, '--paid', flags.paid) : undefined;
  let seller: Seller | undefined;
  if (flags.seller !== undefined) {
    seller = parseSeller(flags.seller);
    if (!seller) throw choiceError(lang, '--seller', flags.seller, SELLER_VALUES);
  }
  let shipped: boolean | undefined;
  if (flags.shipped !== undefined) {
    const yesNo = parseYesNo(flags.shipped);
    if (!yesNo) throw choiceError(lang, '--shipped', flags.shipped, YES_NO_VALUES);
    shipped = yesNo === 'yes';
  }
  const today: CalendarDate = flags.today !== undefined ? dateFlag(lang, '--today', flags.today) : localDay(ctx.now());
  const order = flags.order !== undefined ? orderFlag(lang, '--order', flags.order) : undefined;
  const pricePaid = flags.pricePaid !== undefined ? priceFlag(lang, '--price-paid', flags.pricePaid) : undefined;
  const priceNow = flags.priceNow !== undefined ? priceFlag(lang, '--price-now', flags.priceNow) : undefined;
  if (paid && daysBetween(paid, today) < 0) {
    throw new UsageError(t(lang, 'paidAfterToday', { paid: isoDate(paid), today: proseDate(today, lang) }), t(lang, 'paidAfterTodayHint'));
  }

  const missing = [paid ? '' : '--paid', seller ? '' : '--seller', shipped === undefined ? '--shipped' : ''].filter(Boolean);
  const content = await ctx.content();
  // The request topic's questions, so prompts ask in the content's own words.
  const topic = requestTopicOf(content, 'refund');
  if (missing.length > 0) {
    if (!canPrompt(ctx) || flags.json) {
      throw new UsageError(
        t(lang, 'missingFlags', { flags: missing.join(', ') }),
        t(lang, 'missingFlagsHint', { example: 'amz-help refund-check --paid 2024-05-01 --seller amazon --shipped no' }),
      );
    }
    const output = screenOf(ctx).stream;
    while (!paid) {
      const answer = await askQuestion(questionById(topic, 'paid')!, { lang, output });
      if (typeof answer !== 'string') continue;
      const date = dateFlag(lang, '--paid', answer);
      if (daysBetween(date, today) < 0) {
        output.write(`${t(lang, 'paidAfterToday', { paid: answer, today: proseDate(today, lang) })}\n`);
        continue;
      }
      paid = date;
    }
    if (!seller) seller = parseSeller(String(await askQuestion(questionById(topic, 'seller')!, { lang, output })));
    if (shipped === undefined) shipped = (await askQuestion(questionById(topic, 'shipped')!, { lang, output })) === 'yes';
  }

  // The same answers the wizard would hold, so the verdict and the message are the wizard's own.
  const answers: Record<string, string> = {
    paid: isoDate(paid!),
    seller: seller!,
    shipped: shipped ? 'yes' : 'no',
    ...(order ? { order } : {}),
    ...(pricePaid ? { 'price-paid': pricePaid } : {}),
    ...(priceNow ? { 'price-now': priceNow } : {}),
  };
  const verdict = verdictFor(content, topic, answers, today, lang)!;
  if (flags.json) {
    writeJson(ctx, refundJson(verdict));
  } else {
    // What to do next, when eligible: the request the engine resolves from the same answers.
    const request = verdict.eligible ? resolveDraft(content, topic, { answers, today, lang, identify: false }) : undefined;
    if (request && 'problem' in request) throw new Error(`refund.yaml's topic ${topic.id} cannot draft from its answers: ${request.problem.kind}`);
    ctx.stdout.write(formatRefund(content, verdict, request, lang, ctx.out));
  }
  if (flags.ics !== undefined) {
    const deadlines = await refundDeadlines(ctx, verdict, today);
    const command = `amz-help draft ${topic.id} --paid ${isoDate(paid!)} --seller ${seller} --shipped ${shipped ? 'yes' : 'no'}${order ? ` --order ${order}` : ''} --follow-up ${isoDate(today)}`;
    await writeDeadlines(ctx, flags.ics, deadlines, today, { ...(order ? { order } : {}), sent: today, followUpCommand: command });
  }
  return verdict.eligible ? EXIT.ok : EXIT.notEligible;
}

export function refundJson(verdict: RefundVerdict) {
  return {
    eligible: verdict.eligible,
    lastDay: isoDate(verdict.lastDay),
    daysSincePayment: verdict.daysSincePayment,
    conditions: verdict.conditions.map((c) => ({ id: c.id, met: c.met, reason: c.reason })),
  };
}

/**
 * The human answer: no policy, so first what the shopper can do alone; then whether asking has a
 * chance, condition by condition; and when it has, the last day, where to click and the message
 * (the request the engine resolved: its outcome, channel and draft).
 */
export function formatRefund(content: Content, verdict: RefundVerdict, request: ResolvedDraft | undefined, lang: Lang, style: Style): string {
  const lines = refundLines(content, verdict, lang, style);
  if (verdict.eligible && request) {
    const left = verdict.daysLeft === 0 ? t(lang, 'lastDayToday') : daysLeft(lang, verdict.daysLeft);
    lines.push('', style.heading(t(lang, 'lastDayToAsk', { date: proseDate(verdict.lastDay, lang), iso: isoDate(verdict.lastDay), left })));
    lines.push('', style.heading(`${t(lang, 'whatNext')}:`));
    clickPathWithChannel(content, request.outcome, request.channel, lang).forEach((step, i) => lines.push(`  ${i + 1}. ${step}`));
    lines.push('', style.heading(`${t(lang, 'pasteMessage')}:`), '');
    lines.push(...request.draft.body.split('\n').map((l) => `  ${l}`));
  }
  return `${lines.join('\n')}\n`;
}
