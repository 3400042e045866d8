// amz-help atoz-check: can an A-to-z Guarantee claim be filed now, from when, and until when?
// The rule is content/atoz.yaml, evaluated by src/engine/atoz.ts; this file asks and prints.
import { Command } from '@commander-js/extra-typings';
import type { Content, Lang, Topic } from '../content/schema.js';
import { atozProblems, evaluateAtoz, type AtozVerdict } from '../engine/atoz.js';
import { daysBetween, isoDate, localDay, proseDate, type CalendarDate } from '../engine/dates.js';
import { atozDeadlines } from '../engine/deadlines.js';
import { clickPathFor, renderDraft } from '../engine/draft.js';
import { requestTopicOf } from '../engine/session.js';
import { outcomeById, questionById } from '../engine/walk.js';
import { askQuestion } from '../cli/ask.js';
import { canPrompt, screenOf, type Context } from '../cli/context.js';
import { EXIT, UsageError } from '../cli/errors.js';
import { choiceError, dateFlag, orderFlag } from '../cli/flags.js';
import { examplesHelp, exitCodesHelp } from '../cli/help.js';
import { writeJson } from '../cli/json.js';
import { daysLeft, t } from '../cli/messages.js';
import { ta } from '../cli/messages-after.js';
import { writeDeadlines } from '../cli/ics.js';
import { conditionLine } from '../cli/refund-lines.js';
import type { Style } from '../cli/style.js';

interface AtozFlags {
  problem?: string;
  expected?: string;
  contacted?: string;
  today?: string;
  order?: string;
  json?: boolean;
  ics?: string;
}

/** The outcomes of the request topic that atoz-check prints: the claim, and the first message to the seller. */
export const CLAIM_OUTCOME = 'file-claim';
export const SELLER_OUTCOME = 'write-seller';

/**
 * What atoz-check does not ask but the request topic's messages say: the seller has not solved it
 * (or a claim would not be due), the messages are in the order, and the seller is asked to solve it.
 */
const CHECK_DEFAULTS: Record<string, string> = { answer: 'other', 'can-show': 'other', 'can-show-return': 'other', 'can-show-item': 'other', 'seller-wish': 'other' };

const EXAMPLE = 'amz-help atoz-check --problem not-arrived --expected 2024-05-01 --contacted 2024-05-02';

export function makeAtozCheckCommand(ctx: Context) {
  return new Command('atoz-check')
    .option('--problem <problem>', t(ctx.lang, 'optProblem', { values: 'not-arrived, delivered-not-received, not-as-described, no-refund' }))
    .option('--expected <date>', t(ctx.lang, 'optExpected'))
    .option('--contacted <date>', t(ctx.lang, 'optContacted'))
    .option('--today <date>', t(ctx.lang, 'optToday'))
    .option('--order <number>', t(ctx.lang, 'optOrder'))
    .option('--json', t(ctx.lang, 'optJson'))
    .option('--ics <file>', ta(ctx.lang, 'optIcs'))
    .addHelpText(
      'after',
      examplesHelp(ctx, [
        `${EXAMPLE} --today 2024-05-06`,
        'amz-help atoz-check --problem delivered-not-received --expected 01.05.2024 --json',
      ]) + exitCodesHelp(ctx),
    )
    .action(async (flags) => {
      ctx.exitCode = await atozCheck(ctx, flags);
    });
}

export async function atozCheck(ctx: Context, flags: AtozFlags): Promise<number> {
  const { lang } = ctx;
  const content = await ctx.content();
  const problems = atozProblems(content.atoz);
  // Check every flag that was given before asking for the missing ones.
  let problem: string | undefined;
  if (flags.problem !== undefined) {
    problem = problems.find((p) => p === flags.problem!.trim().toLowerCase());
    if (!problem) throw choiceError(lang, '--problem', flags.problem, problems);
  }
  let expected = flags.expected !== undefined ? dateFlag(lang, '--expected', flags.expected) : undefined;
  let contacted = flags.contacted !== undefined ? dateFlag(lang, '--contacted', flags.contacted) : undefined;
  const today: CalendarDate = flags.today !== undefined ? dateFlag(lang, '--today', flags.today) : localDay(ctx.now());
  const order = flags.order !== undefined ? orderFlag(lang, '--order', flags.order) : undefined;
  const contactedAfterToday = (date: CalendarDate) =>
    new UsageError(t(lang, 'contactedAfterToday', { contacted: isoDate(date), today: isoDate(today) }), t(lang, 'contactedAfterTodayHint'));
  if (contacted && daysBetween(contacted, today) < 0) throw contactedAfterToday(contacted);

  const topic = requestTopicOf(content, 'atoz');
  const missing = [problem ? '' : '--problem', expected ? '' : '--expected'].filter(Boolean);
  if (missing.length > 0) {
    if (!canPrompt(ctx) || flags.json) {
      throw new UsageError(t(lang, 'missingFlags', { flags: missing.join(', ') }), t(lang, 'missingFlagsHint', { example: EXAMPLE }));
    }
    const output = screenOf(ctx).stream;
    while (!problem) {
      const q = questionById(topic, 'problem')!;
      // The topic's own question, without its way on to other problems: only the claim's four.
      const only = q.kind === 'choice' ? { ...q, options: q.options.filter((o) => problems.includes(o.id)) } : q;
      const answer = await askQuestion(only, { lang, output });
      if (typeof answer === 'string') problem = answer;
    }
    while (!expected) {
      const answer = await askQuestion(questionById(topic, 'expected')!, { lang, output });
      if (typeof answer === 'string') expected = dateFlag(lang, '--expected', answer);
    }
    // Asked only when the flags left it open: first whether the seller was asked, then the day.
    const asked = flags.contacted === undefined ? questionById(topic, 'asked') : undefined;
    if (asked && (await askQuestion(asked, { lang, output })) === 'yes') {
      while (!contacted) {
        const answer = await askQuestion(questionById(topic, 'contacted')!, { lang, output, today: isoDate(today) });
        if (typeof answer === 'string') contacted = dateFlag(lang, '--contacted', answer);
      }
    }
  }

  const verdict = evaluateAtoz(content.atoz, { problem: problem!, expected: expected!, ...(contacted ? { contacted } : {}) }, today, lang, (d) => proseDate(d, lang));
  if (flags.json) {
    writeJson(ctx, atozJson(verdict));
  } else {
    const answers: Record<string, string> = {
      ...CHECK_DEFAULTS,
      problem: problem!,
      expected: isoDate(expected!),
      ...(contacted ? { contacted: isoDate(contacted) } : {}),
      ...(order ? { order } : {}),
    };
    ctx.stdout.write(formatAtoz(content, topic, verdict, today, answers, lang, ctx.out));
  }
  // The first day a claim can be filed and the last day, as calendar reminders (those still ahead).
  if (flags.ics !== undefined) {
    const deadlines = atozDeadlines(verdict);
    await writeDeadlines(ctx, flags.ics, deadlines, today, order ? { order } : {});
  }
  return verdict.eligible ? EXIT.ok : EXIT.notEligible;
}

export function atozJson(verdict: AtozVerdict) {
  return {
    eligible: verdict.eligible,
    canFileFrom: verdict.canFileFrom ? isoDate(verdict.canFileFrom) : null,
    lastDay: isoDate(verdict.lastDay),
    conditions: verdict.conditions.map((c) => ({ id: c.id, met: c.met, reason: c.reason })),
  };
}

/** The human answer: verdict, each condition with its reason, the two dates, what to do next and its message. */
export function formatAtoz(
  content: Content,
  topic: Topic,
  verdict: AtozVerdict,
  today: CalendarDate,
  answers: Record<string, string>,
  lang: Lang,
  style: Style,
): string {
  const lines: string[] = [];
  lines.push(style.heading(verdict.eligible ? style.ok(verdict.headline) : style.bad(verdict.headline)), '');
  for (const c of verdict.conditions) {
    lines.push(conditionLine(c, style));
    lines.push(style.dim(`  ${t(lang, 'howToCheck')}: ${c.howToCheck}`));
  }
  lines.push('');
  if (verdict.canFileFrom) {
    const from = proseDate(verdict.canFileFrom, lang);
    lines.push(style.heading(t(lang, daysBetween(verdict.canFileFrom, today) >= 0 ? 'canFileFromToday' : 'canFileFrom', { date: from })));
  }
  const last = proseDate(verdict.lastDay, lang);
  const left = daysBetween(today, verdict.lastDay);
  lines.push(
    style.heading(
      left < 0 ? t(lang, 'lastDayPassed', { date: last, iso: isoDate(verdict.lastDay) }) : t(lang, 'lastDayToFile', { date: last, iso: isoDate(verdict.lastDay), left: left === 0 ? t(lang, 'lastDayToday') : daysLeft(lang, left) }),
    ),
  );
  lines.push('', style.heading(`${t(lang, 'whatNext')}:`), `  ${verdict.next}`);
  // The claim once it can be filed; the first message to the seller while the seller was not asked.
  const show = verdict.eligible ? CLAIM_OUTCOME : verdict.state === 'not-yet' && !answers.contacted ? SELLER_OUTCOME : undefined;
  const outcome = show ? outcomeById(topic, show) : undefined;
  if (outcome) {
    clickPathFor(content, outcome, lang).forEach((step, i) => lines.push(`  ${i + 1}. ${step}`));
    const channel = outcome.channels[0]!;
    const draft = renderDraft(topic, outcome, channel, answers);
    lines.push('', style.heading(`${t(lang, show === CLAIM_OUTCOME ? 'claimMessage' : 'sellerMessage')}:`), '');
    lines.push(...draft.body.split('\n').map((l) => `  ${l}`));
    // The Russian twin, sentence by sentence, for a reader of the Russian interface.
    if (lang === 'ru') lines.push('', style.heading(t(lang, 'summaryHeading')), ...draft.summary.body.split('\n').map((l) => `  ${l}`));
  }
  lines.push('', style.heading(`${t(lang, 'notCoveredHeading')}:`));
  for (const item of verdict.notCovered) lines.push(`  ${style.glyph.bullet} ${item}`);
  return `${lines.join('\n')}\n`;
}
