// --ics FILE on refund-check and draft: the calendar file is read back with ical.js, a separate
// iCalendar parser, and its events must fall on the right days, be all-day, carry a reminder and
// speak the interface language.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { run } from './helpers/cli.js';
import { cleanupTemp, tempDir } from './helpers/content.js';

vi.setConfig({ testTimeout: 90_000 });
afterAll(cleanupTemp);

interface Event {
  day: string;
  allDay: boolean;
  summary: string;
  description: string;
  triggers: string[];
}

function eventsIn(file: string): Event[] {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
  return calendar.getAllSubcomponents('vevent').map((e) => {
    const start = e.getFirstPropertyValue('dtstart') as ICAL.Time;
    return {
      day: start.toString(),
      allDay: start.isDate,
      summary: String(e.getFirstPropertyValue('summary')),
      description: String(e.getFirstPropertyValue('description')),
      triggers: e.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger'))),
    };
  });
}

describe('refund-check --ics', () => {
  it('holds the last day to ask and the day to write again, all-day with reminders', () => {
    const file = join(tempDir(), 'price.ics');
    const r = run(['refund-check', '--paid', '2024-05-01', '--seller', 'amazon', '--shipped', 'no', '--today', '2024-05-03', '--order', '123-1234567-1234567', '--ics', file]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`Calendar with 2 reminder(s) written to ${file}.\n`);
    expect(eventsIn(file)).toEqual([
      {
        day: '2024-05-04',
        allDay: true,
        summary: 'No answer from Amazon? Write again',
        description: expect.stringContaining('amz-help draft price-drop --paid 2024-05-01 --seller amazon --shipped no --order 123-1234567-1234567 --follow-up 2024-05-03') as string,
        triggers: ['PT9H'],
      },
      {
        day: '2024-05-08',
        allDay: true,
        summary: 'Last day to ask Amazon for the price difference',
        description: expect.stringMatching(/^Order 123-1234567-1234567\. After this day Amazon/) as string,
        triggers: ['-PT15H'],
      },
    ]);
  });

  it('speaks Russian with --lang ru', () => {
    const file = join(tempDir(), 'price.ics');
    const r = run(['--lang', 'ru', 'refund-check', '--paid', '2024-05-01', '--seller', 'amazon', '--shipped', 'no', '--today', '2024-05-08', '--ics', file]);
    expect(r.status).toBe(0);
    const events = eventsIn(file);
    expect(events.map((e) => [e.day, e.summary])).toEqual([
      ['2024-05-08', 'Последний день, чтобы попросить Amazon вернуть разницу в цене'],
      ['2024-05-09', 'Нет ответа от Amazon? Напишите снова'],
    ]);
    expect(events[1]!.description).toContain('Если на обращение от 8 мая 2024 нет ответа');
  });

  it('writes nothing and says so when no deadline applies', () => {
    const file = join(tempDir(), 'none.ics');
    const r = run(['refund-check', '--paid', '2024-05-01', '--seller', 'third-party', '--shipped', 'no', '--today', '2024-05-03', '--ics', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('warning: no deadline applies here, so no calendar file was written\n');
    expect(existsSync(file)).toBe(false);
  });

  it('exits 4 with one line when the file cannot be written', () => {
    const r = run(['refund-check', '--paid', '2024-05-01', '--seller', 'amazon', '--shipped', 'no', '--today', '2024-05-03', '--ics', '/no-such-folder/x.ics']);
    expect(r.status).toBe(4);
    expect(r.stdout).toContain('Last day to ask');
    expect(r.stderr).toBe(
      'warning: could not write /no-such-folder/x.ics: the folder /no-such-folder does not exist\nhint: everything else was done; check that the folder exists and is writable, or name another file\n',
    );
  });
});

describe('draft --ics', () => {
  it('holds the day to write again, from the channel: e-mail answers within a day, so two days later', () => {
    const file = join(tempDir(), 'draft.ics');
    const r = run(['draft', 'not-as-described', '--channel', 'email', '--order', '123-1234567-1234567', '--problem', 'damaged', '--wish', 'refund', '--today', '2024-05-12', '--ics', file]);
    expect(r.status).toBe(0);
    const [event, ...rest] = eventsIn(file);
    expect(rest).toEqual([]);
    expect(event).toMatchObject({ day: '2024-05-14', allDay: true, summary: 'No answer from Amazon? Write again', triggers: ['PT9H'] });
    expect(event!.description).toContain('--channel email --follow-up 2024-05-12');
  });

  it('adds the last day to ask for a price difference', () => {
    const file = join(tempDir(), 'draft.ics');
    const r = run(['draft', 'price-drop', '--paid', '2024-05-01', '--seller', 'amazon', '--shipped', 'no', '--order', '123-1234567-1234567', '--today', '2024-05-06', '--channel', 'chat', '--ics', file]);
    expect(r.status).toBe(0);
    expect(eventsIn(file).map((e) => [e.day, e.summary])).toEqual([
      ['2024-05-07', 'No answer from Amazon? Write again'],
      ['2024-05-08', 'Last day to ask Amazon for the price difference'],
    ]);
  });
});

describe('reply --ics', () => {
  const fixture = (name: string) => join('tests', 'fixtures', 'replies', `${name}.txt`);

  it('holds the day after the date Amazon asked to wait until', () => {
    const file = join(tempDir(), 'reply.ics');
    const r = run(['reply', fixture('refund-issued'), '--today', '2024-05-10', '--ics', file]);
    expect(r.status).toBe(0);
    const [event, ...rest] = eventsIn(file);
    expect(rest).toEqual([]);
    expect(event).toMatchObject({ day: '2024-05-21', allDay: true, summary: 'Has Amazon done what it promised? If not, write again', triggers: ['PT9H'] });
    expect(event!.description).toContain('amz-help draft <topic> --follow-up <date of first contact> --case 12345678901');
  });

  it('counts the hours of an escalation from the day the reply came, in Russian', () => {
    const file = join(tempDir(), 'reply.ics');
    const r = run(['--lang', 'ru', 'reply', fixture('escalation'), '--today', '2024-05-10', '--ics', file]);
    expect(r.status).toBe(0);
    expect(eventsIn(file).map((e) => [e.day, e.summary])).toEqual([['2024-05-12', 'Amazon сделал обещанное? Если нет, напишите снова']]);
  });

  it('counts business days without the weekend', () => {
    const file = join(tempDir(), 'reply.ics');
    // Friday May 10, 2024 + 2 business days = Tuesday May 14.
    const r = run(['reply', '--today', '2024-05-10', '--ics', file], { input: 'Please allow two more business days for delivery, then contact us.' });
    expect(r.status).toBe(0);
    expect(eventsIn(file).map((e) => e.day)).toEqual(['2024-05-14']);
  });

  it('writes nothing when the reply asks to wait for nothing', () => {
    const file = join(tempDir(), 'reply.ics');
    const r = run(['reply', fixture('price-adjustment'), '--ics', file]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('warning: no deadline applies here, so no calendar file was written\n');
    expect(existsSync(file)).toBe(false);
  });
});

describe('draft --ics for an A-to-z claim', () => {
  it('holds the first day a claim can be filed and its last day', () => {
    const file = join(tempDir(), 'atoz.ics');
    const r = run([
      'draft', 'atoz-claim', '--order', '123-1234567-1234567', '--problem', 'not-arrived', '--expected', '2024-05-01',
      '--asked', 'yes', '--contacted', '2024-05-05', '--answer', 'no-answer', '--can-show', 'tracking', '--today', '2024-05-06', '--ics', file,
    ]);
    expect(r.status).toBe(0);
    expect(eventsIn(file).map((e) => [e.day, e.summary])).toEqual([
      ['2024-05-07', 'From today an A-to-z claim can be filed'],
      ['2024-05-07', 'No answer from Amazon? Write again'],
      ['2024-07-30', 'Last day to file an A-to-z claim'],
    ]);
  });
});
