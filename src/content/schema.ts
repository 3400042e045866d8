// The shape of everything under content/. Types come from here (z.infer), never from a second copy.
import { z } from 'zod';
import { SPOOFING } from '../engine/answers.js';
import { CHANNEL_IDS, CONDITION_IDS, TOPIC_IDS } from './ids.js';

// The plain id lists live in ids.ts (no zod), so start-up code can use them.
export { CHANNEL_IDS, CONDITION_IDS, RESERVED_FLAGS, TOPIC_IDS } from './ids.js';

/** Control characters (ANSI escapes among them) would reach the terminal raw: content may not carry them. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const nonEmpty = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((s) => !CONTROL.test(s), 'must not contain control characters (such as ANSI escapes)')
  .refine(
    (s) => !SPOOFING.test(s),
    'must not contain bidirectional controls or line separators (U+202A-U+202E, U+2066-U+2069, U+2028, U+2029): they reverse or break the text on screen',
  );

/** Every user-facing string carries English and Russian; a missing one is a load error. */
export const Text = z.strictObject({ en: nonEmpty, ru: nonEmpty });

export const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by "-", like "sold-by"');

/** A fact of ../shared/seed/FACTS.md: F1 to F29. */
export const FactId = z.string().regex(/^F([1-9]|1[0-9]|2[0-9])$/, 'must name a fact from F1 to F29');

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-24');

// ---------------------------------------------------------------- evidence
/**
 * How sure a detail is: amazon (Amazon's own page says so), third-party (a guide, a news story),
 * article (only the source article, ../shared/seed/FACTS.md), doubtful.
 */
export const GRADES = ['amazon', 'third-party', 'article', 'doubtful'] as const;
export const Grade = z.enum(GRADES);
/**
 * Where a detail comes from. The shape is checked here; that every source exists and that an
 * "amazon" grade has an Amazon page is checked across files (src/validate/checks.ts).
 */
export const Evidence = z
  .strictObject({
    facts: z.array(FactId).min(1, 'must name at least one fact, or leave "facts" out').optional(),
    sources: z.array(Id).min(1, 'must name at least one source, or leave "sources" out').optional(),
    grade: Grade,
  })
  .superRefine((e, ctx) => {
    if (!e.facts && !e.sources) ctx.addIssue({ code: 'custom', message: 'must name facts or sources (or both)', path: [] });
    else if (e.grade === 'article' && !e.facts) {
      ctx.addIssue({ code: 'custom', message: 'grade "article" needs the facts of the article it rests on', path: ['grade'] });
    }
  });

// ---------------------------------------------------------------- sources.yaml
export const SOURCE_KINDS = ['amazon', 'third-party'] as const;
/** A page read with the search tool: what it is, where, when it was read and what we take from it. */
export const Source = z.strictObject({
  id: Id,
  title: nonEmpty,
  url: z.string().regex(/^https?:\/\/[^\s]+$/, 'must be an address starting with https:// or http://'),
  kind: z.enum(SOURCE_KINDS),
  read: IsoDate,
  note: nonEmpty,
});
export const SourcesFile = z.strictObject({ sources: z.array(Source) });

export const TopicId = z.enum(TOPIC_IDS);

export const ChannelId = z.enum(CHANNEL_IDS);

// ---------------------------------------------------------------- amazon.yaml
/** One detail of Amazon's (a button label, a phone number, an address) and where it comes from. */
export const AmazonDetail = z
  .strictObject({
    id: Id,
    kind: z.enum(['label', 'phone', 'email', 'handle', 'page']),
    value: nonEmpty,
    /** How the detail is shown when its value describes it rather than being typed (a page). */
    shown: Text.optional(),
    evidence: Evidence,
    /** Doubts worth telling the user, e.g. an address Amazon does not document. */
    caution: Text.optional(),
  })
  .refine((d) => d.kind !== 'page' || d.shown !== undefined, {
    message: 'a page is described, not typed: give "shown" in en and ru',
    path: ['shown'],
  })
  .refine((d) => d.evidence.grade !== 'doubtful' || d.caution !== undefined, {
    message: 'a doubtful detail must say why: give "caution" in en and ru',
    path: ['evidence', 'grade'],
  });
export const AmazonFile = z.strictObject({ details: z.array(AmazonDetail).min(1) });

// ---------------------------------------------------------------- steps.yaml
/** A step of a click path. Text may quote details as {{label:ID}}. */
export const Step = z.strictObject({ id: Id, text: Text, evidence: Evidence });
export const StepsFile = z.strictObject({ steps: z.array(Step).min(1) });

// ---------------------------------------------------------------- tips.yaml
export const Tip = z.strictObject({
  id: Id,
  text: Text,
  evidence: Evidence,
  /** Shown in the short result only when one of these channels is recommended (a chat tip for a chat). */
  channels: z.array(ChannelId).optional(),
  /** The short result already says this elsewhere (a step, a channel line, a question's help): only --full shows it. */
  saidElsewhere: z.boolean().optional(),
});
export const TipsFile = z.strictObject({ tips: z.array(Tip).min(1) });

// ---------------------------------------------------------------- date windows
/**
 * A dated condition (refund.yaml, atoz.yaml): counted in calendar days from the answer `from`;
 * it holds from `opens` days after that date on and until `closes` days after it (both inclusive).
 */
export const DateWindow = z
  .strictObject({
    from: Id,
    opens: z.number().int().min(0).max(3650).optional(),
    closes: z.number().int().min(0).max(3650).optional(),
  })
  .refine((w) => w.opens !== undefined || w.closes !== undefined, 'must give opens, closes or both')
  .refine((w) => w.opens === undefined || w.closes === undefined || w.opens <= w.closes, 'opens must not be after closes');

// ---------------------------------------------------------------- refund.yaml
const conditionText = {
  title: Text,
  explanation: Text,
  howToCheck: Text,
  /** One-line reasons; {days}, {window} and {lastDay} are interpolated by the engine. */
  met: Text,
  notMet: Text,
  evidence: Evidence,
};
export const RefundCondition = z.discriminatedUnion('id', [
  z.strictObject({ id: z.literal('sold-by-amazon'), ...conditionText }),
  z.strictObject({
    id: z.literal('within-7-days'),
    window: DateWindow.refine((w) => w.closes !== undefined && w.opens === undefined, 'must give closes (the days the window stays open), not opens'),
    ...conditionText,
  }),
  z.strictObject({ id: z.literal('not-shipped'), ...conditionText }),
]);
/** What a shopper can do alone about a lower price; text may quote details as {{label:ID}}. */
export const RefundRoute = z.strictObject({
  id: Id,
  /** Shown only for this answer to "has the package shipped?"; without it, always. */
  when: z.enum(['shipped', 'not-shipped']).optional(),
  title: Text,
  text: Text,
  evidence: Evidence,
});
export const RefundFile = z.strictObject({
  evidence: Evidence,
  title: Text,
  /** That Amazon has no price-adjustment policy: asking is a request for goodwill. */
  intro: Text,
  verdict: z.strictObject({ eligible: Text, notEligible: Text }),
  /** Self-service routes, printed before the conditions. */
  routes: z.array(RefundRoute).min(1),
  /**
   * Checked only when both prices are given (--price-paid, --price-now): the price must really
   * be lower. {paid}, {now} and {difference} are filled by the engine.
   */
  priceCheck: z.strictObject({ title: Text, met: Text, notMet: Text }),
  conditions: z.array(RefundCondition).length(3, 'must list the three conditions'),
  /** The topic whose click path and chat draft refund-check prints when eligible. */
  requestTopic: TopicId,
});

// ---------------------------------------------------------------- atoz.yaml
/** The A-to-z problems atoz-check takes; their ids are the values of --problem. */
export const AtozCondition = z.strictObject({
  id: Id,
  /** The problems this condition applies to; every problem when absent. */
  problems: z.array(Id).min(1).optional(),
  window: DateWindow,
  ...conditionText,
  /** The reason when the window's date is not known (the seller was not asked yet). */
  missing: Text.optional(),
});
export const AtozFile = z.strictObject({
  evidence: Evidence,
  title: Text,
  intro: Text,
  problems: z.array(z.strictObject({ id: Id, label: Text })).min(1),
  verdict: z.strictObject({ eligible: Text, notYet: Text, tooLate: Text }),
  /** What to do next; {firstDay} and {lastDay} are filled by the engine. */
  next: z.strictObject({ contactSeller: Text, wait: Text, file: Text, tooLate: Text }),
  notCovered: z.array(z.strictObject({ id: Id, evidence: Evidence, text: Text })).min(1),
  conditions: z.array(AtozCondition).min(1),
  /** The topic whose click path and message atoz-check prints. */
  requestTopic: TopicId,
});

// ---------------------------------------------------------------- topics/*.yaml
const questionBase = {
  id: Id,
  prompt: Text,
  help: Text.optional(),
  /** Where to go after this question (a question or an outcome of the same topic). */
  next: Id.optional(),
};
export const ChoiceOption = z.strictObject({
  id: Id,
  label: Text,
  /**
   * The words that stand for this answer inside a drafted message: English for the message, Russian
   * for its twin. Without one, the label stands in.
   */
  phrase: Text.optional(),
  /**
   * More sentences that go with this answer, by name, used in templates as {{question.name}}: e.g.
   * {{problem.proof}}, the evidence that fits this problem.
   */
  extra: z.record(Id, Text).optional(),
  /** Overrides the question's next. */
  next: Id.optional(),
});
export const Question = z.discriminatedUnion('kind', [
  z.strictObject({ ...questionBase, kind: z.literal('choice'), options: z.array(ChoiceOption).min(2) }),
  z.strictObject({
    ...questionBase,
    kind: z.literal('text'),
    required: z.boolean().default(false),
    maxLength: z.number().int().min(1).max(2000).default(300),
    /**
     * The answer names a product: the wizard searches content/glossary.yaml (Russian or English
     * words) and --item accepts Russian words; the message gets the English noun phrase, the
     * Russian twin the Russian name (src/engine/items.ts).
     */
    glossary: z.boolean().optional(),
    /** email: the answer must look like an e-mail address (the account's, for support to find it). */
    format: z.literal('email').optional(),
  }),
  z.strictObject({ ...questionBase, kind: z.literal('date'), required: z.boolean().default(true) }),
  z.strictObject({ ...questionBase, kind: z.literal('order-number'), required: z.boolean().default(true) }),
  /** A price in US dollars (49.99, $1,299.00), inserted into a message as $49.99. */
  z.strictObject({ ...questionBase, kind: z.literal('price'), required: z.boolean().default(false) }),
]);

/**
 * A message in English (what is sent) and its Russian twin (what the user reads), sentence by
 * sentence: both are rendered with the same answers and must have the same sentences in order.
 */
const Twin = z.strictObject({ en: nonEmpty, ru: nonEmpty });
export const Templates = z.strictObject({
  chat: Twin.optional(),
  email: z.strictObject({ subject: Twin, en: nonEmpty, ru: nonEmpty }).optional(),
  phone: Twin.optional(),
  social: Twin.optional(),
  seller: Twin.optional(),
});

export const Outcome = z.strictObject({
  id: Id,
  title: Text,
  clickPath: z.array(Id).min(1),
  channels: z.array(ChannelId).min(1),
  templates: Templates,
  tips: z.array(Id).default([]),
  evidence: Evidence,
});

export const TopicFile = z.strictObject({
  id: TopicId,
  title: Text,
  summary: Text,
  evidence: Evidence,
  /**
   * A message that must say which item or order it is about: at least one of `any` answered. When a
   * path reaches its outcome with none, the wizard asks `ask` again, now required, with this prompt;
   * `draft` refuses (exit 2) naming the flags of `any`.
   */
  identify: z
    .strictObject({ any: z.array(Id).min(1), ask: Id, prompt: Text, help: Text.optional() })
    .optional(),
  /**
   * The rule run over the answers: price-drop runs the refund rule (refund.yaml); atoz-claim and
   * delivery run the A-to-z rule (atoz.yaml), the one behind refund-check and atoz-check.
   */
  eligibility: z.enum(['price-difference', 'atoz']).optional(),
  start: Id,
  questions: z.array(Question).default([]),
  outcomes: z.array(Outcome).min(1),
});

// ---------------------------------------------------------------- channels.yaml
export const Preference = z.strictObject({
  id: Id,
  prompt: Text,
  help: Text.optional(),
  options: z.array(z.strictObject({ id: Id, label: Text })).min(2),
  default: Id.optional(),
});
/** Conditions over preference answers and the account answer, e.g. { written-english: no }. */
export const When = z.record(Id, z.union([Id, z.array(Id).min(1)]));
export const Channel = z.strictObject({
  id: ChannelId,
  name: Text,
  evidence: Evidence,
  /** The last click: how to open this channel once the path is done. */
  howTo: Text,
  answerTime: Text,
  cost: Text,
  notes: z.array(Text).default([]),
  contacts: z.array(Id).default([]),
  /** Higher wins; rules add to it. */
  base: z.number().int(),
  rules: z.array(z.strictObject({ when: When, score: z.number().int(), reason: Text })).default([]),
  unavailable: z.array(z.strictObject({ when: When, reason: Text })).default([]),
});
export const ChannelsFile = z.strictObject({
  preferences: z.array(Preference).min(1),
  channels: z.array(Channel).min(1),
});

// ---------------------------------------------------------------- flow.yaml
export const FlowFile = z.strictObject({
  account: z.strictObject({
    prompt: Text,
    help: Text.optional(),
    options: z
      .array(
        z.strictObject({
          id: Id,
          label: Text,
          /** "topics" asks which problems; "topic:ID" goes straight to one topic. */
          next: z.string().regex(/^(topics|topic:[a-z0-9-]+)$/, 'must be "topics" or "topic:<topic id>"'),
          /** What to do before contacting support (F1), shown first in the result. */
          before: z.array(Id).min(1),
        }),
      )
      .min(2),
  }),
  topics: z.strictObject({ prompt: Text, help: Text.optional() }),
});

export type Text = z.infer<typeof Text>;
export type Evidence = z.infer<typeof Evidence>;
export type Grade = z.infer<typeof Grade>;
export type Source = z.infer<typeof Source>;
export type AmazonDetail = z.infer<typeof AmazonDetail>;
export type Step = z.infer<typeof Step>;
export type Tip = z.infer<typeof Tip>;
export type RefundCondition = z.infer<typeof RefundCondition>;
export type RefundFile = z.infer<typeof RefundFile>;
export type AtozFile = z.infer<typeof AtozFile>;
export type AtozCondition = z.infer<typeof AtozCondition>;
export type RefundRoute = z.infer<typeof RefundRoute>;
export type Question = z.infer<typeof Question>;
export type ChoiceOption = z.infer<typeof ChoiceOption>;
export type Outcome = z.infer<typeof Outcome>;
export type Templates = z.infer<typeof Templates>;
export type Topic = z.infer<typeof TopicFile>;
export type TopicId = z.infer<typeof TopicId>;
export type ChannelId = z.infer<typeof ChannelId>;
export type Preference = z.infer<typeof Preference>;
export type When = z.infer<typeof When>;
export type Channel = z.infer<typeof Channel>;
export type Flow = z.infer<typeof FlowFile>;
export type Lang = 'en' | 'ru';

/** The whole validated content, as the engine sees it. */
export interface Content {
  /** The pages that evidence cites (sources.yaml). */
  sources: Source[];
  amazon: AmazonDetail[];
  steps: Step[];
  tips: Tip[];
  refund: RefundFile;
  atoz: AtozFile;
  topics: Topic[];
  channels: Channel[];
  preferences: Preference[];
  flow: Flow;
}
