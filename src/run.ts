// The entry point: builds the context from the process, runs the command, and turns every outcome
// into an exit code. Nothing below this file touches process.exit.
import { join } from 'node:path';
import type { Content } from './content/schema.js';
import { contentSource, loadContentFrom, packageRoot } from './validate/embedded.js';
import { commandWordPositions, commandWords, globalFlag, withLowerCaseLang } from './cli/argv.js';
import { COMMANDS, DEFAULT_COMMAND, isCommandName } from './cli/catalog.js';
import { styles, type Context } from './cli/context.js';
import { resolveLang } from './cli/lang.js';
import { buildProgram } from './program.js';
import { UsageError } from './cli/errors.js';
import { clip } from './cli/flags.js';
import { t } from './cli/messages.js';
import { reportError } from './cli/report.js';
import { interruptible } from './cli/signals.js';
import { isTerminal } from './cli/terminal.js';

// Start-up code takes node:fs with process.getBuiltinModule, not import (see src/cli/terminal.ts).
const { readFileSync } = process.getBuiltinModule('node:fs');

/** The command name: the first word that is not an option or a global option's value. */
export function firstCommand(argv: readonly string[]): string | undefined {
  return commandWords(argv, 1)[0];
}

const HELP_OR_VERSION = ['-h', '--help', '-V', '--version'];

export async function run(given: readonly string[], base: Partial<Context> = {}): Promise<number> {
  // No command: the default one, the wizard (on a terminal; elsewhere it says to use draft).
  // Not after a bare --lang or --content: "wizard" would become its value instead of "argument missing".
  const bareGlobal = ['--lang', '--content'].includes(given.at(-1) ?? '');
  const withCommand = firstCommand(given) === undefined && !bareGlobal && !given.some((a) => HELP_OR_VERSION.includes(a)) ? [...given, DEFAULT_COMMAND] : given;
  const argv = withLowerCaseLang(withCommand);
  const env = base.env ?? process.env;
  const noColor = argv.includes('--no-color');
  const contentFlag = globalFlag(argv, '--content');
  let cached: Promise<Content> | undefined;
  const ctx: Context = {
    lang: resolveLang(argv, env),
    env,
    // Not created unless used: making process.stdout or process.stderr loads node:stream.
    stdout: base.stdout ?? process.stdout,
    stderr: base.stderr ?? process.stderr,
    // What process.stdin.isTTY reports, without creating the stdin stream.
    stdinIsTTY: isTerminal(0),
    ...styles(env, noColor),
    now: () => new Date(),
    content: () => (cached ??= interruptible(() => loadContentFrom(contentSource(contentFlag, env)))),
    contentFlag,
    exitCode: 0,
    ...base,
  };
  try {
    if (contentFlag !== undefined && contentFlag.trim() === '') {
      throw new UsageError(t(ctx.lang, 'emptyValue', { flag: '--content' }), t(ctx.lang, 'contentFlagHint'));
    }
    const version = (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
    // A command with a subcommand per topic (draft) takes its flags from the content, so the content
    // is loaded before parsing, for that command only.
    const words = commandWordPositions(argv, 3);
    const [command, topic] = words.map((i) => argv[i]!);
    const perTopic = isCommandName(command) && COMMANDS[command].subcommands === 'topics';
    // `help draft <topic>`: the topic must be one (commander would show draft's help and exit 0).
    const helpPerTopic = command === 'help' && isCommandName(topic) && COMMANDS[topic].subcommands === 'topics' && words.length === 3;
    if (helpPerTopic) {
      const content = await ctx.content();
      const asked = argv[words[2]!]!;
      if (!content.topics.some((x) => x.id === asked.toLowerCase())) {
        throw new UsageError(t(ctx.lang, 'unknownTopic', { topic: clip(asked) }), t(ctx.lang, 'topicsAre', { values: content.topics.map((x) => x.id).join(', ') }));
      }
      argv[words[2]!] = asked.toLowerCase();
    }
    const content = perTopic ? await ctx.content() : undefined;
    // `draft PAYMENT` like `path PAYMENT`: topic ids are matched whatever their case.
    if (content && topic !== undefined && content.topics.some((x) => x.id === topic.toLowerCase())) argv[words[1]!] = topic.toLowerCase();
    // The command that runs: the only one the program builds. `help` (whose command may follow
    // flags: `help --no-color path`) builds them all, as a help page is not a start to save time on.
    const load = isCommandName(command) ? command : command === 'help' ? 'every' : undefined;
    const program = await buildProgram(ctx, version, load, content ? { content, ...(topic ? { topic: topic.toLowerCase() } : {}) } : undefined);
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (err) {
    return reportError(ctx, err, argv);
  }
}
