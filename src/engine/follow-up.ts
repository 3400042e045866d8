// Follow-ups: the message sent when the first contact did not solve the problem. It names the day
// of the first contact (and its case number), says the problem is not solved, repeats the request
// with its order and item, and asks for one next step. Pure: the rendered first message in, text out.

/** What the follow-up asks for: the status, or an answer to Amazon's reply (accept, insist, a supervisor, A-to-z). */
export const NEXT_MESSAGES = ['status', 'accept', 'insist', 'supervisor', 'atoz'] as const;
export type NextMessage = (typeof NEXT_MESSAGES)[number];
