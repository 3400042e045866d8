// Builds the installed command. Runs on `npm install` (prepare), so a fresh clone needs no extra step.
//
// - dist/cli.js: src/cli.ts bundled by esbuild as one ES module. What only some commands need is
//   loaded with import() where it is used (the prompts, the content loader with zod and yaml, the
//   clipboard), so esbuild puts it in chunks under dist/chunks/ that start-up never reads.
// - dist/content.json and dist/content.src: the validated content snapshot (src/validate/embedded.ts),
//   so a command on unchanged content/ loads neither zod nor yaml.
// - Start-up (dist/cli.js and what it imports statically) must not include zod, yaml, @inquirer or
//   clipboardy (someone imported one statically), nor `import` node:fs or another built-in that
//   loads more than itself (see src/cli/terminal.ts). The build warns; `node scripts/build.mjs
//   --check` (run by tests/startup.test.ts and the bench) only bundles in memory and exits 1.
//
// dist/ is built beside and swapped in at the end, so a command run meanwhile (a test, the bench)
// never sees half a build. bin/amz-help.js imports dist/cli.js.
import { build } from 'esbuild';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHECK = process.argv.includes('--check');
const dist = join(root, 'dist');
const next = join(root, `.dist-build-${process.pid}`);

/** Packages start-up must not load: each is imported with await import() where it is used. */
const LAZY_PACKAGES = ['zod', 'yaml', '@inquirer/', 'clipboardy'];
/** Built-ins whose ES module import loads more than they are (see src/cli/terminal.ts). */
const HEAVY_BUILTINS = ['node:fs', 'node:fs/promises', 'node:tty', 'node:process', 'node:os', 'node:child_process', 'node:crypto', 'node:util'];

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // Russian text stays UTF-8: escaped as \uXXXX it is six times larger, and start-up parses it.
  charset: 'utf8',
  // commander and other CommonJS dependencies require() Node's built-ins: an ES module has no
  // require() of its own, so each output file gets one.
  banner: { js: "import { createRequire as __amzRequire } from 'node:module'; const require = __amzRequire(import.meta.url);" },
  // clipboardy runs helper programs that sit next to its own files: it stays in node_modules.
  external: ['clipboardy'],
  plugins: [
    {
      // commander loads node:child_process (and with it node:net and node:dgram, 3 ms of every
      // start) for executable subcommands, which amz-help has none of. It gets src/cli/child-process.ts,
      // whose spawn loads the real one if it is ever called.
      name: 'commander-child-process',
      setup(b) {
        b.onResolve({ filter: /^node:child_process$/ }, (args) =>
          args.importer.includes('node_modules/commander/') ? { path: join(root, 'src/cli/child-process.ts') } : undefined,
        );
      },
    },
  ],
};

/** What start-up must not do: load a lazy package, or `import` a heavy built-in. */
function startupProblems(metafile) {
  const seen = new Set();
  const problems = [];
  const visit = (input) => {
    if (seen.has(input) || !metafile.inputs[input]) return;
    seen.add(input);
    const pkg = LAZY_PACKAGES.find((name) => input.includes(`node_modules/${name}`));
    if (pkg) problems.push(`loads ${pkg} (through ${input}): import it with await import() where it is used`);
    for (const imp of metafile.inputs[input].imports) {
      if (imp.kind === 'import-statement' && HEAVY_BUILTINS.includes(imp.path)) {
        problems.push(`${input} imports ${imp.path}: take it with process.getBuiltinModule()`);
      }
      if (imp.kind !== 'dynamic-import') visit(imp.path);
    }
  };
  visit('src/cli.ts');
  return problems;
}

/** Bundles into `next` (in memory only with --check); returns what start-up must not do. */
async function bundle() {
  const { metafile } = await build({
    ...common,
    entryPoints: { cli: join(root, 'src/cli.ts') },
    outdir: next,
    write: !CHECK,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    minify: true,
    metafile: true,
  });
  return [...new Set(startupProblems(metafile))];
}

/** Validates content/ in full and writes the snapshot into `outDir`. */
async function snapshot(outDir) {
  const entry = join(outDir, 'build-snapshot.mjs');
  await build({ ...common, entryPoints: [join(root, 'src/validate/build-snapshot.ts')], outfile: entry });
  try {
    const { writeSnapshot } = await import(pathToFileURL(entry).href);
    return writeSnapshot(outDir).topics;
  } finally {
    rmSync(entry, { force: true });
  }
}

if (CHECK) {
  const problems = await bundle();
  console.log(problems.length ? `start-up would be slow:\n  ${problems.join('\n  ')}` : 'start-up loads nothing it should not');
  process.exit(problems.length ? 1 : 0);
}

rmSync(next, { recursive: true, force: true });
let bundled = false;
try {
  const problems = await bundle();
  if (problems.length) console.warn(`amz-help build: warning: start-up would be slow:\n  ${problems.join('\n  ')}`);
  bundled = true;
  const topics = await snapshot(next);
  console.log(`amz-help built: dist/cli.js and a content snapshot (${topics} topics)`);
} catch (err) {
  console.error(`amz-help build: ${err instanceof Error ? err.message : err}`);
  process.exitCode = 1;
}

// A bundle that failed leaves no dist/. A snapshot that failed (invalid content) leaves the command
// without one: it then validates content/ when run, and says what is wrong.
const old = join(root, `.dist-old-${process.pid}`);
if (existsSync(dist)) renameSync(dist, old);
if (bundled) renameSync(next, dist);
rmSync(old, { recursive: true, force: true });
rmSync(next, { recursive: true, force: true });
