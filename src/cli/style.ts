// Colour as users of other CLIs expect: --no-color and NO_COLOR turn it off, FORCE_COLOR turns it
// on (FORCE_COLOR=0 off), and output that is not a terminal (or TERM=dumb) gets none. One glyph and
// colour per level, everywhere. Six basic ANSI styles are all amz-help uses, so they are written here.
import { isTerminal } from './terminal.js';

export type Level = 0 | 1 | 2 | 3;

export function colorLevel(stream: 'stdout' | 'stderr', env: NodeJS.ProcessEnv, noColorFlag: boolean): Level {
  if (noColorFlag) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '' || force === 'true') return 1;
    return Math.min(Math.max(Number.parseInt(force, 10) || 1, 1), 3) as Level;
  }
  if (!isTerminal(stream === 'stdout' ? 1 : 2) || env.TERM === 'dumb') return 0;
  return 1;
}

export interface Style {
  ok: (s: string) => string;
  bad: (s: string) => string;
  warn: (s: string) => string;
  heading: (s: string) => string;
  dim: (s: string) => string;
  label: (s: string) => string;
  glyph: { ok: string; bad: string; warn: string; bullet: string };
}

/**
 * An ANSI style, as chalk writes it: `open` before the text and `close` after it; a nested style
 * that closes inside the text re-opens this one instead, and each line is closed and opened on its
 * own, so that a style never runs past a line break into a pager's next line.
 */
function ansi(level: Level, open: number, close: number): (s: string) => string {
  if (level === 0) return (s) => s;
  const on = `\u001b[${open}m`;
  const off = `\u001b[${close}m`;
  return (s) => (s ? on + s.replaceAll(off, on).replace(/\r?\n/g, (nl) => off + nl + on) + off : s);
}

export function makeStyle(level: Level): Style {
  const green = ansi(level, 32, 39);
  const red = ansi(level, 31, 39);
  const yellow = ansi(level, 33, 39);
  return {
    ok: green,
    bad: red,
    warn: yellow,
    heading: ansi(level, 1, 22),
    dim: ansi(level, 2, 22),
    label: ansi(level, 36, 39),
    glyph: { ok: green('✔'), bad: red('✖'), warn: yellow('!'), bullet: '•' },
  };
}

/** Content and user text never reach the terminal with control characters in them. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  // Bidirectional controls and line separators too: they would reverse or break what is shown.
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g, '\uFFFD');
}

/** printable() on one line: a line break (in a path the user typed, say) shows as �. */
export function printableLine(text: string): string {
  return printable(text).replace(/[\r\n]/g, '\uFFFD');
}
