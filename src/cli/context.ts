// What a command receives from the edge: streams, language, styles, the clock and the content.
// Tests build one of these with their own streams and clock instead of mocking modules.
import type { Content, Lang } from '../content/schema.js';
import { colorLevel, makeStyle, type Style } from './style.js';

export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Context {
  lang: Lang;
  env: NodeJS.ProcessEnv;
  stdout: Output;
  stderr: Output;
  stdinIsTTY: boolean;
  /** Colours for each stream, decided once --no-color is known. */
  out: Style;
  err: Style;
  now: () => Date;
  /** Loads the content chosen by --content / AMZ_HELP_CONTENT, or the built-in one; cached. */
  content: () => Promise<Content>;
  /** --content as given, for messages. */
  contentFlag?: string;
  /** What the process exits with when the command returns normally (refund-check sets 1). */
  exitCode: number;
}

export function styles(env: NodeJS.ProcessEnv, noColor: boolean): Pick<Context, 'out' | 'err'> {
  return {
    out: makeStyle(colorLevel('stdout', env, noColor)),
    err: makeStyle(colorLevel('stderr', env, noColor)),
  };
}

/**
 * Prompts can be shown: a person is at the keyboard, on a terminal that can redraw them (TERM=dumb
 * cannot move the cursor: the prompts' escape codes would show as text).
 */
export function canPrompt(ctx: Pick<Context, 'stdinIsTTY' | 'stdout' | 'stderr'> & { env?: NodeJS.ProcessEnv }): boolean {
  return ctx.stdinIsTTY && Boolean(ctx.stdout.isTTY || ctx.stderr.isTTY) && ctx.env?.TERM !== 'dumb';
}

/** Where prompts and guides go: stdout on a terminal, stderr when stdout is piped or redirected. */
export function screenOf(ctx: Pick<Context, 'stdout' | 'stderr' | 'out' | 'err'>): { stream: Output; style: Style } {
  return ctx.stdout.isTTY ? { stream: ctx.stdout, style: ctx.out } : { stream: ctx.stderr, style: ctx.err };
}
