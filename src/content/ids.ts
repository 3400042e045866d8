// The fixed id lists of the content model, as plain values. They live apart from schema.ts so that
// commands can use them at start-up without loading zod (schema.ts builds its enums from these).

export const TOPIC_IDS = [
  'not-as-described',
  'product-question',
  'payment',
  'account-blocked',
  'seller-question',
  'price-drop',
  'delivery',
  'returns',
  'atoz-claim',
  'account-hijacked',
  'cancel-order',
  'something-else',
] as const;

/** Flags that every `draft <topic>` command has: no question may take one of these ids. */
export const RESERVED_FLAGS = ['channel', 'account', 'today', 'anyway', 'json', 'copy', 'out', 'lang', 'content', 'color', 'no-color', 'help', 'version', 'follow-up', 'case', 'next', 'ics'] as const;

export const CHANNEL_IDS = ['chat', 'email', 'phone', 'social', 'seller'] as const;

export const CONDITION_IDS = ['sold-by-amazon', 'within-7-days', 'not-shipped'] as const;

/** What a follow-up asks for (draft --next): the status, or an answer to Amazon's reply. */
export const NEXT_MESSAGES = ['status', 'accept', 'insist', 'supervisor', 'atoz'] as const;
