// Turns the YAML files of a content folder into one validated, typed model, or into the list of
// every problem found (file, line, column, YAML path), never only the first.
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { checkContent } from './checks.js';
import {
  AmazonFile,
  AtozFile,
  ChannelsFile,
  FlowFile,
  RefundFile,
  SourcesFile,
  StepsFile,
  TipsFile,
  TopicFile,
  type Content,
  type Topic,
} from '../content/schema.js';
import { formatIssue, issueAt, parseYaml, readText, type ContentIssue, type SourceFile } from '../content/source.js';

export type { ContentIssue } from '../content/source.js';

export class ContentError extends Error {
  override name = 'ContentError';
  constructor(readonly issues: ContentIssue[]) {
    super(issues.map(formatIssue).join('\n'));
  }
}

/** The fixed files of a content folder; topics/ holds one file per topic. */
export const CONTENT_FILES = ['sources.yaml', 'amazon.yaml', 'steps.yaml', 'tips.yaml', 'refund.yaml', 'atoz.yaml', 'channels.yaml', 'flow.yaml'];
export const TOPICS_DIR = 'topics';

export interface LoadedContent {
  content: Content;
  /** Parsed files by content-relative name, for locating later findings. */
  files: Map<string, SourceFile>;
}

/** zod's type names in the words of a YAML author. */
const YAML_TYPES: Record<string, string> = { array: 'list', object: 'mapping', record: 'mapping', map: 'mapping' };
function article(type: string): string {
  const word = YAML_TYPES[type] ?? type;
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

function zodIssues(file: SourceFile, error: z.ZodError): ContentIssue[] {
  const out: ContentIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const input = (issue as { input?: unknown }).input;
    switch (issue.code) {
      case 'invalid_type':
        out.push(
          issueAt(file, path, input === undefined ? 'is missing' : `expected ${article(issue.expected)}, got ${describe(input)}`),
        );
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys) out.push(issueAt(file, [...path, key], 'unknown key'));
        break;
      case 'invalid_value': {
        const choices = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
        out.push(issueAt(file, path, input === undefined ? `is missing: ${choices}` : `${choices}, got ${describe(input)}`));
        break;
      }
      case 'invalid_union': {
        const note = issue as unknown as { discriminator?: string; options?: unknown[] };
        if (note.discriminator && note.options) {
          const got = (input as Record<string, unknown> | undefined)?.[note.discriminator];
          out.push(
            issueAt(
              file,
              path,
              `expected one of ${note.options.map((v) => JSON.stringify(v)).join(', ')}, got ${got === undefined ? 'nothing' : describe(got)}`,
            ),
          );
        } else out.push(issueAt(file, path, issue.message));
        break;
      }
      default:
        out.push(issueAt(file, path, issue.message));
    }
  }
  return out;
}

export function parseWith<T extends z.ZodType>(schema: T, file: SourceFile, issues: ContentIssue[]): z.infer<T> | undefined {
  const result = schema.safeParse(file.data, { reportInput: true });
  if (result.success) return result.data;
  issues.push(...zodIssues(file, result.error));
  return undefined;
}

/**
 * A topic file: *.yaml or *.yml, not hidden. Editors leave lock and backup files beside the files
 * they edit (Emacs `.#payment.yaml` and `#payment.yaml#`, `payment.yaml~`, Vim `.payment.yaml.swp`):
 * those are not content.
 */
export function isTopicFileName(name: string): boolean {
  return (name.endsWith('.yaml') || name.endsWith('.yml')) && !name.startsWith('.') && !name.startsWith('#');
}

function listTopicFiles(dir: string, display: string, issues: ContentIssue[]): string[] {
  const topicsDir = join(dir, TOPICS_DIR);
  try {
    if (!statSync(topicsDir).isDirectory()) {
      issues.push({ file: join(display, TOPICS_DIR), path: '', message: 'must be a folder of topic files' });
      return [];
    }
    const names = readdirSync(topicsDir).filter(isTopicFileName).sort();
    if (names.length === 0) issues.push({ file: join(display, TOPICS_DIR), path: '', message: 'holds no topic files' });
    return names.map((n) => join(TOPICS_DIR, n));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    issues.push({
      file: join(display, TOPICS_DIR),
      path: '',
      message:
        code === 'ENOENT'
          ? 'is missing: it holds one file per topic'
          : code === 'ELOOP'
            ? 'is a symbolic link that loops'
            : code === 'EACCES' || code === 'EPERM'
              ? 'cannot be read: permission denied'
              : `cannot be read (${code ?? 'unknown error'})`,
    });
    return [];
  }
}

/**
 * Loads `dir`, showing file names under `display` (the folder as the user typed it).
 * Throws ContentError with every issue found.
 */
export function loadContent(dir: string, display = dir): LoadedContent {
  const issues: ContentIssue[] = [];
  try {
    if (!statSync(dir).isDirectory()) throw new ContentError([{ file: display, path: '', message: 'is not a folder' }]);
    // A folder that exists but may not be read or entered is said to be so, once, not as missing files.
    accessSync(dir, constants.R_OK | constants.X_OK);
  } catch (err) {
    if (err instanceof ContentError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') throw new ContentError([{ file: display, path: '', message: 'cannot be read: permission denied' }]);
    if (code === 'ELOOP') throw new ContentError([{ file: display, path: '', message: 'is a symbolic link that loops' }]);
    throw new ContentError([{ file: display, path: '', message: 'does not exist' }]);
  }
  const files = new Map<string, SourceFile>();
  const texts = new Map<string, string>();
  const readAll = (rels: readonly string[]): void => {
    for (const rel of rels) {
      const result = readText(join(dir, rel), join(display, rel));
      if (Array.isArray(result)) issues.push(...result);
      else texts.set(rel, result.text);
    }
  };
  readAll(CONTENT_FILES);
  const topicRels = listTopicFiles(dir, display, issues);
  readAll(topicRels);
  const read = (rel: string): SourceFile | undefined => {
    const text = texts.get(rel);
    if (text === undefined) return undefined;
    const result = parseYaml(text, join(display, rel));
    if (Array.isArray(result)) {
      issues.push(...result);
      return undefined;
    }
    files.set(rel, result);
    return result;
  };
  const parsed = <T extends z.ZodType>(rel: string, schema: T): z.infer<T> | undefined => {
    const file = read(rel);
    return file ? parseWith(schema, file, issues) : undefined;
  };

  const sources = parsed('sources.yaml', SourcesFile);
  const amazon = parsed('amazon.yaml', AmazonFile);
  const steps = parsed('steps.yaml', StepsFile);
  const tips = parsed('tips.yaml', TipsFile);
  const refund = parsed('refund.yaml', RefundFile);
  const atoz = parsed('atoz.yaml', AtozFile);
  const channels = parsed('channels.yaml', ChannelsFile);
  const flow = parsed('flow.yaml', FlowFile);
  const topics: Topic[] = [];
  const topicFiles: string[] = [];
  for (const rel of topicRels) {
    const topic = parsed(rel, TopicFile);
    if (topic) {
      topics.push(topic);
      topicFiles.push(rel);
    }
  }
  if (issues.length > 0 || !sources || !amazon || !steps || !tips || !refund || !atoz || !channels || !flow) throw new ContentError(issues);

  const content: Content = {
    sources: sources.sources,
    amazon: amazon.details,
    steps: steps.steps,
    tips: tips.tips,
    refund,
    atoz,
    topics,
    channels: channels.channels,
    preferences: channels.preferences,
    flow,
  };
  const found = checkContent(content, topicFiles, files);
  if (found.length > 0) throw new ContentError(found);
  return { content, files };
}
