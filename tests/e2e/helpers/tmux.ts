// Drives a command in a real pseudo-terminal: one dedicated tmux server per session (its own
// socket in a private temporary folder, removed with the server; no user config), keys sent with send-keys, the screen read with capture-pane. Every
// wait is a bounded poll (~50 ms) for what a user would see; the exit code comes from a marker
// the shell prints after the command. useTmux() kills every server after each test.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { cleanEnv, pollUntil, ROOT } from './tools.js';

export interface StartOptions {
  /** Command and arguments, quoted for the shell. */
  argv?: readonly string[];
  /** A raw shell snippet instead of argv, e.g. with a redirection. */
  shell?: string;
  /** Set for the command with `env NAME=value ...` (LANG etc.); undefined removes a variable. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  width?: number;
  height?: number;
}

export interface WaitOptions {
  timeoutMs?: number;
  /** Search the scrollback too, not only the visible screen. */
  history?: boolean;
}

/** Single-quotes a word for sh. */
export function shq(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A text as a pattern that survives line wrapping: @inquirer breaks its lines at the terminal
 * width (mid-word, trimming the space), so the text is matched with line breaks removed and any
 * run of spaces in it may be absent or stretched.
 */
export function loose(text: string): RegExp {
  return new RegExp(escapeRegExp(text.trim()).replace(/\s+/g, '\\s*'));
}

const DEFAULT_WAIT = 15_000;

export class Tmux {
  /** The server's socket, in a folder of its own. */
  readonly socket: string;
  readonly target = 'e2e';
  private readonly serverEnv: NodeJS.ProcessEnv;
  private lastScreen = '';
  private lastHistory = '';
  private killed = false;

  private constructor(socket: string, serverEnv: NodeJS.ProcessEnv) {
    this.socket = socket;
    this.serverEnv = serverEnv;
  }

  static start(opts: StartOptions): Tmux {
    // -S in a private folder rather than -L: a killed server leaves its socket file behind.
    const socket = join(mkdtempSync(join(tmpdir(), 'amz-e2e-tmux-')), 'socket');
    // The server (and so the pane's shell) gets a clean environment; the command's own variables
    // are set with `env` in the command line so that each test says exactly what it runs with.
    const serverEnv = cleanEnv({ LANG: 'C.UTF-8', TERM: 'xterm-256color' });
    const session = new Tmux(socket, serverEnv);
    const vars = Object.entries(opts.env ?? {});
    const unset = vars.filter(([, v]) => v === undefined).map(([k]) => `-u ${k}`);
    const set = vars.filter(([, v]) => v !== undefined).map(([k, v]) => shq(`${k}=${v}`));
    const command = opts.shell ?? (opts.argv ?? []).map(shq).join(' ');
    const script = `cd ${shq(opts.cwd ?? ROOT)} && env ${[...unset, ...set].join(' ')} ${command}; echo __EXIT=$?; sleep 60`;
    session.tmux([
      'new-session', '-d', '-s', session.target,
      '-x', String(opts.width ?? 120), '-y', String(opts.height ?? 50),
      script,
    ]);
    // A long result must stay in the scrollback.
    session.tmux(['set-option', '-t', session.target, 'history-limit', '20000']);
    return session;
  }

  tmux(args: readonly string[]): string {
    return execFileSync('tmux', ['-S', this.socket, '-f', '/dev/null', ...args], {
      env: this.serverEnv,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 10_000,
    });
  }

  /** The screen (or the whole scrollback) as text: soft wraps joined, trailing blanks dropped. */
  capture(history = false): string {
    if (this.killed) return history ? this.lastHistory : this.lastScreen;
    try {
      const raw = this.tmux(['capture-pane', '-p', '-J', ...(history ? ['-S', '-'] : []), '-t', this.target]);
      const text = raw
        .split('\n')
        .map((l) => l.trimEnd())
        .join('\n')
        .replace(/\n+$/, '');
      if (history) this.lastHistory = text;
      else this.lastScreen = text;
      return text;
    } catch {
      // The server is gone (the command ended and the pane closed): the last look is all there is.
      return history ? this.lastHistory : this.lastScreen;
    }
  }

  /** The whole session as the user saw it, scrollback included. */
  transcript(): string {
    return this.capture(true);
  }

  send(...keys: string[]): void {
    this.tmux(['send-keys', '-t', this.target, ...keys]);
  }

  /** Types text literally (no key names). */
  type(text: string): void {
    this.tmux(['send-keys', '-t', this.target, '-l', text]);
  }

  /**
   * Waits until the screen shows `pattern`. A string is matched loosely across line breaks (see
   * loose()); a RegExp is matched against the lines as they are (use the m flag for ^ and $).
   */
  async waitFor(pattern: string | RegExp, opts: WaitOptions = {}): Promise<string> {
    const timeoutMs = opts.timeoutMs ?? DEFAULT_WAIT;
    const test = (text: string): boolean =>
      typeof pattern === 'string' ? loose(pattern).test(text.replace(/\n/g, '')) : pattern.test(text);
    return pollUntil(
      () => {
        const text = this.capture(opts.history);
        return test(text) ? text : undefined;
      },
      timeoutMs,
      () => `waiting for ${String(pattern)} on the ${opts.history ? 'scrollback' : 'screen'}:\n${this.frame()}`,
    );
  }

  /** Waits until `question` is the active prompt ("? question" at the start of a line). */
  async waitForPrompt(question: string, timeoutMs = DEFAULT_WAIT): Promise<string> {
    return this.waitFor(new RegExp(`^\\? ${escapeRegExp(question)}`, 'm'), { timeoutMs });
  }

  /** Types an answer into a text prompt and presses Enter. */
  answer(text: string): void {
    if (text) this.type(text);
    this.send('Enter');
  }

  /**
   * Types into a search prompt (the item), waits until the results for it show `shown` (default:
   * the typed words offered as typed), then presses Enter: Enter while results load is ignored.
   */
  async search(text: string, shown: string = `❯ "${text}"`): Promise<void> {
    if (text) this.type(text);
    await this.waitFor(shown);
    this.send('Enter');
  }

  /**
   * Moves the list cursor (❯) onto the choice whose label equals or starts with `label` (or
   * matches it), one key at a time, waiting for each move to show; then presses `key`.
   */
  async choose(label: string | RegExp, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
    const fits = (text: string): boolean => (typeof label === 'string' ? text === label || text.startsWith(label) : label.test(text));
    for (let step = 0; step < 60; step++) {
      const screen = await this.waitFor(/^❯/m, { timeoutMs: DEFAULT_WAIT });
      const items = listItems(screen);
      const cursor = items.findIndex((i) => i.cursor);
      const target = items.findIndex((i) => fits(i.text));
      if (cursor >= 0 && cursor === target) {
        this.send(key);
        return;
      }
      this.send(target >= 0 && target < cursor ? 'Up' : 'Down');
      await pollUntil(
        () => (this.capture() !== screen ? true : undefined),
        DEFAULT_WAIT,
        () => `the list did not move looking for ${String(label)}:\n${this.frame()}`,
      );
    }
    throw new Error(`no choice ${String(label)} in the list:\n${this.frame()}`);
  }

  /** Ticks a checkbox choice and waits until it shows as ticked. */
  async check(label: string): Promise<void> {
    await this.choose(label, 'Space');
    await this.waitFor(new RegExp(`^.?◉ ${escapeRegExp(label)}`, 'm'));
  }

  /** Waits for the command to end and returns its exit code (from the __EXIT= marker). */
  async exitCode(timeoutMs = DEFAULT_WAIT): Promise<number> {
    const text = await this.waitFor(/^__EXIT=\d+$/m, { timeoutMs, history: true });
    return Number(/^__EXIT=(\d+)$/m.exec(text)![1]);
  }

  /** tmux's cursor_flag: is the terminal cursor visible? */
  cursorVisible(): boolean {
    return this.tmux(['display-message', '-p', '-t', this.target, '#{cursor_flag}']).trim() === '1';
  }

  /** Waits until the cursor is shown (or hidden): the escape may land a moment after the text. */
  async waitForCursor(visible: boolean, timeoutMs = DEFAULT_WAIT): Promise<void> {
    await pollUntil(
      () => (this.cursorVisible() === visible ? true : undefined),
      timeoutMs,
      () => `waiting for the cursor to be ${visible ? 'visible' : 'hidden'}:\n${this.frame()}`,
    );
  }

  kill(): void {
    if (this.killed) return;
    this.capture(true);
    this.killed = true;
    try {
      this.tmux(['kill-server']);
    } catch {
      // already gone
    }
    rmSync(join(this.socket, '..'), { recursive: true, force: true });
  }

  /** The scrollback framed for an error message. */
  frame(): string {
    return `┌──── tmux ${this.socket}\n${this.capture(true)}\n└────`;
  }
}

interface ListItem {
  text: string;
  cursor: boolean;
}

/** The choices of the active list prompt: the lines after the last "? " line. */
export function listItems(screen: string): ListItem[] {
  const lines = screen.split('\n');
  let start = -1;
  lines.forEach((l, i) => {
    if (l.startsWith('? ')) start = i;
  });
  return lines
    .slice(start + 1)
    .filter((l) => l.startsWith('❯') || l.startsWith(' '))
    .map((l) => ({
      cursor: l.startsWith('❯'),
      text: l
        .slice(1)
        .replace(/^\s*[◯◉]/, '')
        .trim(),
    }));
}

/** Start sessions through this; every server is killed after each test, passed or failed. */
export function useTmux(): { start: (opts: StartOptions) => Tmux } {
  const live = new Set<Tmux>();
  afterEach(() => {
    for (const session of live) session.kill();
    live.clear();
  });
  return {
    start(opts) {
      const session = Tmux.start(opts);
      live.add(session);
      return session;
    },
  };
}
