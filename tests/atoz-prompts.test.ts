// atoz-check on a terminal asks what the flags left open, in the request topic's own words: the
// problem (only the four the guarantee takes), the latest delivery date, whether the seller was
// asked, and then the day.
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { atozCheck } from '../src/commands/atoz-check.js';
import { answer, choose, testContext } from './helpers/wizard-driver.js';

describe('atoz-check asks for what is missing', () => {
  it('problem, latest delivery date, "have you written", the day: then the verdict (NOW is May 3, 2024)', async () => {
    const { ctx, stdout } = testContext();
    const done = atozCheck(ctx, {});
    await screen.next();
    expect(screen.getScreen()).not.toContain('Something else');
    await choose('What went wrong with the seller?', 'Tracking says delivered, but nothing came');
    await answer('What is the latest estimated delivery date in the order?', '2024-04-20');
    await choose('Have you written to the seller about it?', 'Yes, I wrote to the seller');
    await answer('On what day did you write to the seller?', '2024-04-30', { last: true });
    expect(await done).toBe(0);
    expect(stdout.text).toContain('You can file an A-to-z Guarantee claim now.');
    expect(stdout.text).toContain('Last day to file: July 19, 2024');
  });

  it('"Not yet": the seller was not asked, so the message to the seller comes', async () => {
    const { ctx, stdout } = testContext();
    // --problem given, --expected not: the rest is asked; a given flag is never asked again.
    const done = atozCheck(ctx, { problem: 'not-arrived' });
    await screen.next();
    await answer('What is the latest estimated delivery date in the order?', '20.04.2024');
    await choose('Have you written to the seller about it?', 'Not yet', { last: true });
    expect(await done).toBe(1);
    expect(stdout.text).toContain('Message to the seller (English):');
    expect(stdout.text).toContain('you can file from May 5, 2024');
  });
});
