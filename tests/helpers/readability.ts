// Sentences, words and syllables of a drafted message, for the readability checks. The grade
// itself comes from the `flesch-kincaid` package; syllables from `syllable`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** A word: letters or digits, joined by an apostrophe or a hyphen (e-mail, 123-1234567-1234567, don't). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Messages are written line by line (chat lines, a call script), so a line break ends a sentence,
 * as does . ! or ? followed by a space. A piece without any word (a lone "---") is no sentence.
 */
export function sentencesOf(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.split(/(?<=[.!?])\s+/))
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length > 0);
}

/** Syllables of one word; a number or an order number counts as one, as a reader takes it in. */
export function syllablesOf(word: string): number {
  if (!/\p{L}/u.test(word)) return 1;
  return Math.max(1, syllable(word));
}

export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  longest: { words: number; sentence: string };
  wordsPerSentence: number;
  grade: number;
}

export function readability(text: string): Readability {
  const sentences = sentencesOf(text);
  let words = 0;
  let syllables = 0;
  let longest = { words: 0, sentence: '' };
  for (const s of sentences) {
    const w = wordsOf(s);
    words += w.length;
    syllables += w.reduce((n, word) => n + syllablesOf(word), 0);
    if (w.length > longest.words) longest = { words: w.length, sentence: s };
  }
  return {
    sentences: sentences.length,
    words,
    syllables,
    longest,
    wordsPerSentence: sentences.length ? words / sentences.length : 0,
    grade: fleschKincaid({ sentence: sentences.length, word: words, syllable: syllables }),
  };
}

/** hunspell with the en_US dictionary, or why it cannot run. */
export function hunspellStatus(): { ok: true } | { ok: false; reason: string } {
  const probe = spawnSync('hunspell', ['-d', 'en_US', '-l'], { input: 'hello\n', encoding: 'utf8' });
  if (probe.error) return { ok: false, reason: `hunspell is not installed (${probe.error.message})` };
  if (probe.status !== 0 || !['/usr/share/hunspell/en_US.dic', '/usr/share/myspell/en_US.dic'].some((f) => existsSync(f))) {
    return { ok: false, reason: `hunspell has no en_US dictionary (${(probe.stderr || '').trim() || `exit ${probe.status}`})` };
  }
  return { ok: true };
}

/** The words hunspell -d en_US -l reports as misspelled in `text`, each once. */
export function misspelled(text: string): string[] {
  const r = spawnSync('hunspell', ['-d', 'en_US', '-l'], { input: text, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (r.error || r.status !== 0) throw new Error(`hunspell failed: ${r.error?.message ?? r.stderr}`);
  return [...new Set(r.stdout.split('\n').map((w) => w.trim()).filter(Boolean))];
}
