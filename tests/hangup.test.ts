// The terminal going away is a normal event (issue 14 §3), in a real pseudo-terminal (tmux):
// SIGHUP, and EIO on the terminal without a SIGHUP, end the wizard with exit 129, save nothing,
// and print the resume line on stderr where it is still open; SIGINT as a signal prints the resume
// line like Ctrl+C, with an answer typed but not submitted; Ctrl+Z and `fg` come back to the same
// question; a paste of several lines becomes one answer, with a notice.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { BIN, ensureBuilt } from './helpers/cli.js';
import { cleanupTemp, tempDir } from './helpers/content.js';
import { hasTmux, pollUntil, Pty, shq, toPaymentQuestion } from './helpers/hardening-tty.js';

vi.setConfig({ testTimeout: 60_000 });
afterAll(() => cleanupTemp());
const sessions: Pty[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.kill();
});
function pty(command: string): Pty {
  ensureBuilt();
  const p = new Pty({ command });
  sessions.push(p);
  return p;
}
const amz = (...args: string[]): string => ['node', BIN, ...args].map(shq).join(' ');
const ORDER = '123-1234567-1234567';
const RESUME = `hint: to carry on without answering again, run: amz-help draft payment --problem declined --order ${ORDER}`;
const STACK = /^\s+at |Error:|Assertion|node:internal/m;

/** Payment, "declined", then the order number typed at its prompt without Enter. */
async function typedOrder(p: Pty): Promise<void> {
  await toPaymentQuestion(p);
  p.send('Enter');
  await p.waitForPrompt('Is the payment about an order?');
  p.send('-l', ORDER);
  await p.waitFor(new RegExp(`Is the payment about an order\\?.*${ORDER}`));
}

const describeTty = hasTmux() ? describe : describe.skip;

describeTty('signals at a prompt, with an answer typed but not submitted', () => {
  it('SIGINT sent as a signal: exit 130, the resume line with the typed order number', async () => {
    const p = pty(amz('wizard'));
    await typedOrder(p);
    process.kill(await p.commandPid(), 'SIGINT');
    expect(await p.exitCode(), p.frame()).toBe(130);
    const text = p.transcript();
    expect(text, p.frame()).toContain(RESUME);
    expect(text).toContain('Cancelled. Nothing was sent anywhere.');
    expect(text).not.toMatch(STACK);
    expect(p.cursorVisible()).toBe(true);
  });

  it('Ctrl+C: the same, with the typed answer', async () => {
    const p = pty(amz('wizard'));
    await typedOrder(p);
    p.send('C-c');
    expect(await p.exitCode(), p.frame()).toBe(130);
    expect(p.transcript(), p.frame()).toContain(RESUME);
  });

  it('SIGHUP with the terminal still open: exit 129, the resume line, nothing written', async () => {
    const dir = tempDir();
    const p = pty(`sh -c ${shq(`cd ${shq(dir)} && exec ${amz('wizard', '--out', join(dir, 'message.txt'))}`)}`);
    await typedOrder(p);
    process.kill(await p.commandPid(), 'SIGHUP');
    expect(await p.exitCode(), p.frame()).toBe(129);
    const text = p.transcript();
    expect(text, p.frame()).toContain(RESUME);
    expect(text).not.toMatch(STACK);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('SIGTERM: exit 143, the resume line', async () => {
    const p = pty(amz('wizard'));
    await typedOrder(p);
    process.kill(await p.commandPid(), 'SIGTERM');
    expect(await p.exitCode(), p.frame()).toBe(143);
    expect(p.transcript(), p.frame()).toContain(RESUME);
  });
});

describeTty('the terminal goes away', () => {
  /**
   * Runs the wizard with stderr into a file and its exit code written by a shell that survives the
   * hang-up; `setsid` puts the command in a session of its own, so no SIGHUP reaches it and the
   * closed terminal shows only as EIO.
   */
  async function closeTerminal(setsid: boolean): Promise<{ code: string; stderr: string; dir: string }> {
    const dir = tempDir();
    const err = join(dir, 'stderr.txt');
    const codeFile = join(dir, 'code.txt');
    const run = `${setsid ? 'setsid -w ' : ''}${amz('wizard', '--out', join(dir, 'message.txt'))} 2> ${shq(err)}; echo $? > ${shq(codeFile)}`;
    const p = pty(`sh -c ${shq(`trap "" HUP; ${run}`)}`);
    await typedOrder(p);
    p.kill();
    const code = await pollUntil(() => (existsSync(codeFile) && readFileSync(codeFile, 'utf8').trim()) || undefined, 15_000, () => 'the exit code');
    return { code, stderr: readFileSync(err, 'utf8'), dir };
  }

  it('the tmux server is killed (SIGHUP to the command): exit 129, the resume line in the stderr file, no crash', async () => {
    const { code, stderr, dir } = await closeTerminal(false);
    expect(code, stderr).toBe('129');
    expect(stderr).toContain(RESUME);
    expect(stderr).not.toMatch(STACK);
    expect(readdirSync(dir).sort()).toEqual(['code.txt', 'stderr.txt']);
  });

  it('the terminal closes without a SIGHUP (EIO on reading it): exit 129, the resume line, no crash', async () => {
    const { code, stderr, dir } = await closeTerminal(true);
    expect(code, stderr).toBe('129');
    expect(stderr).toContain(RESUME);
    expect(stderr).not.toMatch(STACK);
    expect(readdirSync(dir).sort()).toEqual(['code.txt', 'stderr.txt']);
  });
});

describeTty('Ctrl+Z and fg', () => {
  it('suspends the wizard; fg comes back to the same question, which still takes its answer', async () => {
    // An interactive shell with job control, as a user has; the wizard is typed into it.
    const p = pty('bash --norc --noprofile -i');
    await p.waitFor(/[$#]$/m);
    p.send('-l', amz('wizard'));
    p.send('Enter');
    await toPaymentQuestion(p);
    p.send('Enter');
    await p.waitForPrompt('Is the payment about an order?');
    p.send('C-z');
    await p.waitFor(/Stopped/);
    p.send('-l', 'fg');
    p.send('Enter');
    await p.waitFor(/# fg\n'node'/);
    p.send('-l', ORDER);
    p.send('Enter');
    await p.waitForPrompt('Anything to add');
    p.send('C-c');
    await p.waitFor(/Cancelled/);
    const text = p.transcript();
    expect(text).toContain(`hint: to carry on without answering again, run: amz-help draft payment --problem declined --order ${ORDER}`);
    expect(text).not.toMatch(STACK);
  });
});

describeTty('a paste of several lines into a text answer', () => {
  it('becomes one answer, with a notice', async () => {
    const p = pty(amz('wizard'));
    await toPaymentQuestion(p);
    p.send('Enter');
    await p.waitForPrompt('Is the payment about an order?');
    p.send('Enter');
    await p.waitForPrompt('Anything to add');
    // One write of several lines, as a terminal delivers a paste (tmux turns \n into Enter).
    p.tmux(['set-buffer', '-b', 'paste', 'The charge was on May 1.\nIt was 20 dollars.\nPlease check.']);
    p.tmux(['paste-buffer', '-b', 'paste', '-t', 'h']);
    // The prompt wraps long answers itself: read the screen without its line breaks.
    const joined = 'The charge was on May 1. It was 20 dollars. Please check.';
    await pollUntil(() => (p.transcript().replace(/\n/g, '').includes(joined) ? true : undefined), 15_000, () => p.frame());
    p.send('Enter');
    const text = await p.waitFor(/warning: The pasted lines were joined into one answer\./);
    expect(text).not.toMatch(/\? Can you write short messages in English\?.*It was 20/);
    await p.waitForPrompt('Can you write short messages in English?');
    p.send('C-c');
    expect(await p.exitCode()).toBe(130);
    expect(p.transcript().replace(/\n/g, '')).toContain("--details 'The charge was on May 1. It was 20 dollars. Please check.'");
  });
});


