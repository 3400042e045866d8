// Reads content/glossary.yaml and content/phrases.yaml: validated with zod, every problem located
// (file, line, YAML path). Loaded with import() by the commands that need them only.
// A Russian search word that names two entries (in any word form: «куртка», «куртки») is an error,
// as is one English noun phrase given twice: a search must lead to one item.
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { phraseKey } from '../engine/words.js';
import { GlossaryFile, PhrasesFile, type Glossary, type Phrasebook } from '../content/glossary-schema.js';
import { loadExtra } from './extra-loader.js';
import { ContentError } from './loader.js';
import { issueAt, type ContentIssue, type SourceFile, type YamlPath } from '../content/source.js';

export const GLOSSARY_FILE = 'glossary.yaml';
export const PHRASES_FILE = 'phrases.yaml';

/**
 * Where a file of `name` is read from: the content folder in use when it holds one, otherwise the
 * built-in one (a --content folder made for the topics need not copy the glossary).
 */
export function wordsFile(dir: string, display: string, builtinDir: string, name: string): { path: string; display: string } {
  const own = join(dir, name);
  if (existsSync(own) || dir === builtinDir) return { path: own, display: join(display, name) };
  return { path: join(builtinDir, name), display: join('content', name) };
}

/** The folder's own file of `name`, if it has one. */
export function ownFile(dir: string, display: string, name: string): { path: string; display: string } | undefined {
  return existsSync(join(dir, name)) ? { path: join(dir, name), display: join(display, name) } : undefined;
}

function parsed<T extends z.ZodType>(path: string, display: string, schema: T): { data: z.infer<T>; file: SourceFile } {
  return loadExtra(dirname(path), dirname(display), basename(path), schema);
}

export function loadGlossary(path: string, display: string): Glossary {
  const { data, file } = parsed(path, display, GlossaryFile);
  const issues: ContentIssue[] = [];
  const words = new Map<string, { en: string; at: string }>();
  const english = new Map<string, string>();
  data.categories.forEach((category, c) => {
    category.items.forEach((entry, i) => {
      const base: YamlPath = ['categories', c, 'items', i];
      const at = `categories[${c}].items[${i}]`;
      const en = entry.en.toLowerCase();
      const had = english.get(en);
      if (had) issues.push(issueAt(file, [...base, 'en'], `"${entry.en}" is already an entry (${had})`));
      else english.set(en, at);
      const seen = new Set<string>();
      [entry.ru, ...entry.words].forEach((word, w) => {
        const path = w === 0 ? [...base, 'ru'] : [...base, 'words', w - 1];
        const key = phraseKey(word);
        if (key === '') {
          issues.push(issueAt(file, path, `«${word}» has no word to search by (only small words like «для»)`));
          return;
        }
        if (seen.has(key)) return; // The same word twice in one entry finds the same entry: harmless.
        seen.add(key);
        const other = words.get(key);
        if (other) issues.push(issueAt(file, path, `«${word}» already finds "${other.en}" (${other.at}); a search word may name one entry only`));
        else words.set(key, { en: entry.en, at });
      });
    });
  });
  if (issues.length > 0) throw new ContentError(issues);
  return data;
}

export function loadPhrases(path: string, display: string): Phrasebook {
  const { data, file } = parsed(path, display, PhrasesFile);
  const issues: ContentIssue[] = [];
  const groups = new Set<string>();
  const lines = new Map<string, string>();
  data.groups.forEach((group, g) => {
    if (groups.has(group.id)) issues.push(issueAt(file, ['groups', g, 'id'], `group "${group.id}" is already defined`));
    groups.add(group.id);
    group.phrases.forEach((phrase, p) => {
      const had = lines.get(phrase.en);
      if (had) issues.push(issueAt(file, ['groups', g, 'phrases', p, 'en'], `this line is already in the book (${had})`));
      else lines.set(phrase.en, `groups[${g}].phrases[${p}]`);
    });
  });
  if (issues.length > 0) throw new ContentError(issues);
  return data;
}
