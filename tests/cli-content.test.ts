// `amz-help content check|graph`, --content / AMZ_HELP_CONTENT, --version and --help, through the
// built bin with pipes and NO_COLOR=1.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { run, STACK_FRAME } from './helpers/cli.js';
import { brokenContent, cleanupTemp, positionOf, replaceLine, ROOT } from './helpers/content.js';

// Each test spawns the bin one or more times; on a loaded 2-core CI machine a spawn can take seconds.
vi.setConfig({ testTimeout: 90_000 });

afterAll(cleanupTemp);

const REFUND = ['refund-check', '--paid', '2024-05-01', '--seller', 'amazon', '--shipped', 'no', '--today', '2024-05-06', '--json'];
const SUMMARY = /^✔ (.+): valid: (\d+) topics, (\d+) questions, (\d+) outcomes, (\d+) paths, (\d+) steps, (\d+) channels$/;

/** The 1-based number of the one line of `file` that is exactly `text`. */
function lineIs(file: string, text: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  expect(lines.filter((l) => l === text)).toHaveLength(1);
  return lines.indexOf(text) + 1;
}

/** Content whose refund window is `days` days. */
function windowOf(days: number): string {
  return brokenContent({ 'refund.yaml': (t) => replaceLine(t, '    window: { from: paid, closes: 7 }', `    window: { from: paid, closes: ${days} }`) });
}

/** Content with three errors in three files. */
function threeErrors(): { dir: string; expected: string[] } {
  let refund = '';
  let topic = '';
  const dir = brokenContent({
    'refund.yaml': (t) => (refund = replaceLine(t, '    window: { from: paid, closes: 7 }', '    window: { from: paid, closes: seven }')),
    'topics/price-drop.yaml': (t) => (topic = t.replace(/^start: paid$/m, 'start: paid\nstart: seller')),
    'flow.yaml': (t) => t.replace(/^topics:$/m, 'topicz:'),
  });
  const days = positionOf(refund, 'closes: seven');
  const dup = positionOf(topic, 'start: seller');
  return {
    dir,
    expected: [
      `${dir}/refund.yaml:${days.line}:${days.col} conditions[1].window.closes: expected a number, got "seven"`,
      // a missing top-level key is reported where the mapping starts: the "account:" line
      `${dir}/flow.yaml:${lineIs(join(dir, 'flow.yaml'), 'account:')}:1 topics: is missing`,
      `${dir}/flow.yaml:${lineIs(join(dir, 'flow.yaml'), 'topicz:')}:1 topicz: unknown key`,
      `${dir}/topics/price-drop.yaml:${dup.line}:1: duplicate key`,
    ],
  };
}

describe('content check', () => {
  it('the built-in content: exit 0 and a one-line summary on stdout, then one each for the glossary and the phrasebook', () => {
    const r = run(['content', 'check']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.endsWith('\n')).toBe(true);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(3);
    const m = SUMMARY.exec(r.stdout.split('\n')[0]!);
    expect(m).not.toBeNull();
    expect(m![1]).toBe('content');
    expect(Number(m![2])).toBe(12);
    expect(Number(m![5])).toBeGreaterThan(Number(m![4]) - 1);
  });

  it('a valid copy given as DIR is named in the summary', () => {
    const dir = windowOf(10);
    const r = run(['content', 'check', dir]);
    expect(r.status).toBe(0);
    expect(SUMMARY.exec(r.stdout.split('\n')[0]!)![1]).toBe(dir);
  });

  it('a broken DIR: exit 3, every error on stderr, then the count; stdout empty', () => {
    const { dir, expected } = threeErrors();
    const r = run(['content', 'check', dir]);
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(STACK_FRAME);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('4 problem(s) found');
    expect(lines.slice(0, -1).map((l) => l.replace(/^✖ /, '')).sort()).toEqual([...expected].sort());
  });

  it('the global --content DIR is what content check checks', () => {
    const { dir } = threeErrors();
    const r = run(['--content', dir, 'content', 'check']);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('4 problem(s) found');
  });

  it('a folder that does not exist: exit 3', () => {
    const r = run(['content', 'check', join(ROOT, 'no-such-folder')]);
    expect(r.status).toBe(3);
    expect(r.stderr).toBe(`✖ ${join(ROOT, 'no-such-folder')}: does not exist\n1 problem(s) found\n`);
  });
});

describe('other content for other commands', () => {
  it('--content DIR changes what refund-check decides (window of 10 days)', () => {
    const dir = windowOf(10);
    const builtIn = JSON.parse(run(REFUND).stdout);
    expect(builtIn.lastDay).toBe('2024-05-08');
    const r = run(['--content', dir, ...REFUND]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).lastDay).toBe('2024-05-11');
    // the flag also works after the command name
    expect(JSON.parse(run([...REFUND, '--content', dir]).stdout).lastDay).toBe('2024-05-11');
  });

  it('day 9 is eligible with a 10-day window, not with the built-in 7', () => {
    const args = ['refund-check', '--paid', '2024-05-01', '--seller', 'amazon', '--shipped', 'no', '--today', '2024-05-10'];
    expect(run(args).status).toBe(1);
    expect(run(['--content', windowOf(10), ...args]).status).toBe(0);
  });

  it('AMZ_HELP_CONTENT does the same', () => {
    const r = run(REFUND, { env: { AMZ_HELP_CONTENT: windowOf(3) } });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).lastDay).toBe('2024-05-04');
    expect(r.status).toBe(1);
  });

  it('--content wins over AMZ_HELP_CONTENT', () => {
    const r = run(['--content', windowOf(10), ...REFUND], { env: { AMZ_HELP_CONTENT: threeErrors().dir } });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).lastDay).toBe('2024-05-11');
  });

  it('an empty AMZ_HELP_CONTENT means the built-in content', () => {
    const r = run(REFUND, { env: { AMZ_HELP_CONTENT: '' } });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).lastDay).toBe('2024-05-08');
  });

  it('broken --content: refund-check exits 3 with one problem shown and a hint', () => {
    const { dir, expected } = threeErrors();
    const r = run(['--content', dir, ...REFUND]);
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('error: the content has 4 problem(s); amz-help cannot run on it');
    expect(expected).toContain(lines[1]!.trim());
    expect(lines[2]).toBe(`hint: run "amz-help content check ${dir}" to see them all`);
    expect(lines).toHaveLength(3);
  });

  it('broken AMZ_HELP_CONTENT: exit 3 too', () => {
    const r = run(REFUND, { env: { AMZ_HELP_CONTENT: threeErrors().dir } });
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/^error: the content has 4 problem\(s\)/);
  });

  it('usage errors come before content errors', () => {
    const r = run(['--content', threeErrors().dir, 'refund-check', '--paid', 'soon']);
    expect(r.status).toBe(2);
  });
});

describe('content graph', () => {
  it('Mermaid by default', () => {
    const r = run(['content', 'graph']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^flowchart /);
    for (const topic of ['price-drop', 'seller-question', 'account-blocked']) expect(r.stdout).toContain(topic);
  });

  it('--format dot', () => {
    const r = run(['content', 'graph', '--format', 'dot']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^digraph /);
    expect(r.stdout.trimEnd().endsWith('}')).toBe(true);
  });

  it('an unknown format: exit 2 naming the choices', () => {
    const r = run(['content', 'graph', '--format', 'svg']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe("error: option '--format <format>' argument 'svg' is invalid. Allowed choices are mermaid, dot.");
  });

  it('draws other content with --content', () => {
    const dir = brokenContent({
      'topics/price-drop.yaml': (t) => t.replace(/\brequest-difference\b/g, 'ask-for-the-difference'),
    });
    const r = run(['--content', dir, 'content', 'graph']);
    // the renamed outcome id must show; the built-in one must not
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('ask-for-the-difference');
    expect(r.stdout).not.toContain('request-difference');
  });
});

describe('--version and --help', () => {
  it('--version prints the package.json version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const r = run([flag]);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(`${version}\n`);
    }
  });

  it('--help lists the commands, real examples and the exit codes', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Usage: amz-help \[options\] \[command\]/);
    expect(r.stdout).toContain('\nExamples:\n');
    expect(r.stdout).toContain('  $ amz-help refund-check --paid 2024-05-01 --seller amazon --shipped no\n');
    expect(r.stdout).toMatch(/\n {2}refund-check \[options\] +\S/);
    expect(r.stdout).toMatch(/\n {2}content +\S/);
    expect(r.stdout).toContain('\nExit codes:\n  0 ');
    for (const code of ['1', '2', '3', '130']) expect(r.stdout).toMatch(new RegExp(`\\n {2}${code} +\\S`));
  });

  it('content check --help and content graph --help show examples', () => {
    expect(run(['content', 'check', '--help']).stdout).toContain('  $ amz-help content check ./my-content\n');
    expect(run(['content', 'graph', '--help']).stdout).toContain('  $ amz-help content graph --format dot');
  });
});
