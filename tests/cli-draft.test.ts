// `amz-help draft` from the built bin, as scripts use it: stdout carries only the message (or one
// JSON object), every problem is one line on stderr with exit 2, `draft <topic> --help` lists the
// topic's questions as flags, --out writes exactly the message. Also the wizard without a terminal.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../src/validate/loader.js';
import { run } from './helpers/cli.js';
import { cleanupTemp, CONTENT, tempDir } from './helpers/content.js';
import { TOPIC_IDS as ALL_TOPIC_IDS } from '../src/content/ids.js';

const ORDER = '123-1234567-1234567';
/** Every topic id, as the content lists them (sorted by file name). */
const TOPIC_IDS = [...ALL_TOPIC_IDS].sort();
const NAD = ['draft', 'not-as-described', '--order', ORDER, '--problem', 'damaged', '--wish', 'refund'];
const PROBLEMS = 'damaged, does-not-work, wrong-item, missing-parts, differs, counterfeit, other';

afterAll(() => cleanupTemp());

/** Whitespace collapsed, so help text wrapped at any width reads as one line. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('stdout carries only the message', () => {
  it('email: the Subject line first, then a blank line and the body; stderr empty', () => {
    const r = run([...NAD, '--channel', 'email', '--item', 'wireless headphones', '--details', 'The left side has no sound.']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        `Subject: A problem with the item in order ${ORDER}`,
        '',
        'Hello,',
        '',
        `I am writing about my order ${ORDER}.`,
        'Item: wireless headphones.',
        'The item arrived damaged.',
        'The left side has no sound.',
        'I would like to return the item for a refund.',
        'I can send photos of the damage.',
        'English is not my first language, so please use simple words.',
        '',
        'Thank you.',
        '',
      ].join('\n'),
    );
  });

  it('chat (the recommended channel when none is given): the short lines only', () => {
    const r = run(NAD);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      ['Hello.', `I am writing about my order ${ORDER}.`, 'The item arrived damaged.', 'I would like to return the item for a refund.', 'I can send photos of the damage.', 'Thank you.', ''].join('\n'),
    );
  });

  it('social: no order number even though one was given', () => {
    const r = run([...NAD, '--channel', 'social']);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain(ORDER);
    expect(r.stdout.trim().length).toBeLessThanOrEqual(280);
  });

});

describe('draft price-drop: no request whose conditions fail, unless --anyway', () => {
  const FAILING = ['draft', 'price-drop', '--paid', '2024-05-01', '--seller', 'third-party', '--shipped', 'yes', '--order', ORDER, '--today', '2024-05-03'];

  it('refuses: exit 1, nothing on stdout, the reasons on one error line and a hint', () => {
    const r = run(FAILING);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'error: asking for the price difference has little chance, so no request was drafted: ' +
        'The item is sold by another seller, not by Amazon. The package has already shipped.\n' +
        'hint: see "amz-help refund-check" for what you can do yourself; --anyway drafts the request all the same\n',
    );
  });

  it('a week and a day after payment is a failing condition too', () => {
    const r = run(['draft', 'price-drop', '--paid', '2024-04-01', '--seller', 'amazon', '--shipped', 'no', '--order', ORDER, '--today', '2024-05-03']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Days since payment: 32, more than 7.');
  });

  it('in Russian, the same refusal', () => {
    const r = run([...FAILING, '--lang', 'ru']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toMatch(/^ошибка: просить вернуть разницу почти бесполезно, поэтому просьба не составлена: /);
    expect(r.stderr.split('\n')[1]).toBe('подсказка: что можно сделать самому, покажет «amz-help refund-check»; --anyway составит просьбу всё равно');
  });

  it('--anyway drafts it: exit 0, the message on stdout, stderr empty', () => {
    const r = run([...FAILING, '--anyway']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('The item is sold by another seller. The order has already shipped.');
    expect(r.stdout).toContain('I understand that a refund of the difference is not guaranteed.');
  });

  it('a price that did not drop: no request, not even with --anyway', () => {
    const args = ['draft', 'price-drop', '--paid', '2024-05-01', '--seller', 'amazon', '--shipped', 'no', '--order', ORDER, '--today', '2024-05-03', '--price-paid', '20', '--price-now', '25'];
    for (const r of [run(args), run([...args, '--anyway'])]) {
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        'error: asking for the price difference has little chance, so no request was drafted: You paid $20.00; now it costs $25.00, which is not less.\n' +
          'hint: check --price-paid and --price-now: a request for the difference needs a lower price now\n',
      );
    }
  });

  it('the request states the price paid and the price now', () => {
    const r = run([
      'draft', 'price-drop', '--paid', '2024-05-01', '--seller', 'amazon', '--shipped', 'no', '--today', '2024-05-03',
      '--order', ORDER, '--price-paid', '$49.99', '--price-now', '39.99', '--channel', 'email',
    ]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('I paid $49.99 for it.\nSince then, the price of the item has dropped to $39.99.\n');
    expect(r.stdout).toContain(`The order number is ${ORDER}.`);
  });

  it('a bad price: exit 2 with the accepted form', () => {
    const r = run(['draft', 'price-drop', '--paid', '2024-05-01', '--seller', 'amazon', '--shipped', 'no', '--price-now', 'дёшево']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('error: --price-now "дёшево" is not a price\nhint: write a price in US dollars, like 49.99 or $1,299.00\n');
  });
});

describe('--json', () => {
  function json(args: string[]) {
    const r = run([...args, '--json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout) as Record<string, unknown>;
  }

  it('email: {topic, channel, subject, body, clickPath[], contact}', () => {
    const out = json([...NAD, '--channel', 'email']);
    expect(Object.keys(out)).toEqual(['topic', 'channel', 'subject', 'body', 'clickPath', 'contact']);
    expect(out.topic).toBe('not-as-described');
    expect(out.channel).toBe('email');
    expect(out.subject).toBe(`A problem with the item in order ${ORDER}`);
    expect(out.body).toMatch(/^Hello,\n\nI am writing about my order 123-1234567-1234567\./);
    expect(out.body).not.toContain('Subject:');
    const path = out.clickPath as string[];
    expect(Array.isArray(path)).toBe(true);
    expect(path.every((s) => typeof s === 'string')).toBe(true);
    expect(path.join('\n')).toContain('choose "Contact Us"');
    const contact = out.contact as { channel: string; answerTime: string; cost: string; details: Record<string, unknown>[] };
    expect(contact.channel).toBe('E-mail');
    expect(contact.answerTime).toBe('The source article says up to a day.');
    expect(typeof contact.cost).toBe('string');
    expect(contact.details.map((d) => d.value)).toEqual(['cs-reply@amazon.com', 'stop-spoofing@amazon.com']);
    expect(contact.details[0]).toMatchObject({
      kind: 'email',
      value: 'cs-reply@amazon.com',
      evidence: { facts: ['F14', 'F23'], grade: 'doubtful' },
      source: 'doubtful; source: the source article only (F14, F23)',
    });
    expect(contact.details[0]!.caution).toMatch(/^Amazon's e-mail replies come from this address/);
    expect(contact.details[1]).toMatchObject({ kind: 'email', evidence: { grade: 'amazon' } });
    expect(contact.details[1]!.source).toMatch(/^source: Amazon, .* — amazon\.com\/gp\/help\/customer\/display\.html\?nodeId=15835501/);
  });

  it('chat: no subject key at all', () => {
    const out = json([...NAD, '--channel', 'chat']);
    expect(Object.keys(out)).toEqual(['topic', 'channel', 'body', 'clickPath', 'contact']);
    expect(out.body).toMatch(/^Hello\.\nI am writing about my order 123-1234567-1234567\./);
  });

  it('phone: the contact carries the number', () => {
    const out = json([...NAD, '--channel', 'phone']);
    const contact = out.contact as { details: { value: string }[] };
    expect(contact.details.map((d) => d.value)).toEqual(['1-888-280-4331']);
  });
});

describe('bad answers: exit 2, one error naming the flag, the accepted values as a hint', () => {
  it('a missing required choice', () => {
    const r = run(['draft', 'not-as-described', '--order', ORDER, '--wish', 'refund']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`error: missing --problem, which this path needs\nhint: accepted values: ${PROBLEMS}\n`);
  });

  it('a missing required order number shows the expected form', () => {
    const r = run(['draft', 'not-as-described', '--problem', 'damaged', '--wish', 'refund']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('error: missing --order, which this path needs');
    expect(r.stderr).toContain('hint: an order number looks like 123-1234567-1234567');
  });

  it('an unknown choice', () => {
    const r = run(['draft', 'not-as-described', '--order', ORDER, '--problem', 'broken', '--wish', 'refund']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`error: --problem "broken" is not accepted\nhint: accepted values: ${PROBLEMS}\n`);
  });

  it('a wrong order number', () => {
    const r = run(['draft', 'not-as-described', '--order', '12345', '--problem', 'damaged', '--wish', 'refund']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('error: --order "12345" is not an Amazon order number');
    expect(r.stderr).toContain('hint: an order number looks like 123-1234567-1234567 (digital orders: D01-1234567-1234567)');
  });

  it('chat for a blocked account', () => {
    const r = run(['draft', 'account-blocked', '--channel', 'chat', '--account-email', 'anna@example.com', '--sure', 'yes', '--papers', 'ready']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--channel chat');
    expect(r.stderr).toContain('hint: accepted values: email, phone');
  });

  it('chat on a topic that offers it, for a user who says the account is blocked', () => {
    const r = run([...NAD, '--channel', 'chat', '--account', 'blocked']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('error: --channel chat: Chat is not available while the account is blocked.');
    expect(r.stderr).not.toMatch(/accepted values: .*chat/);
  });

  it('a product question that names neither the item nor the order', () => {
    const r = run(['draft', 'product-question', '--about', 'size', '--sold-by', 'amazon']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "error: the message must say which item or order it is about: give --item or --order\nhint: --item takes the item in a few English words or its ASIN (like B0C1234567, on the item's page); --order takes the order number\n",
    );
    expect(run(['draft', 'product-question', '--about', 'size', '--sold-by', 'amazon', '--order', ORDER]).status).toBe(0);
    expect(run(['draft', 'product-question', '--about', 'size', '--sold-by', 'third-party', '--item', 'B0C1234567']).stdout).toContain('Item: B0C1234567.');
  });

  it('a seller question about an item not bought yet, with no item: the same refusal, in Russian too', () => {
    const r = run(['draft', 'seller-question', '--stage', 'considering', '--about', 'size', '--lang', 'ru']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('ошибка: в сообщении нужно указать, о каком товаре или заказе речь: укажите --item или --order');
  });

  it('a blocked-account message for a hijacked account is refused: it would claim no rule was broken', () => {
    const r = run(['draft', 'account-blocked', '--account', 'hijacked', '--account-email', 'anna@example.com', '--sure', 'yes', '--papers', 'ready']);
    expect(r.status).toBe(2);
    expect(r.stdout).not.toContain('I am sure that I did not break any Amazon rules');
    expect(r.stderr).toContain('hint: use amz-help draft account-hijacked');
    expect(run(['draft', 'account-blocked', '--account', 'blocked', '--account-email', 'anna@example.com', '--sure', 'yes', '--papers', 'ready']).status).toBe(0);
  });

  it('a hijacked account: the order only with orders seen, no contradiction, the old e-mail in the past', () => {
    const base = ['draft', 'account-hijacked', '--channel', 'email', '--account-email', 'anna@example.com'];
    const no = run([...base, '--what', 'password-changed', '--orders', 'no', '--order', ORDER, '--secured', 'done']);
    expect(no.status).toBe(0);
    expect(no.stdout).not.toContain(ORDER);
    expect(no.stderr).toContain('--order');
    const seen = run([...base, '--what', 'strange-orders', '--order', ORDER, '--secured', 'done']);
    expect(seen.stdout).toContain(`One of the orders that I did not place is ${ORDER}.`);
    expect(seen.stdout).not.toContain('I do not see orders');
    expect(seen.stdout).not.toContain('these orders is');
    const locked = run([...base, '--what', 'email-changed', '--orders', 'cannot-see']);
    expect(locked.status).toBe(0);
    expect(locked.stdout).toContain('I cannot sign in any more, so I cannot check my orders. Please help me to get my account back.');
    expect(locked.stdout.match(/cannot sign in/g)).toHaveLength(1);
    expect(locked.stdout).not.toContain('I have already changed the password');
    expect(locked.stdout).toContain('Before someone changed it, the e-mail address of my account was anna@example.com.');
    expect(locked.stdout).not.toContain('The e-mail address of my account is');
    const chat = run(['draft', 'account-hijacked', '--account-email', 'anna@example.com', '--what', 'email-changed', '--orders', 'cannot-see', '--channel', 'chat']);
    expect(chat.status).toBe(2);
    expect(chat.stderr).toContain('hint: accepted values: email, phone');
  });

  it('a gift card problem never offers the claim code', () => {
    const r = run(['draft', 'payment', '--problem', 'gift-card', '--channel', 'email']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('I can send a screenshot of my gift card balance page.');
    expect(r.stdout).not.toMatch(/claim code|code/i);
  });

  it('cancel-order: a shipped order is not "canceled", why=other gives no made-up reason, who=other asks what to do', () => {
    const base = ['draft', 'cancel-order', '--order', ORDER, '--seller', 'amazon', '--channel', 'email'];
    const shipped = run([...base, '--who', 'me', '--shipped', 'shipped', '--why', 'no-need']);
    expect(shipped.stdout).toContain('The order has already shipped.\nI do not need it any more.\nPlease tell me how to refuse it or return it for a refund.');
    expect(shipped.stdout).not.toContain('Please cancel the order and refund my payment.');
    expect(run([...base, '--who', 'me', '--shipped', 'not-shipped', '--why', 'no-need']).stdout).toContain('Please cancel the order and refund my payment.');
    expect(run([...base, '--who', 'me', '--shipped', 'not-shipped', '--why', 'other']).status).toBe(2);
    const other = run([...base, '--who', 'me', '--shipped', 'not-shipped', '--why', 'other', '--reason', 'I found it in a local store.']);
    expect(other.stdout).toContain('I found it in a local store.');
    expect(other.stdout).not.toContain('I ordered it by mistake.');
    const question = run([...base, '--who', 'other', '--reason', 'I want to change the color.']);
    expect(question.status).toBe(0);
    expect(question.stdout).toContain(`Subject: A question about order ${ORDER}`);
    expect(question.stdout).toContain('I want to change the color.\nPlease tell me what I can do about this order.');
    expect(question.stdout).not.toContain('Please cancel the order');
  });

  it('delivery: the checks asked fit the problem; a late paid delivery asks for the extra amount back', () => {
    const base = ['draft', 'delivery', '--order', ORDER, '--expected', '2024-04-20', '--today', '2024-05-10', '--seller', 'amazon'];
    const late = run([...base, '--problem', 'late-paid-shipping', '--done', 'photo', '--channel', 'phone']);
    expect(late.status).toBe(0);
    expect(late.stderr).toContain('--done');
    expect(late.stdout).toContain('Hello. I am calling about a late delivery.');
    expect(late.stdout).toContain('Please refund the extra amount that I paid for faster delivery.');
    expect(late.stdout).not.toMatch(/delivery photo|find the parcel|did not get/);
    const stuck = run([...base, '--problem', 'stuck', '--done', 'waited', '--channel', 'chat']);
    expect(stuck.stdout).toContain('I checked the tracking, and there is no new update.');
    expect(stuck.stdout).not.toContain('48 hours after');
    const forwarder = run([...base, '--problem', 'forwarder-no', '--forwarder', 'forwarder-confirms', '--done', 'neighbors', '--channel', 'chat']);
    expect(forwarder.stdout).toContain('The warehouse at the delivery address confirms in writing that the parcel did not arrive.');
    expect(forwarder.stdout).not.toContain('neighbors');
    const delivered = run([...base, '--problem', 'delivered-not-received', '--done', 'neighbors', '--channel', 'chat']);
    expect(delivered.stdout).toContain('I asked my neighbors, and they did not get it.');
  });

  it('atoz-claim: the evidence offered fits the problem', () => {
    const base = ['draft', 'atoz-claim', '--order', ORDER, '--expected', '2024-04-01', '--asked', 'yes', '--contacted', '2024-04-20', '--answer', 'no-answer', '--today', '2024-05-01', '--channel', 'chat'];
    const wrong = run([...base, '--problem', 'not-arrived', '--can-show', 'return-tracking']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--can-show "return-tracking" is not accepted');
    const refund = run([...base, '--problem', 'no-refund', '--can-show-return', 'return-tracking']);
    expect(refund.stdout).toContain('I have the tracking number of my return, and it shows that the seller received it.');
    expect(run([...base, '--problem', 'no-refund', '--can-show-return', 'forwarder-statement']).status).toBe(2);
    const lost = run([...base, '--problem', 'not-arrived', '--can-show', 'forwarder-statement']);
    expect(lost.stdout).toContain('The receiving warehouse confirms in writing that the parcel did not arrive there.');
    expect(run([...base, '--problem', 'not-as-described', '--can-show-item', 'tracking']).status).toBe(2);
  });

  it('returns: an item abroad asks how to return it from outside the US; reason=other adds no "return" sentence', () => {
    const base = ['draft', 'returns', '--order', ORDER, '--seller', 'amazon', '--channel', 'chat'];
    const abroad = run([...base, '--stage', 'abroad', '--reason', 'other', '--wish', 'replacement']);
    expect(abroad.status).toBe(0);
    expect(abroad.stdout).toContain('Please tell me how I can return it from outside the US, or what else you can offer.');
    expect(abroad.stdout).not.toContain('I would like to return this item.');
    const home = run([...base, '--stage', 'not-started', '--reason', 'wrong-size', '--wish', 'refund']);
    expect(home.stdout).toContain('The size does not fit me.');
    expect(home.stdout).not.toContain('outside the US');
    const none = run(['draft', 'returns', '--order', ORDER, '--stage', 'no-option', '--channel', 'chat', '--json']);
    expect(none.status).toBe(0);
    expect(none.stdout).toContain('The order page does not let me return this item.');
    expect(none.stdout).not.toContain('Return or Replace Items');
    const path = run(['path', 'returns']);
    expect(path.stdout).toContain('Pick the item and the reason that is really true, for example no longer needed, wrong size, damaged or defective.');
  });

  it('a blocked-account message without the account e-mail', () => {
    const r = run(['draft', 'account-blocked', '--sure', 'yes', '--papers', 'ready']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('error: missing --account-email, which this path needs');
    const bad = run(['draft', 'account-blocked', '--account-email', 'anna at example', '--sure', 'yes', '--papers', 'ready']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('error: --account-email "anna at example" is not an e-mail address\nhint: an e-mail address looks like name@example.com\n');
    const ok = run(['draft', 'account-blocked', '--account-email', 'anna@example.com', '--sure', 'yes', '--papers', 'ready']);
    expect(ok.stdout).toContain('The e-mail address of my account is anna@example.com.');
  });

  it('no topic at all (only flags) says so and lists the topics', () => {
    const r = run(['draft', '--channel', 'email']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`error: missing the topic\nhint: topics: ${TOPIC_IDS.join(', ')}\n`);
  });

  it('an unknown topic lists the topics', () => {
    const r = run(['draft', 'refund-me', '--channel', 'email']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('error: unknown topic "refund-me"');
    expect(r.stderr).toContain(`hint: topics: ${TOPIC_IDS.join(', ')}`);
  });
});

describe('draft <topic> --help lists the topic\u2019s questions as flags with their choices', () => {
  const content = loadContent(CONTENT).content;
  it.each(TOPIC_IDS)('%s', (id) => {
    const r = run(['draft', id, '--help']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const help = flat(r.stdout);
    expect(help).toContain(`Usage: amz-help draft ${id} [options]`);
    const topic = content.topics.find((t) => t.id === id)!;
    for (const q of topic.questions) {
      expect(help).toMatch(new RegExp(`--${q.id} <(choice|date|number|price|text)>`));
      if (q.kind === 'choice') expect(help).toContain(`one of: ${q.options.map((o) => o.id).join(', ')}`);
    }
    const channels = [...new Set(topic.outcomes.flatMap((o) => o.channels))];
    expect(help).toContain(`--channel <id> how to contact: ${channels.join(', ')}`);
  });
});

describe('--out FILE', () => {
  it('writes exactly the message, the same text as stdout, and says so on stderr', () => {
    const dir = tempDir();
    const file = join(dir, 'message.txt');
    const r = run([...NAD, '--channel', 'email', '--out', file]);
    expect(r.status).toBe(0);
    expect(existsSync(file)).toBe(true);
    const written = readFileSync(file, 'utf8');
    expect(written).toBe(r.stdout);
    expect(written.startsWith(`Subject: A problem with the item in order ${ORDER}\n\nHello,\n`)).toBe(true);
    expect(r.stderr).toBe(`Written to ${file}.\n`);
    // Written atomically: no temporary file is left beside it.
    expect(readdirSync(dir)).toEqual(['message.txt']);
  });
});

describe('the wizard without a terminal', () => {
  it.each([[['wizard']], [[]]])('amz-help %j with stdin a pipe: exit 2, a hint to use amz-help draft', (args) => {
    const r = run(args, { input: '' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('error: the wizard asks questions, but input is not a terminal');
    expect(r.stderr).toMatch(/^hint: use "amz-help draft <topic> --channel <id> \.\.\."/m);
  });
});
