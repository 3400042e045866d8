// Content files that only some commands read (replies.yaml, follow-up.yaml): loaded when that
// command runs, so zod and the YAML parser stay out of every other start-up. Problems are reported
// like the rest of the content: file, line and path, exit 3.
import { join } from 'node:path';
import type { z } from 'zod';
import { ContentError, parseWith } from './loader.js';
import { FollowUpFile } from '../content/follow-up-schema.js';
import { evidenceIssues } from './checks.js';
import type { Source } from '../content/schema.js';
import { issueAt, parseYaml, readText, type ContentIssue, type SourceFile } from '../content/source.js';

export function loadExtra<T extends z.ZodType>(dir: string, display: string, name: string, schema: T): { data: z.infer<T>; file: SourceFile } {
  const shown = join(display, name);
  const read = readText(join(dir, name), shown);
  if (Array.isArray(read)) throw new ContentError(read);
  const file = parseYaml(read.text, shown);
  if (Array.isArray(file)) throw new ContentError(file);
  const issues: ContentIssue[] = [];
  const data = parseWith(schema, file, issues);
  if (data === undefined) throw new ContentError(issues);
  return { data, file };
}

/** `sources` are the pages of sources.yaml, which the evidence of the waiting times must name. */
export function loadFollowUp(dir: string, display: string, sources: readonly Source[]): FollowUpFile {
  const { data, file } = loadExtra(dir, display, 'follow-up.yaml', FollowUpFile);
  const kindOf = new Map(sources.map((s) => [s.id, s.kind]));
  const issues = evidenceIssues(data.waitDays.evidence, kindOf).map(([where, message]) => issueAt(file, ['waitDays', 'evidence', ...where], message));
  if (issues.length > 0) throw new ContentError(issues);
  return data;
}
