// hunspell with Debian's Russian dictionary (hunspell-ru), over every Russian string amz-help
// prints: the interface (src/cli/messages.ts and the list key words) and content/ (every `ru`).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Content } from '../../src/content/schema.js';
import { ROOT } from './content.js';

const DICTIONARIES = ['/usr/share/hunspell/ru_RU.dic', '/usr/share/myspell/ru_RU.dic'];

/** hunspell with the ru_RU dictionary, or why it cannot run. */
export function hunspellRuStatus(): { ok: true } | { ok: false; reason: string } {
  const probe = spawnSync('hunspell', ['-i', 'utf-8', '-d', 'ru_RU', '-l'], { input: 'привет\n', encoding: 'utf8' });
  if (probe.error) return { ok: false, reason: `hunspell is not installed (${probe.error.message})` };
  if (probe.status !== 0 || !DICTIONARIES.some((f) => existsSync(f))) {
    return { ok: false, reason: `hunspell has no ru_RU dictionary (${(probe.stderr || '').trim() || `exit ${probe.status}`})` };
  }
  return { ok: true };
}

/** Real words the dictionary lacks, one a line (tests/spelling/ru-words.txt); # starts a comment. */
export function projectWords(): Set<string> {
  const text = readFileSync(join(ROOT, 'tests', 'spelling', 'ru-words.txt'), 'utf8');
  return new Set(
    text
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim().toLowerCase())
      .filter(Boolean),
  );
}

/** The Cyrillic words of `text`; {placeholders} and Latin words are not Russian and are left out. */
export function russianWords(text: string): string[] {
  return [...text.replace(/\{[\w-]+\}/g, ' ').matchAll(/[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*/g)].map((m) => m[0]);
}

/** The words hunspell -d ru_RU reports as misspelled among `words`, each once. */
export function misspelledRu(words: readonly string[]): string[] {
  const input = [...new Set(words)].join('\n');
  const r = spawnSync('hunspell', ['-i', 'utf-8', '-d', 'ru_RU', '-l'], { input, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (r.error || r.status !== 0) throw new Error(`hunspell failed: ${r.error?.message ?? r.stderr}`);
  return [...new Set(r.stdout.split('\n').map((w) => w.trim()).filter(Boolean))];
}

/** Every `ru` string of the content, with where it is (file-like path of keys). */
export function contentRussian(content: Content): { where: string; text: string }[] {
  const found: { where: string; text: string }[] = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${(v as { id?: string })?.id ?? i}]`));
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'ru' && typeof v === 'string') found.push({ where: `${path}.ru`, text: v });
        else walk(v, path ? `${path}.${key}` : key);
      }
    }
  };
  walk(content, '');
  return found;
}
