// `amz-help reply`: Amazon's answer explained. The patterns of content/replies.yaml are checked
// against their own examples, and typical replies are run through the built bin as a user would:
// a file, a pipe, the interface in Russian, and the exit codes 0, 1 and 2.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadContent } from '../src/validate/loader.js';
import { loadReplies } from '../src/validate/replies-loader.js';
import { explainReply, kindsIn, periodText, sentencesOf, valuesIn } from '../src/engine/reply.js';
import { BIN, run } from './helpers/cli.js';
import { hasTmux, Pty, shq } from './helpers/hardening-tty.js';
import { cleanupTemp, CONTENT, copyContent, ROOT } from './helpers/content.js';

vi.setConfig({ testTimeout: 90_000 });
afterAll(cleanupTemp);

const replies = loadReplies(CONTENT, 'content', loadContent(CONTENT).content.sources);
const fixture = (name: string) => join(ROOT, 'tests', 'fixtures', 'replies', `${name}.txt`);

const UNRELATED = [
  'The weather in Lisbon is sunny today, with a light wind from the sea.',
  'Preheat the oven, mix the flour with two eggs and bake the cake for forty minutes.',
  'Привет! Как дела? Увидимся в субботу у Маши.',
  'The meeting was moved to the third floor; bring your laptop and a charger.',
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit.',
];

describe('content/replies.yaml', () => {
  it('knows at least 35 kinds of passage, each with examples and the pages where such wording was seen', () => {
    expect(replies.kinds.length).toBeGreaterThanOrEqual(35);
    for (const { kind } of replies.kinds) {
      expect(kind.examples.length, kind.id).toBeGreaterThan(0);
      expect(kind.evidence.sources?.length, kind.id).toBeGreaterThan(0);
    }
  });

  it('rejects evidence that names a page missing from sources.yaml', () => {
    const dir = copyContent();
    const file = join(dir, 'replies.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('sources: [reply-blog-refund-lost-package, reply-refund-notice-text]', 'sources: [no-such-page]'));
    const r = run(['--content', dir, 'reply'], { input: 'We have issued a full refund.' });
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/replies\.yaml:\d+:\d+ kinds\[0\]\.evidence\.sources\[0\]: no source "no-such-page" in sources\.yaml/);
  });

  it.each(replies.kinds.flatMap(({ kind }) => kind.examples.map((example) => [kind.id, example] as const)))(
    '%s: "%s" is recognised as its kind and no other',
    (id, example) => {
      expect(kindsIn(replies, example).map((k) => k.id)).toEqual([id]);
    },
  );

  it.each(UNRELATED)('matches nothing in an unrelated text: %s', (text) => {
    const explained = explainReply(replies, text, 'en');
    expect(explained.recognized).toEqual([]);
    expect(explained.unrecognized.length).toBeGreaterThan(0);
  });

  it('rejects, with file and line, an example that another kind also recognises', () => {
    const dir = copyContent();
    const file = join(dir, 'replies.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('      - We can offer a partial refund of $15.00 for the inconvenience.', '      - We have issued a full refund.'));
    const r = run(['--content', dir, 'reply'], { input: 'We have issued a full refund.' });
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/replies\.yaml:\d+:\d+ kinds\[\d+\]\.examples\[0\]: is recognised as refund-issued, not as refund-partial/);
  });
});

describe('what is picked out of a sentence', () => {
  it('finds amounts, dates and day counts', () => {
    const v = valuesIn('We refunded $1,024.50 on May 8, 2024; allow 3-5 business days, or 48 hours, until 05/20/2024.');
    expect(v.amounts).toEqual(['$1,024.50']);
    expect(v.dates).toEqual([
      { month: 5, day: 8, year: 2024 },
      { month: 5, day: 20, year: 2024 },
    ]);
    expect(v.periods.map((p) => periodText(p, 'ru'))).toEqual(['3–5 рабочих дней', '48 часов']);
    expect(v.periods.map((p) => periodText(p, 'en'))).toEqual(['3–5 business days', '48 hours']);
  });

  it('agrees Russian day counts with the number', () => {
    const ru = (s: string) => valuesIn(s).periods.map((p) => periodText(p, 'ru'))[0];
    expect(ru('within 1 day')).toBe('1 день');
    expect(ru('within 2-3 days')).toBe('2–3 дня');
    expect(ru('within 21 business days')).toBe('21 рабочий день');
    expect(ru('within two weeks')).toBe('2 недели');
  });

  it('cuts a reply into sentences, one line at most each', () => {
    expect(sentencesOf('Hello,\nWe sent it. It costs $5.99 now! Ok?')).toEqual(['Hello,', 'We sent it.', 'It costs $5.99 now!', 'Ok?']);
  });
});

describe('amz-help reply', () => {
  const ru = (name: string) => run(['--lang', 'ru', 'reply', fixture(name)]);

  it('explains in Russian a refund issued, with its amount, its time and the date to write again', () => {
    const r = ru('refund-issued');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('1. Возврат денег оформлен');
    expect(r.stdout).toContain('Что это значит: Amazon начал возвращать деньги на способ оплаты.');
    expect(r.stdout).toContain('Сумма: $24.99');
    expect(r.stdout).toContain('Срок: 10 рабочих дней');
    expect(r.stdout).toContain('Дата: 20 мая 2024');
    expect(r.stdout).toContain('Составить ответ: amz-help draft <тема> --follow-up <дата первого обращения> --next status --case 12345678901');
    expect(r.stdout).toContain('Не распознано (1); прочитайте это с помощью переводчика:\n  - I understand that your headphones arrived damaged.');
  });

  it('explains in Russian that the seller must be asked first, and offers A-to-z', () => {
    const r = ru('contact-seller');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Сначала обратитесь к продавцу');
    expect(r.stdout).toContain('Можно подать претензию A-to-z');
    expect(r.stdout).toContain('Срок: 2 рабочих дня');
    expect(r.stdout).toContain('--order 113-2233445-5566778 --follow-up <дата первого обращения> --next atoz');
  });

  it('explains in Russian that no price adjustment is given, and offers to accept', () => {
    const r = ru('price-adjustment');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Разницу в цене не вернут');
    expect(r.stdout).toContain('Если заказ ещё не отправлен, его можно отменить');
    expect(r.stdout).toContain('--next accept');
  });

  it('explains in Russian an account on hold and the documents asked for', () => {
    const r = ru('account-hold');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Аккаунт заблокирован на время проверки');
    expect(r.stdout).toContain('Amazon просит документы');
    expect(r.stdout).toContain('Никогда не присылайте полный номер карты.');
    expect(r.stdout).toContain('Срок: 5 дней');
  });

  it('explains in Russian a replacement sent and the return of the first item, with its date', () => {
    const r = ru('replacement');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Вам отправляют замену');
    expect(r.stdout).toContain('Верните первый товар, иначе за него спишут деньги');
    expect(r.stdout).toContain('Дата: 14 июня 2024');
    expect(r.stdout).toContain('Этикетка для возврата');
  });

  it('explains in Russian an escalation: wait the hours named, then follow up', () => {
    const r = ru('escalation');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Обращение передали дальше');
    expect(r.stdout).toContain('Срок: 24–48 часов');
    expect(r.stdout).toContain('--next status --case 98765432');
  });

  it('reads the reply from stdin too', () => {
    const r = run(['reply'], { input: readFileSync(fixture('price-adjustment'), 'utf8') });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1. No price adjustment');
  });

  it('exits 1 on an unrelated text and advises a translator', () => {
    const r = run(['--lang', 'ru', 'reply'], { input: UNRELATED.join('\n') });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('amz-help ничего не узнаёт в этом тексте. Прочитайте его с помощью переводчика');
    expect(r.stderr).toBe('');
  });

  it('exits 2 on an empty reply, with one line and a hint on stderr', () => {
    const r = run(['reply'], { input: ' \n\t\n' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('error: the reply is empty: there is nothing to explain\nhint: save the reply to a file and run "amz-help reply FILE", or pipe it in\n');
  });

  it('exits 2 on a file that does not exist', () => {
    const r = run(['--lang', 'ru', 'reply', 'no-such-reply.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('ошибка: не удаётся прочитать no-such-reply.txt: такого файла нет\n');
  });

  it('prints one JSON object with recognized [{id, meaning, next}] and unrecognized sentences', () => {
    const r = run(['reply', '--json', fixture('escalation')]);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { recognized: { id: string; meaning: string; next: string; periods: string[] }[]; unrecognized: string[]; caseId: string };
    expect(json.recognized.map((x) => x.id)).toEqual(['escalated', 'case-number']);
    expect(json.recognized[0]).toMatchObject({ id: 'escalated', periods: ['24–48 hours'] });
    expect(json.recognized[0]!.meaning).toMatch(/^Your question went to another team/);
    expect(json.recognized[0]!.next).toMatch(/^Wait for that time/);
    expect(json.unrecognized).toEqual([]);
    expect(json.caseId).toBe('98765432');
  });
});

describe('amz-help reply on a terminal', () => {
  const sessions: Pty[] = [];
  afterAll(() => {
    for (const s of sessions.splice(0)) s.kill();
  });
  const pty = (...args: string[]): Pty => {
    const p = new Pty({ command: ['node', BIN, ...args].map(shq).join(' ') });
    sessions.push(p);
    return p;
  };

  it.runIf(hasTmux())('explains a pasted reply after Ctrl+D', async () => {
    const p = pty('reply');
    await p.waitFor(/Paste the reply, then press Enter and Ctrl\+D/);
    p.send('We have issued a full refund of $10.00 to your card.', 'Enter', 'C-d');
    await p.waitFor(/1\. A refund has been issued/);
    expect(await p.exitCode()).toBe(0);
  });

  it.runIf(hasTmux())('is cancelled by Ctrl+C while waiting for the paste', async () => {
    const p = pty('reply');
    await p.waitFor(/Paste the reply/);
    p.send('some text');
    p.send('C-c');
    await p.waitFor(/Cancelled\. Nothing was sent anywhere\./);
    expect(await p.exitCode()).toBe(130);
  });
});
