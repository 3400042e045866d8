// The wizard's delivery and A-to-z paths run the same rule as atoz-check (content/atoz.yaml): a
// third-party seller's missing parcel gets the verdict with its dates; an item sold by Amazon, or a
// problem the guarantee does not cover, gets none. The A-to-z verdict never blocks the message.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../src/validate/loader.js';
import type { Content, TopicId } from '../src/content/schema.js';
import { parseDate, type CalendarDate } from '../src/engine/dates.js';
import { emptySession, requestsOf, stepsOf, type SessionState } from '../src/engine/session.js';
import { CONTENT } from './helpers/content.js';

let content: Content;
beforeAll(() => {
  content = loadContent(CONTENT).content;
});

const d = (s: string): CalendarDate => (parseDate(s) as { ok: true; date: CalendarDate }).date;

function session(topic: TopicId, answers: Record<string, string | null>): SessionState {
  return { ...emptySession(), account: 'signed-in', topics: [topic], answers: { [topic]: answers }, prefs: { 'written-english': 'yes', 'spoken-english': 'yes', documents: 'no', proof: 'no', 'russia-cis': 'no' } };
}

const DELIVERY = { order: '123-1234567-1234567', item: null, expected: '2024-05-01', done: 'photo', details: null };

describe('delivery', () => {
  it('a third-party seller, not arrived: the A-to-z verdict says to write to the seller first and when a claim opens', () => {
    const [request] = requestsOf(content, session('delivery', { ...DELIVERY, problem: 'not-arrived', seller: 'third-party' }), d('2024-05-06'), 'en');
    expect(request!.outcome.id).toBe('ask-seller');
    expect(request!.atoz?.eligible).toBe(false);
    expect(request!.atoz?.headline).toContain('You cannot file an A-to-z Guarantee claim yet.');
    expect(request!.atoz?.next).toContain('you can file from May 8, 2024');
    expect(request!.atoz?.conditions.map((c) => [c.id, c.met])).toEqual([
      ['seller-contacted', false],
      ['three-days-late', true],
      ['within-90-days', true],
    ]);
    expect(request!.draft).toBe(true);
  });

  it('sold by Amazon: no A-to-z verdict, the path goes to Amazon', () => {
    const [request] = requestsOf(content, session('delivery', { ...DELIVERY, problem: 'not-arrived', seller: 'amazon' }), d('2024-05-06'), 'en');
    expect(request!.outcome.id).toBe('ask-amazon');
    expect(request!.atoz).toBeUndefined();
  });

  it('lost at the forwarder: no A-to-z verdict (not a problem the guarantee takes)', () => {
    const [request] = requestsOf(content, session('delivery', { order: DELIVERY.order, item: null, problem: 'forwarder-no', forwarder: 'forwarder-confirms', expected: DELIVERY.expected, details: null, seller: 'third-party' }), d('2024-05-06'), 'en');
    expect(request!.atoz).toBeUndefined();
  });
});

describe('atoz-claim', () => {
  const CLAIM = { order: '123-1234567-1234567', item: null, problem: 'no-refund', expected: '2024-05-01', asked: 'yes', answer: 'no-answer', 'can-show-return': 'return-tracking', details: null };

  it('asked the seller long enough ago: eligible, and no "draft anyway" question', () => {
    const state = session('atoz-claim', { ...CLAIM, contacted: '2024-05-10' });
    const [request] = requestsOf(content, state, d('2024-05-20'), 'en');
    expect(request!.outcome.id).toBe('file-claim');
    expect(request!.atoz?.eligible).toBe(true);
    expect(stepsOf(content, state, d('2024-05-20')).steps.some((s) => s.kind === 'anyway')).toBe(false);
  });

  it('too early: not eligible, the day it opens in the headline, and still a message (no "anyway" step)', () => {
    const state = session('atoz-claim', { ...CLAIM, contacted: '2024-05-19' });
    const [request] = requestsOf(content, state, d('2024-05-20'), 'ru');
    expect(request!.atoz?.eligible).toBe(false);
    expect(request!.atoz?.next).toContain('21 мая 2024');
    expect(request!.draft).toBe(true);
    expect(stepsOf(content, state, d('2024-05-20')).steps.some((s) => s.kind === 'anyway')).toBe(false);
  });
});

describe('the account question', () => {
  it('"hijacked" goes straight to account-hijacked, apart from "blocked"', () => {
    const ids = content.flow.account.options.map((o) => [o.id, o.next]);
    expect(ids).toContainEqual(['blocked', 'topic:account-blocked']);
    expect(ids).toContainEqual(['hijacked', 'topic:account-hijacked']);
  });

  it('the problem list ends with "something else"', () => {
    const listed = content.topics.filter((t) => !content.flow.account.options.some((o) => o.next === `topic:${t.id}`));
    expect(listed.at(-1)!.id).toBe('something-else');
    expect(listed.length).toBeGreaterThanOrEqual(10);
  });
});
