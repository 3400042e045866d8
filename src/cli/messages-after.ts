// The interface's words for what comes after the first message: `reply` (Amazon's answer explained),
// follow-ups (`draft --follow-up`) and calendar reminders (`--ics`). Kept apart from messages.ts only
// so that this table reads in one sitting; `ta` fills {name} like `t` does.
import type { Lang } from '../content/schema.js';

const M = {
  // reply
  replyDescription: {
    en: "Explain Amazon's reply: what each passage means and what to do next (read from FILE, stdin or --paste)",
    ru: 'Объяснить ответ Amazon: что значит каждая его часть и что делать дальше (из файла FILE, stdin или --paste)',
  },
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
    ru: 'сохраните ответ в файл и запустите "amz-help reply FILE" или передайте его через конвейер',
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
  replyDraft: { en: 'Draft an answer', ru: 'Черновик ответа' },
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
} as const satisfies Record<string, Record<Lang, string>>;

export type AfterKey = keyof typeof M;

export function ta(lang: Lang, key: AfterKey, vars: Record<string, string | number> = {}): string {
  return M[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
