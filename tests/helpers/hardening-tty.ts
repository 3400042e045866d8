// A real pseudo-terminal for the interrupt tests: one private tmux server per session (its own -L
// socket, no user config), a shell script in the pane that prints __EXIT=<code> when the command
// ends, keys sent with send-keys, the screen read with capture-pane. Every wait is a bounded poll.
// The command runs as a child of the pane's shell, so its pid can be found and signalled.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { cleanEnv } from './cli.js';
import { ROOT } from './content.js';

export function hasTmux(): boolean {
  return spawnSync('sh', ['-c', 'command -v tmux'], { stdio: 'ignore' }).status === 0;
}

/** Single-quotes a word for sh. */
export function shq(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Polls `probe` every ~50 ms until it returns a value; fails after `timeoutMs` with `why()`. */
export async function pollUntil<T>(probe: () => T | undefined, timeoutMs: number, why: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms ${why()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let counter = 0;
const WAIT = 15_000;

export interface PtyOptions {
  /** The command, already quoted for sh (it may hold a redirection). */
  command: string;
  env?: Record<string, string | undefined>;
  cwd?: string;
  /**
   * Print __READY and wait for one line of input before the command starts: lets a test pause
   * the terminal (Ctrl+S) before the command writes anything.
   */
  gate?: boolean;
}

export class Pty {
  private readonly socket = `amz-hardening-${process.pid}-${Date.now().toString(36)}-${counter++}`;
  private readonly target = 'h';
  private alive = true;
  private last = '';
  /** The server's socket file, removed with the server (tmux leaves it behind). */
  private readonly socketPath: string;

  constructor(opts: PtyOptions) {
    const vars = Object.entries(cleanEnv({ LANG: 'C.UTF-8', TERM: 'xterm-256color', ...opts.env }, false))
      .filter(([k]) => /^(PATH|HOME|TMPDIR|LANG|LC_\w+|TERM|NO_COLOR|AMZ_HELP_\w+)$/.test(k))
      .map(([k, v]) => shq(`${k}=${v}`));
    const gate = opts.gate ? 'echo __READY; read _gate; ' : '';
    const script = `cd ${shq(opts.cwd ?? ROOT)} && ${gate}env -i ${vars.join(' ')} ${opts.command}; echo __EXIT=$?; sleep 120`;
    this.tmux(['new-session', '-d', '-s', this.target, '-x', '120', '-y', '50', script]);
    this.tmux(['set-option', '-t', this.target, 'history-limit', '20000']);
    this.socketPath = this.tmux(['display-message', '-p', '#{socket_path}']).trim();
  }

  tmux(args: readonly string[]): string {
    return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 10_000,
      env: cleanEnv({ LANG: 'C.UTF-8', TERM: 'xterm-256color' }, false),
    });
  }

  /** Everything shown so far, scrollback included, soft wraps joined. */
  transcript(): string {
    if (!this.alive) return this.last;
    try {
      this.last = this.tmux(['capture-pane', '-p', '-J', '-S', '-', '-t', this.target])
        .split('\n')
        .map((l) => l.trimEnd())
        .join('\n')
        .replace(/\n+$/, '');
    } catch {
      // The server is gone: the last look is all there is.
    }
    return this.last;
  }

  async waitFor(pattern: RegExp, timeoutMs = WAIT): Promise<string> {
    return pollUntil(
      () => {
        const text = this.transcript();
        return pattern.test(text) ? text : undefined;
      },
      timeoutMs,
      () => `waiting for ${String(pattern)}:\n${this.frame()}`,
    );
  }

  /** Waits until `question` is the newest prompt on the screen. */
  async waitForPrompt(question: string, timeoutMs = WAIT): Promise<string> {
    return pollUntil(
      () => {
        const text = this.transcript();
        const prompts = text.split('\n').filter((l) => l.startsWith('? ') || l.startsWith('✔ '));
        return prompts.at(-1)?.startsWith(`? ${question}`) ? text : undefined;
      },
      timeoutMs,
      () => `waiting for the prompt "${question}":\n${this.frame()}`,
    );
  }

  send(...keys: string[]): void {
    this.tmux(['send-keys', '-t', this.target, ...keys]);
  }

  /** The pid of the command: the child of the pane's shell. */
  async commandPid(timeoutMs = WAIT): Promise<number> {
    const shell = Number(this.tmux(['display-message', '-p', '-t', this.target, '#{pane_pid}']).trim());
    return pollUntil(
      () => {
        const r = spawnSync('pgrep', ['-P', String(shell), '-x', 'node|MainThread'], { encoding: 'utf8' });
        const pid = Number(r.stdout.trim().split('\n')[0]);
        return pid > 0 ? pid : undefined;
      },
      timeoutMs,
      () => `for the command to start:\n${this.frame()}`,
    );
  }

  /** Waits until `pid` is blocked writing to the terminal (its output paused with Ctrl+S). */
  async blockedOnOutput(pid: number, timeoutMs = WAIT): Promise<void> {
    await pollUntil(
      () => {
        try {
          const stack = readFileSync(`/proc/${pid}/stack`, 'utf8');
          return /n_tty_write|tty_write/.test(stack) ? true : undefined;
        } catch {
          // No /proc/<pid>/stack (not root, or a kernel without it): the wait channel says the same.
          try {
            return readFileSync(`/proc/${pid}/wchan`, 'utf8').trim() === 'wait_woken' ? true : undefined;
          } catch {
            return undefined;
          }
        }
      },
      timeoutMs,
      () => `for pid ${pid} to block writing to the paused terminal:\n${this.frame()}`,
    );
  }

  async exitCode(timeoutMs = WAIT): Promise<number> {
    const text = await this.waitFor(/^__EXIT=\d+$/m, timeoutMs);
    return Number(/^__EXIT=(\d+)$/m.exec(text)![1]);
  }

  /** tmux's cursor_flag: is the terminal cursor visible? */
  cursorVisible(): boolean {
    return this.tmux(['display-message', '-p', '-t', this.target, '#{cursor_flag}']).trim() === '1';
  }

  kill(): void {
    if (!this.alive) return;
    this.transcript();
    this.alive = false;
    try {
      this.tmux(['kill-server']);
    } catch {
      // already gone
    }
    if (this.socketPath.includes('amz-hardening-')) rmSync(this.socketPath, { force: true });
  }

  frame(): string {
    return `┌──── tmux -L ${this.socket}\n${this.transcript()}\n└────`;
  }
}

/**
 * Drives a fresh wizard to the payment topic's first question: signed in, "A problem with a payment"
 * ticked. `stop` ends earlier, with the account or the problem list on screen.
 */
export async function toPaymentQuestion(p: Pty, stop?: 'account' | 'topics'): Promise<void> {
  await p.waitForPrompt('Can you sign in to your Amazon account?');
  if (stop === 'account') return;
  p.send('Enter');
  await p.waitForPrompt('What is the problem?');
  if (stop === 'topics') return;
  // Down until the cursor is on the payment topic, wherever the content puts it in the list.
  for (let i = 0; i < 20 && !/^❯◯ A problem with a payment/m.test(p.transcript()); i++) {
    const before = p.transcript();
    p.send('Down');
    for (let k = 0; k < 40 && p.transcript() === before; k++) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await p.waitFor(/^❯◯ A problem with a payment/m);
  p.send('Space');
  await p.waitFor(/^❯◉ A problem with a payment/m);
  p.send('Enter');
  await p.waitForPrompt('What happened with the payment?');
}
