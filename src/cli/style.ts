// Colour as users of other CLIs expect: --no-color and NO_COLOR turn it off, FORCE_COLOR turns it
// on, and output that is not a terminal gets none. One glyph and colour per level, everywhere.
import { Chalk, supportsColor, supportsColorStderr, type ChalkInstance } from 'chalk';

export type Level = 0 | 1 | 2 | 3;

export function colorLevel(stream: 'stdout' | 'stderr', env: NodeJS.ProcessEnv, noColorFlag: boolean): Level {
  if (noColorFlag) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const detected = stream === 'stdout' ? supportsColor : supportsColorStderr;
  return detected ? detected.level : 0;
}

export interface Style {
  chalk: ChalkInstance;
  ok: (s: string) => string;
  bad: (s: string) => string;
  warn: (s: string) => string;
  heading: (s: string) => string;
  dim: (s: string) => string;
  label: (s: string) => string;
  glyph: { ok: string; bad: string; warn: string; bullet: string };
}

export function makeStyle(level: Level): Style {
  const chalk = new Chalk({ level });
  return {
    chalk,
    ok: (s) => chalk.green(s),
    bad: (s) => chalk.red(s),
    warn: (s) => chalk.yellow(s),
    heading: (s) => chalk.bold(s),
    dim: (s) => chalk.dim(s),
    label: (s) => chalk.cyan(s),
    glyph: { ok: chalk.green('✔'), bad: chalk.red('✖'), warn: chalk.yellow('!'), bullet: '•' },
  };
}

/** Content and user text never reach the terminal with control characters in them. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\uFFFD');
}
