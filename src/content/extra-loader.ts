// Content files that only some commands read (replies.yaml, follow-up.yaml): loaded when that
// command runs, so zod and the YAML parser stay out of every other start-up. Problems are reported
// like the rest of the content: file, line and path, exit 3.
import { join } from 'node:path';
import type { z } from 'zod';
import { ContentError, parseWith } from './loader.js';
import { FollowUpFile } from './follow-up-schema.js';
import { parseYaml, readText, type ContentIssue, type SourceFile } from './source.js';

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

export function loadFollowUp(dir: string, display: string): FollowUpFile {
  return loadExtra(dir, display, 'follow-up.yaml', FollowUpFile).data;
}
