// Driving the real wizard through @inquirer/testing's screen, the way a person at the keyboard
// would: read the prompt, move the cursor to a choice by its label, type, press Enter.
// The test file must import '@inquirer/testing/vitest' before anything that loads the prompts.
import { screen } from '@inquirer/testing/vitest';
import { expect } from 'vitest';
import { loadContentFrom } from '../../src/validate/embedded.js';
import type { Content, Lang } from '../../src/content/schema.js';
import type { Context } from '../../src/cli/context.js';
import { makeStyle } from '../../src/cli/style.js';
import { CONTENT } from './content.js';

export interface Captured {
  isTTY: boolean;
  text: string;
  write(s: string): boolean;
}

export function captured(isTTY: boolean): Captured {
  const stream: Captured = {
    isTTY,
    text: '',
    write(s: string) {
      stream.text += s;
      return true;
    },
  };
  return stream;
}

let cached: Promise<Content> | undefined;
/** The content as the files say, validated (not the build snapshot). */
export function content(): Promise<Content> {
  return (cached ??= loadContentFrom({ dir: CONTENT, display: 'content', embedded: false }));
}

/** A fixed "now": May 3, 2024, midday local time. */
export const NOW = new Date(2024, 4, 3, 12, 0, 0);

export interface TestIO {
  ctx: Context;
  stdout: Captured;
  stderr: Captured;
}

/** A context as a terminal gives it: stdin a TTY, stdout a TTY unless `stdoutTTY` is false. */
export function testContext(opts: { lang?: Lang; stdoutTTY?: boolean } = {}): TestIO {
  const stdout = captured(opts.stdoutTTY ?? true);
  const stderr = captured(true);
  const ctx: Context = {
    lang: opts.lang ?? 'en',
    env: {},
    stdout,
    stderr,
    stdinIsTTY: true,
    out: makeStyle(0),
    err: makeStyle(0),
    now: () => NOW,
    content,
    exitCode: 0,
  };
  return { ctx, stdout, stderr };
}

/** The highlighted choice of a list, without its pointer and checkbox mark. */
export function activeChoice(): string | undefined {
  const line = screen
    .getScreen()
    .split('\n')
    .find((l) => l.startsWith('❯'));
  return line?.replace(/^❯\s*[◯◉]?\s*/, '').trimEnd();
}

function matches(choice: string | undefined, label: string | RegExp): boolean {
  if (choice === undefined) return false;
  return typeof label === 'string' ? choice === label : label.test(choice);
}

/** Moves the cursor down to the choice `label` (exact text, or a pattern); fails if it is not there. */
export function moveTo(label: string | RegExp): void {
  for (let i = 0; i < 80; i++) {
    if (matches(activeChoice(), label)) return;
    screen.keypress('down');
  }
  throw new Error(`no choice ${String(label)} on the screen:\n${screen.getScreen()}`);
}

/** Asserts the prompt on screen, then waits for what comes after the answer (unless `last`). */
async function after(last: boolean | undefined): Promise<void> {
  if (!last) await screen.next();
}

export function expectPrompt(text: string | RegExp): void {
  const shown = screen.getScreen().split('\n')[0] ?? '';
  if (typeof text === 'string') expect(shown, 'the prompt on screen').toContain(text);
  else expect(shown, 'the prompt on screen').toMatch(text);
}

/** A select prompt: checks its question, picks the choice, presses Enter. */
export async function choose(prompt: string | RegExp, label: string | RegExp, opts: { last?: boolean } = {}): Promise<void> {
  expectPrompt(prompt);
  moveTo(label);
  screen.keypress('enter');
  await after(opts.last);
}

/** The checkbox of problems: ticks each label, then Enter. */
export async function tick(prompt: string | RegExp, labels: (string | RegExp)[]): Promise<void> {
  expectPrompt(prompt);
  for (const label of labels) {
    moveTo(label);
    screen.keypress('space');
  }
  screen.keypress('enter');
  await after(false);
}

/** A text prompt: types `text` (nothing: Enter keeps the default or skips), then Enter. */
export async function answer(prompt: string | RegExp, text: string, opts: { last?: boolean } = {}): Promise<void> {
  expectPrompt(prompt);
  if (text) screen.type(text);
  screen.keypress('enter');
  await after(opts.last);
}

/**
 * A search prompt (the item): types `text`, waits for the results, moves to `label` (default: the
 * first result), then Enter. Enter is ignored while results load, as a person would see them first.
 */
export async function search(prompt: string | RegExp, text: string, label?: string | RegExp, opts: { last?: boolean } = {}): Promise<void> {
  expectPrompt(prompt);
  if (text) screen.type(text);
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (label !== undefined) moveTo(label);
  screen.keypress('enter');
  await after(opts.last);
}

/** Accepts the default of every channel-preference question (5 of them). */
export async function defaultPreferences(lang: Lang = 'en'): Promise<void> {
  const prompts =
    lang === 'en'
      ? ['Can you write short messages in English?', 'Can you talk in English on the phone?', 'Do you need to send or receive documents', 'Do you want written proof', 'Would you call from Russia']
      : ['Можете ли вы писать короткие сообщения', 'Можете ли вы разговаривать по-английски', 'Нужно ли отправить или получить документы', 'Нужно ли письменное подтверждение', 'Вы будете звонить из России'];
  for (const p of prompts) {
    expectPrompt(p);
    screen.keypress('enter');
    await screen.next();
  }
}

/** The review screen: "All correct: show the result". */
export async function confirmReview(lang: Lang = 'en'): Promise<void> {
  await choose(lang === 'en' ? 'Check your answers' : 'Проверьте ответы', lang === 'en' ? '✔ All correct: show the result' : '✔ Всё верно: показать результат', { last: true });
}

/** The drafted message(s) of a result screen: the lines between each pair of rules, as printed. */
export function messagesIn(guide: string, _lang: Lang = 'en'): string[] {
  const lines = guide.split('\n');
  const rules = lines.flatMap((l, i) => (/^─{20,}$/.test(l) ? [i] : []));
  const found: string[] = [];
  for (let r = 0; r + 1 < rules.length; r += 2) found.push(lines.slice(rules[r]! + 1, rules[r + 1]!).join('\n'));
  return found;
}

/** The text of one result section: from its heading to the next unindented line. */
export function sectionOf(guide: string, heading: string | RegExp): string {
  const lines = guide.split('\n');
  const start = lines.findIndex((l) => (typeof heading === 'string' ? l.startsWith(heading) : heading.test(l)));
  if (start < 0) return '';
  const rest = lines.slice(start + 1);
  const stop = rest.findIndex((l) => l !== '' && !l.startsWith(' '));
  return [lines[start], ...(stop < 0 ? rest : rest.slice(0, stop))].join('\n');
}
