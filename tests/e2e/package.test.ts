// The package as a user gets it: `npm pack`, installed into an empty prefix and run from there,
// outside the repository; and a fresh `git clone` where `npm install && npx amz-help wizard` (the
// README's first commands) must reach the first prompt. Catches files left out of "files" in
// package.json and a bin that only works inside the repository.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { useTmux } from './helpers/tmux.js';
import { assertBuilt, BIN, cleanEnv, describeWithTools, ROOT } from './helpers/tools.js';
import { EN, RU } from './helpers/wizard.js';

const NPM_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
const SLOW = 240_000;

function sh(cmd: string, args: readonly string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number }): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd: opts.cwd, env: opts.env ?? cleanEnv(), encoding: 'utf8', timeout: opts.timeout ?? 180_000 });
  if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  return r;
}

function ok(r: SpawnSyncReturns<string>, what: string): SpawnSyncReturns<string> {
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r;
}

const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describeWithTools('the installed package (npm pack → npm install -g --prefix)', ['npm', 'tmux'], () => {
  const tmux = useTmux();
  let tmp: string;
  let prefix: string;
  let home: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(() => {
    assertBuilt();
    tmp = mkdtempSync(join(tmpdir(), 'amz-e2e-pack-'));
    prefix = join(tmp, 'prefix');
    home = join(tmp, 'home'); // cwd for the installed command: nowhere near the repository
    mkdirSync(prefix);
    mkdirSync(home);
    // --ignore-scripts: `prepare` would rebuild dist/ in the working tree while other test files
    // run it; npm test has just built it.
    const pack = ok(sh('npm', ['pack', '--ignore-scripts', '--pack-destination', tmp, ...NPM_FLAGS], { cwd: ROOT }), 'npm pack');
    const tarball = join(tmp, pack.stdout.trim().split('\n').at(-1)!);
    expect(existsSync(tarball), `npm pack printed ${pack.stdout}`).toBe(true);
    ok(sh('npm', ['install', '-g', '--prefix', prefix, ...NPM_FLAGS, tarball], { cwd: tmp }), 'npm install -g --prefix');
    // Only the prefix's bin and node itself on PATH: the repository's node_modules/.bin is not there.
    env = cleanEnv({ PATH: `${join(prefix, 'bin')}:${dirname(process.execPath)}:/usr/bin:/bin`, LANG: 'en_US.UTF-8', HOME: home });
  }, SLOW);
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  const installed = (...args: string[]) => sh(join(prefix, 'bin', 'amz-help'), args, { cwd: home, env, timeout: 20_000 });

  it('--version is the version in package.json', () => {
    const r = installed('--version');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it('the package holds only what it needs: bin, dist, content; no sources or tests', () => {
    const root = join(prefix, 'lib', 'node_modules', 'amz-help');
    const top = readdirSync(root).sort();
    expect(top).toEqual(expect.arrayContaining(['bin', 'content', 'dist', 'package.json']));
    for (const unwanted of ['src', 'tests', 'scripts', '.ci']) expect(existsSync(join(root, unwanted)), unwanted).toBe(false);
  });

  it('refund-check: exit 0 when eligible, 1 when not', () => {
    const yes = installed('refund-check', '--paid', '2024-05-01', '--seller', 'amazon', '--shipped', 'no', '--today', '2024-05-06');
    expect(yes.status, yes.stderr).toBe(0);
    expect(yes.stdout).toContain('Asking has a chance: all three conditions');
    const no = installed('refund-check', '--paid', '2024-05-01', '--seller', 'other', '--shipped', 'yes', '--today', '2024-06-01', '--json');
    expect(no.status, no.stderr).toBe(1);
    expect(JSON.parse(no.stdout)).toMatchObject({ eligible: false });
  });

  it('draft prints the same message as the repository build', () => {
    const args = ['draft', 'not-as-described', '--order', '123-1234567-1234567', '--problem', 'damaged', '--wish', 'refund'];
    const r = installed(...args);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('I am writing about my order 123-1234567-1234567.');
    const repo = sh(process.execPath, [BIN, ...args], { cwd: ROOT, env: cleanEnv({ LANG: 'en_US.UTF-8' }) });
    expect(r.stdout).toBe(repo.stdout);
  });

  it('content check passes on the packaged content', () => {
    const r = installed('content', 'check');
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  });

  it('a short wizard session at a real terminal, run from the prefix', { timeout: 60_000 }, async () => {
    const s = tmux.start({ argv: ['amz-help', '--lang', 'ru', 'wizard'], env: { PATH: env.PATH!, HOME: home, LANG: 'en_US.UTF-8' }, cwd: home });
    await s.waitForPrompt(RU.account);
    await s.choose(RU.signedIn);
    await s.waitForPrompt(RU.topics);
    await s.waitFor(`✔ ${RU.account} ${RU.signedIn}`);
    s.send('C-c');
    expect(await s.exitCode()).toBe(130);
  });
});

describeWithTools('a fresh clone: npm install && npx amz-help wizard', ['git', 'npm', 'tmux'], () => {
  const tmux = useTmux();
  let clone: string;
  beforeAll(() => {
    clone = join(mkdtempSync(join(tmpdir(), 'amz-e2e-clone-')), 'amz-help');
    // The committed state of the repository these tests belong to (CI runs them in a clean clone).
    ok(sh('git', ['clone', '-q', ROOT, clone], { cwd: tmpdir() }), 'git clone');
  }, SLOW);
  afterAll(() => {
    if (clone) rmSync(dirname(clone), { recursive: true, force: true });
  });

  it('reaches the first prompt', { timeout: SLOW }, async () => {
    // The first command of the README; `prepare` builds dist/ in the clone.
    ok(sh('npm', ['install', ...NPM_FLAGS], { cwd: clone, env: cleanEnv({ LANG: 'en_US.UTF-8' }), timeout: SLOW - 30_000 }), 'npm install');
    expect(existsSync(join(clone, 'dist', 'cli.js')), 'npm install did not build dist/').toBe(true);
    // The second: `npx amz-help wizard` (--no: never fetch a package of that name from the registry).
    const s = tmux.start({ argv: ['npx', '--no', 'amz-help', 'wizard'], env: { LANG: 'en_US.UTF-8' }, cwd: clone });
    await s.waitForPrompt(EN.account, 30_000);
    await s.choose(EN.signedIn);
    await s.waitForPrompt(EN.topics);
    s.send('C-c');
    expect(await s.exitCode()).toBe(130);
  });
});
