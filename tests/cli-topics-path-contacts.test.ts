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
    // Sign in first, then the path starts in Your Orders with "Return or Replace Items".
    expect(lines.slice(1, 4)).toEqual(['', 'Before you start:', expect.stringMatching(/^ {2}• Sign in to your account on amazon\.com\./)]);
    const numbers = lines.flatMap((l) => (/^ {2}(\d+)\. /.exec(l) ? [Number(/^ {2}(\d+)\. /.exec(l)![1])] : []));
    expect(numbers).toEqual([1, 2, 3, 4, 5]);
    const step = (n: number) => lines.find((l) => l.startsWith(`  ${n}. `))!;
    expect(step(1)).toContain('open "Your Orders"');
    expect(step(2)).toContain('choose "Return or Replace Items"');
    expect(step(2)).toContain('the reason that is really true');
    expect(step(3)).toContain('two business days');
    expect(step(4)).toContain('choose "I need more help"');
    expect(step(5)).toContain('open "Help" and choose "Contact Us"');
    expect(r.stdout).toMatch(/^Amazon renames buttons from time to time\. A label in quotes may read a little differently\.$/m);
    expect(r.stdout).not.toMatch(/last checked/i);
  });

  it('every step says where it comes from in one short line; an Amazon source is an amazon.com help page', () => {
    const lines = run(['path', 'not-as-described']).stdout.split('\n');
    const under = (n: number) => lines[lines.findIndex((l) => l.startsWith(`  ${n}. `)) + 1]!;
    expect(under(2)).toBe('     source: Amazon, "Return Items You Ordered" — amazon.com/gp/help/customer/display.html?nodeId=200572800 (+2 more)');
    expect(under(5)).toBe('     source: Amazon, "Help & Contact Us - Amazon Customer Service" — amazon.com/gp/help/customer/contact-us');
    expect(under(4)).toMatch(/^ {5}source: third party, /);
  });

  it('a doubtful label gets its caution under the step', () => {
    const lines = run(['path', 'not-as-described']).stdout.split('\n');
    const at = lines.findIndex((l) => l.startsWith('  4. '));
    expect(lines[at + 2]).toMatch(/^ {5}! We found this button name in no page we could read\./);
  });

  it("the article's labels stay, as history, with a caution", () => {
    const r = run(['path', 'account-blocked']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ {2}1\. At the bottom of any amazon\.com page .*open "Help" and choose "Contact Us"\.$/m);
    expect(r.stdout).toMatch(/^ {2}3\. Older guides, such as the source article, lead through the footer section "Let Us Help You", then "Need More Help\?"/m);
    expect(r.stdout).toContain('     doubtful; source: the source article only (F6, F7, F8, F9, F19)');
    expect(r.stdout).toContain('     ! A name from the source article. We found it in no current page');
  });

  it('seller-question: a bought item goes through the order and Buyer-Seller Messaging', () => {
    const r = run(['path', 'seller-question']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ {2}1\. Already bought it\? Open "Your Orders", find the order and choose "Contact seller"\. The message goes through Amazon's Buyer-Seller Messaging/m);
    expect(r.stdout).toMatch(/^ {2}2\. Not bought yet\? Open the item's page/m);
    // The article's phone advice is history, marked doubtful.
    expect(r.stdout).toMatch(/^ {2}8\. The source article adds that a seller's page may show a phone number\. Write instead of calling/m);
    expect(r.stdout).toContain('     doubtful; source: the source article only (F27)');
  });

  it('product-question: one path per way the topic ends, the seller one with "Ask a question"', () => {
    const r = run(['path', 'product-question']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("When: Ask Amazon's support about the item");
    expect(r.stdout).toContain('When: Ask the seller, not Amazon');
    const seller = r.stdout.slice(r.stdout.indexOf('When: Ask the seller, not Amazon'));
    expect(seller).toMatch(/^ {2}1\. Already bought it\? Open "Your Orders"/m);
    expect(seller).toMatch(/^ {2}4\. .*click "Ask a question"\./m);
  });

  it('in Russian: the steps are Russian, the labels stay English, in «»', () => {
    const r = run(['--lang', 'ru', 'path', 'not-as-described']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('выберите «Return or Replace Items»');
    expect(r.stdout).toContain('Прежде чем начать:');
    expect(r.stdout).toContain('     источник: Amazon, «Return Items You Ordered» — amazon.com/gp/help/customer/display.html?nodeId=200572800 (и ещё 2)');
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

  it('exits 0 with every channel, where it comes from, its answer time and cost', () => {
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    for (const [name, id] of [
      ['Chat', 'chat'],
      ['E-mail', 'email'],
      ['Phone', 'phone'],
      ['Social networks', 'social'],
      ['Message to the seller', 'seller'],
    ]) {
      expect(r.stdout).toMatch(new RegExp(`^${name} \\(${id}\\)\n {2}(doubtful; )?source: `, 'm'));
    }
    expect(r.stdout).toContain('Answer time: The assistant answers at once; a person usually joins soon after.');
    expect(r.stdout).toContain('Answer time: The source article says up to a day.');
    expect(r.stdout).toContain('Answer time: A call-back usually comes within minutes.');
    expect(r.stdout).toContain('The source article says chat is not available while your account is blocked.');
    expect(r.stdout).toContain('Take screenshots as you go or copy the text');
    expect(r.stdout).not.toMatch(/checked/i);
  });

  /** The line of a detail, its source line and the caution line under them. */
  function detail(value: string): [string, string, string] {
    const lines = r.stdout.split('\n');
    const i = lines.findIndex((l) => l.trim() === value);
    expect(i, `${value} is listed`).toBeGreaterThanOrEqual(0);
    return [lines[i]!, lines[i + 1] ?? '', lines[i + 2] ?? ''];
  }

  it('shows the phone number 1-888-280-4331 with the amazon.com help page it comes from and its caveat', () => {
    const [, source, caution] = detail('1-888-280-4331');
    expect(source).toBe('      source: Amazon, "Help & Contact Us - Amazon Customer Service" — amazon.com/gp/help/customer/contact-us');
    expect(caution).toContain('asking Amazon to call you back costs nothing');
    expect(caution).toContain('Trust only numbers shown on amazon.com');
  });

  it('names stop-spoofing@amazon.com for reporting fakes, from an amazon.com help page', () => {
    const [, source, caution] = detail('stop-spoofing@amazon.com');
    expect(source).toBe(
      '      source: Amazon, "About Identifying Whether an E-mail or Webpage is from Amazon" — amazon.com/gp/help/customer/display.html?nodeId=15835501 (+1 more)',
    );
    expect(caution).toMatch(/^\s+! Only for reporting fakes: .* It is not a support address\.$/);
  });

  it('demotes cs-reply@amazon.com to where replies come from, doubtful as an inbox', () => {
    const [, source, caution] = detail('cs-reply@amazon.com');
    expect(source).toBe('      doubtful; source: the source article only (F14, F23)');
    expect(caution).toMatch(/^\s+! Amazon's e-mail replies come from this address/);
    expect(caution).toContain('Amazon does not name it anywhere as an address for new requests.');
  });

  it('shows @AmazonHelp as resting on the article alone, with the impostor caution', () => {
    const [, source, caution] = detail('@AmazonHelp');
    expect(source).toBe('      source: the source article only (F15)');
    expect(caution).toContain('Fake accounts imitate Amazon');
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
