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
  item: 'What is the item, in a few English words?',
  problem: 'What is wrong with the item?',
  problemLabel: { damaged: 'It arrived damaged', 'missing-parts': 'Parts are missing', 'does-not-work': 'It is defective: it does not work' },
  wish: 'What would you like to ask for?',
  wishLabel: { refund: 'A refund', replacement: 'A replacement (the same item)' },
  details: 'Anything to add, in short English sentences?',
  review: 'Check your answers.',
  reviewDone: '✔ All correct: show the result',
  back: '← Back',
  cancelled: 'Cancelled.',
  messageHeading: 'Your message (English, ready to paste):',
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
  item: 'Что это за товар, в паре слов по-английски?',
  problem: 'Что не так с товаром?',
  problemLabel: { damaged: 'Пришёл повреждённым', 'missing-parts': 'Не хватает деталей', 'does-not-work': 'Бракованный: не работает' },
  wish: 'О чём вы хотите попросить?',
  wishLabel: { refund: 'Вернуть деньги', replacement: 'Замену на такой же товар' },
  details: 'Что-нибудь добавить?',
  review: 'Проверьте ответы.',
  reviewDone: '✔ Всё верно: показать результат',
  back: '← Назад',
  cancelled: 'Отменено.',
  messageHeading: 'Ваше сообщение',
  prefs: [
    { id: 'written-english', prompt: 'Можете ли вы писать короткие сообщения на английском?', labels: { yes: 'Да, сам или с переводчиком', no: 'Нет, писать мне трудно' } },
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

/** Answers the topic's questions and the preferences; ends at the review screen. */
export async function answerNotAsDescribed(s: Tmux, w: Words, a: NadAnswers): Promise<void> {
  await s.waitForPrompt(w.order);
  s.answer(a.order);
  await s.waitForPrompt(w.item);
  s.answer(a.item);
  await s.waitForPrompt(w.problem);
  await s.choose(w.problemLabel[a.problem]!);
  await s.waitForPrompt(w.wish);
  await s.choose(w.wishLabel[a.wish]!);
  await s.waitForPrompt(w.details);
  s.answer(a.details);
  for (const pref of w.prefs) {
    await s.waitForPrompt(pref.prompt);
    await s.choose(pref.labels[a.prefs[pref.id]!]!);
  }
  await s.waitForPrompt(w.review);
}

/** The whole path: first prompt → review → result. */
export async function runNotAsDescribed(s: Tmux, w: Words, a: NadAnswers): Promise<void> {
  await startNotAsDescribed(s, w);
  await answerNotAsDescribed(s, w, a);
  await s.choose(w.reviewDone);
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

/** The indented message block under the "Your message" heading of the result screen. */
export function messageOnScreen(transcript: string, heading: string): string {
  const lines = transcript.split('\n');
  const at = lines.findIndex((l) => l.startsWith(heading));
  if (at < 0) throw new Error(`no "${heading}" on the screen:\n${transcript}`);
  const block: string[] = [];
  for (const l of lines.slice(at + 1)) {
    if (l === '' && block.length === 0) continue;
    if (l !== '' && !l.startsWith('  ')) break;
    block.push(l.slice(2));
  }
  while (block.at(-1) === '') block.pop();
  return block.join('\n');
}
