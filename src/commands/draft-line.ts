// The `amz-help draft` command line that reproduces a set of answers without any questions.
import type { TopicId } from '../content/schema.js';
import type { SessionState } from '../engine/session.js';
import type { Answers } from '../engine/walk.js';

export function shellQuote(value: string): string {
  return /^[A-Za-z0-9@%+=:,./_-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

export function draftCommandLine(topic: TopicId, answers: Answers, state?: Pick<SessionState, 'account' | 'prefs'>): string {
  const parts = ['amz-help', 'draft', topic];
  for (const [id, value] of Object.entries(answers)) {
    if (value !== null && value !== undefined) parts.push(`--${id}`, shellQuote(value));
  }
  if (state?.account && state.account !== 'signed-in') parts.push('--account', state.account);
  for (const [id, value] of Object.entries(state?.prefs ?? {})) parts.push(`--${id}`, shellQuote(value));
  return parts.join(' ');
}
