// Text fitted to the terminal: broken at word boundaries (fast-wrap-ansi), a list item's later lines
// under its text rather than under its bullet. The drafted message is never passed through here:
// its lines are what the user pastes. fast-wrap-ansi is what @inquirer/core wraps with; wrap-ansi
// gives the same lines but builds a Unicode emoji regex and an Intl.Segmenter when loaded, which
// cost 20 ms of every start (docs/BENCHMARKS.md).
import { wrapAnsi } from 'fast-wrap-ansi';

// Start-up code takes built-ins with process.getBuiltinModule, not import (see src/cli/terminal.ts):
// an import of node:util reads every export, which loads its argument parser and diff (2 ms).
const { stripVTControlCharacters } = process.getBuiltinModule('node:util');

/** Columns taken on screen by a short prefix (spaces, a bullet, "12. "): one per character. */
function visibleWidth(text: string): number {
  return [...stripVTControlCharacters(text)].length;
}

/**
 * `prefix` then `text`, wrapped to `width` columns; continuation lines are indented by the
 * prefix's width, or by `indent` columns when given. Without a width (not a terminal) the text
 * stays on one line.
 */
export function hang(prefix: string, text: string, width: number | undefined, indent = visibleWidth(prefix)): string {
  if (!width) return prefix + text;
  if (indent !== visibleWidth(prefix)) {
    // A heading that runs into its text ("Where to click: ..."): the whole line wraps, later lines indented.
    const [first = '', ...rest] = wrapAnsi(prefix + text, width, { hard: true, trim: true }).split('\n');
    const more = rest.length ? wrapAnsi(rest.join(' '), Math.max(20, width - indent), { hard: true, trim: true }).split('\n') : [];
    return [first, ...more.map((l) => ' '.repeat(indent) + l)].join('\n');
  }
  // A very narrow terminal: keep at least 20 columns for the text, and let the terminal cope.
  const room = Math.max(20, width - indent);
  const [first = '', ...rest] = wrapAnsi(text, room, { hard: true, trim: true }).split('\n');
  return [prefix + first, ...rest.map((l) => ' '.repeat(indent) + l)].join('\n');
}

/** A paragraph or a line, wrapped with its own leading spaces kept as the hanging indent. */
export function wrapLine(line: string, width: number | undefined): string {
  const lead = /^\s*/.exec(line)![0];
  return hang(lead, line.slice(lead.length), width);
}

/** The width of a real terminal; undefined for a pipe, a file or a stream without a size. */
export function terminalWidth(stream: { isTTY?: boolean; columns?: unknown }): number | undefined {
  const { columns } = stream;
  return stream.isTTY && typeof columns === 'number' && columns > 0 ? columns : undefined;
}

/**
 * A prompt's question, broken between words to fit after the prompt's "? " (later lines under the
 * question's first letter). The prompts break a line that is too long at the terminal's edge,
 * inside a word; a Russian question with its hints is often longer than 80 columns.
 */
export function fitQuestion(question: string, stream: { isTTY?: boolean; columns?: unknown }): string {
  return hang('? ', question, terminalWidth(stream)).slice(2);
}
