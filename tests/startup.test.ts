// What start-up loads (issue 9): none of zod, yaml, @inquirer/prompts or clipboardy (each is
// imported with await import() where it is used), and no ES module import of node:fs or another
// built-in that loads more than itself. `scripts/build.mjs --check` bundles in memory and says.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './helpers/content.js';

it('start-up loads none of zod, yaml, the prompts or the clipboard, and imports no heavy built-in', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(r.stdout + r.stderr).toContain('start-up loads nothing it should not');
  expect(r.status).toBe(0);
});
