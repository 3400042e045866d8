// The built CLI at a real terminal: tmux gives it a pseudo-terminal, keys are pressed with
// send-keys and the screen is read back with capture-pane. Each test asserts what a user sees.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loose, shq, useTmux } from './helpers/tmux.js';
import { assertBuilt, BIN, describeWithTools, ROOT } from './helpers/tools.js';
import {
  answerNotAsDescribed,
  declineCopy,
  draftFor,
  EN,
  messageOnScreen,
  RU,
  runNotAsDescribed,
  SAMPLE,
  startNotAsDescribed,
  type NadAnswers,
} from './helpers/wizard.js';

const STACK = /^\s{4}at /m;
const LONG = 60_000;

describeWithTools('wizard at a real terminal (tmux)', ['tmux'], () => {
  const tmux = useTmux();
  let tmp: string;
  beforeAll(() => {
    assertBuilt();
    tmp = mkdtempSync(join(tmpdir(), 'amz-e2e-tmux-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const wizard = (args: string[] = [], lang = 'en_US.UTF-8') =>
    tmux.start({ argv: ['node', BIN, ...args, 'wizard'], env: { LANG: lang } });

  const answers: NadAnswers = { ...SAMPLE, problem: 'damaged', wish: 'refund', details: 'The left side has no sound.' };

  it('Russian at 50 columns: a question, the help above it, its answer and the problem descriptions break between words', { timeout: LONG }, async () => {
    const { content } = JSON.parse(readFileSync(join(ROOT, 'dist', 'content.json'), 'utf8')) as {
      content: {
        flow: { account: { help: { ru: string }; options: { label: { ru: string } }[] }; topics: { prompt: { ru: string } } };
        topics: { title: { ru: string }; summary: { ru: string } }[];
      };
    };
    const s = tmux.start({ argv: ['node', BIN, '--lang', 'ru', 'wizard'], env: { LANG: 'ru_RU.UTF-8' }, width: 50, height: 40 });
    // The rows as the terminal shows them: a word the terminal or the prompts broke is in two rows.
    const rows = (): string[] => s.tmux(['capture-pane', '-p', '-t', s.target]).split('\n');
    const expectWhole = (text: string): void => {
      const screen = rows();
      for (const word of text.split(/\s+/)) expect(screen.some((row) => row.includes(word)), `"${word}" is not whole on a row:\n${screen.join('\n')}`).toBe(true);
    };
    await s.waitForPrompt('Можете ли вы войти в свой аккаунт Amazon?');
    expectWhole(content.flow.account.help.ru);
    s.send('Enter');
    await s.waitFor(/^❯◯ /m);
    const active = rows().find((row) => row.startsWith('❯◯ '))!;
    expect(content.flow.topics.prompt.ru.length).toBeGreaterThan(50);
    expectWhole(content.flow.topics.prompt.ru);
    // The answered question above: its answer whole too (on a line of its own when the question is long).
    expectWhole(content.flow.account.options[0]!.label.ru);
    const topic = content.topics.find((x) => active.includes(x.title.ru.slice(0, 20)))!;
    expect(topic, active).toBeDefined();
    expectWhole(topic.summary.ru);
    s.send('Down');
    await s.waitFor(/^ ◯ .*\n❯◯ /m);
    const next = rows().find((row) => row.startsWith('❯◯ '))!;
    expectWhole(content.topics.find((x) => next.includes(x.title.ru.slice(0, 20)))!.summary.ru);
  });

  it('English: a full session reaches the result with the click path and the order number in the message', { timeout: LONG }, async () => {
    const s = wizard();
    await runNotAsDescribed(s, EN, answers, true);
    expect(await s.exitCode()).toBe(0);
    const screen = s.transcript();
    expect(screen).toContain('"Return or Replace Items"');
    expect(screen).toMatch(loose('Where to click on amazon.com'));
    const message = messageOnScreen(screen, EN.messageHeading);
    expect(message).toContain(`order ${answers.order}`);
    expect(message).toContain('wireless headphones');
    expect(message).toContain('The item arrived damaged.');
    expect(message).toContain('The left side has no sound.');
    // The message on screen is the one `draft` prints for the same answers.
    expect(`${message}\n`).toBe(draftFor(answers));
    expect(screen).not.toMatch(STACK);
  });

  it('Russian (--lang ru): prompts and guide in Russian, the message in English, exit 0', { timeout: LONG }, async () => {
    const s = wizard(['--lang', 'ru']);
    await startNotAsDescribed(s, RU);
    // "← Назад" in a list goes back to the text question, which keeps its earlier answer.
    s.answer(answers.order);
    await s.waitForPrompt(RU.item);
    await s.search(answers.item);
    await s.waitForPrompt(RU.problem);
    await s.choose(RU.back);
    await s.waitForPrompt(RU.item);
    // The item search offers the earlier answer first: Enter keeps it.
    await s.waitFor(`❯ "${answers.item}"`);
    s.answer('');
    await s.waitForPrompt(RU.problem);
    await s.choose(RU.problemLabel.damaged!);
    await s.waitForPrompt(RU.wish);
    await s.choose(RU.wishLabel.refund!);
    await s.waitForPrompt(RU.details);
    s.answer(answers.details);
    for (const pref of RU.prefs) {
      await s.waitForPrompt(pref.prompt);
      await s.choose(pref.labels[answers.prefs[pref.id]!]!);
    }
    await s.waitForPrompt(RU.review);
    await s.choose(RU.reviewDone);
    await declineCopy(s, 'ru');
    expect(await s.exitCode()).toBe(0);
    const screen = s.transcript();
    expect(screen).toMatch(loose('Куда нажимать на amazon.com'));
    expect(screen).toContain('«Return or Replace Items»');
    const message = messageOnScreen(screen, RU.messageHeading);
    expect(message).toContain(`order ${answers.order}`);
    expect(message).toContain('Item: wireless headphones.');
    expect(message).not.toMatch(/[А-Яа-яЁё]/);
    expect(`${message}\n`).toBe(draftFor(answers));
  });

  it('Back: "<" in a text field and "← Back" in a list return to the previous question with its answer kept', { timeout: LONG }, async () => {
    const s = wizard();
    await startNotAsDescribed(s, EN);
    s.answer(answers.order);
    await s.waitForPrompt(EN.item);
    // "<" in the item search: the order number question again, the number offered as the default.
    await s.search('<', '❯ ← Back');
    await s.waitForPrompt(EN.order);
    await s.waitFor(`(${answers.order})`);
    s.answer(''); // Enter keeps it
    await s.waitForPrompt(EN.item);
    await s.search(answers.item);
    await s.waitForPrompt(EN.problem);
    // "← Back" in a list: the item question again, its answer offered as the default.
    await s.choose(EN.back);
    await s.waitForPrompt(EN.item);
    // The item search offers the earlier answer first: Enter keeps it.
    await s.waitFor(`❯ "${answers.item}"`);
    s.answer('');
    await s.waitForPrompt(EN.problem);
    await s.choose(EN.problemLabel.damaged!);
    await s.waitForPrompt(EN.wish);
    // Back from a list to a list: the earlier choice is where the cursor starts.
    await s.choose(EN.back);
    await s.waitForPrompt(EN.problem);
    await s.waitFor(new RegExp(`^❯ ${EN.problemLabel.damaged}$`, 'm'));
    s.send('Enter');
    await s.waitForPrompt(EN.wish);
    await s.choose(EN.wishLabel.refund!);
    await s.waitForPrompt(EN.details);
    s.answer(answers.details);
    for (const pref of EN.prefs) {
      await s.waitForPrompt(pref.prompt);
      await s.choose(pref.labels[answers.prefs[pref.id]!]!);
    }
    await s.waitForPrompt(EN.review);
    await s.choose(EN.reviewDone);
    await declineCopy(s);
    expect(await s.exitCode()).toBe(0);
    const message = messageOnScreen(s.transcript(), EN.messageHeading);
    expect(`${message}\n`).toBe(draftFor(answers));
  });

  it('review screen: one answer changed there shows in the review list and in the result', { timeout: LONG }, async () => {
    const s = wizard();
    await startNotAsDescribed(s, EN);
    await answerNotAsDescribed(s, EN, answers);
    await s.waitFor(`Change: ${EN.problem} → ${EN.problemLabel.damaged}`);
    await s.choose(`Change: ${EN.problem}`);
    await s.waitForPrompt(EN.problem);
    // The earlier answer is where the cursor starts.
    await s.waitFor(new RegExp(`^❯ ${EN.problemLabel.damaged}$`, 'm'));
    await s.choose(EN.problemLabel['does-not-work']!);
    await s.waitForPrompt(EN.review);
    await s.waitFor(`Change: ${EN.problem} → ${EN.problemLabel['does-not-work']}`);
    await s.choose(EN.reviewDone);
    await declineCopy(s);
    expect(await s.exitCode()).toBe(0);
    const message = messageOnScreen(s.transcript(), EN.messageHeading);
    expect(message).toContain('The item is defective. It does not work.');
    expect(message).not.toContain('damaged');
    expect(`${message}\n`).toBe(draftFor({ ...answers, problem: 'does-not-work' }));
  });

  it('a wrong order number is asked again, showing the expected form', { timeout: LONG }, async () => {
    const s = wizard();
    await startNotAsDescribed(s, EN);
    s.answer('12345');
    await s.waitFor('an order number looks like 123-1234567-1234567');
    // Still the same question, not answered.
    expect(s.capture()).toMatch(new RegExp(`^\\? ${EN.order.replace(/\?/g, '\\?')}`, 'm'));
    expect(s.capture()).not.toMatch(/^✔ What is the order number\?/m);
    s.send('C-u');
    s.answer(answers.order);
    await s.waitForPrompt(EN.item);
    expect(s.capture()).toMatch(loose(`✔ ${EN.order} (123-1234567-1234567; < to go back) ${answers.order}`));
  });

  it('Ctrl+C at a list prompt: "Cancelled", exit 130, no stack trace, the cursor visible again', { timeout: LONG }, async () => {
    const s = wizard();
    await startNotAsDescribed(s, EN);
    s.answer(answers.order);
    await s.waitForPrompt(EN.item);
    await s.search(answers.item);
    await s.waitForPrompt(EN.problem);
    // A list prompt hides the cursor: this is what has to be undone.
    await s.waitForCursor(false);
    s.send('C-c');
    expect(await s.exitCode()).toBe(130);
    const screen = s.transcript();
    expect(screen).toMatch(/^Cancelled\./m);
    expect(screen).not.toMatch(STACK);
    expect(screen).not.toMatch(/Error|ExitPromptError/);
    expect(s.cursorVisible()).toBe(true);
    // Nothing typed is lost: the answers so far come back as a draft command.
    expect(screen).toMatch(loose(`--order ${answers.order}`));
  });

  it('Ctrl+C at a text prompt in Russian: "Отменено", exit 130, no stack trace, cursor visible', { timeout: LONG }, async () => {
    const s = wizard(['--lang', 'ru']);
    await startNotAsDescribed(s, RU);
    s.type('123');
    await s.waitFor(/^\? Какой номер заказа\?.* 123$/m);
    s.send('C-c');
    expect(await s.exitCode()).toBe(130);
    const screen = s.transcript();
    expect(screen).toMatch(/^Отменено\./m);
    expect(screen).not.toMatch(STACK);
    expect(s.cursorVisible()).toBe(true);
  });

  it('refund-check without flags asks for them, the payment date first, and prints the verdict', { timeout: LONG }, async () => {
    const paid = new Date();
    paid.setDate(paid.getDate() - 2);
    const iso = `${paid.getFullYear()}-${String(paid.getMonth() + 1).padStart(2, '0')}-${String(paid.getDate()).padStart(2, '0')}`;
    const s = tmux.start({ argv: ['node', BIN, 'refund-check'], env: { LANG: 'en_US.UTF-8' } });
    await s.waitForPrompt('On what day did you pay for the order?');
    expect(s.capture()).not.toContain('Who sells the item?');
    s.answer(iso);
    await s.waitForPrompt('Who sells the item?');
    await s.choose('Amazon itself');
    await s.waitForPrompt('Has the package shipped yet?');
    await s.choose('No, it is still in the warehouse');
    expect(await s.exitCode()).toBe(0);
    const screen = s.transcript();
    expect(screen).toMatch(loose('Amazon has no price-adjustment policy.'));
    expect(screen).toMatch(loose('Asking has a chance: all three conditions'));
    expect(screen).toMatch(/^✔ Sold by Amazon itself: /m);
    expect(screen).toMatch(loose('Days since payment: 2 of 7.'));
    expect(screen).toMatch(loose('Message to paste (English):'));
    expect(screen).not.toMatch(STACK);
  });

  it('wizard > out.txt: prompts on the screen, only the drafted message in the file', { timeout: LONG }, async () => {
    const out = join(tmp, 'out.txt');
    const s = tmux.start({ shell: `node ${shq(BIN)} wizard > ${shq(out)}`, env: { LANG: 'en_US.UTF-8' } });
    await runNotAsDescribed(s, EN, SAMPLE, true);
    expect(await s.exitCode()).toBe(0);
    const screen = s.transcript();
    // The prompts and the guide went to the screen (stderr)...
    expect(screen).toMatch(loose(`✔ ${EN.account} ${EN.signedIn}`));
    expect(screen).toMatch(loose('Where to click on amazon.com'));
    // ...and the file holds exactly what `draft` prints for the same answers.
    const file = readFileSync(out, 'utf8');
    expect(file).not.toContain(EN.account);
    expect(file).not.toContain('\u001b');
    expect(file).toBe(draftFor(SAMPLE));
    expect(file).toContain(`Subject: A problem with the item in order ${SAMPLE.order}`);
  });
});
