// The result screen as a Russian shopper sees it at a 120×50 terminal: short, the message whole on
// the last screen, set apart by rules, Amazon's labels in «», dates in words, no word split at the
// edge, an offer to copy, and nothing said twice when there are two requests.
// AMZ_CAPTURE_DIR=docs/captures saves each transcript there (the captures in docs/).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { useTmux, type Tmux } from './helpers/tmux.js';
import { assertBuilt, BIN, describeWithTools } from './helpers/tools.js';
import { runRussian } from './helpers/wizard.js';

const LONG = 90_000;
const RULE = /^─{20,}$/;

/** The whole session as rows of the terminal: soft wraps kept apart, as the user sees them. */
function rawRows(s: Tmux): string[] {
  return s
    .tmux(['capture-pane', '-p', '-S', '-', '-t', s.target])
    .split('\n')
    .map((l) => l.trimEnd());
}

/** The result: the rows after the review answer up to the exit marker. */
function resultRows(rows: readonly string[]): string[] {
  const start = rows.map((r) => r.startsWith("✔ Проверьте ответы")).lastIndexOf(true);
  const end = rows.findIndex((r) => r.startsWith('__EXIT='));
  expect(start, rows.join('\n')).toBeGreaterThanOrEqual(0);
  // The review answer itself may take more than one row; the result starts with a blank one.
  const from = rows.indexOf('', start);
  return rows.slice(from, end);
}

async function session(tmux: ReturnType<typeof useTmux>, problems: 1 | 2, width: number, height: number) {
  const s = tmux.start({ argv: ['node', BIN, '--lang', 'ru', 'wizard'], env: { LANG: 'ru_RU.UTF-8' }, width, height });
  await runRussian(s, problems);
  // The copy offer (no clipboard here: it says how to get one and defaults to No).
  const seen = await s.waitFor(/^__EXIT=|Скопировать/m, { history: true });
  const offer = /Скопировать/.test(seen);
  if (offer && !/^__EXIT=/m.test(seen)) s.send('Enter');
  const code = await s.exitCode();
  const rows = rawRows(s);
  const result = resultRows(rows);
  const screen = s.capture();
  const joined = s.transcript();
  if (process.env.AMZ_CAPTURE_DIR) {
    writeFileSync(join(process.env.AMZ_CAPTURE_DIR, `ru-${problems}-problem${problems > 1 ? 's' : ''}-${width}.txt`), `${result.join('\n')}\n`);
  }
  return { code, rows, result, screen, offer, joined };
}

describeWithTools('the Russian result at a real terminal (tmux)', ['tmux'], () => {
  const tmux = useTmux();
  beforeAll(() => assertBuilt());

  it('one problem at 120×50: within 60 rows, the message whole on the last screen, «» labels, dates in words, no split words, a copy offer', { timeout: LONG }, async () => {
    const { code, result, screen, joined } = await session(tmux, 1, 120, 50);
    expect(code).toBe(0);
    expect(result.length, result.join('\n')).toBeLessThanOrEqual(60);
    const text = result.join('\n');
    // The message between two rules, no indent, all of it on the last screen.
    const rules = result.map((r, i) => (RULE.test(r) ? i : -1)).filter((i) => i >= 0);
    expect(rules.length).toBe(2);
    const message = result.slice(rules[0]! + 1, rules[1]!);
    expect(message.join('\n')).toMatch(/^Subject: .*114-3941689-8772232/);
    for (const line of message) expect(line).not.toMatch(/^ /);
    for (const line of message) expect(screen.split('\n')).toContain(line);
    expect(text).toMatch(/«[A-Z][^»]+»/);
    expect(text).not.toMatch(/"[A-Z][^"]+"/);
    const prose = result.filter((_, i) => i < rules[0]! || i > rules[1]!).join('\n');
    expect(prose).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(text).toMatch(/Скопировать/);
    expectNoSplitWords(result, joined, 120);
  });

  it('two problems at 120×50: within 100 rows, and no block said twice', { timeout: LONG }, async () => {
    const { code, result, joined } = await session(tmux, 2, 120, 50);
    expect(code).toBe(0);
    expect(result.length, result.join('\n')).toBeLessThanOrEqual(100);
    const rules = result.map((r, i) => (RULE.test(r) ? i : -1)).filter((i) => i >= 0);
    expect(rules.length).toBe(4);
    // Outside the messages, no line of some length appears twice.
    const inMessage = (i: number): boolean => (i > rules[0]! && i < rules[1]!) || (i > rules[2]! && i < rules[3]!);
    const prose = result.filter((r, i) => !inMessage(i) && !RULE.test(r) && r.trim().length > 25);
    const seen = new Set<string>();
    for (const line of prose) {
      expect(seen.has(line.trim()), `said twice: ${line}\n${result.join('\n')}`).toBe(false);
      seen.add(line.trim());
    }
    expectNoSplitWords(result, joined, 120);
  });

  it('80 columns: one and two problems, no word split at the edge', { timeout: LONG * 2 }, async () => {
    const sessions = [await session(tmux, 1, 80, 50), await session(tmux, 2, 80, 50)];
    for (const { code, result, joined } of sessions) {
      expect(code).toBe(0);
      expectNoSplitWords(result, joined, 80);
    }
  });
});

/**
 * A row filled to the edge that ends in a letter, continued by the terminal (the joined capture
 * has the two rows as one line) on a row that starts with one: a word split at the edge.
 * The message's own rows are not checked: see inside.
 */
function expectNoSplitWords(rows: readonly string[], joined: string, width: number): void {
  // The message is never wrapped by amz-help (its lines are what the user pastes): a line longer
  // than the terminal is the terminal's to fold, so the rows between the rules are left out.
  const rules = rows.flatMap((r, i) => (RULE.test(r) ? [i] : []));
  const inMessage = (i: number): boolean => rules.some((open, k) => k % 2 === 0 && i > open && i < (rules[k + 1] ?? Infinity));
  rows.forEach((row, i) => {
    const next = rows[i + 1];
    if (inMessage(i)) return;
    if (next === undefined || [...row].length < width) return;
    const split = /[\p{L}\p{N}]$/u.test(row) && /^[\p{L}\p{N}]/u.test(next) && joined.includes(row + next);
    expect(split, `a word split at the edge:\n${row}\n${next}`).toBe(false);
  });
}
