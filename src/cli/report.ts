// Every failure ends here: one clear line on stderr, a hint where one helps, and an exit code.
// A stack trace only with AMZ_HELP_DEBUG=1.
import type { Context } from './context.js';
import { EXIT, InterruptedError, isPromptExit, OutputError, UsageError } from './errors.js';
import { t } from './messages.js';
import { printable } from './style.js';

type Reporter = Pick<Context, 'lang' | 'stderr' | 'err' | 'env' | 'contentFlag'>;

export function line(ctx: Reporter, level: 'error' | 'warning' | 'hint', message: string): void {
  const { err } = ctx;
  const prefix =
    level === 'error'
      ? err.bad(t(ctx.lang, 'errorPrefix') + ':')
      : level === 'warning'
        ? err.warn(t(ctx.lang, 'warningPrefix') + ':')
        : err.dim(t(ctx.lang, 'hintPrefix') + ':');
  ctx.stderr.write(`${prefix} ${printable(message)}\n`);
}

interface CommanderLike {
  code: string;
  exitCode: number;
  message: string;
}
function isCommanderError(err: unknown): err is CommanderLike {
  return typeof (err as { code?: unknown } | null)?.code === 'string' && (err as { code: string }).code.startsWith('commander.');
}

/** The words after "amz-help" that name the failing command, for the --help hint. */
export function commandWords(argv: readonly string[]): string {
  const words: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('-')) break;
    words.push(arg);
    if (words.length === 2) break;
  }
  const known = ['wizard', 'refund-check', 'draft', 'topics', 'path', 'contacts', 'content'];
  if (!known.includes(words[0] ?? '')) return '';
  if (words[0] !== 'content' && words[0] !== 'draft') return `${words[0]} `;
  return words.length > 1 ? `${words.join(' ')} ` : `${words[0]} `;
}

export function reportError(ctx: Reporter, err: unknown, argv: readonly string[]): number {
  if (ctx.env.AMZ_HELP_DEBUG === '1' && err instanceof Error && err.stack) ctx.stderr.write(`${err.stack}\n`);
  if (isPromptExit(err) || (err instanceof InterruptedError && err.signal === 'SIGINT')) {
    ctx.stderr.write(`${ctx.err.dim(t(ctx.lang, 'cancelled'))}\n`);
    return EXIT.interrupted;
  }
  if (err instanceof InterruptedError) {
    ctx.stderr.write(`${ctx.err.dim(t(ctx.lang, 'cancelled'))}\n`);
    return EXIT.terminated;
  }
  if (isCommanderError(err)) {
    if (err.exitCode === 0) return EXIT.ok;
    const message = err.message
      .replace(/^error: /, '')
      .split('\n')
      .map((part) => part.trim())
      .filter(Boolean)
      .join(' ');
    line(ctx, 'error', message);
    line(ctx, 'hint', t(ctx.lang, 'seeHelp', { command: commandWords(argv) }));
    return EXIT.usage;
  }
  if (err instanceof UsageError) {
    line(ctx, 'error', err.message);
    if (err.hint) line(ctx, 'hint', err.hint);
    return EXIT.usage;
  }
  if (err instanceof OutputError) {
    line(ctx, 'warning', err.message);
    if (err.hint) line(ctx, 'hint', err.hint);
    return EXIT.output;
  }
  if (err instanceof Error && err.name === 'ContentError') {
    const issues = (err as Error & { issues: { file: string }[] }).issues;
    line(ctx, 'error', t(ctx.lang, 'contentInvalid', { count: issues.length }));
    ctx.stderr.write(`  ${printable(err.message.split('\n')[0] ?? '')}\n`);
    line(ctx, 'hint', t(ctx.lang, 'contentHint', { dir: ctx.contentFlag ? ` ${ctx.contentFlag}` : '' }));
    return EXIT.content;
  }
  const message = err instanceof Error ? err.message : String(err);
  line(ctx, 'error', t(ctx.lang, 'unexpected', { message: message.split('\n')[0] ?? '' }));
  line(ctx, 'hint', t(ctx.lang, 'unexpectedHint'));
  return 70;
}
