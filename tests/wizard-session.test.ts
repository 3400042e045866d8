// The real wizard, driven key by key through @inquirer/testing: full sessions for every topic,
// Back, the review screen, several topics at once, a blocked account, a bad order number asked
// again, price-drop when a condition fails, Ctrl+C, the Russian interface and Cyrillic input.
// @inquirer/testing/vitest must be imported before any code that loads the prompts.
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { wizard } from '../src/commands/wizard.js';
import { run } from '../src/run.js';
import { makeStyle } from '../src/cli/style.js';
import {
  activeChoice,
  answer,
  choose,
  confirmReview,
  content,
  defaultPreferences,
  expectPrompt,
  messagesIn,
  moveTo,
  NOW,
  search,
  sectionOf,
  testContext,
  tick,
} from './helpers/wizard-driver.js';

const ORDER = '123-1234567-1234567';
const ACCOUNT = 'Can you sign in to your Amazon account?';
const SIGNED_IN = 'Yes, I can sign in';
const TOPICS = 'What is the problem?';
const ORDER_PROMPT = 'What is the order number?';
const ITEM_PROMPT = 'What is the item?';
const NAD = 'The item does not match its description';
const NAD_PROBLEM = 'What is wrong with the item?';
const NAD_WISH = 'What would you like to ask for?';
const ADD = 'Anything to add, in short English sentences?';
const HELP_ORDER = 'It looks like 123-1234567-1234567';

/** Starts the wizard and waits for its first prompt; `done` settles when the wizard ends. */
async function start(io: ReturnType<typeof testContext>, opts: { copy?: boolean; out?: string; full?: boolean } = {}): Promise<{ done: Promise<void> }> {
  const done = wizard(io.ctx, opts);
  done.catch(() => {});
  await screen.next();
  // Wrapped: an async function returning the promise itself would wait for the whole session.
  return { done };
}

/** The not-as-described questions, from the account answer to the last question. */
async function notAsDescribed(problem = 'It arrived damaged', wish = 'A refund'): Promise<void> {
  await choose(ACCOUNT, SIGNED_IN);
  await tick(TOPICS, [NAD]);
  await answer(ORDER_PROMPT, ORDER);
  await search(ITEM_PROMPT, 'wireless headphones');
  await choose(NAD_PROBLEM, problem);
  await choose(NAD_WISH, wish);
  await answer(ADD, 'The left side has no sound.');
}

/** Two problems: the item does not work (a replacement), and a refund that has not arrived. */
async function twoProblems(): Promise<void> {
    await choose(ACCOUNT, SIGNED_IN);
    await tick(TOPICS, [NAD, 'A problem with a payment']);
    await answer(ORDER_PROMPT, ORDER);
    await search(ITEM_PROMPT, '');
    await choose(NAD_PROBLEM, 'It is defective: it does not work');
    await choose(NAD_WISH, 'A replacement (the same item)');
    await answer(ADD, '');
    await choose('What happened with the payment?', 'My refund has not arrived');
    await answer('Is the payment about an order?', '');
    await answer('Never type card numbers', '');
}

describe('a full session per topic ends in the right result', () => {
  it('not-as-described: click path, chat recommended, order number in the message', async () => {
    const io = testContext();
    const { done } = await start(io, { full: true });
    await notAsDescribed();
    await defaultPreferences();
    await confirmReview();
    await done;
    const guide = io.stdout.text;
    expect(guide).toContain('Where to click on amazon.com');
    expect(guide).toContain('open "Your Orders"');
    expect(guide).toContain('choose "Return or Replace Items"');
    // A doubtful label on the way carries its caution.
    expect(guide).toContain('  ! We found this button name in no page we could read.');
    expect(guide).toMatch(/open "Help" and choose "Contact Us"\./);
    expect(guide).toContain('Amazon renames buttons from time to time.');
    expect(guide).toContain('Best way to contact: Chat');
    expect(guide).toContain('Sign in to your account on amazon.com.');
    // The problem list explained why one request per problem (F18).
    expect(guide).toContain('Different specialists handle different questions, so one request per problem is faster.');
    const [message, ...more] = messagesIn(guide);
    expect(more).toEqual([]);
    expect(message).toBe(
      [
        'Hello.',
        `I am writing about my order ${ORDER}.`,
        'Item: wireless headphones.',
        'The item arrived damaged.',
        'The left side has no sound.',
        'I would like to return the item for a refund.',
        'I can send photos of the damage.',
        'Thank you.',
      ].join('\n'),
    );
    expect(guide).toContain('take screenshots as you go, or copy the text: the chat can vanish when the associate closes it');
    // stdout is the terminal: the message is shown once, in the guide, and nothing goes to stderr.
    expect(io.stderr.text).toBe('');
  });

  it('product-question sold by Amazon: the contact page, the article\u2019s route as history, chat, order number', async () => {
    const io = testContext();
    const { done } = await start(io, { full: true });
    await choose(ACCOUNT, SIGNED_IN);
    await tick(TOPICS, ['A question about a product']);
    await choose('What is your question about?', 'What comes in the box');
    await search(ITEM_PROMPT, 'wireless headphones');
    await answer('Write your question in short English sentences.', 'Is there a charging cable?');
    await choose('Who sells this item?', 'Amazon itself');
    await answer('If you already bought the item, what is the order number?', ORDER);
    await defaultPreferences();
    await confirmReview();
    await done;
    const guide = io.stdout.text;
    expect(guide).toMatch(/open "Help" and choose "Contact Us"\./);
    expect(guide).toContain('"Select an issue" (with the product category for a product question)');
    expect(guide).toContain('Best way to contact: Chat');
    const [message] = messagesIn(guide);
    expect(message).toContain(`Order number: ${ORDER}.`);
    expect(message).toContain('Item: wireless headphones.');
    expect(message).toContain('I have a question about what comes in the box.');
    expect(message).toContain('Is there a charging cable?');
  });

  it('product-question sold by another seller: goes to the seller, with no order question', async () => {
    const io = testContext();
    const { done } = await start(io, { full: true });
    await choose(ACCOUNT, SIGNED_IN);
    await tick(TOPICS, ['A question about a product']);
    await choose('What is your question about?', 'Size or fit');
    await search(ITEM_PROMPT, '');
    await answer('Write your question in short English sentences.', '');
    // One channel only: no preference questions, straight to the review.
    await choose('Who sells this item?', 'Another company or a private seller');
    // Nothing says which item it is: the item is asked again, and now it cannot be skipped.
    expectPrompt('Which item is it? Without it, support cannot tell what you are asking about.');
    // Enter on an empty search selects nothing: the question stays, saying an answer is needed.
    await new Promise((resolve) => setTimeout(resolve, 0));
    screen.keypress('enter');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expectPrompt('Which item is it?');
    expect(screen.getScreen()).toContain('An answer is needed here');
    await search('Which item is it?', 'B0C1234567');
    await confirmReview();
    await done;
    const guide = io.stdout.text;
    expect(guide).toContain('Way to contact: Message to the seller');
    expect(guide).toContain('click "Ask a question"');
    expect(messagesIn(guide)[0]).toBe(
      ['Hello.', 'I have a question about the size of the item.', 'Item: B0C1234567.', 'English is not my first language, so please use simple words.', 'Thank you.'].join('\n'),
    );
  });

  it('payment: chat recommended, order number in the message', async () => {
    const io = testContext();
    const { done } = await start(io, { full: true });
    await choose(ACCOUNT, SIGNED_IN);
    await tick(TOPICS, ['A problem with a payment']);
    await choose('What happened with the payment?', 'I was charged twice');
    await answer('Is the payment about an order?', ORDER);
    await answer('Anything to add, in short English sentences? Never type card numbers.', '');
    await defaultPreferences();
    await confirmReview();
    await done;
    const guide = io.stdout.text;
    expect(guide).toContain('choose "Contact Us"');
    expect(guide).toContain('Best way to contact: Chat');
    expect(messagesIn(guide)[0]).toBe(
      [
        'Hello.',
        'I was charged twice for the same order.',
        `The order number is ${ORDER}.`,
        'Could you please check what happened with this payment?',
        'I can send a screenshot of my bank statement with both charges, with the card number hidden.',
        'Thank you.',
      ].join('\n'),
    );
  });

  it('seller-question, already bought: the seller path, the order number in the message', async () => {
    const io = testContext();
    const { done } = await start(io, { full: true });
    await choose(ACCOUNT, SIGNED_IN);
    await tick(TOPICS, ['A question to a seller']);
    await choose('Did you already buy the item?', 'Yes, I already bought it');
    await answer(ORDER_PROMPT, ORDER);
    await search(ITEM_PROMPT, 'wireless headphones');
    await choose('What is your question about?', 'When and how it ships');
    await answer('Write your question in short English sentences.', 'Is the box sealed?', { last: false });
    await confirmReview();
    await done;
    const guide = io.stdout.text;
    expect(guide).toContain('Click the seller\'s name on the listing to open the seller\'s page.');
    expect(guide).toContain('then click "Ask a question"');
    expect(guide).toContain('Way to contact: Message to the seller');
    const [message] = messagesIn(guide);
    expect(message).toContain(`Order number: ${ORDER}.`);
    expect(message).toContain('I have a question about when and how you ship the item.');
    expect(message).not.toMatch(/https?:|www\./);
  });

  it('price-drop, all three conditions met: the verdict, then the request with the order number', async () => {
    const io = testContext();
    const { done } = await start(io);
    await choose(ACCOUNT, SIGNED_IN);
    await tick(TOPICS, ['The price dropped after I ordered']);
    await answer('On what day did you pay for the order?', '2024-05-01');
    await choose('Who sells the item?', 'Amazon itself');
    await choose('Has the package shipped yet?', 'No, it is still in the warehouse');
    await answer('What is the order number?', ORDER);
    await search(ITEM_PROMPT, '');
    await answer('How much did you pay for the item, in US dollars?', '49.99');
    await answer('What does the item cost now, in US dollars?', '$39.99');
    // Eligible: no "draft anyway" question.
    await defaultPreferences();
    await confirmReview();
    await done;
    const guide = io.stdout.text;
    expect(guide).toContain('Amazon has no price-adjustment policy.');
    expect(guide).toContain('• Cancel and order again: ');
    expect(guide).toContain('• Pre-order Price Guarantee: ');
    expect(guide).toContain('Asking has a chance: all three conditions');
    expect(guide).toContain('✔ No more than a week since payment: Days since payment: 2 of 7. Ask no later than May 8, 2024.');
    expect(guide).toContain('✔ The price is lower now: You paid $49.99; now it costs $39.99, $10.00 less.');
    expect(guide).toContain('Best way to contact: Chat');
    expect(guide).toContain('"I need more help"');
    const [message] = messagesIn(guide);
    expect(message).toContain('I paid for my order on May 1, 2024.');
    expect(message).toContain(`The order number is ${ORDER}.`);
    expect(message).toContain('I paid $49.99 for it.');
    expect(message).toContain('Now the price of the item is lower: $39.99.');
    expect(message).toContain('Could you please refund the price difference as a goodwill gesture?');
  });
});

describe('a blocked account', () => {
  it('goes straight to account-blocked; chat is never offered nor recommended', async () => {
    const io = testContext();
    const { done } = await start(io, { full: true });
    await choose(ACCOUNT, 'My account is blocked');
    // No topic checkbox: the account answer chose the topic.
    expectPrompt('What is the e-mail address of your Amazon account?');
    await answer('What is the e-mail address of your Amazon account?', 'anna.petrova');
    expectPrompt('What is the e-mail address of your Amazon account?');
    expect(screen.getScreen()).toContain('an e-mail address looks like name@example.com');
    for (let i = 0; i < 'anna.petrova'.length; i++) screen.keypress('backspace');
    await answer('What is the e-mail address of your Amazon account?', 'anna.petrova@example.com');
    await choose('Are you sure', 'Yes, I am sure');
    await answer('When was the account blocked?', '2024-04-20');
    await choose('Are you ready to send them?', 'Yes, I can send documents');
    await answer(ADD, '');
    await defaultPreferences();
    // The review lists no topic question and no chat anywhere.
    expect(screen.getScreen()).not.toContain(TOPICS);
    await confirmReview();
    await done;
    const guide = io.stdout.text;
    expect(guide).toContain('Before you write, make sure you did not break any Amazon rule.');
    expect(guide).toContain('Best way to contact: E-mail');
    expect(guide).toContain('cs-reply@amazon.com');
    expect(guide).toContain('Amazon does not name it anywhere as an address for new requests.');
    expect(guide).toContain('stop-spoofing@amazon.com');
    const others = sectionOf(guide, 'Other ways to contact');
    expect(others).toContain('Phone');
    expect(others).toContain('1-888-280-4331');
    expect(others).not.toMatch(/^\s*Chat\b/m);
    expect(guide).not.toMatch(/Best way to contact: Chat|Way to contact: Chat/);
    const [message] = messagesIn(guide);
    expect(message!.split('\n')[0]).toBe('Subject: Please review my blocked account');
    expect(message).toContain('It was blocked on April 20, 2024.');
    expect(message).toContain('I am sure that I did not break any Amazon rules.');
    expect(message).toContain('The e-mail address of my account is anna.petrova@example.com.');
  });

  it('the problem list of a user who can sign in does not offer the blocked-account topic', async () => {
    const io = testContext();
    const { done } = await start(io);
    await choose(ACCOUNT, SIGNED_IN);
    const shown = screen.getScreen();
    expect(shown).toContain(NAD);
    expect(shown).not.toContain('My account is blocked');
    screen.keypress({ name: 'c', ctrl: true });
    await expect(done).rejects.toThrow(/SIGINT/);
  });
});

describe('Back keeps the earlier answers as defaults', () => {
  it('in a text field ("<"), in a list and in the problem checkbox', async () => {
    const io = testContext();
    const { done } = await start(io);
    await choose(ACCOUNT, SIGNED_IN);
    await tick(TOPICS, [NAD]);
    // Back from the order number to the checkbox: the problem is still ticked.
    await answer(ORDER_PROMPT, '<');
    expectPrompt(TOPICS);
    expect(screen.getScreen()).toContain(`◉ ${NAD}`);
    // Back is not an item one could tick: Enter with nothing ticked goes back, as the line above says.
    expect(screen.getScreen()).not.toContain('Back');
    expect(io.stdout.text).toContain('Enter with nothing ticked goes back.');
    moveTo(NAD);
    screen.keypress('space');
    screen.keypress('enter');
    await screen.next();
    expectPrompt(ACCOUNT);
    await choose(ACCOUNT, SIGNED_IN);
    // The earlier ticks come back with the list.
    expectPrompt(TOPICS);
    expect(screen.getScreen()).toContain(`◉ ${NAD}`);
    screen.keypress('enter');
    await screen.next();
    await answer(ORDER_PROMPT, ORDER);
    // Back from the item to the order number: shown as the default, Enter keeps it.
    await search(ITEM_PROMPT, '<');
    expectPrompt(ORDER_PROMPT);
    expect(screen.getScreen()).toContain(`(${ORDER})`);
    await answer(ORDER_PROMPT, '');
    await search(ITEM_PROMPT, 'wireless headphones');
    await choose(NAD_PROBLEM, 'I got a different item');
    // Back from the wish to the problem: the cursor sits on the earlier answer.
    await choose(NAD_WISH, '← Back');
    expectPrompt(NAD_PROBLEM);
    expect(activeChoice()).toBe('I got a different item');
    screen.keypress('enter');
    await screen.next();
    await choose(NAD_WISH, 'An exchange (another size, color or model)');
    await choose('What should be different?', 'The size');
    await answer(ADD, '');
    await defaultPreferences();
    await confirmReview();
    await done;
    const [message] = messagesIn(io.stdout.text);
    expect(message).toContain(`I am writing about my order ${ORDER}.`);
    expect(message).toContain('Item: wireless headphones.');
    expect(message).toContain('I received the wrong item.');
    expect(message).toContain('I would like to exchange the item.\nI need it in a different size.');
  });
});

describe('the review screen', () => {
  it('changes one answer without asking the others again, and the result follows the change', async () => {
    const io = testContext();
    const { done } = await start(io);
    await notAsDescribed('It arrived damaged', 'A refund');
    await defaultPreferences();
    expectPrompt('Check your answers');
    const review = screen.getScreen();
    expect(review).toContain(`Change: What is the order number? → ${ORDER}`);
    expect(review).toContain('Change: What is wrong with the item? → It arrived damaged');
    expect(review).toContain('Change: What is the item? → wireless headphones');
    await choose('Check your answers', 'Change: What is wrong with the item? → It arrived damaged');
    expectPrompt(NAD_PROBLEM);
    expect(activeChoice()).toBe('It arrived damaged');
    await choose(NAD_PROBLEM, 'Parts are missing');
    // Straight back to the review, with the new answer and the old ones kept.
    expectPrompt('Check your answers');
    expect(screen.getScreen()).toContain('Change: What is wrong with the item? → Parts are missing');
    expect(screen.getScreen()).toContain(`Change: What is the order number? → ${ORDER}`);
    await confirmReview();
    await done;
    // The order number was asked once: its help line was printed once.
    expect(io.stdout.text.split(HELP_ORDER).length - 1).toBe(1);
    const [message] = messagesIn(io.stdout.text);
    expect(message).toContain('Some parts are missing from the box.');
    expect(message).not.toContain('The item arrived damaged.');
    expect(message).toContain('I would like to return the item for a refund.');
    expect(message).toContain('I can send photos of the box and of what was inside.');
    expect(message).toContain(`my order ${ORDER}`);
  });
});

describe('several problems at once', () => {
  it('become separate requests; with stdout piped, only the messages go there, split by ---', async () => {
    const io = testContext({ stdoutTTY: false });
    const { done } = await start(io);
    await twoProblems();
    await defaultPreferences();
    await confirmReview();
    await done;
    // The guide went to stderr; stdout has exactly the two messages.
    expect(io.stderr.text).toContain('Request 1 of 2: The item does not match its description');
    expect(io.stderr.text).toContain('Request 2 of 2: A problem with a payment');
    expect(io.stdout.text).not.toContain('Where to click');
    const lines = io.stdout.text.split('\n');
    expect(lines.filter((l) => l === '---')).toHaveLength(1);
    const parts = io.stdout.text.split('\n---\n');
    expect(parts).toHaveLength(2);
    expect(parts[0]).toBe(
      [
        'Hello.',
        `I am writing about my order ${ORDER}.`,
        'The item is defective. It does not work.',
        'Please send me a replacement of the item I ordered.',
        'I can send a photo or a short video of the problem.',
        'Thank you.',
      ].join('\n'),
    );
    expect(parts[1]).toBe(
      [
        'Hello.',
        'I have not received my refund yet.',
        'Could you please check what happened with this payment?',
        'I can send a screenshot of my bank statement, with the card number hidden.',
        'Thank you.',
        '',
      ].join('\n'),
    );
  });
});

describe('order numbers are checked', () => {
  it('a wrong one is asked again with the expected form shown; a digital one is accepted', async () => {
    const io = testContext();
    const { done } = await start(io);
    await choose(ACCOUNT, SIGNED_IN);
    await tick(TOPICS, [NAD]);
    expect(screen.getScreen()).toContain('(123-1234567-1234567');
    await answer(ORDER_PROMPT, '12345');
    expectPrompt(ORDER_PROMPT);
    expect(screen.getScreen()).toContain('an order number looks like 123-1234567-1234567 (digital orders: D01-1234567-1234567)');
    for (let i = 0; i < 5; i++) screen.keypress('backspace');
    await answer(ORDER_PROMPT, 'd01-1234567-1234567');
    await search(ITEM_PROMPT, '');
    await choose(NAD_PROBLEM, 'Something else');
    await choose(NAD_WISH, 'Not sure, let Amazon suggest');
    await answer(ADD, '');
    await defaultPreferences();
    await confirmReview();
    await done;
    expect(messagesIn(io.stdout.text)[0]).toContain('I am writing about my order D01-1234567-1234567.');
  });
});

describe('price-drop when a condition fails', () => {
  async function failedPriceDrop(draftAnyway: string): Promise<{ out: string; atPrompt: string }> {
    const io = testContext();
    const { done } = await start(io);
    await choose(ACCOUNT, SIGNED_IN);
    await tick(TOPICS, ['The price dropped after I ordered']);
    await answer('On what day did you pay for the order?', '2024-04-01');
    await choose('Who sells the item?', 'Amazon itself');
    await choose('Has the package shipped yet?', 'No, it is still in the warehouse');
    await answer('What is the order number?', ORDER);
    await search(ITEM_PROMPT, '');
    await answer('How much did you pay for the item, in US dollars?', '');
    await answer('What does the item cost now, in US dollars?', '');
    expectPrompt('Not all conditions hold. Draft a request for the difference anyway?');
    const atPrompt = io.stdout.text;
    await choose('Not all conditions hold', draftAnyway);
    // With no message to send, the channel questions are not asked: the review comes next.
    if (draftAnyway.startsWith('Yes')) await defaultPreferences();
    await confirmReview();
    await done;
    return { out: io.stdout.text, atPrompt };
  }

  it('says what the shopper can do alone and which condition failed before asking; "no" drafts nothing', async () => {
    const { out, atPrompt } = await failedPriceDrop('No, just show the result of the check');
    expect(atPrompt).toContain('Amazon has no price-adjustment policy.');
    expect(atPrompt).toContain('• Cancel and order again: ');
    expect(atPrompt).toContain('✖ No more than a week since payment: Days since payment: 32, more than 7. The last day to ask was April 8, 2024.');
    expect(atPrompt).toContain('✔ Sold by Amazon itself: The item is sold by Amazon.');
    expect(atPrompt).toContain('✔ Not shipped yet: The package has not shipped yet.');
    expect(out).toContain('Asking has little chance: not all three conditions');
    expect(out).toContain('No message drafted, as you chose.');
    expect(messagesIn(out)).toEqual([]);
  });

  it('"yes" drafts the request anyway', async () => {
    const { out } = await failedPriceDrop('Yes, draft it anyway');
    expect(out).toContain('Asking has little chance: not all three conditions');
    const [message] = messagesIn(out);
    expect(message).toContain('I paid for my order on April 1, 2024.');
    expect(message).toContain(`The order number is ${ORDER}.`);
  });
});

describe('price-drop when the price did not drop', () => {
  it('asks nothing more and drafts nothing, saying why', async () => {
    const io = testContext();
    const { done } = await start(io);
    await choose(ACCOUNT, SIGNED_IN);
    await tick(TOPICS, ['The price dropped after I ordered']);
    await answer('On what day did you pay for the order?', '2024-05-01');
    await choose('Who sells the item?', 'Amazon itself');
    await choose('Has the package shipped yet?', 'No, it is still in the warehouse');
    await answer('What is the order number?', ORDER);
    await search(ITEM_PROMPT, '');
    await answer('How much did you pay for the item, in US dollars?', '20');
    await answer('What does the item cost now, in US dollars?', '25');
    // No "draft anyway?" and, with no message, no channel questions: the review comes next.
    await confirmReview();
    await done;
    const out = io.stdout.text;
    expect(out).toContain('✖ The price is lower now: You paid $20.00; now it costs $25.00, which is not less.');
    expect(out).toContain('No message drafted: the price now is not lower than what you paid.');
    expect(messagesIn(out)).toEqual([]);
  });
});

describe('Ctrl+C', () => {
  function runContext() {
    const io = testContext();
    return { io, overrides: { ...io.ctx, out: makeStyle(0), err: makeStyle(0), now: () => NOW, content } };
  }

  it('exits 130 via run, says Cancelled and prints the answers so far as a draft command', async () => {
    const { io, overrides } = runContext();
    const code = run(['wizard'], overrides);
    await screen.next();
    await choose(ACCOUNT, SIGNED_IN);
    await tick(TOPICS, [NAD]);
    await answer(ORDER_PROMPT, ORDER);
    await search(ITEM_PROMPT, 'wireless headphones');
    expectPrompt(NAD_PROBLEM);
    screen.keypress({ name: 'c', ctrl: true });
    expect(await code).toBe(130);
    expect(io.stderr.text).toContain('Cancelled. Nothing was sent anywhere.');
    expect(io.stderr.text.split('\n')).toContain(
      `hint: to carry on without answering again, run: amz-help draft not-as-described --order ${ORDER} --item 'wireless headphones'`,
    );
    expect(io.stdout.text).not.toContain('Your message in English');
  });

  it('at the first question: exit 130, Cancelled, no resume hint', async () => {
    const { io, overrides } = runContext();
    const code = run(['wizard'], overrides);
    await screen.next();
    expectPrompt(ACCOUNT);
    screen.keypress({ name: 'c', ctrl: true });
    expect(await code).toBe(130);
    expect(io.stderr.text).toBe('Cancelled. Nothing was sent anywhere.\n');
  });
});

describe('the Russian interface', () => {
  it('asks in Russian, finds the item by Russian words, and the drafted message stays English', async () => {
    const io = testContext({ lang: 'ru' });
    const { done } = await start(io);
    await choose('Можете ли вы войти в свой аккаунт Amazon?', 'Да, могу войти');
    await tick('В чём проблема?', ['Товар не соответствует описанию']);
    expectPrompt('Какой номер заказа?');
    await answer('Какой номер заказа?', ORDER);
    await search('Что это за товар?', 'беспроводных наушников');
    // The glossary's entry was offered first, with its English name.
    await choose('Что не так с товаром?', 'Пришёл повреждённым');
    await choose('О чём вы хотите попросить?', 'Вернуть деньги');
    await answer('Что-нибудь добавить?', '');
    await defaultPreferences('ru');
    expect(screen.getScreen()).toContain('Изменить: Что не так с товаром? → Пришёл повреждённым');
    await confirmReview('ru');
    await done;
    const guide = io.stdout.text;
    expect(guide).toContain('Куда нажимать на amazon.com');
    expect(guide).toContain('«Return or Replace Items»');
    expect(guide).toContain('Лучший способ связи: Чат');
    const [message] = messagesIn(guide, 'ru');
    expect(message).toBe(
      [
        'Hello.',
        `I am writing about my order ${ORDER}.`,
        'Item: a pair of wireless earbuds.',
        'The item arrived damaged.',
        'I would like to return the item for a refund.',
        'I can send photos of the damage.',
        'Thank you.',
      ].join('\n'),
    );
    expect(message).not.toMatch(/[а-яё]/i);
    // The Russian twin says the message's sentences in the same order, as one paragraph.
    expect(sectionOf(guide, 'По-русски:')).toContain(
      [
        'Здравствуйте.',
        `Пишу по поводу заказа ${ORDER}.`,
        'Товар: беспроводные наушники.',
        'Товар пришёл повреждённым.',
        'Я хочу вернуть товар и получить деньги обратно.',
        'Могу прислать фотографии повреждений.',
        'Спасибо.',
      ].join(' '),
    );
  });
});

describe('Cyrillic in a free-text answer', () => {
  it.each([
    ['en', 'This answer has Russian letters, but it goes into the English message as typed. Type it again in English'],
    ['ru', 'В ответе есть русские буквы, а в английское сообщение он попадёт как есть. Напишите его по-английски'],
  ] as const)('warns at once that the message must be in English (%s), asks again, and Enter keeps the text as typed', async (lang, warning) => {
    const io = testContext({ lang });
    const { done } = await start(io);
    const en = lang === 'en';
    await choose(en ? ACCOUNT : 'Можете ли вы войти', en ? SIGNED_IN : 'Да, могу войти');
    await tick(en ? TOPICS : 'В чём проблема?', [en ? NAD : 'Товар не соответствует описанию']);
    await answer(en ? ORDER_PROMPT : 'Какой номер заказа?', ORDER);
    await search(en ? ITEM_PROMPT : 'Что это за товар', '');
    await choose(en ? NAD_PROBLEM : 'Что не так с товаром?', en ? 'It arrived damaged' : 'Пришёл повреждённым');
    await choose(en ? NAD_WISH : 'О чём вы хотите попросить?', en ? 'A refund' : 'Вернуть деньги');
    expect(io.stderr.text).toBe('');
    await answer(en ? ADD : 'Что-нибудь добавить?', 'левый наушник не работает');
    expect(io.stderr.text).toContain(warning);
    expect(io.stderr.text).toMatch(en ? /^warning: / : /^внимание: /);
    // The same question again, the text offered as its default: Enter keeps it.
    expect(screen.getScreen()).toContain('левый наушник не работает');
    await answer(en ? ADD : 'Что-нибудь добавить?', '');
    await defaultPreferences(lang);
    await confirmReview(lang);
    await done;
    expect(messagesIn(io.stdout.text, lang)[0]).toContain('левый наушник не работает');
  });
});

describe('the wizard refuses to run without a terminal', () => {
  it('stdin not a TTY: a usage error with a hint to use amz-help draft', async () => {
    const io = testContext();
    io.ctx.stdinIsTTY = false;
    const code = await run(['wizard'], { ...io.ctx });
    expect(code).toBe(2);
    expect(io.stderr.text).toContain('error: the wizard asks questions, but input is not a terminal');
    expect(io.stderr.text).toContain('hint: use "amz-help draft <topic> --channel <id> ..."');
    expect(io.stdout.text).toBe('');
    await content();
  });
});

describe('the copy offer after the result (a terminal with a size)', () => {
  /** A context whose screen is a terminal of 100 columns: the wizard offers to copy there. */
  function terminal(lang: 'en' | 'ru' = 'en') {
    const io = testContext({ lang });
    Object.assign(io.stdout, { columns: 100 });
    return io;
  }

  it('one message: asks whether to copy; without a clipboard the default is No and it says how to get one', async () => {
    const io = terminal();
    const { done } = await start(io);
    await notAsDescribed();
    await defaultPreferences();
    await confirmReview();
    await screen.next();
    expectPrompt('Copy the message to the clipboard?');
    expect(activeChoice()).toBe('No');
    expect(screen.getScreen()).toContain('Yes, copy it');
    expect(io.stdout.text).toContain('No clipboard here: it needs a graphical session and xsel (sudo apt-get install xsel).');
    screen.keypress('enter');
    await done;
    expect(io.stdout.text).not.toContain('Copied');
  });

  it('several messages: asks which one (or all, or nothing)', async () => {
    const io = terminal();
    const { done } = await start(io);
    await twoProblems();
    await defaultPreferences();
    await confirmReview();
    await screen.next();
    expectPrompt('Copy to the clipboard:');
    const shown = screen.getScreen();
    expect(shown).toContain('Message 1: The item does not match its description');
    expect(shown).toContain('Message 2: A problem with a payment');
    expect(shown).toContain('All the messages');
    expect(activeChoice()).toBe('Nothing');
    screen.keypress('enter');
    await done;
  });

  it('--copy copies without asking', async () => {
    const io = terminal();
    const { done } = await start(io, { copy: true });
    await notAsDescribed();
    await defaultPreferences();
    await confirmReview();
    // Copied or not (that depends on the machine's display), no offer follows.
    await done.catch(() => {});
    expect(screen.getScreen()).not.toContain('Copy the message to the clipboard?');
  });
});
