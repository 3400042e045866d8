// Keeps the README's examples true: every block between
//   <!-- example: amz-help ARGS -->  and  <!-- /example -->
// is replaced by the real output of `amz-help ARGS` (built bin, no colour, English locale).
// `node scripts/readme-examples.mjs` rewrites README.md; `--check` exits 1 when it is out of date.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readmePath = join(root, 'README.md');
const BLOCK = /<!-- (example|mermaid): (amz-help[^>]*?) -->\n[\s\S]*?<!-- \/\1 -->/g;

function splitArgs(line) {
  const args = [];
  const re = /'([^']*)'|"([^"]*)"|(\S+)/g;
  for (const m of line.matchAll(re)) args.push(m[1] ?? m[2] ?? m[3]);
  return args;
}

export function render(readme) {
  return readme.replace(BLOCK, (_whole, kind, command) => {
    const [, ...args] = splitArgs(command);
    const env = { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
    delete env.FORCE_COLOR;
    delete env.AMZ_HELP_CONTENT;
    const r = spawnSync(process.execPath, [join(root, 'bin/amz-help.js'), ...args], { encoding: 'utf8', env, cwd: root });
    const output = (r.stdout + r.stderr).trimEnd();
    const exit = r.status === 0 ? '' : `\n# exit code ${r.status}`;
    if (kind === 'mermaid') return `<!-- mermaid: ${command} -->\n\`\`\`mermaid\n${output}\n\`\`\`\n<!-- /mermaid -->`;
    return `<!-- example: ${command} -->\n\`\`\`console\n$ ${command}\n${output}${exit}\n\`\`\`\n<!-- /example -->`;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = readFileSync(readmePath, 'utf8');
  const updated = render(readme);
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md examples are out of date: run `node scripts/readme-examples.mjs`');
      process.exit(1);
    }
  } else {
    writeFileSync(readmePath, updated);
  }
}
