// Builds the installed command: one bundle of compiled JavaScript (with lazily loaded chunks for
// prompts, the YAML loader and the clipboard), plus a validated snapshot of content/.
// Runs on `npm install` (prepare), so a fresh clone needs no extra step.
//
// Start-up time matters (docs/BENCHMARKS.md), so the output is shaped for it:
// - Node's built-in modules are loaded with require(), not `import`: an ESM import of a built-in
//   reads every export of it, which loads more (node:fs loads fs/promises and readline,
//   node:process loads process.report, ...). child_process (commander needs it only to run
//   external subcommands, which amz-help has none of) is loaded on first use.
// - The code start-up runs must not pull in zod, yaml, @inquirer/prompts or clipboardy: the build
//   says so when it does (`npm run bench` fails on it).
// - Compiling the start-up code is the largest single cost, and Node 20 has no compile cache for
//   ES modules. So the entry (dist/app.script.js) is run as a classic script through node:vm with
//   a V8 code cache (dist/app.cache) made here, by running a few commands in this process. The
//   lazy chunks stay ES modules. dist/cli.cjs is the small CommonJS file that runs the script, and
//   bin/amz-help.js requires it (bin/package.json makes bin/ CommonJS): a command that loads nothing
//   lazily never starts Node's ES module loader. dist/cli.js imports dist/cli.cjs, for anyone who
//   runs the ES module. A cache made by another Node version is rejected by V8 and the script is
//   compiled as usual. If the entry cannot be turned into a script, dist/cli.cjs imports it.
// - dist/ is built beside and swapped in at the end, so a command run meanwhile (tests, the bench)
//   never sees half a build.
import { build, transform } from 'esbuild';
import { builtinModules, createRequire } from 'node:module';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const buildRequire = createRequire(import.meta.url);
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

/**
 * node:tty for `import`: chalk and main.ts only ask isatty(fd) at start-up, and loading node:tty
 * loads node:net. A terminal is a character device and never /dev/null, so for a file, a pipe or
 * /dev/null the answer is false without node:tty; otherwise node:tty answers. Anything else loads
 * node:tty. Only `default` and `isatty` are exported: another named import fails the build
 * (logOverride below).
 */
const TTY_SHIM = `
let m, devNull;
const get = () => (m ??= require('node:tty'));
const known = new Map();
export function isatty(fd) {
  if (!known.has(fd)) known.set(fd, check(fd));
  return known.get(fd);
}
function check(fd) {
  if (process.platform !== 'win32' && Number.isInteger(fd) && fd >= 0) {
    try {
      const { fstatSync, statSync } = require('node:fs');
      const stat = fstatSync(fd);
      if (!stat.isCharacterDevice()) return false;
      if (stat.rdev === (devNull ??= statSync('/dev/null').rdev)) return false;
    } catch {}
  }
  return get().isatty(fd);
}
export default new Proxy({}, {
  get: (_, key) => (key === 'isatty' ? isatty : get()[key]),
  has: (_, key) => key in get(),
  ownKeys: () => Reflect.ownKeys(get()),
  getOwnPropertyDescriptor: (_, key) => { const d = Object.getOwnPropertyDescriptor(get(), key); return d && { ...d, configurable: true }; },
});
`;

/**
 * `import ... from 'node:x'` becomes an ES module over require('node:x') (see above) that exports
 * the built-in's plain data properties by name (functions, classes, constants; read when start-up
 * needs them, dropped when unused) and the module itself as default. Accessor properties (like
 * fs.promises, which loads more) are not exported by name: importing one fails the build. A
 * require() of a lazy built-in (commander's child_process) gets a proxy that loads it on first use.
 */
const builtinShim = (name) => {
  const descriptors = Object.getOwnPropertyDescriptors(buildRequire(`node:${name}`));
  const names = Object.keys(descriptors).filter((key) => 'value' in descriptors[key] && key !== 'default' && /^[A-Za-z_$][\w$]*$/.test(key));
  return [
    `const m = require(${JSON.stringify(`node:${name}`)});`,
    'export default m;',
    ...names.map((key, i) => `const _${i} = /* @__PURE__ */ (() => m.${key})();\nexport { _${i} as ${key} };`),
  ].join('\n');
};
const lazyBuiltinProxy = (name) => `let m;
const get = () => (m ??= require(${JSON.stringify(`node:${name}`)}));
module.exports = new Proxy({}, {
  get: (_, key) => get()[key],
  has: (_, key) => key in get(),
  ownKeys: () => Reflect.ownKeys(get()),
  getOwnPropertyDescriptor: (_, key) => { const d = Object.getOwnPropertyDescriptor(get(), key); return d && { ...d, configurable: true }; },
});`;

const requireBuiltins = {
  name: 'require-builtins',
  setup(b) {
    b.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, (args) => {
      const name = builtinName(args.path);
      if (name === undefined) return undefined;
      // The require() inside the shims below, and require() calls that need not be lazy.
      if (args.namespace.startsWith('builtin') || (args.kind === 'require-call' && !LAZY_BUILTINS.has(name))) {
        return { path: `node:${name}`, external: true };
      }
      return { path: name, namespace: args.kind === 'require-call' ? 'builtin-lazy' : 'builtin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'builtin-lazy' }, (args) => ({ contents: lazyBuiltinProxy(args.path), loader: 'js', resolveDir: root }));
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({
      contents: args.path === 'tty' ? TTY_SHIM : builtinShim(args.path),
      loader: 'js',
      resolveDir: root,
    }));
  },
};

const BANNER = "import { createRequire as __amzRequire } from 'node:module'; const require = __amzRequire(import.meta.url);";
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // clipboardy finds its helper binaries next to its own files: it stays a normal dependency.
  external: ['clipboardy'],
  banner: { js: BANNER },
  plugins: [requireBuiltins],
  logOverride: { 'import-is-undefined': 'error' },
};

/** Packages that must stay out of what start-up loads (the entry and its static imports). */
const LAZY_PACKAGES = ['zod', 'yaml', 'js-yaml', '@inquirer/', 'clipboardy', 'iconv-lite', 'chardet'];

/** The source files start-up evaluates: reached from src/cli.ts by static imports and require(). */
function startupInputs(metafile) {
  const seen = new Set();
  const visit = (input) => {
    if (seen.has(input) || !metafile.inputs[input]) return;
    seen.add(input);
    for (const imp of metafile.inputs[input].imports) if (imp.kind !== 'dynamic-import' && !imp.external) visit(imp.path);
  };
  visit('src/cli.ts');
  return [...seen];
}

const SCRIPT_PARAMS = '(require, module, exports, __amzUrl, __amzImport)';

/**
 * Turns the ES module entry into a classic script (a function expression taking SCRIPT_PARAMS):
 * static imports of chunks become require() of namespaces that dist/cli.js imports and passes in,
 * import() becomes __amzImport() (dist/cli.js's own import()), import.meta.url becomes __amzUrl.
 * Returns undefined, with the reason, when the entry has anything else it cannot translate.
 */
async function entryAsScript(code, entryMeta, entryPath) {
  if (!code.startsWith(`${BANNER}\n`)) return { reason: 'the entry does not start with the banner' };
  let body = code.slice(BANNER.length + 1);
  const spec = (imp) => (imp.external ? imp.path : `./${relative(dirname(entryPath), imp.path)}`);
  const chunks = entryMeta.imports.filter((imp) => imp.kind === 'import-statement' && !imp.external).map(spec);
  const dynamic = [...new Set(entryMeta.imports.filter((imp) => imp.kind === 'dynamic-import').map(spec))];
  for (const s of dynamic) body = body.split(`import(${JSON.stringify(s)})`).join(`__amzImport(${JSON.stringify(s)})`);
  const external = entryMeta.imports.filter((imp) => imp.kind === 'import-statement' && imp.external);
  if (external.length > 0) return { reason: `the entry imports ${external.map((imp) => imp.path).join(', ')}` };
  const { code: cjs } = await transform(body, {
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: true,
    define: { 'import.meta.url': '__amzUrl' },
    logLevel: 'silent',
  });
  if (/\bimport\s*\(|\bimport\.meta\b/.test(cjs)) return { reason: 'the entry has an import() or import.meta it cannot translate' };
  // "use strict": the code was an ES module, and stays in strict mode.
  const script = `(function ${SCRIPT_PARAMS} {"use strict";${cjs}\n})`;
  new Script(script); // Throws on a syntax error.
  return { script, chunks };
}

/**
 * dist/cli.cjs for the script form: runs the script with the code cache. It is CommonJS, and so is
 * bin/amz-help.js (bin/package.json), so a command that loads nothing lazily never starts Node's ES
 * module loader (about 4 ms). Chunks the script needs at start (the fallback layout) are imported
 * first; lazy ones are import()ed from here when used.
 */
function scriptLoader(chunks) {
  return `// Generated by scripts/build.mjs: runs app.script.js with the V8 code cache app.cache (see there).
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');
const filename = join(__dirname, 'app.script.js');
let cachedData;
try {
  cachedData = readFileSync(join(__dirname, 'app.cache'));
} catch {}
const script = new Script(readFileSync(filename, 'utf8'), { filename, cachedData });
const start = (chunks) => {
  const module = { exports: {} };
  script.runInThisContext()((id) => chunks[id] ?? require(id), module, module.exports, pathToFileURL(filename).href, (id) => import(id));
  return module.exports.main();
};
const chunks = ${JSON.stringify(chunks)};
if (chunks.length === 0) start({});
else Promise.all(chunks.map((c) => import(c))).then((ns) => start(Object.fromEntries(chunks.map((c, i) => [c, ns[i]]))));
`;
}

/** dist/cli.js: the same command for anyone who runs or imports the ES module entry. */
const ESM_ENTRY = "// Generated by scripts/build.mjs: the command is in cli.cjs (CommonJS, see there).\nimport './cli.cjs';\n";

/** Commands run in this process to fill the code cache: their output goes nowhere. */
const TRAINING = [
  ['--help'],
  ['--lang', 'ru', '--help'],
  ['refund-check', '--paid', '2024-05-01', '--seller', 'amazon', '--shipped', 'no', '--today', '2024-05-06'],
  ['refund-check', '--paid', '2024-05-01', '--seller', 'other', '--shipped', 'yes', '--today', '2024-05-20', '--json'],
  ['refund-check', '--paid', 'someday'],
  ['draft', 'not-as-described', '--channel', 'email', '--order', '123-1234567-1234567', '--problem', 'damaged', '--wish', 'refund'],
  ['draft', 'not-as-described', '--help'],
  ['draft', '--help'],
  ['wizard', '--help'],
  ['topics'],
  ['contacts'],
  ['no-such-command'],
];

async function writeCodeCache(dir, chunks) {
  const namespaces = {};
  for (const c of chunks) namespaces[c] = await import(pathToFileURL(join(dir, c)).href);
  const nodeRequire = (await import('node:module')).createRequire(pathToFileURL(join(dir, 'cli.js')).href);
  const filename = join(dir, 'app.script.js');
  const script = new Script(readFileSync(filename, 'utf8'), { filename });
  const module = { exports: {} };
  script.runInThisContext()(
    (id) => namespaces[id] ?? nodeRequire(id),
    module,
    module.exports,
    pathToFileURL(filename).href,
    (id) => import(id.startsWith('./') ? pathToFileURL(join(dir, id)).href : id),
  );
  const sink = { write: () => true, isTTY: false };
  const exitCode = process.exitCode;
  for (const argv of TRAINING) {
    try {
      await module.exports.run(argv, { stdout: sink, stderr: sink, stdinIsTTY: false });
    } catch {
      // Only the compiled code matters here.
    }
  }
  process.exitCode = exitCode;
  writeFileSync(join(dir, 'app.cache'), script.createCachedData());
}

/**
 * Modules that may be bundled twice, once into the start-up script and once into the lazy chunks
 * that also use them: their only module-level state is a memo (parsed templates, id indexes per
 * topic) that each copy may keep for itself, and no class of theirs is checked with instanceof
 * across the two copies (TemplateSyntaxError is thrown and caught inside checks.ts).
 * Anything else found in both makes the build fall back to shared chunks (correct, a little slower:
 * every shared chunk is one more ES module to load at start-up).
 */
const MAY_DUPLICATE = new Set([
  'src/content/ids.ts',
  'src/engine/dates.ts',
  'src/engine/draft.ts',
  'src/engine/template.ts',
  'src/engine/walk.ts',
]);

/**
 * Modules loaded with import() that are kept in the start-up script anyway (esbuild runs their code
 * only when the import() happens): the prompts (about 30 KB), so the wizard's first question needs
 * no ES module loader. zod and yaml (content validation, about 600 KB) stay in lazy/.
 */
const INLINE_LAZY = ['src/cli/prompts.ts'];

const inputsOf = (metafile) =>
  new Set(Object.keys(metafile.inputs).filter((input) => !input.startsWith('builtin') && !input.startsWith('<')));

/**
 * The start-up code as one ES module with no static imports (app.js), and what it loads lazily
 * built apart into lazy/ (with chunks shared among those only). Returns undefined, with the reason,
 * when modules outside MAY_DUPLICATE would be in both.
 */
async function twoPartBuild(outdir) {
  // Pass 1: what start-up needs statically, with every import() left out.
  const targets = new Map(); // absolute path -> output name under lazy/
  const dynamicOut = (resolveTargets) => ({
    name: 'lazy-imports',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData === 'lazy-imports') return undefined;
        if (common.external.includes(args.path)) return { path: args.path, external: true };
        const resolved = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'lazy-imports' });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        return resolveTargets(resolved.path);
      });
    },
  });
  const pass1 = await build({
    ...common,
    entryPoints: [join(root, 'src/cli.ts')],
    write: false,
    outdir,
    metafile: true,
    plugins: [
      ...common.plugins,
      dynamicOut((path) => {
        if (!targets.has(path)) targets.set(path, undefined);
        return { path, external: true };
      }),
    ],
  });
  const startupInputs = new Set([...inputsOf(pass1.metafile)].map((input) => join(root, input)));
  const lazy = {};
  for (const path of targets.keys()) {
    if (startupInputs.has(path)) continue; // Already in the start-up code: import() resolves to it.
    // Small lazy modules stay inside the start-up script, initialised only when import()ed: no ES
    // module loader, no extra file, and the code cache covers them.
    if (INLINE_LAZY.some((rel) => path === join(root, rel))) continue;
    let name = path.includes('node_modules') ? path.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1').replace(/[@/]/g, '-').replace(/^-/, '') : path.replace(/^.*\//, '').replace(/\.[jt]s$/, '');
    while (lazy[name]) name += '_';
    lazy[name] = path;
    targets.set(path, name);
  }

  // Pass 2: the start-up code for real, import() of lazy modules pointing into lazy/.
  const app = await build({
    ...common,
    entryPoints: { app: join(root, 'src/cli.ts') },
    outdir,
    minify: true,
    metafile: true,
    plugins: [
      ...common.plugins,
      dynamicOut((path) => (targets.get(path) ? { path: `./lazy/${targets.get(path)}.js`, external: true } : undefined)),
    ],
  });
  const parts = await build({
    ...common,
    entryPoints: lazy,
    outdir: join(outdir, 'lazy'),
    splitting: true,
    minify: true,
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
  });
  const appInputs = inputsOf(app.metafile);
  const both = [...inputsOf(parts.metafile)].filter((input) => appInputs.has(input) && !MAY_DUPLICATE.has(input));
  if (both.length > 0) return { reason: `would be bundled twice: ${both.join(', ')}` };
  return { metafile: app.metafile };
}

/** The fallback: one build, code shared between start-up and lazy modules in shared chunks. */
async function splitBuild(outdir) {
  const result = await build({
    ...common,
    entryPoints: { app: join(root, 'src/cli.ts') },
    outdir,
    splitting: true,
    minify: true,
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
  });
  return { metafile: result.metafile };
}

let bundled = false;
let snapshotted = false;
let scriptChunks;
try {
  let result = await twoPartBuild(next);
  if (!result.metafile) {
    console.warn(`amz-help build: warning: start-up shares chunks with lazy code (${result.reason}); see MAY_DUPLICATE`);
    rmSync(next, { recursive: true, force: true });
    result = await splitBuild(next);
  }
  const entry = Object.keys(result.metafile.outputs).find((f) => /(^|\/)app\.js$/.test(f));
  const entryPath = join(next, 'app.js');
  const asScript = await entryAsScript(readFileSync(entryPath, 'utf8'), result.metafile.outputs[entry], entry);
  if (asScript.script) {
    writeFileSync(join(next, 'app.script.js'), asScript.script);
    rmSync(entryPath);
    writeFileSync(join(next, 'cli.cjs'), scriptLoader(asScript.chunks));
    scriptChunks = asScript.chunks;
  } else {
    console.warn(`amz-help build: warning: no code cache (${asScript.reason}); dist/cli.js imports the ES module`);
    writeFileSync(join(next, 'cli.cjs'), "// Generated by scripts/build.mjs.\nimport('./app.js').then((m) => m.main());\n");
  }
  writeFileSync(join(next, 'cli.js'), ESM_ENTRY);
  bundled = true;

  const heavy = startupInputs(result.metafile).filter((input) =>
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

// The code cache is made in place, once the snapshot is where the commands look for it. Until it is
// written, a command simply compiles without it.
if (bundled && snapshotted && scriptChunks) {
  try {
    await writeCodeCache(dist, scriptChunks);
  } catch (err) {
    console.warn(`amz-help build: warning: no code cache (${err instanceof Error ? err.message : err})`);
  }
}
