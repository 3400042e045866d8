// `amz-help refund-check` as a user runs it: the built bin in a child process, with pipes (no
// terminal), NO_COLOR=1 and no ru locale unless a test says so. Asserts exit codes, what goes to
// stdout and what to stderr, and the exact text.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { RefundFile } from '../src/content/schema.js';
import { loadContent } from '../src/validate/loader.js';
import { run, STACK_FRAME, type RunResult } from './helpers/cli.js';
import { CONTENT } from './helpers/content.js';

// Each test spawns the bin one or more times; on a loaded 2-core CI machine a spawn can take seconds.
vi.setConfig({ testTimeout: 90_000 });

let refund: RefundFile;
beforeAll(() => {
  refund = loadContent(CONTENT).content.refund;
});

const cond = (id: string) => refund.conditions.find((c) => c.id === id)!;
const fill = (text: string, v: { days: number; window: number; lastDay: string }) =>
  text.replace('{days}', String(v.days)).replace('{window}', String(v.window)).replace('{lastDay}', v.lastDay);

const BASE = ['refund-check', '--paid', '2024-05-01', '--seller', 'amazon', '--shipped', 'no', '--today', '2024-05-06'];
const refundCheck = (...args: string[]) => run(['refund-check', ...args]);

/** The message block after "Message to paste (English):", unindented. */
function messageOf(stdout: string): string {
  const at = stdout.indexOf('Message to paste (English):\n');
  expect(at).toBeGreaterThan(-1);
  return stdout
    .slice(at)
    .split('\n')
    .slice(2)
    .map((l) => l.replace(/^ {2}/, ''))
    .join('\n')
    .trim();
}

/** A usage error: exit 2, nothing on stdout, exactly `error:` then `hint:` on stderr, no stack. */
function expectUsage(r: RunResult, error: string | RegExp, hint?: string): void {
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(STACK_FRAME);
  const lines = r.stderr.split('\n');
  expect(lines.at(-1)).toBe('');
  if (typeof error === 'string') expect(lines[0]).toBe(`error: ${error}`);
  else expect(lines[0]!.slice('error: '.length)).toMatch(error);
  expect(lines[0]).toMatch(/^error: /);
  if (hint === undefined) expect(lines[1]).toMatch(/^hint: /);
  else expect(lines[1]).toBe(`hint: ${hint}`);
  expect(lines).toHaveLength(3);
  expect(r.status).toBe(2);
}

/** A route of refund.yaml as refund-check prints it, with {{label:ID}} quoted. */
const route = (id: string) => {
  const r = refund.routes.find((x) => x.id === id)!;
  return { title: r.title.en, text: r.text.en.replace(/\s+/g, ' ').replace(/\{\{label:([a-z-]+)\}\}/g, (_, l: string) => `"${LABELS[l]}"`) };
};
const LABELS: Record<string, string> = { 'your-orders': 'Your Orders', 'cancel-items': 'Cancel items', 'return-or-replace': 'Return or Replace Items' };

describe('no policy, so self-service first, then whether asking has a chance', () => {
  it('leads with the goodwill statement and what the shopper can do alone', () => {
    const r = run(BASE);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(refund.intro.en.replace(/\s+/g, ' '));
    expect(lines[0]).toBe(
      'Amazon has no price-adjustment policy. Asking for the difference is a request for goodwill: Amazon may agree or refuse, and nothing obliges it.',
    );
    expect(lines[1]).toBe('');
    expect(lines[2]).toBe('What you can do yourself first:');
    // Not shipped: cancel and order again comes first; the pre-order guarantee is always named.
    const cancel = route('cancel-and-reorder');
    expect(lines[3]).toBe(`• ${cancel.title}: ${cancel.text}`);
    expect(lines[3]).toContain('in "Your Orders", open the order and choose "Cancel items". Then order the item again at the new price.');
    expect(lines[4]).toBe('  source: Amazon, "Cancel Items and Orders" — digprjsurvey.amazon.com/csad/help/node/GSL37WQTJZUYA9QE (+1 more)');
    expect(lines[5]).toMatch(/^• Pre-order Price Guarantee: If you pre-ordered the item and its page showed the Pre-order Price Guarantee/);
    expect(r.stdout).not.toContain('Return it and order again');
  });

  it('shipped: return it (if free) and order again instead of cancelling', () => {
    const r = refundCheck('--paid', '2024-05-01', '--seller', 'amazon', '--shipped', 'yes', '--today', '2024-05-06');
    expect(r.status).toBe(1);
    const ret = route('return-and-reorder');
    expect(r.stdout.split('\n')).toContain(`• ${ret.title}: ${ret.text}`);
    expect(r.stdout).toContain('If returning it is free, order the item again at the new price');
    expect(r.stdout).not.toContain('Cancel and order again');
    expect(r.stdout).toContain('• Pre-order Price Guarantee: ');
  });
});

describe('asking has a chance', () => {
  it('exit 0: the verdict, the three conditions with how to check and their source, last day, click path and message', () => {
    const r = run(BASE);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    const at = lines.indexOf(refund.verdict.eligible.en.replace(/\s+/g, ' '));
    expect(at).toBeGreaterThan(3);
    expect(lines[at]).toBe('Asking has a chance: all three conditions under which associates used to refund a price drop hold.');
    expect(lines[at - 1]).toBe('');
    const v = { days: 5, window: 7, lastDay: 'May 8, 2024' };
    expect(lines.slice(at + 1, at + 10)).toEqual([
      `✔ ${cond('sold-by-amazon').title.en}: ${cond('sold-by-amazon').met.en}`,
      `  how to check: ${cond('sold-by-amazon').howToCheck.en.replace(/\s+/g, ' ')}`,
      '  source: third party, "Amazon halts price-match refunds on all products except TVs" — retaildive.com/news/amazon-halts-price-match-refunds-on-all-products-except-tvs/419725 (+1 more)',
      `✔ ${cond('within-7-days').title.en}: ${fill(cond('within-7-days').met.en, v)}`,
      `  how to check: ${cond('within-7-days').howToCheck.en.replace(/\s+/g, ' ')}`,
      expect.stringMatching(/^ {2}source: third party, /),
      `✔ ${cond('not-shipped').title.en}: ${cond('not-shipped').met.en}`,
      `  how to check: ${cond('not-shipped').howToCheck.en.replace(/\s+/g, ' ')}`,
      // The warehouse condition rests on the article alone, and says so quietly.
      '  source: the source article only (F28)',
    ]);
    expect(r.stdout).toContain('\nLast day to ask: May 8, 2024 (2024-05-08), 2 days left\n');
    expect(r.stdout).toContain('\nWhat to do next:\n  1. ');
    expect(r.stdout).toContain('"Your Orders"');
    expect(r.stdout).toContain('"I need more help"');
    expect(r.stdout).toContain('"Contact Us"');
    expect(r.stdout).not.toMatch(/last checked/i);
    const steps = r.stdout.split('\n').filter((l) => /^ {2}\d+\. /.test(l));
    expect(steps.length).toBeGreaterThanOrEqual(3);
    expect(steps.map((s) => s.match(/^ {2}(\d+)\./)![1])).toEqual(steps.map((_, i) => String(i + 1)));
    // The message below is a chat message: the last step says how to open the chat.
    const chat = loadContent(CONTENT).content.channels.find((c) => c.id === 'chat')!;
    expect(steps.at(-1)).toBe(`  ${steps.length}. ${chat.howTo.en.replace(/\s+/g, ' ')}`);
    const message = messageOf(r.stdout);
    expect(message).toContain('May 1, 2024');
    expect(message).not.toContain('2024-05-01');
    expect(message).not.toMatch(/\{\{|\}\}/);
    expect(message).toMatch(/^Hello/);
    expect(message).toContain('sold by Amazon');
    expect(message).toContain('not shipped');
    // A goodwill request, not a claim.
    expect(message).toContain('I understand that a refund of the difference is not guaranteed.');
    expect(message).toContain('Could you please refund the price difference as a goodwill gesture?');
  });

  it('day 7 is the last day ("today is the last day")', () => {
    const r = refundCheck('--paid', '2024-05-01', '--seller', 'amazon', '--shipped', 'no', '--today', '2024-05-08');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('\nLast day to ask: May 8, 2024 (2024-05-08), today is the last day\n');
  });

  it('the order number goes into the message, normalised', () => {
    const r = run([...BASE, '--order', ' d01-1234567-7654321 ']);
    expect(r.status).toBe(0);
    expect(messageOf(r.stdout)).toContain('D01-1234567-7654321');
  });

  it('DD.MM.YYYY, any-case seller and y/n/да/нет give the same verdict', () => {
    const json = (...args: string[]) => {
      const r = refundCheck(...args, '--json');
      expect(r.stderr).toBe('');
      return { status: r.status, out: JSON.parse(r.stdout) as unknown };
    };
    const iso = json('--paid', '2024-05-01', '--seller', 'amazon', '--shipped', 'no', '--today', '2024-05-06');
    expect(json('--paid', '01.05.2024', '--seller', 'AMAZON', '--shipped', 'n', '--today', '06.05.2024')).toEqual(iso);
    expect(json('--paid=01.05.2024', '--seller=Amazon', '--shipped=нет', '--today=2024-05-06')).toEqual(iso);
    expect(json('--paid', '01.05.2024', '--seller', 'amazon', '--shipped', 'НЕТ', '--today', '2024-05-06')).toEqual(iso);
    expect(iso.status).toBe(0);
  });
});

describe('--price-paid and --price-now', () => {
  it('both go into the message, as dollars, and a fourth line checks that the price really dropped', () => {
    const r = run([...BASE, '--price-paid', '49.99', '--price-now', '$39']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')).toContain('✔ The price is lower now: You paid $49.99; now it costs $39.00, $10.99 less.');
    const message = messageOf(r.stdout);
    expect(message).toContain('I paid $49.99 for it.');
    expect(message).toContain('Now the price of the item is lower: $39.00.');
  });

  it('1,299.00 and 1199,5 are read as dollars and cents; --json adds the price line to the conditions', () => {
    const r = run([...BASE, '--price-paid', '1,299.00', '--price-now', '1199,5', '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['eligible', 'lastDay', 'daysSincePayment', 'conditions']);
    expect(out.conditions.at(-1)).toEqual({ id: 'price-lower', met: true, reason: 'You paid $1,299.00; now it costs $1,199.50, $99.50 less.' });
  });

  it('a price that did not drop: exit 1, and the line says so', () => {
    const r = run([...BASE, '--price-paid', '30', '--price-now', '30.00']);
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')).toContain('✖ The price is lower now: You paid $30.00; now it costs $30.00, which is not less.');
    expect(r.stdout).not.toContain('Message to paste');
  });

  it('without them, the message says only that the price is lower', () => {
    const message = messageOf(run(BASE).stdout);
    expect(message).toContain('Now the price of the item is lower.');
    expect(message).not.toContain('$');
  });
});

describe('asking has little chance: exit 1 and which condition failed', () => {
  it('--seller other', () => {
    const r = run([...BASE.slice(0, 4), 'other', ...BASE.slice(5)]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines).toContain(refund.verdict.notEligible.en.replace(/\s+/g, ' '));
    expect(lines).toContain(`✖ ${cond('sold-by-amazon').title.en}: ${cond('sold-by-amazon').notMet.en}`);
    expect(lines.filter((l) => l.startsWith('✔ '))).toHaveLength(2);
    // The self-service routes are still offered.
    expect(r.stdout).toContain('• Cancel and order again: ');
    expect(r.stdout).not.toContain('What to do next');
    expect(r.stdout).not.toContain('Message to paste');
    expect(r.stdout).not.toContain('Last day to ask');
  });

  it('--shipped да', () => {
    const r = refundCheck('--paid', '2024-05-01', '--seller', 'amazon', '--shipped', 'да', '--today', '2024-05-06');
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')).toContain(`✖ ${cond('not-shipped').title.en}: ${cond('not-shipped').notMet.en}`);
  });

  it('--seller third-party and --shipped y: two conditions fail', () => {
    const r = refundCheck('--paid', '2024-05-01', '--seller', 'Third-Party', '--shipped', 'y', '--today', '2024-05-02');
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('✖ '))).toHaveLength(2);
  });

  it('day 8 after payment', () => {
    const r = refundCheck('--paid', '01.05.2024', '--seller', 'amazon', '--shipped', 'no', '--today', '2024-05-09');
    expect(r.status).toBe(1);
    const v = { days: 8, window: 7, lastDay: 'May 8, 2024' };
    expect(r.stdout.split('\n')).toContain(`✖ ${cond('within-7-days').title.en}: ${fill(cond('within-7-days').notMet.en, v)}`);
  });
});

describe('--json', () => {
  it('prints exactly one JSON object with the documented shape', () => {
    const r = run([...BASE, '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.endsWith('}\n')).toBe(true);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['eligible', 'lastDay', 'daysSincePayment', 'conditions']);
    expect(out).toEqual({
      eligible: true,
      lastDay: '2024-05-08',
      daysSincePayment: 5,
      conditions: [
        { id: 'sold-by-amazon', met: true, reason: cond('sold-by-amazon').met.en },
        { id: 'within-7-days', met: true, reason: fill(cond('within-7-days').met.en, { days: 5, window: 7, lastDay: 'May 8, 2024' }) },
        { id: 'not-shipped', met: true, reason: cond('not-shipped').met.en },
      ],
    });
    for (const c of out.conditions) expect(Object.keys(c)).toEqual(['id', 'met', 'reason']);
  });

  it('not eligible: exit 1, still one object, nothing else', () => {
    const r = refundCheck('--paid', '2024-04-01', '--seller', 'other', '--shipped', 'yes', '--today', '2024-05-06', '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.eligible).toBe(false);
    expect(out.lastDay).toBe('2024-04-08');
    expect(out.daysSincePayment).toBe(35);
    expect(out.conditions.map((c: { id: string; met: boolean }) => [c.id, c.met])).toEqual([
      ['sold-by-amazon', false],
      ['within-7-days', false],
      ['not-shipped', false],
    ]);
  });

  it('reasons follow --lang, keys and ids do not', () => {
    const r = run([...BASE, '--json', '--lang', 'ru']);
    const out = JSON.parse(r.stdout);
    expect(out.conditions.map((c: { id: string }) => c.id)).toEqual(['sold-by-amazon', 'within-7-days', 'not-shipped']);
    expect(out.conditions[0].reason).toBe(cond('sold-by-amazon').met.ru);
  });
});

describe('bad input: exit 2, one error line and one hint, empty stdout, no stack', () => {
  const DATES = 'use YYYY-MM-DD (2024-05-01) or DD.MM.YYYY (01.05.2024)';
  const ok = { paid: '2024-05-01', seller: 'amazon', shipped: 'no', today: '2024-05-06' };
  const withFlags = (over: Record<string, string>) =>
    Object.entries({ ...ok, ...over }).flatMap(([k, v]) => [`--${k}`, v]);

  it.each([
    [{ paid: '05/01/2024' }, '--paid "05/01/2024" is not a date in an accepted format', DATES],
    [{ paid: '2024-5-1' }, '--paid "2024-5-1" is not a date in an accepted format', DATES],
    [{ paid: 'yesterday' }, '--paid "yesterday" is not a date in an accepted format', DATES],
    [{ paid: '' }, '--paid "" is not a date in an accepted format', DATES],
    [{ paid: '2024-02-30' }, '--paid "2024-02-30" is not a real calendar date', DATES],
    [{ paid: '31.04.2024' }, '--paid "31.04.2024" is not a real calendar date', DATES],
    [{ paid: '2023-02-29' }, '--paid "2023-02-29" is not a real calendar date', DATES],
    [{ today: '2024/05/06' }, '--today "2024/05/06" is not a date in an accepted format', DATES],
    [{ seller: 'bob' }, '--seller "bob" is not accepted', 'accepted values: amazon, third-party, other'],
    [{ seller: 'амазон' }, '--seller "амазон" is not accepted', 'accepted values: amazon, third-party, other'],
    [{ seller: '' }, '--seller is empty', 'accepted values: amazon, third-party, other'],
    [{ shipped: 'maybe' }, '--shipped "maybe" is not accepted', 'accepted values: yes, no, y, n, да, нет'],
    [{ shipped: 'true' }, '--shipped "true" is not accepted', 'accepted values: yes, no, y, n, да, нет'],
    [{ 'price-paid': 'cheap' }, '--price-paid "cheap" is not a price', 'write a price in US dollars, like 49.99 or $1,299.00'],
    [{ 'price-paid': '0' }, '--price-paid "0" is not a price', 'write a price in US dollars, like 49.99 or $1,299.00'],
    [{ 'price-now': '-5' }, '--price-now "-5" is not a price', 'write a price in US dollars, like 49.99 or $1,299.00'],
    [{ 'price-now': '1.2.3' }, '--price-now "1.2.3" is not a price', 'write a price in US dollars, like 49.99 or $1,299.00'],
    [{ 'price-now': '' }, '--price-now is empty', 'write a price in US dollars, like 49.99 or $1,299.00'],
    [
      { order: '12345' },
      '--order "12345" is not an Amazon order number',
      'an order number looks like 123-1234567-1234567 (digital orders: D01-1234567-1234567)',
    ],
    [
      { order: '123-1234567-123456' },
      '--order "123-1234567-123456" is not an Amazon order number',
      'an order number looks like 123-1234567-1234567 (digital orders: D01-1234567-1234567)',
    ],
    [
      { paid: '2024-05-10' },
      '--paid 2024-05-10 is after today (May 6, 2024): a payment cannot be in the future',
      'check the payment date, or pass --today',
    ],
  ])('%j', (over, error, hint) => {
    expectUsage(refundCheck(...withFlags(over)), error, hint);
  });

  it('a payment date after the real today (no --today)', () => {
    const r = refundCheck('--paid', '2999-01-01', '--seller', 'amazon', '--shipped', 'no');
    expectUsage(r, /^--paid 2999-01-01 is after today \([A-Z][a-z]+ \d{1,2}, \d{4}\): a payment cannot be in the future$/);
  });

  it('a very long value is clipped in the message', () => {
    const r = refundCheck('--paid', '2024-05-01', '--seller', 'x'.repeat(100_000), '--shipped', 'no');
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`error: --seller "${'x'.repeat(57)}..." is not accepted`);
    expect(r.stderr.length).toBeLessThan(300);
  });

  it('control characters in a value never reach the terminal', () => {
    const r = refundCheck('--paid', '2024-05-01', '--seller', 'a\u001b[31mb', '--shipped', 'no');
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr.split('\n')[0]).toBe('error: --seller "a\uFFFD[31mb" is not accepted');
  });

  it('an unknown flag', () => {
    expectUsage(run([...BASE, '--foo']), "unknown option '--foo'", 'run "amz-help refund-check --help" to see what it accepts');
  });

  it('a flag without its value', () => {
    expectUsage(refundCheck('--paid'), "option '--paid <date>' argument missing", 'run "amz-help refund-check --help" to see what it accepts');
  });

  it('missing flags without a terminal: every missing one is named', () => {
    const hint = 'pass them as flags, for example: amz-help refund-check --paid 2024-05-01 --seller amazon --shipped no';
    expectUsage(refundCheck(), 'missing --paid, --seller, --shipped: there is no terminal to ask on', hint);
    expectUsage(refundCheck('--seller', 'amazon'), 'missing --paid, --shipped: there is no terminal to ask on', hint);
    expectUsage(refundCheck('--paid', '2024-05-01', '--seller', 'amazon', '--json'), 'missing --shipped: there is no terminal to ask on', hint);
  });

  it('a bad value is reported before missing flags', () => {
    expectUsage(refundCheck('--seller', 'bob'), '--seller "bob" is not accepted', 'accepted values: amazon, third-party, other');
  });

  it('AMZ_HELP_DEBUG=1 adds the stack trace; the exit code stays', () => {
    const r = run(['refund-check', '--seller', 'bob'], { env: { AMZ_HELP_DEBUG: '1' } });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(STACK_FRAME);
    expect(r.stderr).toContain('error: --seller "bob" is not accepted\n');
    // any other value does not turn it on
    expect(run(['refund-check', '--seller', 'bob'], { env: { AMZ_HELP_DEBUG: '0' } }).stderr).not.toMatch(STACK_FRAME);
  });
});

describe('help', () => {
  it('refund-check --help shows real examples and the exit codes, on stdout', () => {
    const r = refundCheck('--help');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Usage: amz-help refund-check \[options\]/);
    expect(r.stdout).toContain('\nExamples:\n  $ amz-help refund-check --paid 2024-05-01 --seller amazon --shipped no');
    expect(r.stdout).toContain('\nExit codes:\n');
    for (const flag of ['--paid', '--seller', '--shipped', '--today', '--order', '--price-paid', '--price-now', '--json']) expect(r.stdout).toContain(flag);
  });

  it('the examples in refund-check --help really run', () => {
    const help = refundCheck('--help').stdout;
    const examples = help
      .split('\n')
      .filter((l) => l.startsWith('  $ amz-help refund-check '))
      .map((l) => l.slice('  $ amz-help '.length).split(' '));
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const args of examples) {
      const r = run(args);
      expect(r.stderr).toBe('');
      expect([0, 1]).toContain(r.status);
    }
  });
});
