// Reads content/replies.yaml for `amz-help reply`, only when that command runs: zod and the YAML
// parser stay out of every other command's start-up. Every problem is reported with its file,
// line and path, like the rest of the content (exit 3).
import { compileReplies, kindsIn, type CompiledReplies } from '../engine/reply.js';
import { loadExtra } from './extra-loader.js';
import { evidenceIssues } from './checks.js';
import { ContentError } from './loader.js';
import type { Source } from '../content/schema.js';
import { RepliesFile } from '../content/replies-schema.js';
import { issueAt, type ContentIssue } from '../content/source.js';

export const REPLIES_FILE = 'replies.yaml';

/** `sources` are the pages of sources.yaml, which the evidence of each kind must name. */
export function loadReplies(dir: string, display: string, sources: readonly Source[]): CompiledReplies {
  const { data, file } = loadExtra(dir, display, REPLIES_FILE, RepliesFile);
  const issues: ContentIssue[] = [];
  const kindOf = new Map(sources.map((s) => [s.id, s.kind]));
  const compiled = compileReplies(data);
  const seen = new Set<string>();
  data.kinds.forEach((kind, i) => {
    if (seen.has(kind.id)) issues.push(issueAt(file, ['kinds', i, 'id'], `duplicate id "${kind.id}"`));
    seen.add(kind.id);
    for (const [where, message] of evidenceIssues(kind.evidence, kindOf)) issues.push(issueAt(file, ['kinds', i, 'evidence', ...where], message));
    // Each example must be recognised as its own kind, and as no other.
    kind.examples.forEach((example, j) => {
      const found = kindsIn(compiled, example).map((k) => k.id);
      if (found.length === 1 && found[0] === kind.id) return;
      const message = found.includes(kind.id)
        ? `is also recognised as ${found.filter((id) => id !== kind.id).join(', ')}`
        : found.length > 0
          ? `is recognised as ${found.join(', ')}, not as ${kind.id}`
          : `is not recognised by any pattern of ${kind.id}`;
      issues.push(issueAt(file, ['kinds', i, 'examples', j], message));
    });
  });
  if (issues.length > 0) throw new ContentError(issues);
  return compiled;
}
