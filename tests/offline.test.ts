// amz-help opens no network connection. Three ways to see it:
// 1. The main commands run in a network namespace with no network (`unshare -n`, as root) and
//    print exactly what they print with a network, with the same exit codes.
// 2. A tripwire preloaded into the real bin (node --import) replaces every way Node opens a
//    connection or resolves a name; no command trips it. This one needs no root.
// 3. Static: src/ imports no networking module and calls no fetch(); the built dist/ neither.
// Under CI=true a missing or unusable `unshare` fails; elsewhere those tests are skipped with the reason.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, ensureBuilt, run } from './helpers/cli.js';
import { cleanupTemp, ROOT, tempDir } from './helpers/content.js';
import { hasTmux, Pty, shq, toPaymentQuestion } from './helpers/hardening-tty.js';

const inCI = ((): boolean => {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
})();

afterAll(() => cleanupTemp());

/** The commands a user runs, with fixed dates so that two runs print the same. */
const COMMANDS: string[][] = [
  ['--help'],
  ['--version'],
  ['refund-check', '--help'],
  ['draft', 'not-as-described', '--help'],
  ['refund-check', '--paid', '2024-05-01', '--seller', 'amazon', '--shipped', 'no', '--today', '2024-05-06'],
  ['refund-check', '--paid', '2024-05-01', '--seller', 'other', '--shipped', 'yes', '--today', '2024-05-20', '--json'],
  ['draft', 'not-as-described', '--order', '123-1234567-1234567', '--problem', 'damaged', '--wish', 'refund'],
  ['draft', 'payment', '--problem', 'charged-twice', '--channel', 'email', '--json'],
  ['draft', 'price-drop', '--paid', '2024-05-01', '--seller', 'amazon', '--shipped', 'no', '--order', '123-1234567-1234567', '--today', '2024-05-03'],
  ['--lang', 'ru', 'draft', 'seller-question', '--stage', 'considering', '--about', 'size', '--item', 'wireless headphones'],
  ['topics'],
  ['--lang', 'ru', 'topics'],
  ['path', 'not-as-described'],
  ['path', 'product-question'],
  ['contacts'],
  ['--lang', 'ru', 'contacts'],
  ['content', 'check'],
  ['content', 'graph', '--format', 'dot'],
  // Amazon's reply is explained on the machine: nothing of it is sent anywhere.
  ['--lang', 'ru', 'reply', 'tests/fixtures/replies/refund-issued.txt'],
  ['reply', '--json', 'tests/fixtures/replies/escalation.txt'],
  // Failures behave the same offline too.
  ['draft', 'payment', '--problem', 'bogus'],
  ['path', 'nope'],
  ['wizard'],
];

/** Why `unshare -n` cannot be used here, or undefined when it can. */
function unshareProblem(): string | undefined {
  const which = spawnSync('sh', ['-c', 'command -v unshare'], { encoding: 'utf8' });
  if (which.status !== 0) return 'unshare is not installed (apt-get install util-linux)';
  const probe = spawnSync('unshare', ['-n', 'true'], { encoding: 'utf8' });
  if (probe.status !== 0) return `"unshare -n" does not work here (it needs root or CAP_SYS_ADMIN): ${(probe.stderr || probe.error?.message || '').trim()}`;
  return undefined;
}

function describeUnshare(title: string, body: () => void): void {
  const problem = unshareProblem();
  if (!problem) describe(title, body);
  else if (inCI) {
    describe(title, () => {
      it('needs unshare -n', () => {
        throw new Error(`CI=true and ${problem}. The offline test must run in CI: run the tests as root on Linux.`);
      });
    });
  } else {
    console.warn(`[offline] skipping "${title}": ${problem}`);
    describe.skip(`${title} — SKIPPED: ${problem}`, body);
  }
}

function offline(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  ensureBuilt();
  const r = spawnSync('unshare', ['-n', process.execPath, BIN, ...args], {
    cwd: ROOT,
    env: cleanEnv(),
    input: '',
    encoding: 'utf8',
    timeout: 15_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describeUnshare('in a network namespace with no network (unshare -n)', () => {
  it('the namespace really has no network: a connection to 1.1.1.1 fails, only "lo" exists', () => {
    const r = spawnSync(
      'unshare',
      ['-n', process.execPath, '-e', "require('net').connect(443, '1.1.1.1').on('error', (e) => { console.log(e.code); process.exit(0); })"],
      { encoding: 'utf8', timeout: 10_000 },
    );
    expect(r.stdout.trim()).toMatch(/^(ENETUNREACH|EHOSTUNREACH|ECONNREFUSED)$/);
    const dev = spawnSync('unshare', ['-n', 'cat', '/proc/net/dev'], { encoding: 'utf8' }).stdout;
    const interfaces = dev.split('\n').slice(2).filter(Boolean).map((l) => l.split(':')[0]!.trim());
    expect(interfaces).toEqual(['lo']);
  });

  it.each(COMMANDS.map((args) => [args.join(' '), args] as const))('amz-help %s: the same stdout, stderr and exit code', (_name, args) => {
    const online = run(args);
    const cut = offline(args);
    expect(cut.status, cut.stderr).toBe(online.status);
    expect(cut.stdout).toBe(online.stdout);
    expect(cut.stderr).toBe(online.stderr);
  });

  it('draft --out writes the same file offline', () => {
    const a = join(tempDir(), 'online.txt');
    const b = join(tempDir(), 'offline.txt');
    const args = ['draft', 'payment', '--problem', 'declined'];
    expect(run([...args, '--out', a]).status).toBe(0);
    expect(offline([...args, '--out', b]).status).toBe(0);
    expect(readFileSync(b, 'utf8')).toBe(readFileSync(a, 'utf8'));
  });
});

describe('a tripwire on every way to the network', () => {
  /** Replaces connect, name lookups, fetch and the HTTP clients: each records its call and throws. */
  function tripwire(): { preload: string; log: string } {
    const dir = tempDir();
    const log = join(dir, 'network-calls.log');
    const preload = join(dir, 'tripwire.mjs');
    writeFileSync(
      preload,
      `import fs from 'node:fs';
import net from 'node:net';
import tls from 'node:tls';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import dgram from 'node:dgram';
import { syncBuiltinESMExports } from 'node:module';
const log = ${JSON.stringify(log)};
function trip(name) {
  return function () {
    fs.appendFileSync(log, name + '\\n');
    throw new Error('amz-help tried the network: ' + name);
  };
}
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  // stdio pipes are sockets too, but they are never connected to a host or a path.
  return trip('net.Socket.connect ' + JSON.stringify(args[0]))();
};
for (const [obj, names, label] of [
  [net, ['connect', 'createConnection'], 'net'],
  [tls, ['connect'], 'tls'],
  [dns, ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny'], 'dns'],
  [dns.promises, ['lookup', 'resolve', 'resolve4', 'resolve6'], 'dns.promises'],
  [http, ['request', 'get'], 'http'],
  [https, ['request', 'get'], 'https'],
  [dgram, ['createSocket'], 'dgram'],
]) for (const n of names) obj[n] = trip(label + '.' + n);
globalThis.fetch = trip('fetch');
globalThis.WebSocket = trip('WebSocket');
void connect;
syncBuiltinESMExports();
`,
    );
    return { preload, log };
  }

  it('no command of the list, nor --copy, trips it', () => {
    ensureBuilt();
    const { preload, log } = tripwire();
    for (const args of [...COMMANDS, ['draft', 'payment', '--problem', 'declined', '--copy']]) {
      const r = spawnSync(process.execPath, ['--import', preload, BIN, ...args], { cwd: ROOT, env: cleanEnv(), input: '', encoding: 'utf8', timeout: 15_000 });
      expect(r.stderr, args.join(' ')).not.toContain('tried the network');
      expect([0, 1, 2, 4], `${args.join(' ')}\n${r.stderr}`).toContain(r.status);
    }
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
  });

  it('the tripwire works: a script that connects is caught', () => {
    const { preload, log } = tripwire();
    spawnSync(process.execPath, ['--import', preload, '-e', "try { require('node:net').connect(80, 'example.com') } catch {}"], { encoding: 'utf8' });
    expect(readFileSync(log, 'utf8')).toMatch(/^net\./);
  });
});

describe('the wizard offline (tmux, unshare -n)', () => {
  const problem = unshareProblem() ?? (hasTmux() ? undefined : 'tmux is not installed (apt-get install tmux)');
  const sessions: Pty[] = [];
  afterEach(() => {
    for (const s of sessions.splice(0)) s.kill();
  });
  const test = problem ? (inCI ? it : it.skip) : it;
  test(`runs to its result with no network${problem ? ` — ${inCI ? 'FAILS' : 'SKIPPED'}: ${problem}` : ''}`, async () => {
    if (problem) throw new Error(`CI=true and ${problem}`);
    ensureBuilt();
    const p = new Pty({ command: ['unshare', '-n', 'node', BIN, 'wizard'].map(shq).join(' ') });
    sessions.push(p);
    await toPaymentQuestion(p);
    for (const q of ['What happened with the payment?', 'Is the payment about an order?', 'Anything to add', 'Can you write short messages']) {
      await p.waitForPrompt(q);
      p.send('Enter');
    }
    for (const q of ['Can you talk in English', 'Do you need to send or receive documents', 'Do you want written proof', 'Would you call from Russia', 'Check your answers.', 'Copy the message to the clipboard?']) {
      await p.waitForPrompt(q);
      p.send('Enter');
    }
    expect(await p.exitCode(), p.frame()).toBe(0);
    expect(p.transcript()).toContain('My card was declined when I tried to pay.');
  });
});

describe('static: no networking code', () => {
  function files(dir: string, ext: RegExp): string[] {
    const out: string[] = [];
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) out.push(...files(p, ext));
      else if (ext.test(name)) out.push(p);
    }
    return out;
  }
  const NET_MODULES = /(['"])(node:)?(http|https|http2|net|tls|dns|dgram|undici)(\/[a-z]+)?\1/;
  const NET_CALLS = /\bfetch\s*\(|XMLHttpRequest|new\s+WebSocket|\.request\s*\(\s*['"`]https?:/;

  it('src/ imports no node:http, node:https, node:net, node:dns (nor tls, dgram, http2, undici) and calls no fetch()', () => {
    const offenders: string[] = [];
    for (const f of files(join(ROOT, 'src'), /\.ts$/)) {
      readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.replace(/\/\/.*$/, '');
          if (/\b(import|require|from)\b/.test(code) && NET_MODULES.test(code)) offenders.push(`${relative(ROOT, f)}:${i + 1}: ${line.trim()}`);
          if (NET_CALLS.test(code)) offenders.push(`${relative(ROOT, f)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });

  it('the built dist/ loads no networking module and calls no fetch() (bundled packages included)', () => {
    ensureBuilt();
    const js = files(join(ROOT, 'dist'), /\.(m?js|cjs)$/);
    expect(js.length).toBeGreaterThan(0);
    const offenders: string[] = [];
    for (const f of js) {
      const text = readFileSync(f, 'utf8');
      const modules = text.match(new RegExp(NET_MODULES.source, 'g')) ?? [];
      const calls = text.match(new RegExp(NET_CALLS.source, 'g')) ?? [];
      for (const m of [...modules, ...calls]) offenders.push(`${relative(ROOT, f)}: ${m}`);
    }
    expect(offenders).toEqual([]);
  });

  it('the built-in modules dist/ does load are all local ones', () => {
    const js = files(join(ROOT, 'dist'), /\.(m?js|cjs)$/);
    const builtins = new Set<string>();
    for (const f of js) for (const m of readFileSync(f, 'utf8').matchAll(/['"]node:([a-z_/]+)['"]/g)) builtins.add(m[1]!);
    const local = ['async_hooks', 'buffer', 'child_process', 'events', 'fs', 'fs/promises', 'module', 'os', 'path', 'process', 'readline', 'stream', 'string_decoder', 'tty', 'url', 'util', 'vm', 'worker_threads', 'v8', 'assert', 'crypto', 'timers'];
    expect([...builtins].filter((b) => !local.includes(b))).toEqual([]);
  });
});
