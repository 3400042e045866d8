// The shape of content/follow-up.yaml: the sentences a follow-up message is built from (English
// with its Russian twin) and the days to wait for an answer on each channel. Read only when a
// command needs it (--follow-up, --ics), by src/content/extra-loader.ts.
import { z } from 'zod';
import { CHANNEL_IDS } from './ids.js';
import { Evidence, Text } from './schema.js';

const Days = z.number().int().min(1).max(60);

export const FollowUpFile = z.strictObject({
  waitDays: z.strictObject({
    ...(Object.fromEntries(CHANNEL_IDS.map((id) => [id, Days])) as Record<(typeof CHANNEL_IDS)[number], typeof Days>),
    evidence: Evidence,
  }),
  greeting: Text,
  firstContact: Text,
  firstContactWithCase: Text,
  notSolved: Text,
  subject: Text,
  closing: Text,
  next: z.strictObject({ status: Text, accept: Text, insist: Text, supervisor: Text, atoz: Text }),
});

export type FollowUpFile = z.infer<typeof FollowUpFile>;
