// amz-help wizard: asks what went wrong, then shows where to click, which channel to use and the
// English message. Every step has Back; a review screen lets any answer change before the result.
import { Command } from '@commander-js/extra-typings';
import type { Content, Lang, Question, Text, TopicId } from '../content/schema.js';
import { isoDate, localDay, parseDate, proseDate, type CalendarDate } from '../engine/dates.js';
import {
  answerOf,
  chosenTopics,
  emptySession,
  requestsOf,
  stepsOf,
  verdictFor,
  withAnswer,
  type SessionState,
  type StepKey,
} from '../engine/session.js';
import { progressOf, questionById } from '../engine/walk.js';
import { askQuestion, BACK, promptContext, promptTheme, unsubmittedAnswer, type Asked } from '../cli/ask.js';
import { canPrompt, screenOf, type Context, type Output } from '../cli/context.js';
import { deliver } from '../cli/deliver.js';
import { chatPhrasesBlock } from '../cli/chat-phrases.js';
import { isGlossaryQuestion, itemIndexOf, namesFor } from '../cli/item.js';
import { InterruptedError, isPromptExit, UsageError } from '../cli/errors.js';
import { examplesHelp } from '../cli/help.js';
import { t } from '../cli/messages.js';
import { clipboardAvailable } from '../cli/clipboard.js';
import { formatFullResult, formatResult, messageText, MESSAGE_SEPARATOR, type Screen } from '../cli/result.js';
import { fitQuestion, hang, terminalWidth, wrapLine } from '../cli/wrap.js';
import { planResult } from '../engine/result-plan.js';
import { refundLines } from '../cli/refund-lines.js';
import { line } from '../cli/report.js';
import { abortedBy, startPrompting, stopPrompting } from '../cli/signals.js';
import { printable } from '../cli/style.js';
import { draftCommandLine } from './draft-line.js';
import { asFollowUp, caseFlag, firstContactFlag, followUpTexts } from './draft-after.js';
import { atozDeadlines, followUpDay, type Deadline } from '../engine/deadlines.js';
import { writeDeadlines } from '../cli/ics.js';
import { ta } from '../cli/messages-after.js';

/** What the review screen offers besides the answers: a follow-up instead of a first message, a calendar file. */
interface Extras {
  followUp?: { date: string; caseId?: string };
  ics?: string;
}

interface WizardOptions {
  copy?: boolean;
  out?: string;
  followUp?: string;
  case?: string;
  ics?: string;
  full?: boolean;
}

export function makeWizardCommand(ctx: Context) {
  return new Command('wizard')
    .option('--copy', t(ctx.lang, 'optCopy'))
    .option('--out <file>', t(ctx.lang, 'optOut'))
    .option('--follow-up <date>', ta(ctx.lang, 'optFollowUp'))
    .option('--case <id>', ta(ctx.lang, 'optCase'))
    .option('--ics <file>', ta(ctx.lang, 'optIcs'))
    .option('--full', t(ctx.lang, 'optFull'))
    .addHelpText(
      'after',
      examplesHelp(ctx, [
        'amz-help wizard',
        'amz-help --lang ru wizard --copy',
        'amz-help wizard --full               # every step, reason, contact and tip',
        'amz-help wizard > message.txt        # prompts on the screen, only the message in the file',
      ]),
    )
    .action(async (opts) => {
      await wizard(ctx, opts as WizardOptions);
    });
}

const both = (key: Parameters<typeof t>[1]): Text => ({ en: t('en', key), ru: t('ru', key) });

/** Each step as a content question, so one prompt function asks them all. */
function questionFor(content: Content, state: SessionState, step: StepKey): Question {
  switch (step.kind) {
    case 'account':
      return {
        kind: 'choice',
        id: 'account',
        prompt: content.flow.account.prompt,
        ...(content.flow.account.help ? { help: content.flow.account.help } : {}),
        options: content.flow.account.options.map((o) => ({ id: o.id, label: o.label })),
      };
    case 'question': {
      const topic = content.topics.find((x) => x.id === step.topic)!;
      // Asked again, now required, when nothing so far says which item or order the message is about.
      const progress = progressOf(topic, state.answers[topic.id] ?? {});
      if (progress.identify && progress.pending?.id === step.question) return progress.pending;
      return questionById(topic, step.question)!;
    }
    case 'anyway':
      return {
        kind: 'choice',
        id: 'anyway',
        prompt: both('anywayPrompt'),
        // "No" first, so a quick Enter does not draft a request the user was just told will likely fail.
        options: [
          { id: 'no', label: both('anywayNo') },
          { id: 'yes', label: both('anywayYes') },
        ],
      };
    case 'preference': {
      const pref = content.preferences.find((p) => p.id === step.id)!;
      return { kind: 'choice', id: pref.id, prompt: pref.prompt, ...(pref.help ? { help: pref.help } : {}), options: pref.options };
    }
    case 'topics':
      throw new Error('topics is asked with a checkbox');
  }
}

/**
 * The problems, ticked in a checkbox list. Back is not an item one could tick: Enter with nothing
 * ticked goes back (the line above the list says so), and without Back it asks for a tick.
 */
async function askTopics(content: Content, lang: Lang, output: Output, previous: TopicId[] | undefined, allowBack: boolean) {
  const { checkbox } = await import('../cli/prompts.js');
  const choices: { name: string; value: string; checked?: boolean; description?: string }[] = content.topics
    .filter((topic) => !content.flow.account.options.some((o) => o.next === `topic:${topic.id}`))
    .map((topic) => ({
      name: topic.title[lang],
      value: topic.id,
      checked: previous?.includes(topic.id) ?? false,
      // Broken at words here: the prompts break a line at the terminal's edge, inside a word.
      description: hang('', topic.summary[lang], terminalWidth(output)),
    }));
  const picked = await checkbox(
    {
      message: fitQuestion(printable(content.flow.topics.prompt[lang]), output),
      choices,
      // "a" (all) and "i" (invert) are easy to press by mistake in a list of problems.
      shortcuts: { all: null, invert: null },
      theme: promptTheme(lang, output),
      validate: (items: readonly { value: string }[]) => allowBack || items.length > 0 || t(lang, 'chooseAtLeastOne'),
    },
    promptContext(output),
  );
  if (picked.length === 0) return BACK;
  return picked as TopicId[];
}

async function askStep(
  ctx: Context,
  content: Content,
  state: SessionState,
  step: StepKey,
  today: CalendarDate,
  allowBack: boolean,
): Promise<Asked | TopicId[]> {
  const { stream, style } = screenOf(ctx);
  if (step.kind === 'topics') {
    // The help above the list says why each problem becomes its own request (F18).
    const help = content.flow.topics.help?.[ctx.lang];
    const width = terminalWidth(stream);
    if (help) stream.write(`${style.dim(hang('', printable(help), width))}\n`);
    if (allowBack) stream.write(`${style.dim(hang('', t(ctx.lang, 'topicsBackHint'), width))}\n`);
    return askTopics(content, ctx.lang, stream, state.topics, allowBack);
  }
  let previous = answerOf(state, step);
  const q = questionFor(content, state, step);
  if (previous === undefined && step.kind === 'preference') previous = content.preferences.find((p) => p.id === step.id)?.default;
  if (step.kind === 'anyway') {
    // What the shopper can do alone, and which condition failed and why, before asking whether to draft anyway.
    const topic = content.topics.find((x) => x.id === step.topic)!;
    const verdict = verdictFor(content, topic, state.answers[topic.id] ?? {}, today, ctx.lang);
    const width = terminalWidth(stream);
    if (verdict) stream.write(`${refundLines(content, verdict, ctx.lang, style).map((l) => (l ? wrapLine(`  ${l}`, width) : l)).join('\n')}\n\n`);
  }
  return askQuestion(q, {
    lang: ctx.lang,
    output: stream,
    allowBack,
    previous: typeof previous === 'boolean' ? (previous ? 'yes' : 'no') : (previous as string | null | undefined),
    today: isoDate(today),
    dim: style.dim,
    warn: (message) => line(ctx, 'warning', message),
    ...(isGlossaryQuestion(q) ? { items: await itemIndexOf(ctx) } : {}),
  });
}

function store(state: SessionState, step: StepKey, answer: string | null | TopicId[]): SessionState {
  return withAnswer(state, step, step.kind === 'anyway' ? answer === 'yes' : answer);
}

/** Asks every open step in order; Back goes one step up and keeps the answer as the default. */
async function askOpenSteps(
  ctx: Context,
  content: Content,
  start: SessionState,
  today: CalendarDate,
  backFrom: number,
  progress?: Progress,
): Promise<SessionState> {
  let state = start;
  let index = backFrom;
  for (;;) {
    const { steps, complete } = stepsOf(content, state, today);
    if (index >= steps.length) {
      if (complete) return state;
      index = steps.length - 1;
    }
    const step = steps[index]!;
    if (progress) progress.asking = step;
    const answer = await askStep(ctx, content, state, step, today, index > 0);
    if (answer === BACK) {
      index = Math.max(0, index - 1);
      continue;
    }
    state = store(state, step, answer);
    if (progress) progress.state = state;
    index += 1;
  }
}

/** A prompt without its trailing "(You can skip this.)" remark, for the review list. */
function shortPrompt(prompt: string): string {
  return prompt.replace(/\s*\([^)]*\)\s*$/, '');
}

/** How a step and its answer read on the review screen. */
function reviewLine(content: Content, state: SessionState, step: StepKey, lang: Lang): string {
  const answer = answerOf(state, step);
  if (step.kind === 'topics') {
    const titles = content.topics.filter((x) => (answer as string[]).includes(x.id)).map((x) => x.title[lang]);
    return `${shortPrompt(content.flow.topics.prompt[lang]).split(/[?.]/)[0]}? → ${titles.join(', ')}`;
  }
  const q = questionFor(content, state, step);
  let shown: string;
  if (answer === null || answer === undefined) shown = t(lang, 'skipped');
  else if (q.kind === 'choice') {
    const id = typeof answer === 'boolean' ? (answer ? 'yes' : 'no') : String(answer);
    shown = q.options.find((o) => o.id === id)?.label[lang] ?? id;
  } else if (q.kind === 'date') {
    const parsed = parseDate(String(answer));
    shown = parsed.ok ? proseDate(parsed.date, lang) : String(answer);
  } else shown = String(answer);
  return printable(`${shortPrompt(q.prompt[lang])} → ${shown}`);
}

/** The review's lines for the follow-up and the calendar file: what is chosen, or the offer. */
function extraChoices(content: Content, state: SessionState, today: CalendarDate, extras: Extras, lang: Lang): { name: string; value: number }[] {
  const drafted = requestsOf(content, state, today, lang).some((r) => r.draft && r.channel);
  if (!drafted) return [];
  const f = extras.followUp;
  const date = f ? proseDate(dayOf(f.date), lang) : '';
  return [
    { name: f ? ta(lang, 'wizardFollowUpSet', { date: f.caseId ? ta(lang, 'wizardFollowUpCase', { date, id: f.caseId }) : date }) : ta(lang, 'wizardOfferFollowUp'), value: FOLLOW_UP },
    // A message is drafted, so at least the day to write again applies.
    { name: extras.ics ? ta(lang, 'wizardIcsSet', { file: printable(extras.ics) }) : ta(lang, 'wizardOfferIcs'), value: CALENDAR },
  ];
}

/** An ISO day the wizard itself stored (a checked prompt answer or flag). */
function dayOf(iso: string): CalendarDate {
  const parsed = parseDate(iso);
  if (!parsed.ok) throw new Error(`not a date: ${iso}`);
  return parsed.date;
}

const FOLLOW_UP = -2;
const CALENDAR = -3;

/** Asks for the first contact's day and case number (empty day: no follow-up), or for the calendar file. */
async function askExtra(ctx: Context, which: number, extras: Extras, today: CalendarDate): Promise<void> {
  const { stream, style } = screenOf(ctx);
  const text = (key: Parameters<typeof ta>[1]): Text => ({ en: ta('en', key), ru: ta('ru', key) });
  const common = { lang: ctx.lang, output: stream, dim: style.dim, warn: (message: string) => line(ctx, 'warning', message) };
  if (which === CALENDAR) {
    const file = await askQuestion(
      { kind: 'text', id: 'ics', required: false, maxLength: 200, prompt: text('icsFilePrompt'), help: text('icsFileHelp') },
      { ...common, previous: extras.ics ?? ta(ctx.lang, 'icsDefaultFile') },
    );
    if (typeof file === 'string') extras.ics = file;
    else delete extras.ics;
    return;
  }
  const date = await askQuestion(
    { kind: 'date', id: 'follow-up', required: false, prompt: text('followUpDatePrompt'), help: text('followUpDateHelp') },
    { ...common, previous: extras.followUp?.date ?? null, today: isoDate(today) },
  );
  if (typeof date !== 'string') {
    delete extras.followUp;
    return;
  }
  const caseId = await askQuestion(
    { kind: 'text', id: 'case', required: false, maxLength: 30, prompt: text('casePrompt'), help: text('caseHelp') },
    { ...common, previous: extras.followUp?.caseId ?? null },
  );
  extras.followUp = { date, ...(typeof caseId === 'string' ? { caseId } : {}) };
}

async function review(
  ctx: Context,
  content: Content,
  start: SessionState,
  today: CalendarDate,
  progress?: Progress,
  extras: Extras = {},
): Promise<SessionState> {
  let state = start;
  const { select, Separator } = await import('../cli/prompts.js');
  const { stream } = screenOf(ctx);
  for (;;) {
    const { steps } = stepsOf(content, state, today);
    const choice = await select<number>(
      {
        message: fitQuestion(t(ctx.lang, 'reviewPrompt'), stream),
        choices: [
          { name: t(ctx.lang, 'reviewDone'), value: -1 },
          ...extraChoices(content, state, today, extras, ctx.lang),
          ...steps.flatMap((step, i) => {
            const choice = { name: `${t(ctx.lang, 'reviewChange')}: ${reviewLine(content, state, step, ctx.lang)}`, value: i };
            const first = step.kind === 'question' && !steps.slice(0, i).some((s) => s.kind === 'question' && s.topic === step.topic);
            const title = step.kind === 'question' ? content.topics.find((x) => x.id === step.topic)!.title[ctx.lang] : '';
            return first ? [new Separator(`── ${title}`), choice] : [choice];
          }),
        ],
        pageSize: 12,
        theme: promptTheme(ctx.lang, stream),
      },
      promptContext(stream),
    );
    if (choice === -1) return state;
    if (choice === FOLLOW_UP || choice === CALENDAR) {
      await askExtra(ctx, choice, extras, today);
      continue;
    }
    const step = steps[choice]!;
    if (progress) progress.asking = step;
    const answer = await askStep(ctx, content, state, step, today, false);
    if (answer !== BACK) state = store(state, step, answer);
    if (progress) progress.state = state;
    // A changed answer may open new questions (a new topic, another branch): ask only those.
    const after = stepsOf(content, state, today);
    if (!after.complete) state = await askOpenSteps(ctx, content, state, today, after.steps.length - 1, progress);
  }
}

export async function wizard(ctx: Context, opts: WizardOptions): Promise<void> {
  // The prompts move the cursor to redraw: on a dumb terminal that is escape codes on the screen.
  if (ctx.env.TERM === 'dumb' && canPrompt({ ...ctx, env: {} })) throw new UsageError(t(ctx.lang, 'wizardNeedsCursor'), t(ctx.lang, 'wizardNeedsTerminalHint'));
  if (!canPrompt(ctx)) throw new UsageError(t(ctx.lang, 'wizardNeedsTerminal'), t(ctx.lang, 'wizardNeedsTerminalHint'));
  const today = localDay(ctx.now());
  const extras = extrasFromFlags(ctx.lang, opts, today);
  const content = await ctx.content();
  const { stream, style } = screenOf(ctx);
  const width = terminalWidth(stream);
  stream.write(`${style.dim(hang('', t(ctx.lang, 'welcome'), width))}\n\n`);

  let state = emptySession();
  // Answers given so far, kept even when a prompt is cancelled midway (for the resume hint).
  const progress: Progress = { state };
  // Until the answers are in, a signal or a hang-up ends the prompt, not the process (signals.ts).
  startPrompting();
  try {
    state = await askOpenSteps(ctx, content, state, today, 0, progress);
    state = await review(ctx, content, state, today, progress, extras);
  } catch (err) {
    if (isPromptExit(err)) {
      // Nothing is saved to disk: the answers are only said, on stderr, if it is still there.
      for (const command of resumeLines(content, withTyped(progress))) line(ctx, 'hint', t(ctx.lang, 'resumeHint', { command }));
      const signal = abortedBy();
      if (signal) throw new InterruptedError(signal);
    }
    throw err;
  } finally {
    stopPrompting();
  }

  // The glossary item's Russian name goes into the Russian twin of the message.
  const requests = await Promise.all(
    requestsOf(content, state, today, ctx.lang).map(async (r) => ({ ...r, names: await namesFor(ctx, r.topic, r.answers) })),
  );
  const before = content.flow.account.options.find((o) => o.id === state.account)?.before ?? [];
  const texts = extras.followUp || extras.ics !== undefined ? await followUpTexts(ctx) : undefined;
  const spec = extras.followUp ? { date: dayOf(extras.followUp.date), next: 'status' as const, ...(extras.followUp.caseId ? { caseId: extras.followUp.caseId } : {}) } : undefined;
  const plan = planResult(content, requests, before, ctx.lang, (draft) => (spec && texts ? asFollowUp(draft, texts, spec) : draft));
  const screen: Screen = { width, style };
  stream.write(opts.full ? formatFullResult(content, requests, plan, screen) : formatResult(plan, screen));
  stream.write(await chatPhrasesBlock(ctx, requests, screen));
  const drafted = plan.requests.filter((p) => p.draft);
  const messages = drafted.map((p) => messageText(p.draft!));
  if (messages.length === 0) return;
  const text = messages.join(MESSAGE_SEPARATOR);
  // Piped or redirected: the guide went to stderr, and stdout carries only the message(s).
  if (!ctx.stdout.isTTY) ctx.stdout.write(`${text}\n`);
  await deliver(ctx, text, { ...(opts.copy ? { copy: true } : {}), ...(opts.out !== undefined ? { out: opts.out } : {}) }, (notice) => stream.write(`${style.ok(notice)}\n`));
  if (extras.ics !== undefined && texts) {
    // The deadlines of every request that gets a message: the last day to ask, and the day to write again.
    const deadlines: Deadline[] = requests.flatMap((r) => [
      ...(r.draft && r.verdict?.eligible ? [{ kind: 'ask-price-difference' as const, date: r.verdict.lastDay }] : []),
      ...(r.draft && r.atoz ? atozDeadlines(r.atoz) : []),
      ...(r.draft && r.channel ? [followUpDay(today, r.channel, texts.waitDays)] : []),
    ]);
    const first = requests.find((r) => r.draft && r.channel);
    const order = first?.answers.order ?? undefined;
    const command = first ? `${draftCommandLine(first.topic.id, first.answers, state)} --follow-up ${isoDate(today)}` : undefined;
    await writeDeadlines({ ...ctx, stderr: stream, err: style }, extras.ics, deadlines, today, { ...(order ? { order } : {}), sent: today, ...(command ? { followUpCommand: command } : {}) });
  }
  // On a terminal the user may copy without the mouse; --copy has done it already.
  if (!opts.copy && width !== undefined) {
    const chosen = await offerCopy(ctx, stream, width, drafted.map((p) => p.title), messages);
    if (chosen !== undefined) await deliver(ctx, chosen, { copy: true }, (notice) => stream.write(`${style.ok(notice)}\n`));
  }
}

/** Asks whether to copy (which message, when there are several); the text to copy, or undefined. */
async function offerCopy(ctx: Context, stream: Output, width: number, titles: readonly string[], messages: readonly string[]): Promise<string | undefined> {
  const { select } = await import('../cli/prompts.js');
  const { lang } = ctx;
  const available = clipboardAvailable(ctx.env);
  const { style } = screenOf(ctx);
  if (!available) stream.write(`${style.dim(hang('', t(lang, 'noClipboard'), width))}\n`);
  // A list rather than y/N: "y" is not on a Russian keyboard layout.
  const choices =
    messages.length === 1
      ? [
          { name: t(lang, 'copyYes'), value: 0 },
          { name: t(lang, 'copyNo'), value: -2 },
        ]
      : [
          ...titles.map((title, i) => ({ name: t(lang, 'copyOne', { n: i + 1, title }), value: i })),
          { name: t(lang, 'copyAll'), value: -1 },
          { name: t(lang, 'copyNone'), value: -2 },
        ];
  const picked = await select<number>(
    { message: fitQuestion(t(lang, messages.length === 1 ? 'copyOffer' : 'copyWhich'), stream), choices, default: available ? 0 : -2, theme: promptTheme(lang, stream) },
    promptContext(stream),
  );
  if (picked === -2) return undefined;
  return picked === -1 ? messages.join(MESSAGE_SEPARATOR) : messages[picked];
}

/** --follow-up, --case and --ics answer the review screen's offers before it is shown. */
function extrasFromFlags(lang: Lang, opts: WizardOptions, today: CalendarDate): Extras {
  const extras: Extras = {};
  if (opts.followUp !== undefined) {
    extras.followUp = { date: isoDate(firstContactFlag(lang, opts.followUp, today)), ...(opts.case !== undefined ? { caseId: caseFlag(lang, opts.case) } : {}) };
  } else if (opts.case !== undefined) {
    throw new UsageError(ta(lang, 'needsFollowUp', { flag: '--case' }), ta(lang, 'wizardCaseHint'));
  }
  if (opts.ics !== undefined) extras.ics = opts.ics;
  return extras;
}

interface Progress {
  state: SessionState;
  /** The step being asked right now. */
  asking?: StepKey;
}

/** The state with the answer typed at the current text prompt but not submitted (Ctrl+C, a signal). */
function withTyped(progress: Progress): SessionState {
  const typed = unsubmittedAnswer();
  const step = progress.asking;
  if (!typed || typed.text.trim() === '' || step?.kind !== 'question' || typed.question !== step.question) return progress.state;
  const answers = { ...progress.state.answers[step.topic], [step.question]: typed.text.trim() };
  return { ...progress.state, answers: { ...progress.state.answers, [step.topic]: answers } };
}

/** The answers given so far, as `amz-help draft` commands, so nothing typed is lost on Ctrl+C. */
function resumeLines(content: Content, state: SessionState): string[] {
  return chosenTopics(content, state).flatMap((topic) => {
    const answers = state.answers[topic.id];
    if (!answers || Object.keys(answers).length === 0) return [];
    return [draftCommandLine(topic.id, answers, state)];
  });
}
