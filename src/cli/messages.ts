// Every string the interface itself prints, in English and Russian. Knowledge about Amazon lives in
// content/; this file only holds the words around it. {name} marks a value filled in by `t`.
import type { Lang } from '../content/schema.js';

const M = {
  // program
  programDescription: {
    en: 'Helps you reach Amazon.com customer service: where to click, which channel to use, and an English message to send.',
    ru: 'Помогает обратиться в поддержку Amazon.com: куда нажать, какой канал выбрать и готовое письмо на английском.',
  },
  optLang: { en: 'interface language: en or ru (default: from LANG)', ru: 'язык интерфейса: en или ru (по умолчанию из LANG)' },
  optNoColor: { en: 'print without colour', ru: 'без цвета' },
  optContent: {
    en: 'use the content in DIR instead of the built-in one (also AMZ_HELP_CONTENT)',
    ru: 'взять содержимое из папки DIR вместо встроенного (также AMZ_HELP_CONTENT)',
  },
  optVersion: { en: 'print the version', ru: 'показать версию' },
  optHelp: { en: 'show help', ru: 'показать справку' },
  examples: { en: 'Examples:', ru: 'Примеры:' },
  exitCodes: { en: 'Exit codes:', ru: 'Коды выхода:' },

  // errors
  errorPrefix: { en: 'error', ru: 'ошибка' },
  hintPrefix: { en: 'hint', ru: 'подсказка' },
  warningPrefix: { en: 'warning', ru: 'внимание' },
  cancelled: { en: 'Cancelled. Nothing was sent anywhere.', ru: 'Отменено. Ничего никуда не отправлено.' },
  seeHelp: { en: 'run "amz-help {command}--help" to see what it accepts', ru: 'запустите "amz-help {command}--help", чтобы увидеть допустимые значения' },
  unexpected: {
    en: 'something went wrong inside amz-help: {message}',
    ru: 'внутренняя ошибка amz-help: {message}',
  },
  unexpectedHint: {
    en: 'run again with AMZ_HELP_DEBUG=1 and include the output in a bug report',
    ru: 'запустите ещё раз с AMZ_HELP_DEBUG=1 и приложите вывод к сообщению об ошибке',
  },
  contentInvalid: {
    en: 'the content has {count} problem(s); amz-help cannot run on it',
    ru: 'в содержимом ошибок: {count}; amz-help не может с ним работать',
  },
  contentHint: { en: 'run "amz-help content check{dir}" to see them all', ru: 'запустите "amz-help content check{dir}", чтобы увидеть все' },
  missingFlags: {
    en: 'missing {flags}: there is no terminal to ask on',
    ru: 'не указано: {flags}; спросить негде, это не терминал',
  },
  missingFlagsHint: { en: 'pass them as flags, for example: {example}', ru: 'укажите их флагами, например: {example}' },
  badDate: {
    en: '{flag} "{value}" is not a date in an accepted format',
    ru: '{flag} "{value}": дата в неподдерживаемом формате',
  },
  badCalendarDate: { en: '{flag} "{value}" is not a real calendar date', ru: '{flag} "{value}": такой даты в календаре нет' },
  dateFormats: {
    en: 'use YYYY-MM-DD (2024-05-01) or DD.MM.YYYY (01.05.2024)',
    ru: 'используйте ГГГГ-ММ-ДД (2024-05-01) или ДД.ММ.ГГГГ (01.05.2024)',
  },
  paidAfterToday: {
    en: '--paid {paid} is after today ({today}): a payment cannot be in the future',
    ru: '--paid {paid} позже сегодняшнего дня ({today}): оплата не может быть в будущем',
  },
  paidAfterTodayHint: { en: 'check the payment date, or pass --today', ru: 'проверьте дату оплаты или укажите --today' },
  badChoice: { en: '{flag} "{value}" is not accepted', ru: '{flag} "{value}": недопустимое значение' },
  acceptedValues: { en: 'accepted values: {values}', ru: 'допустимые значения: {values}' },
  badOrder: {
    en: '{flag} "{value}" is not an Amazon order number',
    ru: '{flag} "{value}": это не номер заказа Amazon',
  },
  orderFormat: {
    en: 'an order number looks like 123-1234567-1234567 (digital orders: D01-1234567-1234567)',
    ru: 'номер заказа выглядит так: 123-1234567-1234567 (цифровые заказы: D01-1234567-1234567)',
  },
  emptyValue: { en: '{flag} is empty', ru: '{flag}: пустое значение' },
  tooLong: { en: '{flag} is {length} characters long; at most {max} fit in a message', ru: '{flag}: {length} символов; в сообщение помещается не больше {max}' },
  controlChars: { en: '{flag} contains control characters', ru: '{flag} содержит управляющие символы' },
  controlCharsHint: { en: 'type plain text', ru: 'введите обычный текст' },

  // prompts
  back: { en: '← Back', ru: '← Назад' },
  dateShort: { en: 'YYYY-MM-DD or DD.MM.YYYY', ru: 'ГГГГ-ММ-ДД или ДД.ММ.ГГГГ' },
  optionalHint: { en: 'optional, Enter to skip', ru: 'необязательно, Enter — пропустить' },
  backHint: { en: '< to go back', ru: '< — назад' },
  answerRequired: { en: 'An answer is needed here', ru: 'Здесь нужен ответ' },
  notARealDate: { en: 'There is no such date in the calendar', ru: 'Такой даты в календаре нет' },
  tooLongPrompt: { en: 'Too long: {length} characters, at most {max}', ru: 'Слишком длинно: {length} символов, можно не больше {max}' },
  cyrillicWarning: {
    en: 'This goes into an English message as typed. Amazon reads English: please write it in English (a translator is fine).',
    ru: 'Этот текст попадёт в английское сообщение как есть. В Amazon читают по-английски: напишите его по-английски (можно через переводчик).',
  },

  // refund-check
  refundDescription: {
    en: 'Can I get a price drop refunded? Checks the three conditions for asking Amazon for the difference.',
    ru: 'Можно ли вернуть разницу в цене? Проверяет три условия, при которых стоит просить Amazon вернуть разницу.',
  },
  optPaid: { en: 'date you paid: YYYY-MM-DD or DD.MM.YYYY', ru: 'дата оплаты: ГГГГ-ММ-ДД или ДД.ММ.ГГГГ' },
  optSeller: { en: 'who sells the listing: amazon or third-party (alias other)', ru: 'кто продаёт товар: amazon или third-party (или other)' },
  optShipped: { en: 'has the package left the warehouse: yes or no (also y, n, да, нет)', ru: 'отправлена ли посылка со склада: yes или no (также y, n, да, нет)' },
  optToday: { en: 'count days up to this date instead of today', ru: 'считать дни до этой даты вместо сегодняшней' },
  optJson: { en: 'print one JSON object instead of text', ru: 'вывести один объект JSON вместо текста' },
  optOrder: { en: 'order number, put into the drafted message', ru: 'номер заказа для текста сообщения' },
  lastDayToAsk: { en: 'Last day to ask: {date} ({left})', ru: 'Последний день, чтобы попросить: {date} ({left})' },
  daysLeft: { en: '{n} day(s) left', ru: 'осталось дней: {n}' },
  lastDayToday: { en: 'today is the last day', ru: 'сегодня последний день' },
  whatNext: { en: 'What to do next', ru: 'Что делать дальше' },
  howToCheck: { en: 'how to check', ru: 'как проверить' },
  pasteMessage: { en: 'Message to paste (English)', ru: 'Сообщение, которое можно вставить (на английском)' },
  askPaid: { en: 'When did you pay? (YYYY-MM-DD or DD.MM.YYYY)', ru: 'Когда вы оплатили? (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)' },

  // content
  contentDescription: { en: 'Check or draw the content (the YAML knowledge base)', ru: 'Проверить или нарисовать содержимое (базу знаний в YAML)' },
  contentCheckDescription: {
    en: 'Validate the built-in content, or the content in DIR',
    ru: 'Проверить встроенное содержимое или содержимое папки DIR',
  },
  contentOk: {
    en: '{dir}: valid: {topics} topics, {questions} questions, {outcomes} outcomes, {paths} paths, {steps} steps, {channels} channels',
    ru: '{dir}: без ошибок: тем {topics}, вопросов {questions}, итогов {outcomes}, путей {paths}, шагов {steps}, каналов {channels}',
  },
  contentProblems: { en: '{count} problem(s) found', ru: 'найдено ошибок: {count}' },
  contentGraphDescription: {
    en: 'Draw the decision tree as Mermaid or Graphviz dot',
    ru: 'Нарисовать дерево решений в формате Mermaid или Graphviz dot',
  },
  optFormat: { en: 'mermaid or dot', ru: 'mermaid или dot' },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof M;

export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return M[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
