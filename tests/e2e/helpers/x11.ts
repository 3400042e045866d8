// A private X display for clipboard tests: Xvfb on a free display number, ready once its socket
// exists; and the processes (xsel) that keep owning the clipboard on it after a copy.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { pollUntil } from './tools.js';

export interface Display {
  /** ":<n>" */
  name: string;
  process: ChildProcess;
}

function taken(n: number): boolean {
  return existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`);
}

/** Starts Xvfb on the first free display from 90 up (retrying if another one races for it). */
export async function startXvfb(): Promise<Display> {
  const first = 90 + (process.pid % 50);
  for (let n = first; n < first + 100; n++) {
    if (taken(n)) continue;
    const child = spawn('Xvfb', [`:${n}`, '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    let exited = false;
    child.on('exit', () => (exited = true));
    child.on('error', () => (exited = true));
    const ready = await pollUntil(
      () => (existsSync(`/tmp/.X11-unix/X${n}`) ? true : exited ? false : undefined),
      10_000,
      () => `Xvfb :${n} did not create /tmp/.X11-unix/X${n}: ${stderr}`,
    );
    if (ready) return { name: `:${n}`, process: child };
    // It lost the race for this number (or failed): try the next one.
  }
  throw new Error('no free X display number between 90 and 240');
}

export interface ProcInfo {
  pid: number;
  command: string;
}

function state(pid: number): string | undefined {
  try {
    // "pid (comm) S ..." — comm may contain spaces, the state follows the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  } catch {
    return undefined;
  }
}

/** Live (not zombie) processes named `name` whose environment has DISPLAY=`display`. */
export function processesOn(display: string, name: string): ProcInfo[] {
  const found: ProcInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      if (!cmdline[0] || !(cmdline[0] === name || cmdline[0].endsWith(`/${name}`))) continue;
      const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
      if (!environ.includes(`DISPLAY=${display}`)) continue;
      const s = state(pid);
      if (s === undefined || s === 'Z' || s === 'X') continue;
      found.push({ pid, command: cmdline.join(' ') });
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

export function alive(pid: number): boolean {
  const s = state(pid);
  return s !== undefined && s !== 'Z' && s !== 'X';
}

/** Stops the xsel processes holding the clipboard on `display`, then Xvfb; waits until they are gone. */
export async function stopDisplay(display: Display | undefined): Promise<void> {
  if (!display) return;
  const owners = processesOn(display.name, 'xsel');
  for (const p of owners) {
    try {
      process.kill(p.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  const x = display.process;
  if (x.exitCode === null && x.signalCode === null) {
    const exited = new Promise<void>((resolve) => x.once('exit', () => resolve()));
    x.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    if (x.exitCode === null && x.signalCode === null) x.kill('SIGKILL');
  }
  await pollUntil(
    () => (owners.every((p) => !alive(p.pid)) ? true : undefined),
    5_000,
    () => `xsel still running: ${owners.filter((p) => alive(p.pid)).map((p) => p.pid).join(', ')}`,
  );
}
