// The real wizard, driven like a person at the keyboard, through the topics of issue 10: a parcel
// from a third-party seller that tracking calls delivered (self-service first, the seller from the
// order, the A-to-z verdict with its dates), and a hijacked account reached from the account question.
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { wizard } from '../src/commands/wizard.js';
import { answer, choose, confirmReview, defaultPreferences, messagesIn, search, testContext, tick } from './helpers/wizard-driver.js';

const ORDER = '123-1234567-1234567';
const ACCOUNT = 'Can you sign in to your Amazon account?';

async function start(io: ReturnType<typeof testContext>): Promise<{ done: Promise<void> }> {
  const done = wizard(io.ctx, {});
  done.catch(() => {});
  await screen.next();
  return { done };
}

describe('issue 10 topics in the wizard (NOW is May 3, 2024)', () => {
  it('delivery, third-party seller: Track Package, the seller from the order, the A-to-z dates, the seller message', async () => {
    const io = testContext();
    const { done } = await start(io);
    await choose(ACCOUNT, 'Yes, I can sign in');
    await tick('What is the problem?', ['My parcel has not arrived, or is late']);
    await answer('What is the order number?', ORDER);
    await search('What is the item?', 'куртку', /^a jacket/);
    await choose('What is wrong with the delivery?', 'Tracking says delivered, but nothing came');
    await choose('What have you checked already?', 'I asked my neighbors');
    await answer('What is the latest estimated delivery date in the order?', '2024-04-29');
    await answer('Anything to add, in short English sentences?', '');
    await choose('Who sold the item?', 'Another seller');
    await confirmReview();
    await done;
    const guide = io.stdout.text;
    expect(guide).toContain('You cannot file an A-to-z Guarantee claim yet.');
    expect(guide).toContain('you can file from May 5, 2024');
    expect(guide).toContain('"Your Orders" → "Track Package"');
    expect(guide).toContain('"Contact seller"');
    const [message] = messagesIn(guide);
    expect(message).toContain(`I am writing about my order ${ORDER}.`);
    // The Russian word found its English noun in the glossary.
    expect(message).toContain('Item: a jacket.');
    expect(message).toContain('I asked my neighbors, and they did not get it.');
    expect(message).toContain('Please answer within 48 hours.');
  });

  it('"Someone else got into my account" skips the problem list and never claims innocence', async () => {
    const io = testContext();
    const { done } = await start(io);
    await choose(ACCOUNT, 'Someone else got into my account');
    await answer('What is the e-mail address of your Amazon account', 'buyer@example.com');
    await choose('What happened?', 'I see orders I did not place');
    await answer('The number of one order you did not place', ORDER);
    await choose('Have you changed the password and turned on two-step verification?', 'Yes, both');
    await answer('Anything to add, in short English sentences?', '');
    await defaultPreferences();
    await confirmReview();
    await done;
    const guide = io.stdout.text;
    expect(guide).toMatch(/Login & security|amz-help path account-hijacked/);
    const [message] = messagesIn(guide);
    expect(message).toContain('The e-mail address of my account is buyer@example.com.');
    expect(message).toContain(`One of the orders that I did not place is ${ORDER}.`);
    expect(message).not.toContain('I do not see orders');
    expect(message).not.toMatch(/break|rule/i);
  });
});
