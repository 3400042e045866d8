// resolveDraft (src/engine/resolve.ts): from answers given all at once to the outcome, the channel,
// the verdict and the message, or the problem in the way; what `draft <topic>` and refund-check print.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Content, Topic } from '../src/content/schema.js';
import type { CalendarDate } from '../src/engine/dates.js';
import { resolveDraft, type DraftRequest } from '../src/engine/resolve.js';
import { loadContent } from '../src/validate/loader.js';
import { CONTENT } from './helpers/content.js';

let content: Content;
beforeAll(() => {
  content = loadContent(CONTENT).content;
});
const topic = (id: string): Topic => content.topics.find((x) => x.id === id)!;
const TODAY: CalendarDate = { year: 2024, month: 5, day: 6 };
const NAD = { order: '123-1234567-1234567', problem: 'damaged', wish: 'refund' };
const resolve = (id: string, request: Partial<DraftRequest> & Pick<DraftRequest, 'answers'>) =>
  resolveDraft(content, topic(id), { today: TODAY, lang: 'en', ...request });

describe('resolveDraft', () => {
  it('walks the path, skips optional questions left out, and recommends a channel', () => {
    const r = resolve('not-as-described', { answers: NAD });
    if ('problem' in r) throw new Error(r.problem.kind);
    expect(r.outcome.id).toBe('contact-amazon');
    expect(r.answers).toMatchObject({ ...NAD, details: null });
    expect(r.ignored).toEqual([]);
    expect(r.channel.id).toBe(r.advice.recommended?.channel.id);
    expect(r.draft.body).toContain('123-1234567-1234567');
  });

  it('takes the channel asked for, in any case, and renders its message', () => {
    const r = resolve('not-as-described', { answers: NAD, channel: ' EMAIL ' });
    if ('problem' in r) throw new Error(r.problem.kind);
    expect(r.channel.id).toBe('email');
    expect(r.draft.subject).toBeDefined();
  });

  it('names a required answer that is missing', () => {
    const r = resolve('not-as-described', { answers: { order: NAD.order } });
    expect('problem' in r && r.problem.kind === 'missing-answer' && r.problem.question.id).toBe('problem');
  });

  it('refuses a product question that names neither item nor order, naming the answers that would', () => {
    const r = resolve('product-question', { answers: { about: 'size', 'sold-by': 'amazon' } });
    expect('problem' in r && r.problem).toEqual({ kind: 'unidentified', any: ['item', 'order'] });
    const ok = resolve('product-question', { answers: { about: 'size', 'sold-by': 'amazon', item: 'B0C1234567' } });
    if ('problem' in ok) throw new Error(ok.problem.kind);
    expect(ok.draft.body).toContain('Item: B0C1234567.');
    // refund-check drafts from its few flags: it may go without.
    const loose = resolve('price-drop', { answers: { paid: '2024-05-01', seller: 'amazon', shipped: 'no' }, identify: false });
    expect('problem' in loose).toBe(false);
  });

  it('refuses a channel the outcome does not offer, listing the ones it does', () => {
    const r = resolve('not-as-described', { answers: NAD, channel: 'seller' });
    expect('problem' in r && r.problem).toMatchObject({ kind: 'channel-not-offered', channel: 'seller' });
    if ('problem' in r && r.problem.kind === 'channel-not-offered') expect(r.problem.available).toContain('email');
  });

  it('refuses chat for a blocked account, with the reason', () => {
    const r = resolve('account-blocked', { answers: { 'account-email': 'anna@example.com', sure: 'yes', papers: 'ready' }, preferences: { account: 'blocked' }, channel: 'chat' });
    expect('problem' in r && r.problem.kind).toMatch(/^channel-(unavailable|not-offered)$/);
  });

  it('price-drop: the verdict from the same answers, and a payment after today is a problem', () => {
    const ok = resolve('price-drop', { answers: { paid: '2024-05-01', seller: 'amazon', shipped: 'no', order: NAD.order } });
    if ('problem' in ok) throw new Error(ok.problem.kind);
    expect(ok.verdict?.eligible).toBe(true);
    const late = resolve('price-drop', { answers: { paid: '2024-05-09', seller: 'amazon', shipped: 'no', order: NAD.order } });
    expect('problem' in late && late.problem).toEqual({ kind: 'paid-after-today', paid: '2024-05-09', today: '2024-05-06' });
  });
});
