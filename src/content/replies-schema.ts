// The shape of content/replies.yaml: the kinds of passage an Amazon reply is made of, each with
// the patterns that find it, what it means and what to do next, in English and Russian.
// Types come from here (z.infer); the file is read only by `amz-help reply` (replies-loader.ts).
import { z } from 'zod';
import { NEXT_MESSAGES } from './ids.js';
import { Evidence, Id, Text } from './schema.js';

/** One line of text, trimmed, without control characters: as every string of the content. */
const line = Text.shape.en;

/** A regular expression, matched case-insensitively against one sentence of the reply. */
const Pattern = line.refine((source) => {
  try {
    new RegExp(source, 'iu');
    return true;
  } catch {
    return false;
  }
}, 'is not a valid regular expression');


export const ReplyKind = z.strictObject({
  id: Id,
  title: Text,
  /** Any one of them found in a sentence recognises the kind. */
  patterns: z.array(Pattern).min(1),
  meaning: Text,
  next: Text,
  /** The follow-up message to draft, when one is needed. */
  draft: z.enum(NEXT_MESSAGES).optional(),
  /** Sentences in Amazon's manner, in our own words; each must be recognised as this kind only. */
  examples: z.array(line).min(1),
  /** Where such wording was seen published: pages of sources.yaml, read with the search tool. */
  evidence: Evidence,
});

export const RepliesFile = z.strictObject({
  /** Greetings, thanks and sign-offs: neither explained nor listed as not understood. */
  ignore: z.array(Pattern),
  kinds: z.array(ReplyKind).min(1),
});

export type ReplyKind = z.infer<typeof ReplyKind>;
export type RepliesFile = z.infer<typeof RepliesFile>;
