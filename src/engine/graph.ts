// The decision tree drawn from the same walk the checks use: Mermaid for the README, dot for Graphviz.
import type { Content } from '../content/schema.js';
import { walkTopic } from './walk.js';

export interface Edge {
  from: string;
  to: string;
  label?: string;
}
export interface Graph {
  nodes: { id: string; label: string; kind: 'start' | 'question' | 'topic' | 'outcome' }[];
  edges: Edge[];
}

/** Nodes are namespaced by topic ("payment/order") so that ids may repeat across topics. */
export function buildGraph(content: Content): Graph {
  const nodes: Graph['nodes'] = [{ id: 'account', label: 'account', kind: 'start' }];
  const edges: Edge[] = [];
  const seen = new Set<string>(['account']);
  const add = (id: string, label: string, kind: Graph['nodes'][number]['kind']): void => {
    if (!seen.has(id)) {
      seen.add(id);
      nodes.push({ id, label, kind });
    }
  };
  // A set of keys, not a scan of the list: a tree near the walk's bounds has thousands of edges.
  const edgeKeys = new Set<string>();
  const edge = (e: Edge): void => {
    const key = `${e.from}\u0000${e.to}\u0000${e.label ?? ''}`;
    if (!edgeKeys.has(key)) {
      edgeKeys.add(key);
      edges.push(e);
    }
  };
  add('topics', 'topics', 'question');
  for (const option of content.flow.account.options) {
    const to = option.next === 'topics' ? 'topics' : `${option.next.slice(6)}`;
    edge({ from: 'account', to, label: option.id });
  }
  for (const topic of content.topics) {
    add(topic.id, topic.id, 'topic');
    edge({ from: 'topics', to: topic.id });
    const { paths } = walkTopic(topic);
    for (const path of paths) {
      let from: string = topic.id;
      let label: string | undefined;
      for (const step of path.steps) {
        const id = `${topic.id}/${step.question}`;
        add(id, step.question, 'question');
        edge({ from, to: id, ...(label ? { label } : {}) });
        from = id;
        label = step.answer;
      }
      const out = `${topic.id}/${path.outcome}`;
      add(out, path.outcome, 'outcome');
      edge({ from, to: out, ...(label ? { label } : {}) });
    }
  }
  return { nodes, edges };
}

const safe = (id: string): string => id.replace(/[^a-zA-Z0-9]/g, '_');

export function toMermaid(graph: Graph): string {
  const lines = ['flowchart LR'];
  for (const n of graph.nodes) {
    const shape =
      n.kind === 'outcome' ? `([${n.label}])` : n.kind === 'start' ? `((${n.label}))` : n.kind === 'topic' ? `[/${n.label}/]` : `{${n.label}}`;
    lines.push(`  ${safe(n.id)}${shape}`);
  }
  for (const e of graph.edges) lines.push(`  ${safe(e.from)} -->${e.label ? `|${e.label}|` : ''} ${safe(e.to)}`);
  lines.push('  classDef start fill:#cde4ff,stroke:#3366cc;', '  classDef outcome fill:#d4f7d4,stroke:#2e8b57;');
  const start = graph.nodes.filter((n) => n.kind === 'start').map((n) => safe(n.id));
  const outcomes = graph.nodes.filter((n) => n.kind === 'outcome').map((n) => safe(n.id));
  if (start.length) lines.push(`  class ${start.join(',')} start;`);
  if (outcomes.length) lines.push(`  class ${outcomes.join(',')} outcome;`);
  return `${lines.join('\n')}\n`;
}

export function toGraphviz(graph: Graph): string {
  const lines = ['digraph amzhelp {', '  rankdir=LR;', '  node [fontname="Helvetica"];'];
  for (const n of graph.nodes) {
    const attrs =
      n.kind === 'outcome'
        ? 'shape=box, style="rounded,filled", fillcolor="#d4f7d4"'
        : n.kind === 'start'
          ? 'shape=circle, style=filled, fillcolor="#cde4ff"'
          : n.kind === 'topic'
            ? 'shape=parallelogram'
            : 'shape=diamond';
    lines.push(`  "${n.id}" [label="${n.label}", ${attrs}];`);
  }
  for (const e of graph.edges) lines.push(`  "${e.from}" -> "${e.to}"${e.label ? ` [label="${e.label}"]` : ''};`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
