// The command tree. Each command lives in its own file under src/commands/ and is added here;
// global options (--lang, --no-color, --content) apply to all of them. Only the command that runs
// is built (`help <command>` builds them all); the others are their catalog line, which is all that
// `--help` and commander's "did you mean" need. (A lazy import() per command was tried and was
// slower: esbuild split the code into 26 small files for one command, and each file costs a load.)
import { Command, Help, Option, type CommandUnknownOpts } from '@commander-js/extra-typings';
import type { Context } from './cli/context.js';
import { UsageError } from './cli/errors.js';
import { t } from './cli/messages.js';
import { LANGS } from './cli/lang.js';
import { COMMAND_NAMES, COMMANDS, type CommandName } from './cli/catalog.js';
import { examplesHelp, exitCodesHelp } from './cli/help.js';
import { makeRefundCheckCommand } from './commands/refund-check.js';
import { makeAtozCheckCommand } from './commands/atoz-check.js';
import { makeContentCommand } from './commands/content.js';
import { makeContactsCommand } from './commands/contacts.js';
import { makeDraftCommand } from './commands/draft.js';
import { makePathCommand } from './commands/path.js';
import { makePhrasesCommand } from './commands/phrases.js';
import { makeTopicsCommand } from './commands/topics.js';
import { makeWizardCommand } from './commands/wizard.js';
import { makeReplyCommand } from './commands/reply.js';
import type { Content } from './content/schema.js';

/** commander's headings ("Usage:", "Options:") in the interface language. */
const HELP_TITLES_RU: Record<string, string> = {
  'Usage:': 'Использование:',
  'Options:': 'Флаги:',
  'Global Options:': 'Общие флаги:',
  'Commands:': 'Команды:',
  'Arguments:': 'Аргументы:',
};
function helpTitle(lang: Context['lang'], title: string): string {
  return lang === 'ru' ? (HELP_TITLES_RU[title] ?? title) : title;
}

/** Settings every command needs; addCommand does not pass them down, so they are applied to each. */
function configure(cmd: CommandUnknownOpts, ctx: Context): void {
  cmd
    .exitOverride((err) => {
      throw (err.code === 'commander.excessArguments' && swallowedFlag(cmd, ctx)) || err;
    })
    .showSuggestionAfterError(true)
    // A command's help also lists --lang, --no-color and --content, which work with every command.
    .configureHelp({
      showGlobalOptions: true,
      styleTitle: (title) => helpTitle(ctx.lang, title),
      // A command that was not built has no flags to count: its catalog line says what it takes.
      subcommandTerm: (sub) => (LISTED.has(sub) ? `${sub.name()} ${COMMANDS[sub.name() as CommandName].term}`.trim() : Help.prototype.subcommandTerm(sub)),
    })
    .helpCommand('help [command]', t(ctx.lang, 'helpCommand'))
    .helpOption('-h, --help', t(ctx.lang, 'optHelp'))
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      outputError: () => {},
    });
  for (const sub of cmd.commands) configure(sub, ctx);
}

/**
 * `--paid --seller amazon`: commander takes "--seller" as the value of --paid, then finds "amazon"
 * in excess, or quietly uses "--json" as the text of --details. Said plainly instead.
 */
function swallowedFlag(cmd: CommandUnknownOpts, ctx: Pick<Context, 'lang'>): UsageError | undefined {
  const chain: CommandUnknownOpts[] = [];
  for (let c: CommandUnknownOpts | null = cmd; c; c = c.parent) chain.push(c);
  const known = new Set(['-h', '--help', '-V', '--version']);
  for (const c of chain) for (const o of c.options) for (const f of [o.long, o.short]) if (f) known.add(f);
  for (const c of chain) {
    for (const o of c.options) {
      const value: unknown = c.getOptionValue(o.attributeName());
      if (!o.required || typeof value !== 'string' || !known.has(value.split('=')[0]!)) continue;
      const command = chain.slice(0, -1).reverse().map((x) => `${x.name()} `).join('');
      return new UsageError(t(ctx.lang, 'flagNeedsValue', { flag: o.long ?? o.flags, next: value }), t(ctx.lang, 'seeHelp', { command }));
    }
  }
  return undefined;
}

/** Makes one command; `draft` is set when the command is draft: its flags come from the content's topics. */
type Maker = (ctx: Context, draft?: { content: Content; topic?: string }) => CommandUnknownOpts;
export const MAKERS: Record<CommandName, Maker> = {
  wizard: makeWizardCommand,
  'refund-check': makeRefundCheckCommand,
  'atoz-check': makeAtozCheckCommand,
  draft: (ctx, draft) => makeDraftCommand(ctx, draft?.content, draft?.topic),
  topics: makeTopicsCommand,
  path: makePathCommand,
  contacts: makeContactsCommand,
  phrases: makePhrasesCommand,
  reply: makeReplyCommand,
  content: makeContentCommand,
};

/** Commands that are only listed (not built). */
const LISTED = new WeakSet<CommandUnknownOpts>();

/**
 * A command that is only listed. run.ts builds the command it finds on the command line; should
 * commander ever run another one, that is a bug in amz-help, said as one (exit 70), not a silent 0.
 */
function listedOnly(name: CommandName): CommandUnknownOpts {
  const cmd = new Command(name)
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new Error(`the command "${name}" ran without being built`);
    });
  LISTED.add(cmd);
  return cmd;
}

/**
 * The program with `load` (the command that runs, or 'every' for `help`) built in full and the
 * others listed. `draft` is set when the command is draft: its flags come from the content's topics.
 */
export async function buildProgram(
  ctx: Context,
  version: string,
  load: CommandName | 'every' | undefined,
  draft?: { content: Content; topic?: string },
): Promise<Command<[], { lang?: string; color: boolean; content?: string }>> {
  const program = new Command('amz-help')
    .description(t(ctx.lang, 'programDescription'))
    .version(version, '-V, --version', t(ctx.lang, 'optVersion'))
    .addOption(new Option('--lang <lang>', t(ctx.lang, 'optLang')).choices(LANGS))
    .option('--no-color', t(ctx.lang, 'optNoColor'))
    .option('--content <dir>', t(ctx.lang, 'optContent'))
    .addHelpText(
      'after',
      examplesHelp(ctx, [
        'amz-help wizard',
        'amz-help refund-check --paid 2024-05-01 --seller amazon --shipped no',
        'amz-help atoz-check --problem not-arrived --expected 2024-05-01 --contacted 2024-05-02',
        'amz-help draft not-as-described --channel email --order 123-1234567-1234567 --problem damaged --wish refund',
        'amz-help --lang ru topics',
      ]) + exitCodesHelp(ctx),
    );
  for (const name of COMMAND_NAMES) {
    const cmd = name === load || load === 'every' ? MAKERS[name](ctx, draft) : listedOnly(name);
    program.addCommand(cmd.description(t(ctx.lang, COMMANDS[name].description)));
  }
  configure(program as unknown as CommandUnknownOpts, ctx);
  program.hook('preAction', (_program, action) => {
    const swallowed = swallowedFlag(action as unknown as CommandUnknownOpts, ctx);
    if (swallowed) throw swallowed;
  });
  return program;
}
