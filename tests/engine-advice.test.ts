// Channel advice (F11–F13, F17): which channel suits whom, and never chat for a blocked account.
// Pure engine, over the real content.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../src/validate/loader.js';
import type { Content, Outcome } from '../src/content/schema.js';
import { adviseChannels, type Preferences } from '../src/engine/advice.js';
import { walkTopic } from '../src/engine/walk.js';
import { CONTENT } from './helpers/content.js';

let content: Content;
let outcomes: { name: string; outcome: Outcome }[];
beforeAll(() => {
  content = loadContent(CONTENT).content;
  outcomes = content.topics.flatMap((t) => {
    const reached = new Set(walkTopic(t).paths.map((p) => p.outcome));
    return t.outcomes.filter((o) => reached.has(o.id)).map((o) => ({ name: `${t.id}/${o.id}`, outcome: o }));
  });
});

/** Every combination of answers to the preference questions. */
function allPreferenceAnswers(): Record<string, string>[] {
  let combos: Record<string, string>[] = [{}];
  for (const pref of content.preferences) combos = combos.flatMap((c) => pref.options.map((o) => ({ ...c, [pref.id]: o.id })));
  return combos;
}

const DEFAULTS = { 'written-english': 'yes', 'spoken-english': 'no', documents: 'no', proof: 'yes', 'russia-cis': 'yes' };
const offered = (name: string) => outcomes.find((o) => o.name === name)!.outcome.channels;
const recommended = (name: string, preferences: Preferences) => adviseChannels(content, offered(name), preferences).recommended?.channel.id;

describe('a blocked account never gets chat', () => {
  it('for every outcome and every combination of preferences', () => {
    const combos = allPreferenceAnswers();
    expect(combos.length).toBe(2 ** content.preferences.length);
    for (const { name, outcome } of outcomes) {
      for (const prefs of combos) {
        const advice = adviseChannels(content, outcome.channels, { account: 'blocked', ...prefs });
        const ranked = [advice.recommended, ...advice.alternatives].map((a) => a?.channel.id);
        expect(ranked, `${name} ${JSON.stringify(prefs)}`).not.toContain('chat');
        if (outcome.channels.includes('chat')) {
          expect(advice.unavailable.map((u) => u.channel.id)).toEqual(['chat']);
          expect(advice.unavailable[0]!.reasons[0]!.en).toBe('Chat is not available while the account is blocked.');
        }
      }
    }
  });

  it('the blocked-account topic itself offers no chat, and e-mail leads with the defaults', () => {
    expect(offered('account-blocked/request-review')).not.toContain('chat');
    expect(recommended('account-blocked/request-review', { account: 'blocked', ...DEFAULTS })).toBe('email');
  });

  it('a blocked user who speaks English and calls from outside Russia/CIS is told to call (F21, F23)', () => {
    const preferences = { account: 'blocked', ...DEFAULTS, 'spoken-english': 'yes', 'russia-cis': 'no', proof: 'no' };
    const advice = adviseChannels(content, offered('account-blocked/request-review'), preferences);
    expect(advice.recommended?.channel.id).toBe('phone');
    expect(advice.recommended?.reasons.map((r) => r.text.en)).toContain('With a blocked account the standard forms may not help; a direct call can.');
  });
});

describe('who gets which channel (F11–F13)', () => {
  const NAD = 'not-as-described/contact-amazon';

  it('chat for most people: written English (a translator counts), with proof by screenshots and transcript', () => {
    const advice = adviseChannels(content, offered(NAD), { account: 'signed-in', ...DEFAULTS });
    expect(advice.recommended?.channel.id).toBe('chat');
    expect(advice.recommended?.reasons.map((r) => r.text.en)).toEqual([
      'You can write in English (a translator counts), and chat is fast.',
      'Screenshots and the transcript by e-mail are your proof.',
    ]);
    expect(advice.alternatives.map((a) => a.channel.id)).toEqual(['email', 'social', 'phone']);
  });

  it('e-mail when documents are to be sent (F12)', () => {
    expect(recommended(NAD, { account: 'signed-in', ...DEFAULTS, documents: 'yes' })).toBe('email');
  });

  it('e-mail when writing English is hard (F12)', () => {
    expect(recommended(NAD, { account: 'signed-in', ...DEFAULTS, 'written-english': 'no' })).toBe('email');
  });

  it('phone is marked down from Russia or the CIS: the call to the US may be yours to pay (F13)', () => {
    const advice = adviseChannels(content, offered(NAD), { account: 'signed-in', ...DEFAULTS, 'spoken-english': 'yes' });
    const phone = [advice.recommended!, ...advice.alternatives].find((a) => a.channel.id === 'phone')!;
    expect(phone.reasons.map((r) => r.text.en)).toContain('From Russia or the CIS you may have to call the US yourself and pay for it.');
    expect(advice.recommended?.channel.id).not.toBe('phone');
  });

  it('the seller outcomes offer only the seller message, whatever the answers', () => {
    for (const name of ['product-question/ask-seller', 'seller-question/ask-seller']) {
      for (const prefs of allPreferenceAnswers()) {
        const advice = adviseChannels(content, offered(name), { account: 'signed-in', ...prefs });
        expect(advice.recommended?.channel.id).toBe('seller');
        expect(advice.alternatives).toEqual([]);
      }
    }
  });

  it('always recommends something for a user who can sign in', () => {
    for (const { name, outcome } of outcomes) {
      for (const prefs of allPreferenceAnswers()) {
        expect(adviseChannels(content, outcome.channels, { account: 'signed-in', ...prefs }).recommended, name).toBeDefined();
      }
    }
  });

  it('answer times: the assistant at once and a call-back within minutes (newer sources); F17 kept as the article says it', () => {
    const time = (id: string) => content.channels.find((c) => c.id === id)!.answerTime.en;
    expect(time('chat')).toBe('The assistant answers at once; a person usually joins soon after.');
    expect(time('phone')).toBe('A call-back usually comes within minutes.');
    expect(time('email')).toBe('The source article says up to a day.');
    const tip = content.tips.find((t) => t.id === 'answer-times')!;
    expect(tip.evidence).toEqual({ facts: ['F17'], grade: 'article' });
    expect(tip.text.en).toMatch(/^The source article says chat and phone are usually answered within an hour and an e-mail within a day\.$/);
  });
});
