// The wizard's session as data (src/engine/session.ts), the answers it reads, the template
// language and the resume command line: no prompts, just what the steps and requests come to.
import { beforeAll, describe, expect, it } from 'vitest';
import { draftCommandLine, shellQuote } from '../src/commands/draft-line.js';
import { loadContent } from '../src/validate/loader.js';
import type { Content, TopicId } from '../src/content/schema.js';
import { checkFreeText, hasCyrillic, parseOrderNumber } from '../src/engine/answers.js';
import type { CalendarDate } from '../src/engine/dates.js';
import { renderDraft } from '../src/engine/draft.js';
import { emptySession, requestsOf, stepsOf, withAnswer, type SessionState, type StepKey } from '../src/engine/session.js';
import { MissingValueError, renderTemplate, TemplateSyntaxError } from '../src/engine/template.js';
import { CONTENT } from './helpers/content.js';
import { progressOf } from '../src/engine/walk.js';

let content: Content;
beforeAll(() => {
  content = loadContent(CONTENT).content;
});

const TODAY: CalendarDate = { year: 2024, month: 5, day: 3 };
const ORDER = '123-1234567-1234567';
const PREFS = { 'written-english': 'yes', 'spoken-english': 'no', documents: 'no', proof: 'yes', 'russia-cis': 'yes' };

const name = (s: StepKey) => (s.kind === 'question' ? `${s.topic}:${s.question}` : s.kind === 'preference' ? `pref:${s.id}` : s.kind === 'anyway' ? `anyway:${s.topic}` : s.kind);

function session(patch: Partial<SessionState>): SessionState {
  return { ...emptySession(), ...patch };
}

describe('stepsOf: which questions the answers lead through', () => {
  it('starts with the account question only', () => {
    expect(stepsOf(content, emptySession(), TODAY)).toEqual({ steps: [{ kind: 'account' }], complete: false });
  });

  it('a blocked account skips the problem list and goes to account-blocked', () => {
    const { steps } = stepsOf(content, session({ account: 'blocked' }), TODAY);
    expect(steps.map(name)).toEqual(['account', 'account-blocked:account-email']);
  });

  it('a signed-in user is asked which problems, then each topic in content order', () => {
    const state = session({
      account: 'signed-in',
      topics: ['payment', 'not-as-described'] as TopicId[],
      answers: { 'not-as-described': { order: ORDER, item: null, problem: 'damaged', wish: 'refund', details: null } },
    });
    expect(stepsOf(content, state, TODAY).steps.map(name)).toEqual([
      'account',
      'topics',
      'not-as-described:order',
      'not-as-described:item',
      'not-as-described:problem',
      'not-as-described:wish',
      'not-as-described:details',
      'payment:problem',
    ]);
  });

  it('asks no channel preferences when the only channel is the seller message', () => {
    const state = session({
      account: 'signed-in',
      topics: ['seller-question'] as TopicId[],
      answers: { 'seller-question': { stage: 'considering', item: 'wireless headphones', about: 'size', details: null } },
    });
    const { steps, complete } = stepsOf(content, state, TODAY);
    expect(complete).toBe(true);
    expect(steps.map(name).filter((s) => s.startsWith('pref:'))).toEqual([]);
  });

  it('a message that would name neither item nor order asks for the item again, now required', () => {
    const answers = { stage: 'considering', item: null, about: 'size', details: null };
    const state = session({ account: 'signed-in', topics: ['seller-question'] as TopicId[], answers: { 'seller-question': answers } });
    const { steps, complete } = stepsOf(content, state, TODAY);
    expect(complete).toBe(false);
    // The item moves to the end: asked again after the others, once.
    expect(steps.map(name)).toEqual(['account', 'topics', 'seller-question:stage', 'seller-question:about', 'seller-question:details', 'seller-question:item']);
    const topic = content.topics.find((t) => t.id === 'seller-question')!;
    const progress = progressOf(topic, answers);
    expect(progress).toMatchObject({ identify: true, pending: { id: 'item', kind: 'text', required: true } });
    expect(progress.pending!.prompt.en).toMatch(/^Which item is it\?/);
    expect(progressOf(topic, { ...answers, item: 'B0C1234567' })).toMatchObject({ outcome: { id: 'ask-seller' } });
    expect(progressOf(topic, { ...answers, item: 'B0C1234567' }).identify).toBeUndefined();
  });

  it('price-drop asks "draft anyway?" only when a condition fails', () => {
    const answers = (paid: string) => ({ 'price-drop': { paid, seller: 'amazon', shipped: 'no', order: ORDER, item: null, 'price-paid': null, 'price-now': null } });
    const base = { account: 'signed-in', topics: ['price-drop'] as TopicId[], prefs: PREFS };
    expect(stepsOf(content, session({ ...base, answers: answers('2024-05-01') }), TODAY)).toMatchObject({ complete: true });
    expect(stepsOf(content, session({ ...base, answers: answers('2024-05-01') }), TODAY).steps.map(name)).not.toContain('anyway:price-drop');
    const failing = stepsOf(content, session({ ...base, answers: answers('2024-04-01') }), TODAY);
    expect(failing.complete).toBe(false);
    expect(failing.steps.map(name).at(-1)).toBe('anyway:price-drop');
  });

  it('a price that did not drop gets no request and no "draft anyway?" question', () => {
    const state = session({
      account: 'signed-in',
      topics: ['price-drop'] as TopicId[],
      answers: { 'price-drop': { paid: '2024-05-01', seller: 'amazon', shipped: 'no', order: ORDER, item: null, 'price-paid': '$20.00', 'price-now': '$25.00' } },
      prefs: PREFS,
    });
    expect(stepsOf(content, state, TODAY).steps.map(name)).not.toContain('anyway:price-drop');
    const [request] = requestsOf(content, state, TODAY, 'en');
    expect(request!.draft).toBe(false);
    expect(request!.verdict?.conditions.at(-1)).toMatchObject({ id: 'price-lower', met: false });
  });

  it('changing an answer that opens another branch asks only the new question', () => {
    const done = session({
      account: 'signed-in',
      topics: ['product-question'] as TopicId[],
      answers: { 'product-question': { about: 'size', item: 'wireless headphones', details: null, 'sold-by': 'third-party' } },
      prefs: PREFS,
    });
    expect(stepsOf(content, done, TODAY).complete).toBe(true);
    const changed = withAnswer(done, { kind: 'question', topic: 'product-question', question: 'sold-by' }, 'amazon');
    const { steps, complete } = stepsOf(content, changed, TODAY);
    expect(complete).toBe(false);
    expect(name(steps.at(-1)!)).toBe('product-question:order');
    // Answers given before the change are kept.
    expect(changed.answers['product-question']).toMatchObject({ about: 'size', 'sold-by': 'amazon' });
  });
});

describe('requestsOf: one request per problem (F18)', () => {
  it('several topics become several requests, each with its outcome and channel', () => {
    const state = session({
      account: 'signed-in',
      topics: ['payment', 'not-as-described'] as TopicId[],
      answers: {
        'not-as-described': { order: ORDER, item: null, problem: 'damaged', wish: 'refund', details: null },
        payment: { problem: 'declined', order: null, details: null },
      },
      prefs: PREFS,
    });
    const requests = requestsOf(content, state, TODAY, 'en');
    expect(requests.map((r) => [r.topic.id, r.outcome.id, r.channel, r.draft])).toEqual([
      ['not-as-described', 'contact-amazon', 'chat', true],
      ['payment', 'contact-amazon', 'chat', true],
    ]);
  });

  it('a failed price-drop drafts only when the user still wants it', () => {
    const state = (anyway: boolean) =>
      session({
        account: 'signed-in',
        topics: ['price-drop'] as TopicId[],
        answers: { 'price-drop': { paid: '2024-04-01', seller: 'third-party', shipped: 'yes', order: ORDER, item: null, 'price-paid': null, 'price-now': null } },
        anyway: { 'price-drop': anyway },
        prefs: PREFS,
      });
    const [no] = requestsOf(content, state(false), TODAY, 'en');
    expect(no!.draft).toBe(false);
    expect(no!.verdict?.eligible).toBe(false);
    expect(no!.verdict?.conditions.filter((c) => !c.met).map((c) => c.id)).toEqual(['sold-by-amazon', 'within-7-days', 'not-shipped']);
    expect(requestsOf(content, state(true), TODAY, 'en')[0]!.draft).toBe(true);
  });
});

describe('answers typed at a prompt or as flags', () => {
  it.each([
    ['123-1234567-1234567', '123-1234567-1234567'],
    ['  123-1234567-1234567 ', '123-1234567-1234567'],
    ['D01-1234567-1234567', 'D01-1234567-1234567'],
    ['d01-1234567-1234567', 'D01-1234567-1234567'],
  ])('order number %j is read as %s', (input, expected) => {
    expect(parseOrderNumber(input)).toBe(expected);
  });

  it.each(['12345', '123-123456-1234567', '1234-1234567-1234567', '123 1234567 1234567', 'X01-1234567-1234567', '123-1234567-1234567-1', ''])(
    'order number %j is refused',
    (input) => {
      expect(parseOrderNumber(input)).toBeUndefined();
    },
  );

  it('spots Cyrillic, and refuses control characters and oversize text', () => {
    expect(hasCyrillic('беспроводные наушники')).toBe(true);
    expect(hasCyrillic('wireless headphones')).toBe(false);
    expect(checkFreeText(' ok ', 10)).toEqual({ ok: true, value: 'ok' });
    expect(checkFreeText('a\u001b[31mb', 100)).toMatchObject({ ok: false, problem: 'control' });
    expect(checkFreeText('x'.repeat(11), 10)).toMatchObject({ ok: false, problem: 'long', length: 11 });
  });
});

describe('templates: user text is inserted as plain text', () => {
  it('a typed "{{order}}" or section tag stays literal in the message', () => {
    const topic = content.topics.find((t) => t.id === 'not-as-described')!;
    const outcome = topic.outcomes[0]!;
    const sneaky = 'a {{order}} {{#details}}x{{/details}} [link]';
    const draft = renderDraft(topic, outcome, 'chat', { order: ORDER, item: sneaky, problem: 'damaged', wish: 'refund', details: null });
    expect(draft.body).toContain(`Item: ${sneaky}.`);
    expect(draft.summary.body).toContain(`Товар: ${sneaky}.`);
    expect(draft.body.split(ORDER)).toHaveLength(2);
  });

  it('fails loudly on a missing value or broken syntax, never leaving a placeholder', () => {
    expect(() => renderTemplate('Order {{order}}.', () => undefined)).toThrow(MissingValueError);
    expect(() => renderTemplate('{{#item}}open', () => 'x')).toThrow(TemplateSyntaxError);
    expect(() => renderTemplate('{{ item', () => 'x')).toThrow(TemplateSyntaxError);
    expect(renderTemplate('A{{#item}} and {{item}}{{/item}}.', (n) => (n === 'item' ? 'B' : undefined))).toBe('A and B.');
    expect(renderTemplate('A{{#item}} and {{item}}{{/item}}.', () => undefined)).toBe('A.');
  });
});

describe('the resume command line (Ctrl+C)', () => {
  it('quotes what the shell would split or expand', () => {
    expect(shellQuote('wireless headphones')).toBe("'wireless headphones'");
    expect(shellQuote("it's $HOME")).toBe("'it'\\''s $HOME'");
    expect(shellQuote(ORDER)).toBe(ORDER);
  });

  it('names the topic, the answers given, a blocked account and the preferences', () => {
    expect(draftCommandLine('not-as-described', { order: ORDER, item: 'wireless headphones', details: null })).toBe(
      `amz-help draft not-as-described --order ${ORDER} --item 'wireless headphones'`,
    );
    expect(draftCommandLine('account-blocked', { sure: 'yes' }, { account: 'blocked', prefs: { proof: 'no' } })).toBe(
      'amz-help draft account-blocked --sure yes --account blocked --proof no',
    );
  });
});
