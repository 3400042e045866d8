// The entry point: builds the context from the process, runs the command, and turns every outcome
// into an exit code. Nothing below this file touches process.exit.
import { join } from 'node:path';
import type { Content } from './content/schema.js';
import { contentSource, loadContentFrom, packageRoot } from './content/embedded.js';
import { commandWords, globalFlag } from './cli/argv.js';
import { COMMANDS, DEFAULT_COMMAND, isCommandName } from './cli/catalog.js';
import { styles, type Context } from './cli/context.js';
import { resolveLang } from './cli/lang.js';
import { buildProgram } from './program.js';
import { UsageError } from './cli/errors.js';
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
  const argv = firstCommand(given) === undefined && !bareGlobal && !given.some((a) => HELP_OR_VERSION.includes(a)) ? [...given, DEFAULT_COMMAND] : given;
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
    const [command, topic] = commandWords(argv, 2);
    const perTopic = isCommandName(command) && COMMANDS[command].subcommands === 'topics';
    const program = buildProgram(ctx, version, perTopic ? { content: await ctx.content(), ...(topic ? { topic } : {}) } : undefined);
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (err) {
    return reportError(ctx, err, argv);
  }
}
