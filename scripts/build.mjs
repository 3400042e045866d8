// Builds the installed command: one bundle of compiled JavaScript (with lazily loaded chunks for
// prompts, the YAML loader and the clipboard), plus a validated snapshot of content/.
// Runs on `npm install` (prepare), so a fresh clone needs no extra step.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // clipboardy finds its helper binaries next to its own files: it stays a normal dependency.
  external: ['clipboardy'],
  banner: { js: "import { createRequire as __amzRequire } from 'node:module'; const require = __amzRequire(import.meta.url);" },
};

await build({
  ...common,
  entryPoints: { cli: join(root, 'src/cli.ts') },
  outdir: dist,
  splitting: true,
  minify: true,
  chunkNames: 'chunks/[name]-[hash]',
});

const snapshotEntry = join(dist, 'build-snapshot.mjs');
await build({ ...common, entryPoints: [join(root, 'src/content/build-snapshot.ts')], outfile: snapshotEntry });
try {
  const { writeSnapshot } = await import(pathToFileURL(snapshotEntry).href);
  const { topics } = writeSnapshot();
  console.log(`amz-help built: dist/cli.js and a content snapshot (${topics} topics)`);
} catch (err) {
  console.error(String(err instanceof Error ? err.message : err));
  process.exitCode = 1;
} finally {
  rmSync(snapshotEntry, { force: true });
}
