// The short result, decided by the pure plan (src/engine/result-plan.ts) and printed by
// src/cli/result.ts: what it says once, what it leaves for --full, and how it is laid out.
import { beforeAll, describe, expect, it } from 'vitest';
import { afterDash, formatResult, type Screen } from '../src/cli/result.js';
import { makeStyle } from '../src/cli/style.js';
import { hang } from '../src/cli/wrap.js';
import { clipboardAvailable } from '../src/cli/clipboard.js';
import { loadContent } from '../src/validate/loader.js';
import type { Content } from '../src/content/schema.js';
import type { CalendarDate } from '../src/engine/dates.js';
import { planResult, shortStep, tipsFor } from '../src/engine/result-plan.js';
import { emptySession, requestsOf, type SessionState } from '../src/engine/session.js';
import { CONTENT } from './helpers/content.js';

let content: Content;
beforeAll(() => {
  content = loadContent(CONTENT).content;
});

const TODAY: CalendarDate = { year: 2024, month: 5, day: 3 };
const ORDER = '123-1234567-1234567';
const PREFS = { 'written-english': 'yes', 'spoken-english': 'no', documents: 'yes', proof: 'yes', 'russia-cis': 'yes' };
const NAD = { order: ORDER, item: 'wireless headphones', problem: 'damaged', wish: 'refund', details: null };
const PAYMENT = { problem: 'charged-twice', order: ORDER, details: null };

function requests(topics: ('not-as-described' | 'payment')[], prefs: Record<string, string> = PREFS) {
  const state: SessionState = {
    ...emptySession(),
    account: 'signed-in',
    topics,
    answers: { 'not-as-described': NAD, payment: PAYMENT },
    prefs,
  };
  return requestsOf(content, state, TODAY, 'ru');
}

const plain: Screen = { width: undefined, style: makeStyle(0) };
const RULE = /^─{20,}$/;

describe('planResult: one request', () => {
  it('the click path in short is Amazon\'s labels, in «» in Russian, ending with the way to contact', () => {
    const plan = planResult(content, requests(['not-as-described']), ['sign-in'], 'ru');
    const [p] = plan.requests;
    expect(p!.path[0]).toMatch(/^«.+»$/);
    expect(p!.path.at(-1)).toBe('Электронная почта');
    expect(plan.shared.path).toEqual([]);
    expect(p!.channel?.reason).toBe('Нужно отправить или получить документы, а для этого лучше всего подходит почта.');
    expect(p!.others?.map((o) => o.id)).toEqual(['chat', 'social', 'phone']);
    // Another way's one caution is the reason that weighs most against it.
    expect(p!.others?.[0]!.reason).toBe('Документы удобнее отправлять и получать по почте.');
  });

  it('a step that names no label is kept whole', () => {
    const step = content.steps.find((s) => !/\{\{label:/.test(s.text.ru))!;
    expect(shortStep(content, step.id, 'ru')).not.toBe('');
  });

  it('tips: none the short result already says, none for a way to contact that is not recommended', () => {
    const reqs = requests(['not-as-described']);
    const short = tipsFor(content, reqs, false).map((t) => t.id);
    expect(short).not.toContain('sign-in-first');
    expect(short).not.toContain('answer-times');
    expect(short).not.toContain('ask-transcript'); // a chat tip, and e-mail is recommended
    // --full keeps them all.
    expect(tipsFor(content, reqs, true).map((t) => t.id)).toContain('ask-transcript');
  });

  it('with chat recommended, the chat tip comes back', () => {
    const reqs = requests(['not-as-described'], { ...PREFS, documents: 'no' });
    expect(reqs[0]!.channel).toBe('chat');
    expect(tipsFor(content, reqs, false).map((t) => t.id)).toContain('ask-transcript');
  });
});

describe('planResult: two requests say what they share once', () => {
  it('the path start, the way to contact and the other ways are shared; each request keeps its message', () => {
    const plan = planResult(content, requests(['not-as-described', 'payment']), ['sign-in'], 'ru');
    expect(plan.shared.path.length).toBeGreaterThan(0);
    expect(plan.requests.some((p) => p.path.length > 0)).toBe(true);
    expect(plan.shared.pathEnd.at(-1)).toBe('Электронная почта');
    expect(plan.shared.channel?.id).toBe('email');
    expect(plan.shared.others?.length).toBe(3);
    for (const p of plan.requests) {
      expect(p.channel).toBeUndefined();
      expect(p.others).toBeUndefined();
      expect(p.draft?.body).toContain(ORDER);
      expect(p.summary).toMatch(/^Тема: /);
    }
    expect(new Set(plan.tips).size).toBe(plan.tips.length);
  });

  it('printed: two messages between rules, no line of prose said twice', () => {
    const text = formatResult(planResult(content, requests(['not-as-described', 'payment']), ['sign-in'], 'ru'), plain);
    const lines = text.split('\n');
    const rules = lines.flatMap((l, i) => (RULE.test(l) ? [i] : []));
    expect(rules).toHaveLength(4);
    const inMessage = (i: number) => (i > rules[0]! && i < rules[1]!) || (i > rules[2]! && i < rules[3]!);
    const prose = lines.filter((l, i) => !inMessage(i) && !RULE.test(l) && l.trim().length > 25);
    expect(prose.filter((l, i) => prose.indexOf(l) !== i)).toEqual([]);
    expect(text).toContain('Сначала: Войдите в свой аккаунт на amazon.com.');
  });
});

describe('printing', () => {
  it('the message is unindented and whole between its rules, and the Russian twin follows', () => {
    const plan = planResult(content, requests(['not-as-described']), ['sign-in'], 'ru');
    const lines = formatResult(plan, { width: 40, style: makeStyle(0) }).split('\n');
    const [open, close] = lines.flatMap((l, i) => (RULE.test(l) ? [i] : []));
    const message = lines.slice(open! + 1, close!).join('\n');
    expect(message).toBe(`Subject: ${plan.requests[0]!.draft!.subject}\n\n${plan.requests[0]!.draft!.body}`);
    expect(lines[close! + 1]).toMatch(/^По-русски: Тема: /);
  });

  it.each([
    ['Обычно в течение часа.', 'обычно в течение часа'],
    ['Бесплатно.', 'бесплатно'],
    ['Amazon отвечает сам.', 'Amazon отвечает сам'],
    ['СНГ', 'СНГ'],
    ['Up to a day.', 'up to a day'],
  ])('after a dash %s reads %s', (text, expected) => {
    expect(afterDash(text)).toBe(expected);
  });

  it('wraps at word boundaries, later lines under the text of a list item', () => {
    const text = hang('  • ', 'один два три четыре пять шесть семь восемь девять десять', 24);
    expect(text.split('\n')).toEqual(['  • один два три четыре', '    пять шесть семь', '    восемь девять десять']);
    for (const l of text.split('\n')) expect([...l].length).toBeLessThanOrEqual(24);
    expect(hang('  • ', 'no width, one line', undefined)).toBe('  • no width, one line');
  });
});

describe('clipboardAvailable: is there a clipboard to offer?', () => {
  it.each([
    ['darwin', {}, true],
    ['win32', {}, true],
    ['linux', {}, false],
    ['linux', { DISPLAY: ':0', PATH: '/nonexistent' }, false],
  ] as const)('%s %j → %s', (platform, env, expected) => {
    expect(clipboardAvailable(env, platform)).toBe(expected);
  });
});
