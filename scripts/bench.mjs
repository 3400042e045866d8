#!/usr/bin/env node
// Start-up benchmark: `npm run bench` builds, checks that start-up loads none of zod, yaml, the
// prompts or the clipboard (`build.mjs --check`), then times each target side by side with
// `node -e 0` of the Node it runs under, prints medians and ratios, and exits 1 when a target is
// missed. Not part of `npm test`: timings on a shared machine are noisy. See docs/BENCHMARKS.md.
//
//   node scripts/bench.mjs [--runs N] [--pty-runs N] [--markdown FILE]
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { cpus, loadavg } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'amz-help.js');
const NODE = process.execPath;
const MAJOR = Number(process.versions.node.split('.')[0]);

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(opt('--runs', '30'));
const PTY_RUNS = Number(opt('--pty-runs', '10'));
const MARKDOWN = opt('--markdown', '');

// The targets: 1.35x on Node 24 (and 22), 1.6x on Node 20; the first prompt 1.8x.
const COMMAND_TARGET = MAJOR >= 22 ? 1.35 : 1.6;
const PROMPT_TARGET = 1.8;
const REFUND = ['refund-check', '--paid', '2024-05-01', '--seller', 'amazon', '--shipped', 'no', '--today', '2024-05-06'];
const DRAFT = ['draft', 'not-as-described', '--channel', 'email', '--order', '123-1234567-1234567', '--problem', 'damaged', '--wish', 'refund'];
const amz = (...argv) => [NODE, BIN, ...argv];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

/** A command that fails fast would look fast: each one must work before it is timed. */
function check(argv, expect) {
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0 || !expect.test(r.stdout)) throw new Error(`${argv.slice(2).join(' ')} did not work (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
}

/** CPU ms (user + system) used by this process's finished children (Linux; 10 ms ticks). */
function childrenCpu() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return NaN;
  }
}

/**
 * Each command's median wall time and mean CPU time (ms), output to /dev/null, the commands
 * alternating run by run. CPU time grows far less than wall time when other jobs load the machine.
 */
function times(commands, runs) {
  const wall = commands.map(() => []);
  const cpu = commands.map(() => 0);
  for (let r = -3; r < runs; r++) {
    commands.forEach((c, i) => {
      const c0 = childrenCpu();
      const t = process.hrtime.bigint();
      spawnSync(c[0], c.slice(1), { stdio: 'ignore' });
      if (r < 0) return;
      wall[i].push(Number(process.hrtime.bigint() - t) / 1e6);
      cpu[i] += childrenCpu() - c0;
    });
  }
  return commands.map((_, i) => ({ wall: median(wall[i]), cpu: cpu[i] / runs }));
}

/**
 * Median ms from starting each command in a new tmux window (a real terminal) until its screen shows
 * every text in `ready`. One tmux client in control mode runs it all: tmux reports each piece of
 * output a pane gets (%output), and the screen is read right then, with no polling.
 */
async function ptyTimes(commands, runs) {
  const tmux = spawn('tmux', ['-L', `amz-bench-${process.pid}`, '-C', 'new-session', '-x', '120', '-y', '40', 'sleep 3600'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const replies = [];
  const onOutput = new Map();
  let block;
  let started;
  const ready = new Promise((resolve) => (started = resolve));
  createInterface({ input: tmux.stdout }).on('line', (line) => {
    if (block) {
      if (!/^%(end|error)/.test(line)) return void block.lines.push(line);
      if (block.mine) replies.shift()?.(block.lines);
      else started();
      block = undefined;
    } else if (line.startsWith('%begin')) block = { lines: [], mine: line.split(' ')[3] === '1' };
    else if (line.startsWith('%output ')) onOutput.get(line.split(' ')[1])?.();
  });
  const command = (text) => new Promise((resolve) => (replies.push(resolve), tmux.stdin.write(`${text}\n`)));
  const word = (a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a}'`);
  await ready;
  const socket = (await command('display-message -p "#{socket_path}"'))[0];
  const once = async ({ argv, ready: texts }) => {
    const t0 = process.hrtime.bigint();
    const [pane] = await command(`new-window -d -P -F '#{pane_id}' ${argv.map(word).join(' ')}`);
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`nothing after 10 s from ${argv.join(' ')}`)), 10_000);
      let busy = false;
      let again = false;
      const look = async () => {
        if (busy) return void (again = true);
        busy = true;
        do {
          again = false;
          const screen = (await command(`capture-pane -p -t ${pane}`)).join('\n');
          if (texts.every((text) => screen.includes(text))) return void (clearTimeout(timer), onOutput.delete(pane), resolve());
        } while (again);
        busy = false;
      };
      onOutput.set(pane, look);
      look();
    });
    const elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
    await command(`kill-pane -t ${pane}`);
    return elapsed;
  };
  const times = commands.map(() => []);
  try {
    for (let r = -2; r < runs; r++) for (const [i, c] of commands.entries()) { const t = await once(c); if (r >= 0) times[i].push(t); }
  } finally {
    tmux.stdin.end('kill-server\n');
    await new Promise((resolve) => tmux.on('close', resolve));
    spawnSync('rm', ['-f', socket]); // tmux leaves its socket file behind
  }
  return times.map(median);
}

const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const machine = `${cpus().length} CPUs (${cpus()[0]?.model?.trim() ?? 'unknown CPU'}), Node ${process.version}`;
const loadBefore = load();
console.log(`amz-help bench: ${machine}, load average ${loadBefore}`);
const startup = spawnSync(NODE, [join(ROOT, 'scripts', 'build.mjs'), '--check'], { encoding: 'utf8' });
console.log(startup.stdout.trim());
check(amz(...REFUND), /2024-05-08/); // the last day to ask
check(amz('--help'), /Usage: amz-help/);
check(amz(...DRAFT), /Subject: /);

const rows = [];
if (startup.status !== 0) rows.push({ name: 'start-up loads only what it needs (build.mjs --check)', ok: false });
/** The target is on wall time; CPU time (cpu, cpuBase) is shown beside it where measured. */
const record = (name, value, base, target, cpu, cpuBase) => {
  const ratio = value / base;
  const cpuRatio = cpu === undefined ? '' : `; CPU ${ms(cpu)} vs ${ms(cpuBase)} -> ${(cpu / cpuBase).toFixed(2)}x`;
  rows.push({ name, value, base, ratio, target, ok: ratio <= target, cpu, cpuBase });
  console.log(`  ${ratio <= target ? 'ok  ' : 'MISS'} ${name}: ${ms(value)} vs ${ms(base)} -> ${ratio.toFixed(2)}x (target ${target}x)${cpuRatio}`);
};

console.log(`\nwall time (median) and CPU time (mean) of ${RUNS} alternating runs each:`);
const [base, refund, draft, help] = times([[NODE, '-e', '0'], amz(...REFUND), amz(...DRAFT), amz('--help')], RUNS);
for (const [name, t] of [['refund-check', refund], ['draft', draft], ['--help', help]]) {
  record(name, t.wall, base.wall, COMMAND_TARGET, t.cpu, base.cpu);
}

if (spawnSync('sh', ['-c', 'command -v tmux'], { stdio: 'ignore' }).status !== 0) {
  rows.push({ name: 'wizard first prompt: tmux is not installed', ok: false });
  console.log('  MISS wizard first prompt: tmux is not installed');
} else {
  console.log(`\ntime to the first prompt in tmux, median of ${PTY_RUNS} alternating runs each:`);
  const { account } = JSON.parse(readFileSync(join(ROOT, 'dist', 'content.json'), 'utf8')).content.flow;
  const [baseline, prompt] = await ptyTimes(
    [
      { argv: [NODE, '-e', 'console.log("ready"); setTimeout(() => {}, 1e4)'], ready: ['ready'] },
      { argv: amz('--lang', 'en', 'wizard'), ready: [account.prompt.en, account.options[0].label.en] },
    ],
    PTY_RUNS,
  );
  record('wizard first prompt', prompt, baseline, PROMPT_TARGET);
}

const cpuCell = (r) => (r.cpu === undefined || Number.isNaN(r.cpu) ? '' : `${ms(r.cpu)} / ${ms(r.cpuBase)} = ${(r.cpu / r.cpuBase).toFixed(2)}x`);
const table = [
  '| measurement | amz-help | node -e 0 | ratio | target | CPU time, for comparison |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) =>
    r.value === undefined
      ? `| ${r.name} | | | | **missed** | |`
      : `| ${r.name} | ${ms(r.value)} | ${ms(r.base)} | ${r.ratio.toFixed(2)}x | ≤ ${r.target}x${r.ok ? '' : ' **missed**'} | ${cpuCell(r)} |`,
  ),
];
const note = `${machine}; load average ${loadBefore} before, ${load()} after.`;
console.log(`\n${table.join('\n')}\n\n${note}`);
if (MARKDOWN) writeFileSync(MARKDOWN, `${table.join('\n')}\n\n${note}\n`);
const missed = rows.some((r) => !r.ok);
console.log(missed ? '\nbench: a target was missed' : '\nbench: every target met');
process.exitCode = missed ? 1 : 0;
