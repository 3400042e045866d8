// A small, safe template language for drafted messages:
//   {{name}}            the answer to question `name`
//   {{#name}}...{{/name}} shown only when `name` was answered
//   {{name.extra}}      an extra sentence of the chosen option (e.g. {{problem.proof}})
//   {{label:ID}}        an Amazon detail, quoted exactly (click-path steps)
// Rendering is one pass over the parsed template, so text a user typed is inserted as plain text
// and is never read as a placeholder, whatever it contains.

export type TemplateNode =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: string }
  | { kind: 'section'; name: string; children: TemplateNode[] };

export class TemplateSyntaxError extends Error {
  override name = 'TemplateSyntaxError';
}

const TAG = /\{\{\s*([#/]?)([a-z0-9]+(?:-[a-z0-9]+)*(?:[:.][a-z0-9]+(?:-[a-z0-9]+)*)?)\s*\}\}/g;

// Parsed templates by source: content check parses each one to check it and again to render it,
// and the wizard renders the same ones for every request. Parse trees are never mutated.
const parsedTemplates = new Map<string, TemplateNode[]>();

export function parseTemplate(source: string): TemplateNode[] {
  let nodes = parsedTemplates.get(source);
  if (!nodes) parsedTemplates.set(source, (nodes = parseTemplateUncached(source)));
  return nodes;
}

const MAX_SECTION_DEPTH = 16;

function parseTemplateUncached(source: string): TemplateNode[] {
  const root: TemplateNode[] = [];
  const stack: { name: string; children: TemplateNode[] }[] = [{ name: '', children: root }];
  let last = 0;
  for (const match of source.matchAll(TAG)) {
    const top = stack[stack.length - 1]!;
    if (match.index > last) top.children.push({ kind: 'text', text: source.slice(last, match.index) });
    last = match.index + match[0].length;
    const [, sigil, name] = match as unknown as [string, string, string];
    if (sigil === '#') {
      // Rendering walks sections recursively: a hostile template nested thousands deep is refused here.
      if (stack.length > MAX_SECTION_DEPTH) throw new TemplateSyntaxError(`sections are nested more than ${MAX_SECTION_DEPTH} deep`);
      const section: TemplateNode = { kind: 'section', name, children: [] };
      top.children.push(section);
      stack.push({ name, children: section.children });
    } else if (sigil === '/') {
      if (stack.length === 1 || top.name !== name) {
        throw new TemplateSyntaxError(`{{/${name}}} closes a section that is not open`);
      }
      stack.pop();
    } else {
      top.children.push({ kind: 'value', name });
    }
  }
  if (stack.length > 1) throw new TemplateSyntaxError(`{{#${stack[stack.length - 1]!.name}}} is never closed`);
  const rest = source.slice(last);
  if (/\{\{|\}\}/.test(rest) || root.some((n) => n.kind === 'text' && /\{\{|\}\}/.test(n.text))) {
    throw new TemplateSyntaxError('a "{{" or "}}" is not a valid placeholder');
  }
  if (rest) root.push({ kind: 'text', text: rest });
  return root;
}

/** Names a template uses: `plain` outside a section of the same name, `guarded` inside one. */
export function placeholdersOf(nodes: TemplateNode[]): { plain: Set<string>; guarded: Set<string> } {
  const plain = new Set<string>();
  const guarded = new Set<string>();
  const visit = (list: TemplateNode[], open: Set<string>): void => {
    for (const node of list) {
      if (node.kind === 'value') (open.has(node.name) ? guarded : plain).add(node.name);
      else if (node.kind === 'section') {
        guarded.add(node.name);
        visit(node.children, new Set([...open, node.name]));
      }
    }
  };
  visit(nodes, new Set());
  return { plain, guarded };
}

export class MissingValueError extends Error {
  override name = 'MissingValueError';
  constructor(readonly placeholder: string) {
    super(`no value for {{${placeholder}}}`);
  }
}

/** Renders parsed nodes; `lookup` returns undefined for an unanswered name. */
export function renderNodes(nodes: TemplateNode[], lookup: (name: string) => string | undefined): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'value') {
      const value = lookup(node.name);
      if (value === undefined) throw new MissingValueError(node.name);
      out += value;
    } else if (lookup(node.name) !== undefined) out += renderNodes(node.children, lookup);
  }
  return out;
}

export function renderTemplate(source: string, lookup: (name: string) => string | undefined): string {
  return renderNodes(parseTemplate(source), lookup);
}

/** Drops trailing spaces and the extra blank lines an empty section leaves; spaces inside a line stay. */
export function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
