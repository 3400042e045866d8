// The built bin, as a shell runs it (pipes, NO_COLOR=1, no LANG): `topics`, `path` and `contacts`
// answer without a terminal, on stdout, with Amazon's labels and details exactly as FACTS.md has them.
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';
import { TOPIC_IDS as ALL_TOPIC_IDS } from '../src/content/ids.js';

/** Every topic id, as the content lists them (sorted by file name). */
const TOPIC_IDS = [...ALL_TOPIC_IDS].sort();

describe('amz-help topics', () => {
  it('lists the topic ids with their titles, nothing on stderr', () => {
    const r = run(['topics']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const idLines = r.stdout.split('\n').filter((l) => l !== '' && !l.startsWith(' '));
    expect(idLines.map((l) => l.split(/\s+/)[0]).sort()).toEqual(TOPIC_IDS);
    expect(r.stdout).toMatch(/^not-as-described +The item does not match its description$/m);
    expect(r.stdout).toMatch(/^account-blocked +My account is blocked$/m);
    expect(r.stdout).toMatch(/^atoz-claim +A-to-z Guarantee claim against a seller$/m);
    expect(r.stdout).toMatch(/^delivery +My parcel has not arrived, or is late$/m);
    expect(r.stdout).toMatch(/^price-drop +The price dropped after I ordered$/m);
  });

  it('--json: {topics: [{id, title, summary}]}, at least 11 topics, "something else" last', () => {
    const r = run(['topics', '--json']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const list = (JSON.parse(r.stdout) as { topics: { id: string; title: string; summary: string }[] }).topics;
    expect(list.map((x) => x.id).sort()).toEqual(TOPIC_IDS);
    expect(list.length).toBeGreaterThanOrEqual(11);
    expect(list.at(-1)!.id).toBe('something-else');
    for (const x of list) expect(Object.keys(x)).toEqual(['id', 'title', 'summary']);
  });

  it('speaks Russian with --lang ru, ids unchanged', () => {
    const r = run(['--lang', 'ru', 'topics']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^not-as-described +Товар не соответствует описанию$/m);
    expect(r.stdout).toMatch(/^seller-question +Вопрос продавцу$/m);
  });
});

describe('amz-help path', () => {
  it('not-as-described: numbered steps, the labels quoted exactly, and the rename note', () => {
    const r = run(['path', 'not-as-described']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('The item does not match its description');
    const numbers = lines.flatMap((l) => (/^ {2}(\d+)\. /.exec(l) ? [Number(/^ {2}(\d+)\. /.exec(l)![1])] : []));
    expect(numbers).toEqual([1, 2, 3, 4, 5]);
    const step = (n: number) => lines.find((l) => l.startsWith(`  ${n}. `))!;
    expect(step(1)).toContain('In the footer, find "Let Us Help You".');
    expect(step(2)).toContain('click "Help".');
    expect(step(3)).toContain('Scroll to "Need More Help?" at the end and choose "Contact Us".');
    expect(step(4)).toContain('Under "Select an issue"');
    expect(step(5)).toContain('Under "Tell us more about your issue"');
    expect(step(5)).toContain('"Other orders question or issue"');
    expect(r.stdout).toMatch(/^Amazon renames buttons from time to time\. A label in quotes may read a little differently\.$/m);
    expect(r.stdout).not.toMatch(/last checked/i);
  });

  it('product-question: one path per way the topic ends, the seller one with "Ask a question"', () => {
    const r = run(['path', 'product-question']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("When: Ask Amazon's support about the item");
    expect(r.stdout).toContain('When: Ask the seller, not Amazon');
    const seller = r.stdout.slice(r.stdout.indexOf('When: Ask the seller, not Amazon'));
    expect(seller).toMatch(/^ {2}3\. .*click "Ask a question"\./m);
    expect(seller).toMatch(/^ {2}7\. Prefer to talk\? Under the "Ask a question" button/m);
  });

  it('in Russian: the steps are Russian, the labels stay in English quotes', () => {
    const r = run(['--lang', 'ru', 'path', 'not-as-described']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('найдите раздел "Let Us Help You"');
    expect(r.stdout).toContain('Amazon время от времени переименовывает кнопки.');
  });

  it('an unknown topic: exit 2, listing the topics', () => {
    const r = run(['path', 'refund-me']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('error: unknown topic "refund-me"');
    expect(r.stderr).toContain(`hint: topics: ${TOPIC_IDS.join(', ')}`);
  });
});

describe('amz-help contacts', () => {
  const r = run(['contacts']);

  it('exits 0 with every channel, its answer time and cost', () => {
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    for (const [name, id] of [
      ['Chat', 'chat'],
      ['E-mail', 'email'],
      ['Phone', 'phone'],
      ['Social networks', 'social'],
      ['Message to the seller', 'seller'],
    ]) {
      expect(r.stdout).toMatch(new RegExp(`^${name} \\(${id}\\)$`, 'm'));
    }
    expect(r.stdout).toContain('Answer time: Usually within an hour.');
    expect(r.stdout).toContain('Answer time: Up to a day.');
    expect(r.stdout).toContain('Not available while your account is blocked.');
  });

  /** The line of a detail and the caution line right under it. */
  function detail(value: string): [string, string] {
    const lines = r.stdout.split('\n');
    const i = lines.findIndex((l) => l.trim().startsWith(value));
    expect(i, `${value} is listed`).toBeGreaterThanOrEqual(0);
    return [lines[i]!, lines[i + 1] ?? ''];
  }

  it('shows the phone number 1-888-280-4331 with its source and its cost caveat', () => {
    const [line, caution] = detail('1-888-280-4331');
    expect(line).toMatch(/1-888-280-4331 \(source: F16, F23\)/);
    expect(caution).toContain('From Russia or the CIS it is an international call that you pay for');
  });

  it('shows cs-reply@amazon.com with the caution that Amazon does not document it', () => {
    const [line, caution] = detail('cs-reply@amazon.com');
    expect(line).toContain('(source: F14, F23)');
    expect(caution).toMatch(/^\s+! Amazon does not say in its own help pages that this address accepts letters from customers\./);
    expect(caution).toContain('Prefer the e-mail option of the "Contact Us" form');
  });

  it('shows @AmazonHelp with the impostor caution', () => {
    const [line, caution] = detail('@AmazonHelp');
    expect(line).toContain('(source: F15)');
    expect(caution).toContain('Fake accounts imitate @AmazonHelp and ask people for card data.');
    expect(caution).toContain('never send card numbers, codes or passwords');
  });
});

describe('--json on topics, path and contacts: one compact object on one line', () => {
  const json = (args: string[]) => {
    const r = run(args);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // Compact: the whole object on the one line, as refund-check and draft print theirs.
    expect(r.stdout.endsWith('\n')).toBe(true);
    expect(r.stdout.trimEnd()).not.toContain('\n');
    return JSON.parse(r.stdout) as Record<string, unknown>;
  };

  it('topics --json: every topic with id, title and summary', () => {
    const out = json(['topics', '--json']) as { topics: { id: string; title: string; summary: string }[] };
    expect(Object.keys(out)).toEqual(['topics']);
    expect(out.topics.map((x) => x.id).sort()).toEqual(TOPIC_IDS);
    expect(out.topics.find((x) => x.id === 'price-drop')).toMatchObject({ title: 'The price dropped after I ordered' });
    for (const x of out.topics) expect(Object.keys(x)).toEqual(['id', 'title', 'summary']);
  });

  it('path --json: the topic and the click path of each outcome, as path prints them', () => {
    const out = json(['path', 'product-question', '--json']) as { topic: string; title: string; outcomes: { id: string; title: string; clickPath: string[] }[] };
    expect(out.topic).toBe('product-question');
    expect(out.title).toBe('A question about a product');
    expect(out.outcomes.length).toBeGreaterThan(1);
    const text = run(['path', 'product-question']).stdout;
    for (const o of out.outcomes) {
      expect(text).toContain(`When: ${o.title}`);
      o.clickPath.forEach((step, i) => expect(text).toContain(`  ${i + 1}. ${step}\n`));
    }
  });

  it('path --json with an unknown topic: exit 2, stdout empty', () => {
    const r = run(['path', 'no-such-topic', '--json']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: unknown topic "no-such-topic"/);
  });

  it('contacts --json: every channel with its details, in the interface language', () => {
    const out = json(['--lang', 'ru', 'contacts', '--json']) as { channels: { id: string; name: string; details: { kind: string; value: string }[] }[] };
    const en = json(['contacts', '--json']) as typeof out;
    expect(out.channels.map((c) => c.id)).toEqual(en.channels.map((c) => c.id));
    expect(out.channels.map((c) => c.id)).toEqual(expect.arrayContaining(['chat', 'email', 'phone']));
    for (const c of out.channels) expect(Object.keys(c)).toEqual(['id', 'name', 'answerTime', 'cost', 'howTo', 'details', 'notes']);
    expect(out.channels.find((c) => c.id === 'chat')?.name).toBe('Чат');
    const values = out.channels.flatMap((c) => c.details.map((d) => d.value));
    expect(values).toContain('1-888-280-4331');
  });
});
