// --copy with the real clipboard: a private Xvfb display, the xsel that clipboardy runs, and the
// clipboard read back with `xsel --clipboard --output`. Without a display the message is still
// printed, a warning names what is missing, and the exit code is 4.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loose, useTmux } from './helpers/tmux.js';
import { assertBuilt, BIN, cleanEnv, describeWithTools, ROOT } from './helpers/tools.js';
import { draftFor, EN, messageOnScreen, runNotAsDescribed, SAMPLE, type NadAnswers } from './helpers/wizard.js';
import { alive, processesOn, startXvfb, stopDisplay, type Display } from './helpers/x11.js';

// Non-ASCII punctuation too, so that "byte for byte" means something beyond ASCII.
const answers: NadAnswers = { ...SAMPLE, details: 'The box says “2 chargers” — only 1 is inside.' };

function draftArgs(a: NadAnswers): string[] {
  return [
    BIN, 'draft', 'not-as-described', '--account', 'signed-in',
    '--order', a.order, '--item', a.item, '--problem', a.problem, '--wish', a.wish, '--details', a.details,
    ...Object.entries(a.prefs).flatMap(([id, v]) => [`--${id}`, v]),
  ];
}

function runBin(args: readonly string[], env: Record<string, string | undefined>) {
  return spawnSync(process.execPath, args, { cwd: ROOT, env: cleanEnv({ LANG: 'en_US.UTF-8', ...env }), encoding: 'utf8', timeout: 20_000 });
}

function readClipboard(display: string): Buffer {
  const r = spawnSync('xsel', ['--clipboard', '--output'], { env: cleanEnv({ DISPLAY: display }), timeout: 10_000 });
  expect(r.status, r.stderr?.toString()).toBe(0);
  return r.stdout;
}

describeWithTools('--copy with a real clipboard (Xvfb + xsel)', ['Xvfb', 'xsel'], () => {
  let display: Display | undefined;
  beforeAll(async () => {
    assertBuilt();
    display = await startXvfb();
  });
  afterAll(async () => {
    await stopDisplay(display);
  });

  it('draft --copy: the clipboard holds exactly the printed message', () => {
    const r = runBin([...draftArgs(answers), '--copy'], { DISPLAY: display!.name });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^Copied to the clipboard\.$/m);
    expect(r.stdout).toBe(draftFor(answers));
    // Printed with a final newline; copied without one, ready to paste.
    expect(readClipboard(display!.name).equals(Buffer.from(r.stdout.replace(/\n$/, ''), 'utf8'))).toBe(true);
    // Someone now owns the clipboard on this display: the xsel that clipboardy started.
    expect(processesOn(display!.name, 'xsel').length).toBeGreaterThan(0);
  });

  describeWithTools('wizard --copy at a real terminal', ['tmux'], () => {
    const tmux = useTmux();
    it('the wizard copies the same message it shows', { timeout: 60_000 }, async () => {
      const other: NadAnswers = { ...answers, problem: 'does-not-work', wish: 'refund', details: 'It does not turn on.' };
      const s = tmux.start({ argv: ['node', BIN, 'wizard', '--copy'], env: { LANG: 'en_US.UTF-8', DISPLAY: display!.name } });
      await runNotAsDescribed(s, EN, other);
      expect(await s.exitCode()).toBe(0);
      const screen = s.transcript();
      expect(screen).toMatch(/^Copied to the clipboard\.$/m);
      const expected = draftFor(other).replace(/\n$/, '');
      expect(messageOnScreen(screen, EN.messageHeading)).toBe(expected);
      expect(readClipboard(display!.name).toString('utf8')).toBe(expected);
      expect(readClipboard(display!.name).equals(Buffer.from(expected, 'utf8'))).toBe(true);
    });
  });

  it('stops every process it started: the xsel owning the clipboard and Xvfb', async () => {
    const d = display!;
    const owners = processesOn(d.name, 'xsel');
    await stopDisplay(d);
    display = undefined;
    expect(owners.filter((p) => alive(p.pid))).toEqual([]);
    expect(processesOn(d.name, 'xsel')).toEqual([]);
    expect(d.process.exitCode !== null || d.process.signalCode !== null).toBe(true);
  });
});

describe('--copy without a display', () => {
  const noDisplay = { DISPLAY: undefined, WAYLAND_DISPLAY: undefined };
  beforeAll(() => assertBuilt());

  it('draft: the message is still printed, a warning names the display and xsel, exit 4', () => {
    const r = runBin([...draftArgs(answers), '--copy'], noDisplay);
    expect(r.status, r.stderr).toBe(4);
    expect(r.stdout).toBe(draftFor(answers));
    expect(r.stderr).toMatch(/^warning: could not copy to the clipboard: .*DISPLAY/m);
    expect(r.stderr).toMatch(/xsel/);
    expect(r.stderr).not.toMatch(/^\s{4}at /m);
  });

  it('draft --lang ru: the warning in Russian still names DISPLAY and xsel, exit 4', () => {
    const r = runBin([BIN, '--lang', 'ru', ...draftArgs(answers).slice(1), '--copy'], noDisplay);
    expect(r.status, r.stderr).toBe(4);
    expect(r.stdout).toBe(draftFor(answers));
    expect(r.stderr).toMatch(/буфер обмена.*DISPLAY/);
    expect(r.stderr).toMatch(/xsel/);
  });

  describeWithTools('wizard --copy at a real terminal, no display', ['tmux'], () => {
    const tmux = useTmux();
    it('the result and the message are on screen, the warning says why, exit 4', { timeout: 60_000 }, async () => {
      const s = tmux.start({ argv: ['node', BIN, 'wizard', '--copy'], env: { LANG: 'en_US.UTF-8', ...noDisplay } });
      await runNotAsDescribed(s, EN, answers);
      expect(await s.exitCode()).toBe(4);
      const screen = s.transcript();
      expect(messageOnScreen(screen, EN.messageHeading)).toBe(draftFor(answers).replace(/\n$/, ''));
      expect(screen).toMatch(loose('warning: could not copy to the clipboard: there is no graphical display (DISPLAY is not set)'));
      expect(screen).toMatch(loose('apt-get install xsel'));
      expect(screen).not.toMatch(/^\s{4}at /m);
    });
  });
});
