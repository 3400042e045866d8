// The README promises real output: its examples are regenerated from the built bin and must match.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('README', () => {
  it('shows the real output of every example command', () => {
    const r = spawnSync(process.execPath, ['scripts/readme-examples.mjs', '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // Every example is one run of the bin: on a loaded 2-core machine that takes a while.
  }, 180_000);

  it('has a Quick start of exactly the two commands CI and new users run', () => {
    const readme = readFileSync('README.md', 'utf8');
    const quick = /## Quick start\n\n```sh\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(quick?.trim().split('\n')).toEqual(['npm install && npx amz-help wizard', 'npm test']);
  });

  it('documents every exit code the CLI defines', async () => {
    const { EXIT } = await import('../src/cli/errors.js');
    const readme = readFileSync('README.md', 'utf8');
    for (const code of Object.values(EXIT)) expect(readme).toMatch(new RegExp(`\\| ${code} \\|`));
  });
});
