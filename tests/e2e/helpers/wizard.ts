// What the wizard says on screen (from content/ and src/cli/messages.ts), and a driver that
// answers the "item does not match its description" path the way a user would.
import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import type { Tmux } from './tmux.js';
import { BIN, cleanEnv, ROOT } from './tools.js';

export interface Words {
  account: string;
  signedIn: string;
  topics: string;
  notAsDescribed: string;
  order: string;
  item: string;
  problem: string;
  problemLabel: Record<string, string>;
  wish: string;
  wishLabel: Record<string, string>;
  details: string;
  review: string;
  reviewDone: string;
  back: string;
  cancelled: string;
  messageHeading: string;
  /** Preference prompts in the order the wizard asks them, with the label of each answer id. */
  prefs: { id: string; prompt: string; labels: Record<string, string> }[];
}

export const EN: Words = {
  account: 'Can you sign in to your Amazon account?',
  signedIn: 'Yes, I can sign in',
  topics: 'What is the problem?',
  notAsDescribed: 'The item does not match its description',
  order: 'What is the order number?',
  item: 'What is the item?',
  problem: 'What is wrong with the item?',
  problemLabel: { damaged: 'It arrived damaged', 'missing-parts': 'Parts are missing', 'does-not-work': 'It is defective: it does not work' },
  wish: 'What would you like to ask for?',
  wishLabel: { refund: 'A refund', replacement: 'A replacement (the same item)' },
  details: 'Anything to add, in short English sentences?',
  review: 'Check your answers.',
  reviewDone: '✔ All correct: show the result',
  back: '← Back',
  cancelled: 'Cancelled.',
  messageHeading: 'Your message in English',
  prefs: [
    { id: 'written-english', prompt: 'Can you write short messages in English?', labels: { yes: 'Yes, with or without a translator', no: 'No, writing is hard for me' } },
    { id: 'spoken-english', prompt: 'Can you talk in English on the phone?', labels: { yes: 'Yes, I can talk in English', no: 'No, or only with difficulty' } },
    { id: 'documents', prompt: 'Do you need to send or receive documents', labels: { yes: 'Yes', no: 'No' } },
    { id: 'proof', prompt: 'Do you want written proof that you contacted Amazon?', labels: { yes: 'Yes', no: 'No' } },
    { id: 'russia-cis', prompt: 'Would you call from Russia or another CIS country?', labels: { yes: 'Yes', no: 'No, from the US or elsewhere' } },
  ],
};

export const RU: Words = {
  account: 'Можете ли вы войти в свой аккаунт Amazon?',
  signedIn: 'Да, могу войти',
  topics: 'В чём проблема?',
  notAsDescribed: 'Товар не соответствует описанию',
  order: 'Какой номер заказа?',
  item: 'Что это за товар?',
  problem: 'Что не так с товаром?',
  problemLabel: { damaged: 'Пришёл повреждённым', 'missing-parts': 'Не хватает деталей', 'does-not-work': 'Бракованный: не работает' },
  wish: 'О чём вы хотите попросить?',
  wishLabel: { refund: 'Вернуть деньги', replacement: 'Замену на такой же товар' },
  details: 'Что-нибудь добавить?',
  review: 'Проверьте ответы.',
  reviewDone: '✔ Всё верно: показать результат',
  back: '← Назад',
  cancelled: 'Отменено.',
  messageHeading: 'Сообщение на английском',
  prefs: [
    { id: 'written-english', prompt: 'Можете ли вы писать короткие сообщения на английском', labels: { yes: 'Да, сам или с переводчиком', no: 'Нет, писать мне трудно' } },
    { id: 'spoken-english', prompt: 'Можете ли вы разговаривать по-английски по телефону?', labels: { yes: 'Да, могу говорить по-английски', no: 'Нет или с большим трудом' } },
    { id: 'documents', prompt: 'Нужно ли отправить или получить документы', labels: { yes: 'Да', no: 'Нет' } },
    { id: 'proof', prompt: 'Нужно ли письменное подтверждение', labels: { yes: 'Да', no: 'Нет' } },
    { id: 'russia-cis', prompt: 'Вы будете звонить из России или другой страны СНГ?', labels: { yes: 'Да', no: 'Нет, из США или другой страны' } },
  ],
};

export interface NadAnswers {
  order: string;
  item: string;
  problem: string;
  wish: string;
  details: string;
  /** Preference answers by id ("yes"/"no"); the wizard's defaults when left out. */
  prefs: Record<string, string>;
}

export const SAMPLE: NadAnswers = {
  order: '114-3941689-8772232',
  item: 'wireless headphones',
  problem: 'missing-parts',
  wish: 'replacement',
  details: 'The charger is not in the box.',
  // The wizard's defaults except documents (yes), which makes e-mail the recommended channel.
  prefs: { 'written-english': 'yes', 'spoken-english': 'no', documents: 'yes', proof: 'yes', 'russia-cis': 'yes' },
};

/** From the first prompt to the account and topic chosen, waiting for the order number prompt. */
export async function startNotAsDescribed(s: Tmux, w: Words): Promise<void> {
  await s.waitForPrompt(w.account);
  await s.choose(w.signedIn);
  await s.waitForPrompt(w.topics);
  await s.check(w.notAsDescribed);
  s.send('Enter');
  await s.waitForPrompt(w.order);
}

/** Answers the topic's questions, from the order number to the details. */
async function answerNadQuestions(s: Tmux, w: Words, a: NadAnswers): Promise<void> {
  await s.waitForPrompt(w.order);
  s.answer(a.order);
  await s.waitForPrompt(w.item);
  await s.search(a.item);
  await s.waitForPrompt(w.problem);
  await s.choose(w.problemLabel[a.problem]!);
  await s.waitForPrompt(w.wish);
  await s.choose(w.wishLabel[a.wish]!);
  await s.waitForPrompt(w.details);
  s.answer(a.details);
}

/** Answers the preferences; ends at the review screen. */
async function answerPreferences(s: Tmux, w: Words, a: NadAnswers): Promise<void> {
  for (const pref of w.prefs) {
    await s.waitForPrompt(pref.prompt);
    await s.choose(pref.labels[a.prefs[pref.id]!]!);
  }
  await s.waitForPrompt(w.review);
}

/** Answers the topic's questions and the preferences; ends at the review screen. */
export async function answerNotAsDescribed(s: Tmux, w: Words, a: NadAnswers): Promise<void> {
  await answerNadQuestions(s, w, a);
  await answerPreferences(s, w, a);
}

/** The whole path: first prompt → review → result (and, with `decline`, No to the copy offer). */
export async function runNotAsDescribed(s: Tmux, w: Words, a: NadAnswers, decline = false): Promise<void> {
  await startNotAsDescribed(s, w);
  await answerNotAsDescribed(s, w, a);
  await s.choose(w.reviewDone);
  if (decline) await declineCopy(s, w === RU ? 'ru' : 'en');
}

/** `amz-help draft not-as-described` with the same answers as flags: stdout, byte for byte. */
export function draftFor(a: NadAnswers, extra: readonly string[] = []): string {
  const args = [
    BIN, 'draft', 'not-as-described',
    '--account', 'signed-in',
    '--order', a.order, '--item', a.item, '--problem', a.problem, '--wish', a.wish, '--details', a.details,
    ...Object.entries(a.prefs).flatMap(([id, v]) => [`--${id}`, v]),
    ...extra,
  ];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env: cleanEnv({ LANG: 'en_US.UTF-8' }), encoding: 'utf8', timeout: 20_000 });
  expect(r.stderr, 'draft wrote to stderr').toBe('');
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

/** The message under the heading `heading`: the lines between the two rules that follow it. */
export function messageOnScreen(transcript: string, heading: string): string {
  const lines = transcript.split('\n');
  const at = lines.findIndex((l) => l.startsWith(heading));
  if (at < 0) throw new Error(`no "${heading}" on the screen:\n${transcript}`);
  const open = lines.findIndex((l, i) => i > at && /^─{20,}$/.test(l));
  const close = lines.findIndex((l, i) => i > open && /^─{20,}$/.test(l));
  if (open < 0 || close < 0) throw new Error(`no message between rules under "${heading}":\n${transcript}`);
  return lines.slice(open + 1, close).join('\n');
}

/** The copy offer after the result: waits for it and answers with the default (No without a clipboard). */
export async function declineCopy(s: Tmux, lang: 'en' | 'ru' = 'en'): Promise<void> {
  await s.waitFor(lang === 'en' ? /^\? Copy /m : /^\? Скопировать /m, { timeoutMs: 15_000 });
  s.send('Enter');
}

/** The payment topic's words in Russian, for a session with two problems. */
export const RU_PAYMENT = {
  title: 'Проблема с оплатой',
  problem: 'Что случилось с оплатой?',
  chargedTwice: 'Деньги списали дважды',
  order: 'Оплата относится к заказу?',
  details: 'Что-нибудь добавить?',
};

/**
 * The Russian wizard as a plain user answers it: signed in, "the item does not match its
 * description" (and, with two problems, "a problem with a payment"), then the preferences and
 * "all correct". Ends when the result is printed.
 */
export async function runRussian(s: Tmux, problems: 1 | 2, a: NadAnswers = SAMPLE): Promise<void> {
  await s.waitForPrompt(RU.account);
  await s.choose(RU.signedIn);
  await s.waitForPrompt(RU.topics);
  await s.check(RU.notAsDescribed);
  if (problems === 2) await s.check(RU_PAYMENT.title);
  s.send('Enter');
  await answerNadQuestions(s, RU, a);
  if (problems === 2) {
    await s.waitForPrompt(RU_PAYMENT.problem);
    await s.choose(RU_PAYMENT.chargedTwice);
    await s.waitForPrompt(RU_PAYMENT.order);
    s.answer(a.order);
    await s.waitForPrompt(RU_PAYMENT.details);
    s.answer('');
  }
  await answerPreferences(s, RU, a);
  await s.choose(RU.reviewDone);
}
