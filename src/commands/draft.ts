// amz-help draft <topic>: the wizard's answers as flags, derived from the content, and only the
// drafted message on stdout. `draft <topic> --help` lists that topic's flags and choices.
import { Command, Option } from '@commander-js/extra-typings';
import type { Content, Lang, Question, Text, Topic } from '../content/schema.js';
import { DIGITAL_ORDER_EXAMPLE, hasCyrillic, ORDER_EXAMPLE } from '../engine/answers.js';
import { isoDate, localDay, parseDate, proseDate } from '../engine/dates.js';
import { clickPathWithChannel } from '../engine/draft.js';
import { mayDraft } from '../engine/refund.js';
import { resolveDraft, type DraftProblem } from '../engine/resolve.js';
import { atozVerdictFor } from '../engine/session.js';
import { progressOf } from '../engine/walk.js';
import type { Context } from '../cli/context.js';
import { deliver } from '../cli/deliver.js';
import { isGlossaryQuestion, itemFlag } from '../cli/item.js';
import { EXIT, UsageError } from '../cli/errors.js';
import { answerFlag, clip, dateFlag } from '../cli/flags.js';
import { examplesHelp } from '../cli/help.js';
import { contactDetailsJson, writeJson } from '../cli/json.js';
import { t } from '../cli/messages.js';
import { line } from '../cli/report.js';
import { messageText } from '../cli/result.js';
import { writeDeadlines } from '../cli/ics.js';
import type { RefundVerdict } from '../engine/refund.js';
import { afterOptions, draftDeadlines, followUpDraft, followUpFlags } from './draft-after.js';
import { draftCommandLine } from './draft-line.js';

/** `topic`, when the command line names one, is the only subcommand built: the others' flags are not needed. */
export function makeDraftCommand(ctx: Context, content: Content | undefined, topic?: string) {
  const draft = new Command('draft')
    .usage('<topic> [options]')
    .argument('[topic]')
    // An unknown topic is named as such (with the list), not as an "unknown option" of its flags.
    .allowUnknownOption()
    .allowExcessArguments()
    .addHelpText(
      'after',
      examplesHelp(ctx, [
        'amz-help draft not-as-described --channel email --order 123-1234567-1234567 --problem damaged --wish refund',
        'amz-help draft payment --problem charged-twice --written-english no --json',
        'amz-help draft price-drop --help',
      ]),
    )
    .action((topic) => {
      const ids = content?.topics.map((x) => x.id) ?? [];
      throw new UsageError(
        topic && !topic.startsWith('-') ? t(ctx.lang, 'unknownTopic', { topic: clip(topic) }) : t(ctx.lang, 'missingTopic'),
        t(ctx.lang, 'topicsAre', { values: ids.join(', ') }),
      );
    });
  const named = content?.topics.filter((x) => x.id === topic);
  for (const one of named?.length ? named : (content?.topics ?? [])) draft.addCommand(makeTopicDraft(ctx, content!, one));
  return draft;
}

function flagHelp(lang: Lang, q: Question): string {
  const prompt = q.prompt[lang];
  if (q.kind === 'choice') return `${prompt} ${t(lang, 'choicesAre', { values: q.options.map((o) => o.id).join(', ') })}`;
  return q.required ? prompt : `${prompt} [${t(lang, 'optionalFlag')}]`;
}

function valueName(q: Question): string {
  const names: Record<Question['kind'], string> = { choice: '<choice>', date: '<date>', 'order-number': '<number>', price: '<price>', text: '<text>' };
  return names[q.kind];
}

function makeTopicDraft(ctx: Context, content: Content, topic: Topic) {
  const { lang } = ctx;
  const cmd = new Command(topic.id).description(t(lang, 'draftTopicDescription', { title: topic.title[lang] }));
  const attribute = new Map<string, string>();
  const add = (id: string, option: Option): void => {
    attribute.set(id, option.attributeName());
    cmd.addOption(option as never);
  };
  for (const q of topic.questions) add(q.id, new Option(`--${q.id} ${valueName(q)}`, flagHelp(lang, q)));
  const offered = [...new Set(topic.outcomes.flatMap((o) => o.channels))];
  add('channel', new Option('--channel <id>', t(lang, 'optChannel', { values: offered.join(', ') })));
  const accountIds = content.flow.account.options.map((o) => o.id);
  add('account', new Option('--account <id>', t(lang, 'optAccount', { values: accountIds.join(', ') })));
  for (const pref of content.preferences) {
    add(pref.id, new Option(`--${pref.id} <choice>`, `${pref.prompt[lang]} ${t(lang, 'choicesAre', { values: pref.options.map((o) => o.id).join(', ') })}`));
  }
  // Every topic counts days from today: the follow-up's first contact and the calendar file need it.
  add('today', new Option('--today <date>', t(lang, 'optTodayDraft')));
  if (topic.eligibility) add('anyway', new Option('--anyway', t(lang, 'optAnyway')));
  for (const [id, option] of afterOptions(lang)) add(id, option);
  add('json', new Option('--json', t(lang, 'optDraftJson')));
  add('copy', new Option('--copy', t(lang, 'optCopy')));
  add('out', new Option('--out <file>', t(lang, 'optOut')));
  const example = exampleFor(topic);
  cmd.addHelpText('after', examplesHelp(ctx, [example]));
  cmd.action(async () => {
    const raw = cmd.opts() as Record<string, string | boolean | undefined>;
    const flag = (id: string): string | undefined => {
      const value = raw[attribute.get(id)!];
      return typeof value === 'string' ? value : undefined;
    };
    const anyway = topic.eligibility !== undefined && Boolean(raw[attribute.get('anyway')!]);
    await draftTopic(ctx, content, topic, flag, Boolean(raw[attribute.get('json')!]), {
      ...(raw[attribute.get('copy')!] ? { copy: true } : {}),
      ...(flag('out') !== undefined ? { out: flag('out')! } : {}),
    }, anyway);
  });
  return cmd;
}

/** A command line for the help text that satisfies the topic's first path. */
function exampleFor(topic: Topic): string {
  const parts = [`amz-help draft ${topic.id}`];
  const samples: Record<string, string> = { 'order-number': '123-1234567-1234567', date: '2024-05-01' };
  let answers: Record<string, string | null> = {};
  for (let guard = 0; guard < 50; guard++) {
    const { pending } = progressOf(topic, answers);
    if (!pending) break;
    let value: string | null = null;
    if (pending.kind === 'choice') value = pending.options[0]!.id;
    // An optional order number that names what the message is about (identify) makes a better example than none.
    else if (pending.required || (pending.kind === 'order-number' && topic.identify?.any.includes(pending.id))) value = (pending.kind === 'text' && pending.format === 'email' ? 'name@example.com' : samples[pending.kind]) ?? 'text';
    answers = { ...answers, [pending.id]: value };
    if (value !== null) parts.push(`--${pending.id} ${value}`);
  }
  return parts.join(' ');
}

export async function draftTopic(
  ctx: Context,
  content: Content,
  topic: Topic,
  flag: (id: string) => string | undefined,
  json: boolean,
  deliverTo: { copy?: boolean; out?: string },
  anyway = false,
): Promise<void> {
  const { lang } = ctx;
  const given: Record<string, string> = {};
  const names: Record<string, Text> = {};
  for (const q of topic.questions) {
    const value = flag(q.id);
    if (value !== undefined) given[q.id] = answerFlag(lang, q, value);
    // The item named with the glossary: Russian words become its English phrase, never Cyrillic.
    if (value !== undefined && isGlossaryQuestion(q)) {
      names[q.id] = await itemFlag(ctx, `--${q.id}`, given[q.id]!);
      given[q.id] = names[q.id]!.en;
    }
    // A date after today is refused, as the wizard refuses it (--paid has its own words, below).
    if (q.kind === 'date' && given[q.id] !== undefined && !(topic.eligibility && q.id === 'paid')) {
      const todayFlag = topic.eligibility ? flag('today') : undefined;
      const today = isoDate(todayFlag !== undefined ? dateFlag(lang, '--today', todayFlag) : localDay(ctx.now()));
      if (given[q.id]! > today) {
        throw new UsageError(t(lang, 'dateAfterToday', { flag: `--${q.id}`, date: given[q.id]!, today }), t(lang, 'dateAfterTodayHint'));
      }
    }
    // As in the wizard, Russian in a free-text answer is warned about, not refused: it goes in as typed.
    if (q.kind === 'text' && given[q.id] !== undefined && hasCyrillic(given[q.id]!)) {
      line(ctx, 'warning', t(lang, 'cyrillicWarning', { flag: `--${q.id}` }));
    }
  }
  // --account and the preference flags are choices like any question's: one reader for all.
  const preferences: Record<string, string> = {};
  const account = { id: 'account', prompt: content.flow.account.prompt, options: content.flow.account.options };
  for (const choice of [account, ...content.preferences]) {
    const value = flag(choice.id);
    if (value !== undefined) preferences[choice.id] = answerFlag(lang, { kind: 'choice', ...choice }, value);
  }
  // An --account answer that the wizard routes to another topic (hijacked → account-hijacked) is
  // refused: account-blocked's messages say the buyer broke no rule, which a hijacked account cannot claim.
  const routed = content.flow.account.options.find((o) => o.id === preferences.account)?.next;
  if (topic.id === 'account-blocked' && routed?.startsWith('topic:') && routed !== `topic:${topic.id}`) {
    const other = routed.slice('topic:'.length);
    throw new UsageError(t(lang, 'accountOtherTopic', { account: preferences.account!, topic: other }), t(lang, 'accountOtherTopicHint', { topic: other }));
  }
  const todayFlag = flag('today');
  const today = todayFlag !== undefined ? dateFlag(lang, '--today', todayFlag) : localDay(ctx.now());
  const channelFlag = flag('channel');
  const resolved = resolveDraft(content, topic, { answers: given, preferences, ...(channelFlag !== undefined ? { channel: channelFlag } : {}), today, lang, names });
  for (const id of resolved.ignored) line(ctx, 'warning', t(lang, 'notOnPath', { flag: `--${id}` }));
  if ('problem' in resolved) throw problemError(lang, resolved.problem);
  const { verdict, outcome, channel, answers } = resolved;
  // The A-to-z rule never stops a message: it says when a claim opens (or that it closed).
  const atoz = atozVerdictFor(content, topic, answers, today, lang);
  if (atoz && !atoz.eligible) line(ctx, 'warning', `${atoz.headline} ${atoz.next}`);
  const followUp = followUpFlags(lang, topic, flag, today);
  // A request whose conditions fail is not drafted unless --anyway: nothing on stdout, exit 1.
  if (verdict && !mayDraft(verdict, anyway)) {
    const failed = verdict.conditions.filter((c) => !c.met).map((c) => c.reason);
    line(ctx, 'error', t(lang, 'notEligible', { failed: failed.join(' ') }));
    line(ctx, 'hint', t(lang, mayDraft(verdict, true) ? 'notEligibleHint' : 'priceNotLowerHint'));
    ctx.exitCode = EXIT.notEligible;
    return;
  }
  const draft = followUp ? await followUpDraft(ctx, resolved.draft, followUp) : resolved.draft;

  const text = messageText(draft);
  if (json) {
    const result = {
      topic: topic.id,
      channel: channel.id,
      ...(draft.subject !== undefined ? { subject: draft.subject } : {}),
      body: draft.body,
      clickPath: clickPathWithChannel(content, outcome, channel, lang),
      contact: {
        channel: channel.name[lang],
        answerTime: channel.answerTime[lang],
        cost: channel.cost[lang],
        details: contactDetailsJson(content, channel, lang),
      },
    };
    writeJson(ctx, result);
  } else {
    ctx.stdout.write(`${text}\n`);
  }
  await deliver(ctx, text, deliverTo, (notice) => ctx.stderr.write(`${ctx.err.ok(notice)}\n`));
  const ics = flag('ics');
  if (ics !== undefined) {
    const command = `${draftCommandLine(topic.id, answers)} --channel ${channel.id} --follow-up ${isoDate(today)}`;
    const order = answers.order ?? undefined;
    await writeDeadlines(ctx, ics, await draftDeadlines(ctx, channel.id, today, verdict, atoz), today, { ...(order ? { order } : {}), sent: today, followUpCommand: command });
  }
}

/** An ISO day (2024-05-06) as the interface's prose writes it: "May 6, 2024", «6 мая 2024 г.». */
function proseOf(iso: string, lang: Lang): string {
  const parsed = parseDate(iso);
  return parsed.ok ? proseDate(parsed.date, lang) : iso;
}

/** What the engine found in the way of a message, said as a usage error on the flag concerned. */
function problemError(lang: Lang, problem: DraftProblem): UsageError {
  const accepted = (available: readonly string[]) => t(lang, 'acceptedValues', { values: available.join(', ') });
  switch (problem.kind) {
    case 'missing-answer':
      return missingAnswer(lang, problem.question);
    case 'unidentified':
      return unidentified(lang, problem.any);
    case 'channel-not-offered':
      return problem.channel.trim() === ''
        ? new UsageError(t(lang, 'emptyValue', { flag: '--channel' }), accepted(problem.available))
        : new UsageError(t(lang, 'channelNotOffered', { channel: clip(problem.channel) }), accepted(problem.available));
    case 'channel-unavailable':
      return new UsageError(
        t(lang, 'channelUnavailable', { channel: problem.channel, reason: problem.reasons.map((r) => r[lang]).join(' ') }),
        accepted(problem.available),
      );
    case 'no-channel':
      return new UsageError(t(lang, 'noChannel'));
    case 'paid-after-today':
      return new UsageError(t(lang, 'paidAfterToday', { paid: problem.paid, today: proseOf(problem.today, lang) }), t(lang, 'paidAfterTodayHint'));
  }
}

/** A message that would not say which item or order it is about: `any` names the answers that would. */
function unidentified(lang: Lang, any: readonly string[]): UsageError {
  const flags = any.map((id) => `--${id}`);
  return new UsageError(t(lang, 'unidentified', { flags: flags.join(t(lang, 'or')) }), t(lang, 'unidentifiedHint'));
}

function missingAnswer(lang: Lang, q: Question): UsageError {
  const flag = `--${q.id}`;
  const hint =
    q.kind === 'choice'
      ? t(lang, 'acceptedValues', { values: q.options.map((o) => o.id).join(', ') })
      : q.kind === 'date'
        ? t(lang, 'dateFormats')
        : q.kind === 'order-number'
          ? t(lang, 'orderFormat', { example: ORDER_EXAMPLE, digital: DIGITAL_ORDER_EXAMPLE })
          : q.kind === 'price'
            ? t(lang, 'priceFormat')
            : undefined;
  return new UsageError(t(lang, 'missingAnswer', { flag }), hint);
}
