// The interface's words for what comes after the first message: `reply` (Amazon's answer explained),
// follow-ups (`draft --follow-up`) and calendar reminders (`--ics`). Kept apart from messages.ts only
// so that this table reads in one sitting; `ta` fills {name} like `t` does.
import type { Lang } from '../content/schema.js';
import { fillNames } from './messages.js';

const M = {
  // reply
  optPaste: { en: 'read the reply from the clipboard', ru: 'взять ответ из буфера обмена' },
  optReplyJson: {
    en: 'print one JSON object: recognized [{id, meaning, next, ...}], unrecognized [sentences]',
    ru: 'вывести один объект JSON: recognized [{id, meaning, next, ...}], unrecognized [фразы]',
  },
  replyPasteNow: {
    en: 'Paste the reply, then press Enter and Ctrl+D. Nothing leaves this computer.',
    ru: 'Вставьте ответ, затем нажмите Enter и Ctrl+D. Ничего не отправляется с этого компьютера.',
  },
  replyEmpty: { en: 'the reply is empty: there is nothing to explain', ru: 'ответ пустой: объяснять нечего' },
  replyEmptyHint: {
    en: 'save the reply to a file and run "amz-help reply FILE", or pipe it in',
    ru: 'сохраните ответ в файл и запустите «amz-help reply FILE» или передайте его через конвейер',
  },
  replyFileMissing: { en: 'cannot read {file}: there is no such file', ru: 'не удаётся прочитать {file}: такого файла нет' },
  replyFileFolder: { en: 'cannot read {file}: it is a folder', ru: 'не удаётся прочитать {file}: это папка' },
  replyFileUnreadable: { en: 'cannot read {file}: {reason}', ru: 'не удаётся прочитать {file}: {reason}' },
  replyTooBig: {
    en: '{what} is {size} bytes; a reply to explain may be at most {max} bytes',
    ru: '{what}: {size} байт; объяснить можно ответ не больше {max} байт',
  },
  replyBinary: { en: '{what} is not text', ru: '{what}: это не текст' },
  replyPasteAndFile: { en: '--paste and FILE cannot be used together', ru: '--paste и FILE нельзя указывать вместе' },
  replyPasteFailed: { en: 'cannot read the clipboard: {reason}', ru: 'не удалось прочитать буфер обмена: {reason}' },
  replyStdin: { en: 'the input', ru: 'ввод' },
  replyClipboard: { en: 'the clipboard', ru: 'буфер обмена' },
  replyRecognizedHeading: { en: "Recognised in Amazon's reply: {n}", ru: 'Распознано в ответе Amazon: {n}' },
  replyMeans: { en: 'What it means', ru: 'Что это значит' },
  replyNext: { en: 'What to do', ru: 'Что делать' },
  replyAmounts: { en: 'Amount', ru: 'Сумма' },
  replyDates: { en: 'Date', ru: 'Дата' },
  replyPeriods: { en: 'Time', ru: 'Срок' },
  replyDraft: { en: 'Draft an answer', ru: 'Составить ответ' },
  replyDraftHint: {
    en: 'put in your topic (amz-help topics lists them) and the day of your first contact',
    ru: 'подставьте свою тему (список: amz-help topics) и дату первого обращения',
  },
  replyCase: { en: 'Case number in the reply: {id}', ru: 'Номер обращения в ответе: {id}' },
  replyOrder: { en: 'Order number in the reply: {order}', ru: 'Номер заказа в ответе: {order}' },
  replyUnrecognizedHeading: {
    en: 'Not recognised ({n}); read these with a translator:',
    ru: 'Не распознано ({n}); прочитайте это с помощью переводчика:',
  },
  replyNothing: {
    en: 'amz-help does not recognise anything in this text. Read it with a translator (for example, paste it into a translation app); amz-help sends nothing anywhere.',
    ru: 'amz-help ничего не узнаёт в этом тексте. Прочитайте его с помощью переводчика (например, вставьте в приложение-переводчик); amz-help ничего никуда не отправляет.',
  },
  topicPlaceholder: { en: '<topic>', ru: '<тема>' },
  datePlaceholder: { en: '<date of first contact>', ru: '<дата первого обращения>' },

  // follow-ups (draft --follow-up)
  optFollowUp: {
    en: 'write a follow-up to a first contact on this date (YYYY-MM-DD or DD.MM.YYYY)',
    ru: 'написать повторное обращение к первому от этой даты (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)',
  },
  optCase: { en: 'with --follow-up: the case number Amazon gave', ru: 'с --follow-up: номер обращения, который дал Amazon' },
  optNext: {
    en: 'with --follow-up: what to ask for: {values} (default: status)',
    ru: 'с --follow-up: о чём просить: {values} (по умолчанию status)',
  },
  followUpAfterToday: {
    en: '--follow-up {date} is after today ({today}): the first contact cannot be in the future',
    ru: '--follow-up {date} позже сегодняшнего дня ({today}): первое обращение не может быть в будущем',
  },
  followUpHint: { en: 'give the day you first wrote or called, or pass --today', ru: 'укажите день первого письма или звонка или передайте --today' },
  needsFollowUp: { en: '{flag} goes with --follow-up DATE', ru: '{flag} указывается вместе с --follow-up ДАТА' },
  needsFollowUpHint: {
    en: 'for example: amz-help draft {topic} ... --follow-up 2024-05-08 {flag} {value}',
    ru: 'например: amz-help draft {topic} ... --follow-up 2024-05-08 {flag} {value}',
  },
  wizardCaseHint: {
    en: 'add --follow-up DATE, the day you first contacted Amazon',
    ru: 'добавьте --follow-up ДАТА — день первого обращения в Amazon',
  },
  badCase: { en: '--case "{value}" is not a case number', ru: '--case «{value}»: это не номер обращения' },
  caseFormat: {
    en: 'a case number is 4 to 30 letters and digits, as Amazon wrote it (for example 12345678901)',
    ru: 'номер обращения — от 4 до 30 букв и цифр, как его написал Amazon (например, 12345678901)',
  },

  // calendar reminders (--ics)
  optIcs: {
    en: 'also write the deadlines that apply to FILE, an iCalendar file with reminders',
    ru: 'также записать сроки, которые здесь важны, в файл FILE (календарь iCalendar с напоминаниями)',
  },
  icsNothing: {
    en: 'no deadline applies here, so no calendar file was written',
    ru: 'здесь нет сроков, поэтому файл календаря не записан',
  },
  icsWritten: { en: 'Calendar with {n} reminder(s) written to {file}.', ru: 'Календарь с напоминаниями ({n}) записан в {file}.' },
  icsWriteHint: {
    en: 'everything else was done; check that the folder exists and is writable, or name another file',
    ru: 'всё остальное сделано; проверьте, что папка существует и доступна для записи, или укажите другой файл',
  },
  icsCalendarName: { en: 'amz-help: Amazon deadlines', ru: 'amz-help: сроки Amazon' },
  'ics.ask-price-difference': { en: 'Last day to ask Amazon for the price difference', ru: 'Последний день, чтобы попросить Amazon вернуть разницу в цене' },
  'ics.ask-price-difference.about': {
    en: 'After this day Amazon no longer considers a price-difference request for this order. To check: amz-help refund-check.',
    ru: 'После этого дня Amazon уже не рассматривает просьбу вернуть разницу в цене по этому заказу. Проверить: amz-help refund-check.',
  },
  'ics.atoz-first-day': { en: 'From today an A-to-z claim can be filed', ru: 'С сегодняшнего дня можно подать претензию A-to-z' },
  'ics.atoz-first-day.about': {
    en: 'If the seller has not solved the problem, file the claim from the order under Your Orders.',
    ru: 'Если продавец не решил проблему, подайте претензию из заказа в разделе Your Orders.',
  },
  'ics.atoz-last-day': { en: 'Last day to file an A-to-z claim', ru: 'Последний день для претензии A-to-z' },
  'ics.atoz-last-day.about': {
    en: 'After this day an A-to-z Guarantee claim for this order can no longer be filed.',
    ru: 'После этого дня претензию по гарантии A-to-z для этого заказа подать уже нельзя.',
  },
  'ics.return-window-end': { en: 'Last day to return the item', ru: 'Последний день, чтобы вернуть товар' },
  'ics.return-window-end.about': {
    en: 'The return window ends today: start the return under Your Orders before the day is over.',
    ru: 'Сегодня заканчивается срок возврата: оформите возврат в разделе Your Orders до конца дня.',
  },
  'ics.follow-up': { en: 'No answer from Amazon? Write again', ru: 'Нет ответа от Amazon? Напишите снова' },
  'ics.follow-up.about': {
    en: 'If your message of {sent} got no answer, send a follow-up: {command}',
    ru: 'Если на обращение от {sent} нет ответа, отправьте повторное: {command}',
  },
  'ics.reply-wait-over': { en: 'Has Amazon done what it promised? If not, write again', ru: 'Amazon сделал обещанное? Если нет, напишите снова' },
  'ics.reply-wait-over.about': {
    en: "Amazon's reply of {sent} asked you to wait until about today. If nothing has happened, send a follow-up: {command}",
    ru: 'В ответе от {sent} Amazon просил подождать примерно до сегодняшнего дня. Если ничего не произошло, отправьте повторное обращение: {command}',
  },
  optReplyIcs: {
    en: 'also write the day to write again, if Amazon does not do what the reply promises, to FILE (iCalendar)',
    ru: 'также записать в файл FILE (iCalendar) день, когда написать снова, если Amazon не сделает обещанного',
  },
  optReplyToday: { en: 'the day the reply came (default: today), for --ics', ru: 'день, когда пришёл ответ (по умолчанию сегодня), для --ics' },
  icsOrder: { en: 'Order {order}.', ru: 'Заказ {order}.' },

  // the wizard: follow-up and calendar offers on the review screen
  wizardOfferFollowUp: {
    en: '↻ I already contacted Amazon about this: write a follow-up instead',
    ru: '↻ Обращение в Amazon по этому вопросу уже было: написать повторное',
  },
  wizardFollowUpSet: { en: 'Change: First contact with Amazon → {date}', ru: 'Изменить: Первое обращение в Amazon → {date}' },
  wizardFollowUpCase: { en: '{date}, case {id}', ru: '{date}, номер {id}' },
  followUpDatePrompt: {
    en: 'On what day did you first contact Amazon about this?',
    ru: 'Какого числа вы впервые обратились в Amazon по этому вопросу?',
  },
  followUpDateHelp: {
    en: 'The follow-up names this day. Leave it empty to write a first message instead.',
    ru: 'Повторное обращение назовёт этот день. Оставьте поле пустым, чтобы написать первое обращение.',
  },
  casePrompt: { en: 'What case number did Amazon give you?', ru: 'Какой номер обращения дал Amazon?' },
  caseHelp: {
    en: "It is in Amazon's e-mail or chat, for example 12345678901.",
    ru: 'Он есть в письме или чате Amazon, например 12345678901.',
  },
  wizardOfferIcs: {
    en: '📅 Also save the deadlines to a calendar file, with reminders',
    ru: '📅 Также сохранить сроки в файл календаря, с напоминаниями',
  },
  wizardIcsSet: { en: 'Change: Calendar file → {file}', ru: 'Изменить: Файл календаря → {file}' },
  icsFilePrompt: { en: 'Where should the calendar file go?', ru: 'Куда сохранить файл календаря?' },
  icsFileHelp: {
    en: 'Open the file with your calendar app: each deadline comes with a reminder. Leave it empty to save none.',
    ru: 'Откройте файл в приложении-календаре: у каждого срока есть напоминание. Оставьте поле пустым, чтобы ничего не сохранять.',
  },
  icsDefaultFile: { en: 'amz-help-deadlines.ics', ru: 'amz-help-deadlines.ics' },
} as const satisfies Record<string, Record<Lang, string>>;

export type AfterKey = keyof typeof M;

/** Every key, for checks over all the interface texts (the Russian spell check). */
export const AFTER_KEYS = Object.keys(M) as AfterKey[];

export function ta(lang: Lang, key: AfterKey, vars: Record<string, string | number> = {}): string {
  return fillNames(M[key][lang], vars);
}
