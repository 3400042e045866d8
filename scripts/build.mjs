// Builds the installed command: one bundle of compiled JavaScript (with lazily loaded chunks for
// prompts, the YAML loader and the clipboard), plus a validated snapshot of content/.
// Runs on `npm install` (prepare), so a fresh clone needs no extra step.
//
// Start-up time matters (docs/BENCHMARKS.md), so the bundle is shaped for it:
// - Node's built-in modules are loaded with require(), not `import`: an ESM import of a built-in
//   reads every export of it, which loads more (node:fs loads fs/promises and readline,
//   node:process loads process.report, ...). child_process (commander needs it only to run
//   external subcommands, which amz-help has none of) is loaded on first use.
// - The code start-up runs must not pull in zod, yaml, @inquirer/prompts or clipboardy: the build
//   says so when it does (`npm run bench` fails on it).
// - dist/ is built beside and swapped in at the end, so a command run meanwhile (tests, the bench)
//   never sees half a build.
import { build } from 'esbuild';
import { builtinModules } from 'node:module';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const next = join(root, `.dist-build-${process.pid}`);
rmSync(next, { recursive: true, force: true });

/** Built-ins loaded only when a property of theirs is first used. */
const LAZY_BUILTINS = new Set(['child_process']);
const BUILTINS = new Set(builtinModules);
const builtinName = (path) => {
  const name = path.startsWith('node:') ? path.slice(5) : path;
  return BUILTINS.has(name) || path.startsWith('node:') ? name : undefined;
};

/** `import ... from 'node:x'` becomes require('node:x') (see above); lazy ones become a proxy. */
const requireBuiltins = {
  name: 'require-builtins',
  setup(b) {
    b.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, (args) => {
      const name = builtinName(args.path);
      if (name === undefined) return undefined;
      // The require() inside the shims below, and require() calls that do not need to be lazy.
      if (args.namespace === 'builtin' || (args.kind === 'require-call' && !LAZY_BUILTINS.has(name))) {
        return { path: `node:${name}`, external: true };
      }
      return { path: name, namespace: 'builtin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => {
      const spec = JSON.stringify(`node:${args.path}`);
      const contents = LAZY_BUILTINS.has(args.path)
        ? `let m; const get = () => (m ??= require(${spec}));
           module.exports = new Proxy({}, {
             get: (_, key) => get()[key],
             has: (_, key) => key in get(),
             ownKeys: () => Reflect.ownKeys(get()),
             getOwnPropertyDescriptor: (_, key) => { const d = Object.getOwnPropertyDescriptor(get(), key); return d && { ...d, configurable: true }; },
           });`
        : `module.exports = require(${spec});`;
      return { contents, loader: 'js', resolveDir: root };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // clipboardy finds its helper binaries next to its own files: it stays a normal dependency.
  external: ['clipboardy'],
  banner: { js: "import { createRequire as __amzRequire } from 'node:module'; const require = __amzRequire(import.meta.url);" },
  plugins: [requireBuiltins],
};

/** Packages that must stay out of what start-up loads (the entry and its static imports). */
const LAZY_PACKAGES = ['zod', 'yaml', '@inquirer/', 'clipboardy', 'iconv-lite', 'chardet'];

function startupInputs(metafile, entry) {
  const seen = new Set();
  const inputs = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const out = metafile.outputs[file];
    if (!out) return;
    for (const input of Object.keys(out.inputs)) inputs.add(input);
    for (const imp of out.imports) if (imp.kind === 'import-statement' && !imp.external) visit(imp.path);
  };
  visit(entry);
  return [...inputs];
}

let bundled = false;
let snapshotted = false;
try {
  const result = await build({
    ...common,
    entryPoints: { cli: join(root, 'src/cli.ts') },
    outdir: next,
    splitting: true,
    minify: true,
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
  });
  bundled = true;
  const entry = Object.keys(result.metafile.outputs).find((f) => /(^|\/)cli\.js$/.test(f));
  const heavy = startupInputs(result.metafile, entry).filter((input) =>
    LAZY_PACKAGES.some((pkg) => input.includes(`node_modules/${pkg}`)),
  );
  const packages = [...new Set(heavy.map((input) => input.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1')))];
  writeFileSync(join(next, 'startup-packages.json'), `${JSON.stringify(packages)}\n`);
  if (packages.length > 0) {
    console.warn(
      `amz-help build: warning: start-up now loads ${packages.join(', ')}; import it with await import() where it is used (npm run bench fails on this)`,
    );
  }

  const snapshotEntry = join(next, 'build-snapshot.mjs');
  await build({ ...common, entryPoints: [join(root, 'src/content/build-snapshot.ts')], outfile: snapshotEntry });
  try {
    const { writeSnapshot } = await import(pathToFileURL(snapshotEntry).href);
    const { topics } = writeSnapshot(next);
    snapshotted = true;
    console.log(`amz-help built: dist/cli.js and a content snapshot (${topics} topics)`);
  } finally {
    rmSync(snapshotEntry, { force: true });
  }
} catch (err) {
  console.error(String(err instanceof Error ? err.message : err));
}

// As before: a bundle that failed leaves no dist/; a snapshot that failed (invalid content) leaves the
// command without one, so it validates content/ at run time and reports what is wrong.
const old = join(root, `.dist-old-${process.pid}`);
if (existsSync(dist)) renameSync(dist, old);
if (bundled) renameSync(next, dist);
rmSync(old, { recursive: true, force: true });
rmSync(next, { recursive: true, force: true });
if (!snapshotted) process.exitCode = 1;
