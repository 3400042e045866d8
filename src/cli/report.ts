// Every failure ends here: one clear line on stderr, a hint where one helps, and an exit code.
// A stack trace only with AMZ_HELP_DEBUG=1.
import { commandWords } from './argv.js';
import { COMMANDS, isCommandName } from './catalog.js';
import type { Context } from './context.js';
import { EXIT, InterruptedError, isPromptExit, OutputError, UsageError } from './errors.js';
import { t } from './messages.js';
import { clip, shownPath } from './flags.js';
import { printableLine } from './style.js';

type Reporter = Pick<Context, 'lang' | 'stderr' | 'err' | 'env' | 'contentFlag'>;

export function line(ctx: Reporter, level: 'error' | 'warning' | 'hint', message: string): void {
  const { err } = ctx;
  const prefix =
    level === 'error'
      ? err.bad(t(ctx.lang, 'errorPrefix') + ':')
      : level === 'warning'
        ? err.warn(t(ctx.lang, 'warningPrefix') + ':')
        : err.dim(t(ctx.lang, 'hintPrefix') + ':');
  // One line whatever the message holds: a line break in a path typed by the user cannot forge an
  // "error:" line of its own, and a huge value is cut.
  ctx.stderr.write(`${prefix} ${oneLine(message)}\n`);
}

const MAX_LINE = 1000;
function oneLine(message: string): string {
  const one = printableLine(message);
  return one.length > MAX_LINE ? clip(one, MAX_LINE) : one;
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
export function helpHintCommand(argv: readonly string[]): string {
  const words = commandWords(argv, 2);
  const [command, sub] = words;
  if (!isCommandName(command)) return '';
  const subcommands: readonly string[] | 'topics' = COMMANDS[command].subcommands;
  // "draft <topic>" is named as typed (an unknown topic is reported by draft itself); "content
  // bogus" names "content", whose help lists check and graph.
  if (subcommands === 'topics' || (sub !== undefined && subcommands.includes(sub))) return `${words.join(' ')} `;
  return `${command} `;
}

/** commander speaks English; these are its messages users meet, in Russian. */
const COMMANDER_RU: [RegExp, string][] = [
  [/^unknown option '([^']*)'/, 'неизвестный флаг «$1»'],
  [/^unknown command '([^']*)'/, 'неизвестная команда «$1»'],
  [/^option '([^']*)' argument missing/, 'у флага «$1» нет значения'],
  [/^missing required argument '([^']*)'/, 'не указан обязательный аргумент «$1»'],
  [/^option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./, 'флаг «$1»: значения «$2» нет; можно: $3'],
  [/^too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./, 'лишние аргументы для «$1»: ожидалось $2, получено $3'],
  [/\(Did you mean (.*)\?\)/, '(может быть, $1?)'],
];
export function commanderRu(message: string): string {
  return COMMANDER_RU.reduce((text, [pattern, ru]) => text.replace(pattern, ru), message);
}

export function reportError(ctx: Reporter, err: unknown, argv: readonly string[]): number {
  // The stack without its message line: the message is said once, below, and may hold what the user typed.
  if (ctx.env.AMZ_HELP_DEBUG === '1' && err instanceof Error && err.stack) {
    ctx.stderr.write(`${err.name} (AMZ_HELP_DEBUG)\n${err.stack.split('\n').filter((l) => /^\s+at /.test(l)).join('\n')}\n`);
  }
  if (isPromptExit(err) || (err instanceof InterruptedError && err.signal === 'SIGINT')) {
    ctx.stderr.write(`${ctx.err.dim(t(ctx.lang, 'cancelled'))}\n`);
    return EXIT.interrupted;
  }
  if (err instanceof InterruptedError) {
    ctx.stderr.write(`${ctx.err.dim(t(ctx.lang, 'cancelled'))}\n`);
    return err.signal === 'SIGHUP' ? EXIT.hangup : EXIT.terminated;
  }
  if (isCommanderError(err)) {
    if (err.exitCode === 0) return EXIT.ok;
    // "amz-help content" without check or graph: commander has printed its help on stderr.
    if (err.code === 'commander.help') {
      line(ctx, 'error', t(ctx.lang, 'missingSubcommand', { command: `amz-help ${helpHintCommand(argv)}`.trimEnd() }));
      return EXIT.usage;
    }
    const message = err.message
      .replace(/^error: /, '')
      .split('\n')
      .map((part) => part.trim())
      .filter(Boolean)
      .join(' ')
      // A quoted value the user typed is shown short (a 100 KB argument stays one short line).
      .replace(/'([^']{61,})'/g, (_, value: string) => `'${clip(value)}'`);
    line(ctx, 'error', ctx.lang === 'ru' ? commanderRu(message) : message.replace('(Did you mean', '(did you mean'));
    line(ctx, 'hint', t(ctx.lang, 'seeHelp', { command: helpHintCommand(argv) }));
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
    ctx.stderr.write(`  ${oneLine(err.message.split('\n')[0] ?? '')}\n`);
    line(ctx, 'hint', t(ctx.lang, 'contentHint', { dir: ctx.contentFlag ? ` ${shownPath(ctx.contentFlag)}` : '' }));
    return EXIT.content;
  }
  const message = err instanceof Error ? err.message : String(err);
  line(ctx, 'error', t(ctx.lang, 'unexpected', { message: message.split('\n')[0] ?? '' }));
  line(ctx, 'hint', t(ctx.lang, 'unexpectedHint'));
  return EXIT.internal;
}
