// The commands amz-help has and the codes it exits with: the one list that the program
// (src/program.ts), run (src/run.ts), the help (help.ts) and the error report (report.ts) derive
// from. Data only, so that any module may import it.
import type { Lang } from '../content/schema.js';
import type { MessageKey } from './messages.js';

/**
 * Every command, in the order `--help` lists them.
 * - `description`: its line in `--help` (a key of messages.ts).
 * - `term`: what `--help` shows after its name, as commander writes it for the command itself
 *   ("[options]" when it has flags, then its arguments); tests/catalog.test.ts keeps them equal.
 *   The program builds only the command that runs, so the others' lines are drawn from here.
 * - `subcommands`: the fixed ones (content check, content graph), or 'topics' when there is one per
 *   topic of the content (draft <topic>), which the program then needs before it is built.
 */
export const COMMANDS = {
  wizard: { description: 'wizardDescription', term: '[options]', subcommands: [] },
  'refund-check': { description: 'refundDescription', term: '[options]', subcommands: [] },
  'atoz-check': { description: 'atozDescription', term: '[options]', subcommands: [] },
  draft: { description: 'draftDescription', term: '[topic]', subcommands: 'topics' },
  topics: { description: 'topicsDescription', term: '[options]', subcommands: [] },
  path: { description: 'pathDescription', term: '[options] <topic>', subcommands: [] },
  contacts: { description: 'contactsDescription', term: '[options]', subcommands: [] },
  phrases: { description: 'phrasesDescription', term: '[options] [words...]', subcommands: [] },
  reply: { description: 'replyDescription', term: '[options] [file]', subcommands: [] },
  content: { description: 'contentDescription', term: '', subcommands: ['check', 'graph'] },
} as const satisfies Record<string, { description: MessageKey; term: string; subcommands: readonly string[] | 'topics' }>;

export type CommandName = keyof typeof COMMANDS;
export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];
/** What `amz-help` with no command runs. */
export const DEFAULT_COMMAND: CommandName = 'wizard';

export function isCommandName(word: string | undefined): word is CommandName {
  return word !== undefined && Object.hasOwn(COMMANDS, word);
}

/** Every exit code with what it means, as `--help` says it (README and docs/ERRORS.md say more). */
export const EXIT_CODES = {
  ok: {
    code: 0,
    help: {
      en: 'done (refund-check: you can ask for the difference; atoz-check: you can file a claim now)',
      ru: 'готово (refund-check: разницу можно попросить; atoz-check: претензию можно подать сейчас)',
    },
  },
  notEligible: {
    code: 1,
    help: {
      en: 'refund-check: the conditions are not met; atoz-check: a claim cannot be filed now, or no longer; reply: nothing recognised; phrases: no line holds the words',
      ru: 'refund-check: условия не выполнены; atoz-check: претензию подать пока или уже нельзя; reply: ничего не распознано; phrases: нет фраз с этими словами',
    },
  },
  usage: { code: 2, help: { en: 'bad input or flags', ru: 'неверный ввод или флаги' } },
  content: { code: 3, help: { en: 'the content (YAML) has errors', ru: 'ошибка в содержимом (YAML)' } },
  output: {
    code: 4,
    help: {
      en: 'the message could not be copied or written (it was printed), or the output could not be written',
      ru: 'не удалось скопировать или записать сообщение (оно напечатано) или вывести результат',
    },
  },
  internal: { code: 70, help: { en: 'a bug in amz-help (run again with AMZ_HELP_DEBUG=1)', ru: 'ошибка в самой программе (запустите с AMZ_HELP_DEBUG=1)' } },
  hangup: { code: 129, help: { en: 'the terminal went away (SIGHUP) during the questions', ru: 'терминал закрыт (SIGHUP) во время вопросов' } },
  interrupted: { code: 130, help: { en: 'interrupted (Ctrl+C)', ru: 'прервано (Ctrl+C)' } },
  terminated: { code: 143, help: { en: 'terminated (SIGTERM)', ru: 'остановлено сигналом SIGTERM' } },
} as const satisfies Record<string, { code: number; help: Record<Lang, string> }>;

type ExitCodes = typeof EXIT_CODES;
/** The codes by name: EXIT.usage is 2. */
export const EXIT = Object.fromEntries(Object.entries(EXIT_CODES).map(([name, { code }]) => [name, code])) as {
  readonly [K in keyof ExitCodes]: ExitCodes[K]['code'];
};
