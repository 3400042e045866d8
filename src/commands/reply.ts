// amz-help reply [FILE]: Amazon's reply explained. The reply is read from FILE, stdin or the
// clipboard (--paste), matched against content/replies.yaml, and each passage it knows is shown
// with what it means and what to do next. Nothing is sent anywhere. Exit 0: something was
// recognised; 1: nothing was; 2: the input is empty or cannot be read.
import { Command } from '@commander-js/extra-typings';
import type { Lang } from '../content/schema.js';
import type { ReplyExplanation, Recognized } from '../engine/reply.js';
import { contentSource } from '../validate/embedded.js';
import { canPrompt, type Context } from '../cli/context.js';
import { clipboardReason } from '../cli/deliver.js';
import { EXIT, UsageError } from '../cli/errors.js';
import { examplesHelp } from '../cli/help.js';
import { dateFlag } from '../cli/flags.js';
import { writeDeadlines } from '../cli/ics.js';
import { localDay } from '../engine/dates.js';
import { ta } from '../cli/messages-after.js';
import { writeJson } from '../cli/json.js';
import type { Style } from '../cli/style.js';

// Start-up code takes node:fs with process.getBuiltinModule, not import (see src/cli/terminal.ts).
const { readFileSync, statSync } = process.getBuiltinModule('node:fs');

/** A reply longer than this is not an e-mail from customer service. */
const MAX_REPLY_BYTES = 256 * 1024;

interface ReplyFlags {
  paste?: boolean;
  json?: boolean;
  ics?: string;
  today?: string;
}

export function makeReplyCommand(ctx: Context) {
  return new Command('reply')
    .argument('[file]')
    .option('--paste', ta(ctx.lang, 'optPaste'))
    .option('--json', ta(ctx.lang, 'optReplyJson'))
    .option('--ics <file>', ta(ctx.lang, 'optReplyIcs'))
    .option('--today <date>', ta(ctx.lang, 'optReplyToday'))
    .addHelpText(
      'after',
      examplesHelp(ctx, ['amz-help reply amazon-answer.txt', 'pbpaste | amz-help reply', 'amz-help --lang ru reply --paste', 'amz-help reply answer.txt --json']) +
        `\n${ctx.lang === 'ru' ? 'Коды выхода' : 'Exit codes'}:\n  0    ${ctx.lang === 'ru' ? 'что-то распознано' : 'something was recognised'}\n  1    ${ctx.lang === 'ru' ? 'ничего не распознано' : 'nothing was recognised'}\n  2    ${ctx.lang === 'ru' ? 'пустой или нечитаемый ввод' : 'empty or unreadable input'}\n  3    ${ctx.lang === 'ru' ? 'ошибка в content/replies.yaml' : 'content/replies.yaml has errors'}\n`,
    )
    .action(async (file, flags) => {
      ctx.exitCode = await reply(ctx, file, flags);
    });
}

export async function reply(ctx: Context, file: string | undefined, flags: ReplyFlags): Promise<number> {
  const { lang } = ctx;
  if (flags.paste && file !== undefined) throw new UsageError(ta(lang, 'replyPasteAndFile'));
  const today = flags.today !== undefined ? dateFlag(lang, '--today', flags.today) : localDay(ctx.now());
  const text = flags.paste ? await readClipboard(ctx) : file !== undefined ? readReplyFile(lang, file) : await readStdin(ctx);
  if (text.trim() === '') throw new UsageError(ta(lang, 'replyEmpty'), ta(lang, 'replyEmptyHint'));

  const source = contentSource(ctx.contentFlag, ctx.env);
  const [{ loadReplies }, { explainReply, followUpAfterReply }] = await Promise.all([import('../validate/replies-loader.js'), import('../engine/reply.js')]);
  const { sources } = await ctx.content();
  const explanation = explainReply(loadReplies(source.dir, source.display, sources), text, lang);
  if (flags.json) writeJson(ctx, replyJson(explanation, lang));
  else ctx.stdout.write(formatReply(explanation, lang, ctx.out));
  if (flags.ics !== undefined) {
    const day = followUpAfterReply(explanation, today);
    const command = `amz-help draft ${ta(lang, 'topicPlaceholder')}${explanation.order ? ` --order ${explanation.order}` : ''} --follow-up ${ta(lang, 'datePlaceholder')}${explanation.caseId ? ` --case ${explanation.caseId}` : ''}`;
    await writeDeadlines(ctx, flags.ics, day ? [{ kind: 'reply-wait-over', date: day }] : [], today, {
      ...(explanation.order ? { order: explanation.order } : {}),
      sent: today,
      followUpCommand: command,
    });
  }
  return explanation.recognized.length > 0 ? EXIT.ok : EXIT.notEligible;
}

function checkText(lang: Lang, what: string, bytes: Buffer): string {
  if (bytes.length > MAX_REPLY_BYTES) throw new UsageError(ta(lang, 'replyTooBig', { what, size: bytes.length, max: MAX_REPLY_BYTES }));
  if (bytes.includes(0)) throw new UsageError(ta(lang, 'replyBinary', { what }), ta(lang, 'replyEmptyHint'));
  return bytes.toString('utf8');
}

function readReplyFile(lang: Lang, file: string): string {
  try {
    if (statSync(file).isDirectory()) throw new UsageError(ta(lang, 'replyFileFolder', { file }));
    return checkText(lang, file, readFileSync(file));
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(ta(lang, 'replyFileMissing', { file }));
    throw new UsageError(ta(lang, 'replyFileUnreadable', { file, reason: code ?? String(err) }));
  }
}

async function readStdin(ctx: Context): Promise<string> {
  const what = ta(ctx.lang, 'replyStdin');
  if (canPrompt(ctx)) {
    // On a terminal the reply is pasted: say how to finish, on stderr so that stdout stays the answer.
    // Read as a stream, not with one blocking read, so that Ctrl+C is handled (Cancelled, exit 130).
    ctx.stderr.write(`${ctx.err.dim(ta(ctx.lang, 'replyPasteNow'))}\n`);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.length;
      if (size > MAX_REPLY_BYTES) break;
    }
    process.stdin.pause();
    return checkText(ctx.lang, what, Buffer.concat(chunks));
  }
  try {
    return checkText(ctx.lang, what, readFileSync(0));
  } catch (err) {
    if (err instanceof UsageError) throw err;
    // No standard input at all (closed): the same as an empty one.
    return '';
  }
}

async function readClipboard(ctx: Context): Promise<string> {
  try {
    const { default: clipboard } = await import('clipboardy');
    return checkText(ctx.lang, ta(ctx.lang, 'replyClipboard'), Buffer.from(await clipboard.read(), 'utf8'));
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(ta(ctx.lang, 'replyPasteFailed', { reason: clipboardReason(ctx.lang, err, ctx.env) }), ta(ctx.lang, 'replyEmptyHint'));
  }
}

/** The follow-up command to offer for a passage that needs an answer. */
export function draftCommandFor(item: Recognized, explanation: ReplyExplanation, lang: Lang): string | undefined {
  if (!item.draft) return undefined;
  const parts = ['amz-help draft', ta(lang, 'topicPlaceholder')];
  if (explanation.order) parts.push('--order', explanation.order);
  parts.push('--follow-up', ta(lang, 'datePlaceholder'), '--next', item.draft);
  if (explanation.caseId) parts.push('--case', explanation.caseId);
  return parts.join(' ');
}

export function replyJson(explanation: ReplyExplanation, lang: Lang) {
  return {
    recognized: explanation.recognized.map((r) => {
      const draft = draftCommandFor(r, explanation, lang);
      return {
        id: r.id,
        meaning: r.meaning,
        next: r.next,
        title: r.title,
        passages: r.passages,
        amounts: r.amounts,
        dates: r.dates,
        periods: r.periods,
        ...(r.draft ? { followUp: r.draft, draft } : {}),
      };
    }),
    unrecognized: explanation.unrecognized,
    ...(explanation.caseId ? { caseId: explanation.caseId } : {}),
    ...(explanation.order ? { order: explanation.order } : {}),
  };
}

function quoted(text: string, lang: Lang): string {
  return lang === 'ru' ? `«${text}»` : `"${text}"`;
}

export function formatReply(explanation: ReplyExplanation, lang: Lang, style: Style): string {
  const lines: string[] = [];
  const { recognized, unrecognized } = explanation;
  if (recognized.length === 0) {
    lines.push(style.warn(ta(lang, 'replyNothing')));
  } else {
    lines.push(style.heading(ta(lang, 'replyRecognizedHeading', { n: recognized.length })));
    recognized.forEach((r, i) => {
      lines.push('', style.heading(`${i + 1}. ${r.title}`));
      for (const passage of r.passages) lines.push(style.dim(`   ${quoted(passage, lang)}`));
      lines.push(`   ${style.label(`${ta(lang, 'replyMeans')}:`)} ${r.meaning}`);
      lines.push(`   ${style.label(`${ta(lang, 'replyNext')}:`)} ${r.next}`);
      const found = [
        r.amounts.length ? `${ta(lang, 'replyAmounts')}: ${r.amounts.join(', ')}` : '',
        r.periods.length ? `${ta(lang, 'replyPeriods')}: ${r.periods.join(', ')}` : '',
        r.dates.length ? `${ta(lang, 'replyDates')}: ${r.dates.join(', ')}` : '',
      ].filter(Boolean);
      if (found.length > 0) lines.push(`   ${found.join('; ')}`);
      const draft = draftCommandFor(r, explanation, lang);
      if (draft) lines.push(`   ${style.label(`${ta(lang, 'replyDraft')}:`)} ${draft}`);
    });
    if (recognized.some((r) => r.draft)) lines.push('', style.dim(ta(lang, 'replyDraftHint')));
    if (explanation.caseId) lines.push('', ta(lang, 'replyCase', { id: explanation.caseId }));
    if (explanation.order) lines.push(ta(lang, 'replyOrder', { order: explanation.order }));
  }
  if (unrecognized.length > 0) {
    lines.push('', style.heading(ta(lang, 'replyUnrecognizedHeading', { n: unrecognized.length })));
    for (const sentence of unrecognized) lines.push(`  - ${sentence}`);
  }
  return `${lines.join('\n')}\n`;
}
