// The shape of content/glossary.yaml (product types) and content/phrases.yaml (live-chat lines).
// Both files are read only by the commands that need them (draft --item, the wizard's item
// question, phrases), so zod and yaml stay out of every other start-up.
import { z } from 'zod';
import { Id, Text, TopicId } from './schema.js';

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CYRILLIC = /[\u0400-\u04ff]/;
const line = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((s) => !CONTROL.test(s), 'must not contain control characters (such as ANSI escapes)');
/** What goes into an English message: never a Cyrillic letter. */
export const English = line.refine((s) => !CYRILLIC.test(s), 'goes into an English message: it must not contain Cyrillic letters');
/** A Russian name or search word. */
export const Russian = line.refine((s) => CYRILLIC.test(s), 'must be Russian (contain a Cyrillic letter)');

// ---------------------------------------------------------------- glossary.yaml
export const GlossaryEntry = z.strictObject({
  /** The English noun phrase with its article: "a jacket", "a pair of headphones", "vitamin D3 capsules". */
  en: English.refine((s) => s.length <= 80, 'must be at most 80 characters'),
  /** The Russian name, nominative case: what the Russian summary says («Товар: куртка.»). */
  ru: Russian,
  /** More Russian words or phrases to find it by: synonyms, the names people use in speech. */
  words: z.array(Russian).default([]),
});
export const GlossaryCategory = z.strictObject({
  id: Id,
  name: Text,
  items: z.array(GlossaryEntry).min(1, 'must list at least one item'),
});
export const GlossaryFile = z.strictObject({ categories: z.array(GlossaryCategory).min(1) });

// ---------------------------------------------------------------- phrases.yaml
export const PhraseGroup = z.strictObject({
  id: Id,
  title: Text,
  phrases: z
    .array(
      z.strictObject({
        /** The English line to type into the chat. */
        en: English,
        /** What it means, for the shopper. */
        ru: Russian,
        /** More words, Russian or English, to find it by. */
        words: z.array(line).default([]),
        /** Topic ids (content/topics) the line helps most with, or "all": for the wizard's chat result. */
        topics: z.array(z.union([TopicId, z.literal('all')])).default([]),
      }),
    )
    .min(1, 'must list at least one phrase'),
});
export const PhrasesFile = z.strictObject({ groups: z.array(PhraseGroup).min(1) });

export type GlossaryEntry = z.infer<typeof GlossaryEntry>;
export type GlossaryCategory = z.infer<typeof GlossaryCategory>;
export type Glossary = z.infer<typeof GlossaryFile>;
export type PhraseGroup = z.infer<typeof PhraseGroup>;
export type Phrase = PhraseGroup['phrases'][number];
export type Phrasebook = z.infer<typeof PhrasesFile>;
