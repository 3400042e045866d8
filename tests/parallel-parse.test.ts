// Big content is parsed on two threads (src/content/parallel.ts): same data as one thread, and a
// file the worker cannot read comes back empty, for the full parser to locate the problem.
import { load, CORE_SCHEMA } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseAll, PARALLEL_MIN_CHARS } from '../src/content/parallel.js';

function bigYaml(seed: number, items: number): string {
  const lines = ['tips:'];
  for (let i = 0; i < items; i++) {
    lines.push(`  - id: tip-${seed}-${i}`, `    text: { en: "Tip ${i} of ${seed}: write short sentences.", ru: "Совет ${i}" }`, `    facts: [F${(i % 29) + 1}]`);
  }
  return `${lines.join('\n')}\n`;
}

describe('parseAll', () => {
  it('gives every file the same data as a single thread would, in order', () => {
    const texts = [0, 1, 2, 3, 4].map((seed) => bigYaml(seed, 6000));
    expect(texts.reduce((n, t) => n + t.length, 0)).toBeGreaterThan(PARALLEL_MIN_CHARS);
    const results = parseAll(texts);
    expect(results).toHaveLength(5);
    results.forEach((r, i) => expect(r).toEqual({ data: load(texts[i]!, { schema: CORE_SCHEMA }) }));
  });

  it('marks a file it cannot read as failed, on either thread', () => {
    const texts = [0, 1, 2, 3].map((seed) => bigYaml(seed, 6000));
    texts.push('a: [unclosed\n', 'b: 1\nb: 2\n');
    const results = parseAll(texts);
    expect(results.slice(0, 4).every((r) => r !== undefined)).toBe(true);
    expect(results[4]).toEqual({ failed: true });
    expect(results[5]).toEqual({ failed: true });
  });

  it('stays on one thread for small content', () => {
    expect(parseAll(['a: 1\n'])).toEqual([{ data: { a: 1 } }]);
  });
});
