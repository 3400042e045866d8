// Content cannot hang or crash the tool (issue 14 §2): every walk over a decision tree is bounded in
// work, not only in paths found, and iterative; past a bound it is a located error (exit 3) naming the
// question where the paths multiply. Editor lock and backup files are not content; a folder that may
// not be read is said to be so. A property test walks random trees under a wall-clock bound.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Topic } from '../src/content/schema.js';
import { isTopicFileName } from '../src/validate/loader.js';
import { parseTemplate, TemplateSyntaxError } from '../src/engine/template.js';
import { MAX_PATH_QUESTIONS, MAX_PATHS, nextAfter, walkTopic } from '../src/engine/walk.js';
import { BIN, binForAnyUser, cleanEnv, ensureBuilt, run, STACK_FRAME } from './helpers/cli.js';
import { cleanupTemp, copyContent, tempDir } from './helpers/content.js';
import { chainTree, explodingTree, outcomeId, withQuestions, type QuestionSpec } from './helpers/hostile-trees.js';

vi.setConfig({ testTimeout: 90_000 });
afterAll(cleanupTemp);

const isRoot = process.getuid?.() === 0;
/** CPU time a hostile check may take: the walk itself is bounded to well under this. */
const BUDGET_MS = 4000;

function expectLocatedExit3(r: ReturnType<typeof run>, pattern: RegExp): void {
  expect(r.status, r.stderr).toBe(3);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(r.stderr).not.toMatch(/Maximum call stack|RangeError/);
  if (r.cpuMs !== undefined) expect(r.cpuMs).toBeLessThan(BUDGET_MS);
}

describe('trees that multiply their paths', () => {
  it('40 two-way questions whose last leads nowhere: content check exits 3 at once, naming the question', () => {
    const dir = explodingTree(40);
    const r = run(['content', 'check', dir], { timeout: 20_000 });
    expectLocatedExit3(r, /payment\.yaml:\d+:\d+ questions\[\d+\]\.id: from question "q\d+" on, the paths multiply/);
    // The dead end is still reported, where it is.
    expect(r.stderr).toMatch(/questions\[39\]\.options\[0\]\.next: "nowhere" is neither a question nor an outcome/);
  });

  it('the same tree under any command with --content: exit 3, the first problem shown', () => {
    const dir = explodingTree(40);
    const r = run(['--content', dir, 'topics'], { timeout: 20_000 });
    expectLocatedExit3(r, /^error: the content has \d+ problem\(s\)/);
  });

  it('60 two-way questions that all reach a result: the same bound', () => {
    const dir = explodingTree(60, 'problem');
    const r = run(['content', 'check', dir], { timeout: 20_000 });
    expectLocatedExit3(r, /from question "q\d+" on, the paths multiply past what can be checked/);
  });
});

describe('a big tree within the bounds', () => {
  it('9 two-way questions before the real ones (3072 paths): content check and graph pass, each within the budget', () => {
    const dir = explodingTree(9, 'problem');
    const check = run(['content', 'check', dir]);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/3\d{3} paths|\d{4,} paths/);
    const graph = run(['--content', dir, 'content', 'graph']);
    expect(graph.status, graph.stderr).toBe(0);
    expect(graph.stdout).toContain('payment_q8');
    if (graph.cpuMs !== undefined) expect(graph.cpuMs).toBeLessThan(BUDGET_MS);
  });
});

describe('long chains', () => {
  it('a chain of 9000 questions (under 1 MiB): a located error, no stack overflow', () => {
    const dir = chainTree(9000);
    const r = run(['content', 'check', dir], { timeout: 30_000 });
    expect(r.status, r.stderr).toBe(3);
    expect(r.stderr).toMatch(new RegExp(`payment\\.yaml:\\d+:\\d+ questions\\[${MAX_PATH_QUESTIONS}\\]: a path reaches question "q${MAX_PATH_QUESTIONS}" after ${MAX_PATH_QUESTIONS} questions`));
    expect(r.stderr).not.toMatch(/Maximum call stack|RangeError/);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('a chain of 150 questions is fine', () => {
    const dir = chainTree(150);
    const r = run(['content', 'check', dir]);
    expect(r.status, r.stderr).toBe(0);
  });

  it('templates nested thousands deep are a syntax error, not a stack overflow', () => {
    expect(() => parseTemplate('{{#a}}'.repeat(100_000) + '{{/a}}'.repeat(100_000))).toThrow(TemplateSyntaxError);
    expect(() => parseTemplate('{{#a}}{{#b}}x{{/b}}{{/a}}')).not.toThrow();
  });
});

describe('a signal ends long content work at once', () => {
  it('SIGINT while a big content folder is read and checked ends the run within a second', async () => {
    const dir = chainTree(9000);
    ensureBuilt();
    const started = Date.now();
    const r = await new Promise<{ signal: NodeJS.Signals | null; ms: number }>((resolve) => {
      const p = spawn(process.execPath, [BIN, 'content', 'check', dir], { env: cleanEnv(), stdio: 'ignore' });
      // Signalled once it has used 600 ms of CPU: past start-up, inside the reading and checking
      // (about 2 s of CPU for this folder), whatever the load of the machine.
      const cpuMs = (): number => {
        try {
          const stat = readFileSync(`/proc/${p.pid}/stat`, 'utf8');
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          return (Number(fields[11]) + Number(fields[12])) * 10;
        } catch {
          return 0;
        }
      };
      const poll = setInterval(() => {
        if (cpuMs() < 600) return;
        clearInterval(poll);
        const sent = Date.now();
        p.kill('SIGINT');
        p.on('close', (_code, signal) => resolve({ signal, ms: Date.now() - sent }));
      }, 20);
    });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.signal).toBe('SIGINT');
    expect(r.ms).toBeLessThan(1000);
  });
});

describe('what sits in the content folder', () => {
  it('editor lock and backup files are ignored', () => {
    const dir = copyContent();
    const topics = join(dir, 'topics');
    // Emacs' lock is a dangling symbolic link; its auto-save file, Vim's swap file and ~ backups are junk.
    symlinkSync('user@host.1234:1700000000', join(topics, '.#payment.yaml'));
    writeFileSync(join(topics, '#payment.yaml#'), 'not: [valid');
    writeFileSync(join(topics, 'payment.yaml~'), 'not: [valid');
    writeFileSync(join(topics, '.payment.yaml.swp'), Buffer.from([0, 1, 2, 3]));
    writeFileSync(join(topics, '.hidden.yaml'), 'not: [valid');
    const r = run(['content', 'check', dir]);
    expect(r.status, r.stderr).toBe(0);
  });

  it.each([
    ['payment.yaml', true],
    ['payment.yml', true],
    ['.#payment.yaml', false],
    ['#payment.yaml#', false],
    ['payment.yaml~', false],
    ['.payment.yaml.swp', false],
    ['payment.yaml.bak', false],
  ])('%s is a topic file: %s', (name, expected) => {
    expect(isTopicFileName(name)).toBe(expected);
  });

  it.skipIf(!isRoot)('a folder the user may not read: "cannot be read: permission denied", not "does not exist"', () => {
    const parent = tempDir();
    chmodSync(parent, 0o755);
    const dir = join(parent, 'content');
    mkdirSync(dir);
    chmodSync(dir, 0o000);
    const asNobody = (args: string[]) =>
      spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, binForAnyUser(), ...args], { env: cleanEnv(), encoding: 'utf8' });
    let r = asNobody(['content', 'check', dir]);
    expect(r.status).toBe(3);
    expect(r.stderr).toBe(`✖ ${dir}: cannot be read: permission denied\n1 problem(s) found\n`);
    // Behind a folder the user may not enter: the same words.
    chmodSync(dir, 0o755);
    chmodSync(parent, 0o700);
    r = asNobody(['content', 'check', dir]);
    expect(r.stderr).toBe(`✖ ${dir}: cannot be read: permission denied\n1 problem(s) found\n`);
    const missing = asNobody(['content', 'check', `/tmp/amz-help-no-such-folder-${process.pid}`]);
    expect(missing.stderr).toMatch(/does not exist/);
  });
});

// ------------------------------------------------------------------ random trees
/** A random topic: questions q0..qn-1, choice or text, each next pointing anywhere (or nowhere). */
const topicArb = fc.integer({ min: 1, max: 60 }).chain((n) => {
  const target = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: n - 1 }).map((i) => `q${i}`) },
    { weight: 2, arbitrary: fc.constantFrom('end', 'other-end') },
    { weight: 1, arbitrary: fc.constant('missing') },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
  const question = (i: number) =>
    fc.oneof(
      fc.record({ next: target }).map(({ next }) => ({ id: `q${i}`, kind: 'text', next })),
      fc
        .record({ next: target, options: fc.array(target, { minLength: 2, maxLength: 4 }) })
        .map(({ next, options }) => ({ id: `q${i}`, kind: 'choice', next, options: options.map((to, j) => ({ id: `o${j}`, next: to })) })),
    );
  return fc.tuple(...Array.from({ length: n }, (_, i) => question(i))).map((questions) => {
    const clean = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
    return {
      id: 'payment',
      start: 'q0',
      questions: questions.map((q) => clean({ ...q, options: 'options' in q ? q.options.map(clean) : undefined })),
      outcomes: [{ id: 'end' }, { id: 'other-end' }],
    } as unknown as Topic;
  });
});

describe('property: walking any random tree', () => {
  it('ends within 500 ms; every path it returns is a real path to an outcome, without loops', () => {
    fc.assert(
      fc.property(topicArb, (topic) => {
        const started = performance.now();
        const { paths, problems } = walkTopic(topic);
        const ms = performance.now() - started;
        expect(ms).toBeLessThan(500);
        expect(paths.length).toBeLessThanOrEqual(MAX_PATHS);
        for (const path of paths) {
          expect(path.steps.length).toBeLessThanOrEqual(MAX_PATH_QUESTIONS);
          let id = topic.start;
          const seen = new Set<string>();
          for (const step of path.steps) {
            expect(step.question).toBe(id);
            expect(seen.has(id)).toBe(false);
            seen.add(id);
            id = nextAfter(topic.questions.find((q) => q.id === id)!, step.answer)!;
          }
          expect(id).toBe(path.outcome);
        }
        // Every problem is located inside the topic.
        for (const p of problems) expect(['start', 'questions']).toContain(p.at[0]);
      }),
      { numRuns: 300 },
    );
  });

  it('the wall clock of content check on random trees stays bounded (the bin, 5 trees)', () => {
    const samples = fc.sample(topicArb, { numRuns: 5, seed: 14 });
    for (const topic of samples) {
      const dir = copyContent();
      const real = outcomeId(dir);
      const to = (next: string | undefined) => (next === undefined ? {} : { next: next.endsWith('end') ? real : next });
      const specs = topic.questions.map(
        (q): QuestionSpec =>
          q.kind === 'choice' ? { id: q.id, kind: 'choice', ...to(q.next), options: q.options.map((o) => ({ id: o.id, ...to(o.next) })) } : { id: q.id, kind: 'text', ...to(q.next) },
      );
      withQuestions(dir, topic.start, specs);
      const started = Date.now();
      const r = run(['content', 'check', dir], { timeout: 20_000 });
      expect(r.signal).toBeNull();
      expect([0, 3]).toContain(r.status);
      expect(r.stderr).not.toMatch(STACK_FRAME);
      expect(Date.now() - started).toBeLessThan(15_000);
    }
  });
});
