// Reading one YAML file safely, and pointing at a place inside it by its path. One parser, `yaml`,
// reads every file and keeps the positions that locate a problem. This module is only loaded with
// the content loader (await import()), never at start-up.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

export const MAX_FILE_BYTES = 1024 * 1024;
/** Alias expansion beyond this is a resource-exhaustion attempt (a "billion laughs" file). */
const MAX_ALIASES = 200;
const MAX_DEPTH = 64;

export type YamlPath = readonly (string | number)[];

export interface ContentIssue {
  /** The file as the user should see it, e.g. content/refund.yaml. */
  file: string;
  line?: number;
  col?: number;
  /** conditions[1].days */
  path: string;
  message: string;
}

export interface SourceFile {
  display: string;
  doc: Document.Parsed;
  lines: LineCounter;
  data: unknown;
}

export function formatPath(path: YamlPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out;
}

export function formatIssue(issue: ContentIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}:${issue.col}` : issue.file;
  return issue.path ? `${where} ${issue.path}: ${issue.message}` : `${where}: ${issue.message}`;
}

function depthOf(value: unknown, depth = 0): number {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return depth;
  let max = depth;
  for (const child of Object.values(value)) {
    max = Math.max(max, depthOf(child, depth + 1));
    if (max > MAX_DEPTH) break;
  }
  return max;
}

/** Reads a file as text, refusing what is not a small UTF-8 text file. */
export function readText(absPath: string, display: string): { text: string } | ContentIssue[] {
  const fail = (message: string): ContentIssue[] => [{ file: display, path: '', message }];
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    // Opened once, and everything is checked on that handle: a file swapped between a check and the
    // read cannot slip through. O_NONBLOCK: opening a FIFO does not wait for a writer.
    fd = openSync(absPath, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return fail('is a folder, but a YAML file belongs here');
    if (!stat.isFile()) return fail('is not a regular file');
    if (stat.size > MAX_FILE_BYTES) {
      return fail(`is ${stat.size} bytes; content files may be at most ${MAX_FILE_BYTES} bytes (1 MiB)`);
    }
    // One byte more than fstat said is asked for: a file that grows while it is read is caught.
    const buffer = Buffer.allocUnsafe(stat.size + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > stat.size) return fail('changed while it was being read: run again');
    bytes = buffer.subarray(0, length);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('is missing');
    if (code === 'ELOOP') return fail('is a symbolic link that loops');
    if (code === 'EACCES' || code === 'EPERM') return fail('cannot be read: permission denied');
    if (code === 'EISDIR') return fail('is a folder, but a YAML file belongs here');
    return fail(`cannot be read (${code ?? 'unknown error'})`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  // The native decoder is fast; a replacement character means either bad bytes or a real U+FFFD,
  // and only then does the strict decoder decide.
  let text = bytes.toString('utf8');
  if (text.includes('\uFFFD')) {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return fail('is not UTF-8 text');
    }
  }
  if (text.includes('\u0000')) return fail('contains NUL bytes: it is binary, not YAML text');
  return { text };
}

/** Parses text that readText returned; refuses absurd nesting before the parser sees it. */
export function parseYaml(text: string, display: string): SourceFile | ContentIssue[] {
  const fail = (message: string, line?: number, col?: number): ContentIssue[] => [
    { file: display, line, col, path: '', message },
  ];
  const deep = tooDeep(text);
  if (deep) return fail('is nested too deeply', deep.line, deep.col);
  const lines = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseWithPositions(text, lines);
  } catch (err) {
    return fail(`cannot be parsed: ${(err as Error).message}`);
  }
  const problems = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')];
  if (problems.length > 0) {
    return problems.map((e) => {
      const pos = lines.linePos(e.pos[0]);
      // RESOURCE_EXHAUSTION: the parser ran out of stack ("Maximum call stack size exceeded").
      const message =
        e.code === 'DUPLICATE_KEY'
          ? 'duplicate key'
          : e.code === 'RESOURCE_EXHAUSTION'
            ? 'is nested too deeply'
            : firstLine(e.message);
      return { file: display, line: pos.line, col: pos.col, path: '', message };
    });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    if (err instanceof RangeError) return fail('is nested too deeply');
    return fail(`cannot be read as data: ${firstLine((err as Error).message)}`);
  }
  if (depthOf(data) > MAX_DEPTH) return fail(`is nested more than ${MAX_DEPTH} levels deep`);
  return { display, doc, lines, data };
}

/**
 * Refuses absurd nesting before any parser recurses into it: a parser deep in its own recursion can
 * take V8 down with it (a regular expression compiled with no stack left is a fatal error, not an
 * exception). Flow brackets outside quotes and comments, and block indentation, are counted.
 */
const MAX_FLOW_DEPTH = MAX_DEPTH;
const MAX_INDENT = 4 * MAX_DEPTH;
export function tooDeep(text: string): { line: number; col: number } | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let quote: string | undefined;
  // Only these characters matter; jumping between them keeps a megabyte scan to milliseconds.
  const special = /["'[\]{}\n#\\]/g;
  for (let m = special.exec(text); m; m = special.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      let indent = 0;
      while (text.charCodeAt(lineStart + indent) === 32) indent++;
      if (indent > MAX_INDENT) return { line, col: indent + 1 };
      continue;
    }
    if (quote) {
      if (c === '\\' && quote === '"') special.lastIndex = i + 2;
      else if (c === "'" && quote === "'" && text[i + 1] === "'") special.lastIndex = i + 2;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") {
      // A quote opens a quoted scalar only where a value starts; "don't" in plain text is no quote.
      let j = i - 1;
      while (j >= lineStart && text.charCodeAt(j) === 32) j--;
      if (j < lineStart || ':-[{,'.includes(text[j]!)) quote = c;
    } else if (c === '#') {
      if (i === lineStart || text.charCodeAt(i - 1) === 32) {
        const end = text.indexOf('\n', i);
        if (end < 0) break;
        special.lastIndex = end;
      }
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_FLOW_DEPTH) return { line, col: i - lineStart + 1 };
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return undefined;
}

function parseWithPositions(text: string, lines: LineCounter): Document.Parsed {
  return parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, customTags: [] });
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
}

/** The line and column of the deepest node on `path` that exists (a key's own position for a pair). */
export function locate(file: SourceFile, path: YamlPath): { line: number; col: number } {
  let node: unknown = file.doc.contents;
  let offset = (file.doc.contents as { range?: number[] } | null)?.range?.[0] ?? 0;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      offset = (pair.key as { range?: number[] }).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as { range?: number[] } | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return file.lines.linePos(offset);
}

export function issueAt(file: SourceFile, path: YamlPath, message: string): ContentIssue {
  const { line, col } = locate(file, path);
  return { file: file.display, line, col, path: formatPath(path), message };
}
