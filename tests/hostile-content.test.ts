// Hostile or broken content (issue 6 §1): every fixture makes `amz-help content check DIR` exit 3
// within 2 s with a located message, never a hang, a crash or a stack trace; loading it in-process
// throws ContentError and nothing else, and never pollutes Object.prototype.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ContentError, loadContent } from '../src/validate/loader.js';
import { MAX_FILE_BYTES } from '../src/content/source.js';
import { run, STACK_FRAME } from './helpers/cli.js';
import { cleanupTemp, copyContent, ROOT, tempDir } from './helpers/content.js';

// Each test spawns the bin one or more times; on a loaded 2-core CI machine a spawn can take seconds.
vi.setConfig({ testTimeout: 90_000 });

const HOSTILE = join(ROOT, 'tests/fixtures/hostile');
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

afterAll(cleanupTemp);

/** A copy of content/ with tips.yaml replaced by `make` (which gets the path to fill). */
function withTips(make: (file: string) => void): string {
  const dir = copyContent();
  const file = join(dir, 'tips.yaml');
  rmSync(file, { force: true });
  make(file);
  return dir;
}
const fixture = (name: string) => withTips((file) => copyFileSync(join(HOSTILE, name), file));

/**
 * The 2-second budget, counted in CPU time: wall-clock time on a loaded 2-core CI machine says more
 * about the other jobs than about amz-help. A hang that burns no CPU (reading a pipe that never
 * ends) is caught by the spawn timeout instead.
 */
const BUDGET_MS = 2000;

/** Runs content check on `dir` and asserts what every hostile case shares; returns the issue lines. */
function checkRejects(dir: string): string[] {
  const cpu = process.cpuUsage();
  loadRejects(dir);
  const used = process.cpuUsage(cpu);
  expect((used.user + used.system) / 1000).toBeLessThan(BUDGET_MS);
  const r = run(['content', 'check', dir], { timeout: 15_000 });
  expect(r.signal).toBeNull(); // not killed by the timeout: no hang
  expect(r.status).toBe(3);
  expect(r.cpuMs ?? r.ms).toBeLessThan(BUDGET_MS);
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(r.stderr).not.toMatch(RAW_CONTROL);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines.at(-1)).toBe(`${lines.length - 1} problem(s) found`);
  const issues = lines.slice(0, -1).map((l) => l.replace(/^✖ /, ''));
  for (const issue of issues) expect(issue.startsWith(`${dir}/`) || issue.startsWith(`${dir}:`)).toBe(true);
  return issues.map((i) => i.replace(dir, 'DIR'));
}

/** Loads in-process: the only thing allowed to come out is a ContentError. */
function loadRejects(dir: string): ContentError {
  try {
    loadContent(dir, 'DIR');
  } catch (err) {
    expect(err).toBeInstanceOf(ContentError);
    return err as ContentError;
  }
  throw new Error('hostile content loaded without an error');
}

describe('resource exhaustion', () => {
  it('a YAML alias bomb (billion laughs)', () => {
    const dir = fixture('billion-laughs.yaml');
    expect(checkRejects(dir)).toEqual([
      'DIR/tips.yaml: cannot be read as data: Excessive alias count indicates a resource exhaustion attack',
    ]);
    loadRejects(dir);
  });

  it('very deep flow nesting (100 000 brackets)', () => {
    const dir = withTips((f) => writeFileSync(f, `tips: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`));
    const [issue, ...rest] = checkRejects(dir);
    expect(rest).toEqual([]);
    expect(issue).toMatch(/^DIR\/tips\.yaml:1:\d+: is nested too deeply$/);
    expect(loadRejects(dir).issues[0]!.message).toBe('is nested too deeply');
  });

  it('very deep block nesting (1000 levels)', () => {
    const text = `tips:\n${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i + 1)}a:\n`).join('')}`;
    const dir = withTips((f) => writeFileSync(f, text));
    const [issue, ...rest] = checkRejects(dir);
    expect(rest).toEqual([]);
    expect(issue).toMatch(/^DIR\/tips\.yaml(:\d+:\d+)?: is nested (too deeply|more than 64 levels deep)$/);
    loadRejects(dir);
  });

  it('nesting that parses but is deeper than content ever needs', () => {
    // Refused before parsing, at the bracket that goes one level too deep.
    const dir = withTips((f) => writeFileSync(f, `tips: ${'['.repeat(100)}${']'.repeat(100)}\n`));
    expect(checkRejects(dir)).toEqual(['DIR/tips.yaml:1:71: is nested too deeply']);
  });

  it('block nesting deeper than content needs, with no brackets and little indentation', () => {
    // "- - - ..." nests a sequence per dash on one line: only the parsed data shows the depth.
    const dir = withTips((f) => writeFileSync(f, `tips:\n  ${'- '.repeat(100)}x\n`));
    expect(checkRejects(dir)).toEqual(['DIR/tips.yaml: is nested more than 64 levels deep']);
  });

  it('loading the same deep file again and again stays an error, not a crash', () => {
    const dir = withTips((f) => writeFileSync(f, `tips: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`));
    for (let i = 0; i < 5; i++) expect(loadRejects(dir).issues[0]!.message).toBe('is nested too deeply');
  });

  it('a file over 1 MiB is refused with its size, before it is parsed', () => {
    const size = MAX_FILE_BYTES + 1;
    const dir = withTips((f) => writeFileSync(f, `# ${'x'.repeat(size - 3)}\n`));
    expect(checkRejects(dir)).toEqual([`DIR/tips.yaml: is ${size} bytes; content files may be at most 1048576 bytes (1 MiB)`]);
  });

  it('a file of exactly 1 MiB is read (the limit is inclusive)', () => {
    // Valid YAML padded with a comment to exactly the limit: no size error, only the shape error.
    const head = 'tips: []\n# ';
    const dir = withTips((f) => writeFileSync(f, `${head}${'x'.repeat(MAX_FILE_BYTES - head.length - 1)}\n`));
    expect(checkRejects(dir)).toEqual(['DIR/tips.yaml:1:1 tips: Too small: expected array to have >=1 items']);
  });
});

describe('bytes that are not YAML text', () => {
  it('binary bytes with NUL', () => {
    const dir = withTips((f) => writeFileSync(f, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0x00])));
    expect(checkRejects(dir)).toEqual(['DIR/tips.yaml: contains NUL bytes: it is binary, not YAML text']);
  });

  it('random binary that is not UTF-8', () => {
    const dir = withTips((f) => writeFileSync(f, Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x9b, 0x1b, 0x5b, 0x32, 0x4a])));
    expect(checkRejects(dir)).toEqual(['DIR/tips.yaml: is not UTF-8 text']);
  });

  it('a Latin-1 (non-UTF-8) file', () => {
    const dir = withTips((f) => writeFileSync(f, Buffer.from('tips:\n  - id: caf\xe9\n', 'latin1')));
    expect(checkRejects(dir)).toEqual(['DIR/tips.yaml: is not UTF-8 text']);
  });

  it('two YAML documents in one file', () => {
    const dir = withTips((f) => writeFileSync(f, 'tips: []\n---\ntips: []\n'));
    const issues = checkRejects(dir);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^DIR\/tips\.yaml:2:1: /);
  });
});

describe('YAML features that must not run or silently win', () => {
  it('duplicate keys', () => {
    expect(checkRejects(fixture('duplicate-keys.yaml'))).toEqual(['DIR/tips.yaml:8:7: duplicate key']);
  });

  it('a !!js/function tag', () => {
    expect(checkRejects(fixture('custom-tag-js.yaml'))).toEqual(['DIR/tips.yaml:2:7: Unresolved tag: tag:yaml.org,2002:js/function']);
  });

  it('a !!python/object tag', () => {
    expect(checkRejects(fixture('custom-tag-python.yaml'))).toEqual([
      'DIR/tips.yaml:3:5: Unresolved tag: tag:yaml.org,2002:python/object/apply:os.system',
    ]);
  });

  it('__proto__ and constructor keys are unknown keys, and pollute nothing', () => {
    const dir = fixture('prototype-keys.yaml');
    expect(checkRejects(dir).sort()).toEqual([
      'DIR/tips.yaml:10:5 tips[0].__proto__: unknown key',
      'DIR/tips.yaml:2:1 __proto__: unknown key',
      'DIR/tips.yaml:4:1 constructor: unknown key',
    ]);
    const error = loadRejects(dir);
    expect(error.issues.map((i) => i.path).sort()).toEqual(['__proto__', 'constructor', 'tips[0].__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe('the content folder itself', () => {
  it('a symlink loop where a file belongs', () => {
    const dir = withTips((f) => symlinkSync('tips.yaml', f));
    expect(checkRejects(dir)).toEqual(['DIR/tips.yaml: is a symbolic link that loops']);
  });

  it('a two-link loop', () => {
    const dir = withTips((f) => {
      symlinkSync('other.yaml', f);
      symlinkSync('tips.yaml', join(f, '..', 'other.yaml'));
    });
    expect(checkRejects(dir)).toEqual(['DIR/tips.yaml: is a symbolic link that loops']);
  });

  it('a symlink loop in place of the topics folder', () => {
    const dir = copyContent();
    rmSync(join(dir, 'topics'), { recursive: true });
    symlinkSync('topics', join(dir, 'topics'));
    const issues = checkRejects(dir);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^DIR\/topics: /);
  });

  it('a directory where a file belongs', () => {
    const dir = withTips((f) => mkdirSync(f));
    expect(checkRejects(dir)).toEqual(['DIR/tips.yaml: is a folder, but a YAML file belongs here']);
  });

  it('a directory named like a topic file', () => {
    const dir = copyContent();
    mkdirSync(join(dir, 'topics', 'zz.yaml'));
    expect(checkRejects(dir)).toEqual(['DIR/topics/zz.yaml: is a folder, but a YAML file belongs here']);
  });

  it('a file where the topics folder belongs', () => {
    const dir = copyContent();
    rmSync(join(dir, 'topics'), { recursive: true });
    writeFileSync(join(dir, 'topics'), 'x');
    expect(checkRejects(dir)).toEqual(['DIR/topics: must be a folder of topic files']);
  });

  it('a named pipe where a file belongs (reading it would block forever)', () => {
    const dir = withTips((f) => execFileSync('mkfifo', [f]));
    expect(checkRejects(dir)).toEqual(['DIR/tips.yaml: is not a regular file']);
  });

  it('a link to /dev/zero (endless bytes)', () => {
    const dir = withTips((f) => symlinkSync('/dev/zero', f));
    expect(checkRejects(dir)).toEqual(['DIR/tips.yaml: is not a regular file']);
  });

  it('an empty folder', () => {
    const dir = tempDir();
    expect(checkRejects(dir)).toEqual([
      'DIR/sources.yaml: is missing',
      'DIR/amazon.yaml: is missing',
      'DIR/steps.yaml: is missing',
      'DIR/tips.yaml: is missing',
      'DIR/refund.yaml: is missing',
      'DIR/atoz.yaml: is missing',
      'DIR/channels.yaml: is missing',
      'DIR/flow.yaml: is missing',
      'DIR/topics: is missing: it holds one file per topic',
    ]);
  });

  it('an empty topics folder', () => {
    const dir = copyContent();
    rmSync(join(dir, 'topics'), { recursive: true });
    mkdirSync(join(dir, 'topics'));
    expect(checkRejects(dir)).toEqual(['DIR/topics: holds no topic files']);
  });

  it('an empty file', () => {
    const dir = withTips((f) => writeFileSync(f, ''));
    const issues = checkRejects(dir);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^DIR\/tips\.yaml(:1:1)?: /);
  });

  it('a path that is a file, not a folder', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'x');
    const r = run(['content', 'check', join(dir, 'file')]);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain(`${join(dir, 'file')}: is not a folder`);
  });
});

describe('control characters in content never reach the terminal raw', () => {
  it('ANSI escapes, OSC and C1 controls in texts are rejected, each located', () => {
    const dir = fixture('control-chars.yaml');
    const issues = checkRejects(dir);
    expect(issues).toEqual([
      'DIR/tips.yaml:6:7 tips[0].text.en: must not contain control characters (such as ANSI escapes)',
      'DIR/tips.yaml:7:7 tips[0].text.ru: must not contain control characters (such as ANSI escapes)',
      'DIR/tips.yaml:11:7 tips[1].text.en: must not contain control characters (such as ANSI escapes)',
      // the key itself carries an escape: it is shown, made harmless
      'DIR/tips.yaml:13:1 \uFFFD[2Jkey: unknown key',
    ]);
  });

  it('an escape in an Amazon label (printed in every click path) is rejected', () => {
    const dir = copyContent();
    const file = join(dir, 'amazon.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('    value: Contact Us\n');
    writeFileSync(file, text.replace('    value: Contact Us\n', '    value: "Contact \\e[5mUs"\n'));
    const issues = checkRejects(dir);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^DIR\/amazon\.yaml:\d+:5 details\[\d+\]\.value: must not contain control characters/);
  });

  it('refund-check on such content exits 3 with the first problem, also escaped', () => {
    const dir = fixture('control-chars.yaml');
    const r = run(['refund-check', '--content', dir, '--paid', '2024-05-01', '--seller', 'amazon', '--shipped', 'no', '--today', '2024-05-02']);
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr.split('\n')).toEqual([
      'error: the content has 4 problem(s); amz-help cannot run on it',
      `  ${dir}/tips.yaml:6:7 tips[0].text.en: must not contain control characters (such as ANSI escapes)`,
      `hint: run "amz-help content check ${dir}" to see them all`,
      '',
    ]);
  });

  it('a tab inside a text is allowed (it is not an escape)', () => {
    const dir = copyContent();
    const file = join(dir, 'amazon.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    value: Contact Us\n', '    value: "Contact\\tUs"\n'));
    const r = run(['content', 'check', dir]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
