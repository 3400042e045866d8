// Every string the interface itself prints, in English and Russian. Knowledge about Amazon lives in
// content/; this file only holds the words around it. {name} marks a value `t` interpolates.
import type { Lang } from '../content/schema.js';
import { pluralRu } from '../engine/plural.js';

const M = {
  // program
  programDescription: {
    en: 'Helps you reach Amazon.com customer service: where to click, the best way to contact them, and an English message to send.',
    ru: 'Помогает обратиться в службу поддержки Amazon.com: подсказывает, куда нажимать и как лучше связаться, и составляет сообщение на английском.',
  },
  optLang: { en: 'interface language: en or ru (default: from LANG)', ru: 'язык интерфейса: en или ru (по умолчанию из LANG)' },
  optNoColor: { en: 'print without colour', ru: 'выводить без цвета' },
  optContent: {
    en: 'use the content in DIR instead of the built-in one (also AMZ_HELP_CONTENT)',
    ru: 'взять содержимое из папки DIR вместо встроенного (также AMZ_HELP_CONTENT)',
  },
  optVersion: { en: 'print the version', ru: 'показать версию' },
  optHelp: { en: 'show help', ru: 'показать справку' },
  helpCommand: { en: 'show help for a command', ru: 'показать справку по команде' },
  noDisplay: {
    en: 'there is no graphical display (DISPLAY is not set), or xsel is missing',
    ru: 'нет графического дисплея (не задана переменная DISPLAY) или не установлен xsel',
  },
  examples: { en: 'Examples:', ru: 'Примеры:' },
  exitCodes: { en: 'Exit codes:', ru: 'Коды выхода:' },

  // errors
  errorPrefix: { en: 'error', ru: 'ошибка' },
  hintPrefix: { en: 'hint', ru: 'подсказка' },
  warningPrefix: { en: 'warning', ru: 'внимание' },
  cancelled: { en: 'Cancelled. Nothing was sent anywhere.', ru: 'Отменено. Ничего никуда не отправлено.' },
  seeHelp: { en: 'run "amz-help {command}--help" to see what it accepts', ru: 'запустите «amz-help {command}--help», чтобы увидеть, что можно указать' },
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
    ru: 'в содержимом найдено ошибок: {count}, с таким содержимым amz-help работать не может',
  },
  contentHint: { en: 'run "amz-help content check{dir}" to see them all', ru: 'все ошибки покажет «amz-help content check{dir}»' },
  missingFlags: {
    en: 'missing {flags}: there is no terminal to ask on',
    ru: 'не указано: {flags}, а спросить негде: ввод идёт не из терминала',
  },
  missingFlagsHint: { en: 'pass them as flags, for example: {example}', ru: 'укажите их флагами, например: {example}' },
  badDate: {
    en: '{flag} "{value}" is not a date in an accepted format',
    ru: '{flag} «{value}»: такую запись даты программа не понимает',
  },
  badCalendarDate: { en: '{flag} "{value}" is not a real calendar date', ru: '{flag} «{value}»: такой даты в календаре нет' },
  dateFormats: {
    en: 'use YYYY-MM-DD (2024-05-01) or DD.MM.YYYY (01.05.2024)',
    ru: 'напишите дату как ДД.ММ.ГГГГ (01.05.2024) или ГГГГ-ММ-ДД (2024-05-01)',
  },
  paidAfterToday: {
    en: '--paid {paid} is after today ({today}): a payment cannot be in the future',
    ru: '--paid {paid}: это позже сегодняшнего дня ({today}), а оплата не может быть в будущем',
  },
  accountOtherTopic: {
    en: '--account {account} is not a blocked account: this message would say that you broke no rule',
    ru: '--account {account} — это не блокировка аккаунта: в этом письме было бы сказано, что вы не нарушали правил',
  },
  accountOtherTopicHint: { en: 'use amz-help draft {topic}', ru: 'используйте amz-help draft {topic}' },
  paidAfterTodayHint: { en: 'check the payment date, or pass --today', ru: 'проверьте дату оплаты или укажите --today' },
  badChoice: { en: '{flag} "{value}" is not accepted', ru: '{flag} «{value}»: такого значения нет' },
  acceptedValues: { en: 'accepted values: {values}', ru: 'можно указать: {values}' },
  badOrder: {
    en: '{flag} "{value}" is not an Amazon order number',
    ru: '{flag} «{value}»: это не номер заказа Amazon',
  },
  orderFormat: {
    en: 'an order number looks like {example} (digital orders: {digital})',
    ru: 'номер заказа выглядит так: {example} (у цифровых заказов: {digital})',
  },
  badEmail: { en: '{flag} "{value}" is not an e-mail address', ru: '{flag} «{value}»: это не адрес электронной почты' },
  emailFormat: { en: 'an e-mail address looks like name@example.com', ru: 'адрес электронной почты выглядит так: name@example.com' },
  emptyValue: { en: '{flag} is empty', ru: '{flag}: значение пустое' },
  tooLong: { en: '{flag} is {length} characters long; at most {max} fit in a message', ru: '{flag}: символов {length}, а в сообщение помещается не больше {max}' },
  controlChars: { en: '{flag} contains control characters', ru: '{flag} содержит управляющие символы' },
  controlCharsHint: { en: 'type plain text', ru: 'введите обычный текст' },
  missingSubcommand: { en: '{command} needs a command: one of those listed above', ru: 'после {command} нужна команда: одна из перечисленных выше' },
  flagNeedsValue: {
    en: '{flag} needs a value, but "{next}" follows it',
    ru: '{flag}: не указано значение (сразу за ним идёт «{next}»)',
  },
  contentFlagHint: {
    en: 'give a folder with the content YAML files, or leave --content out to use the built-in content',
    ru: 'укажите папку с YAML-файлами содержимого или уберите --content, чтобы взять встроенное',
  },
  folderMissing: { en: 'the folder {dir} does not exist', ru: 'папки {dir} не существует' },
  notAFolder: { en: '{dir} is not a folder', ru: '{dir} — не папка' },
  permissionDenied: { en: 'permission denied', ru: 'нет прав на запись' },
  isAFolder: { en: 'it is a folder', ru: 'это папка' },

  // prompts
  back: { en: '← Back', ru: '← Назад' },
  dateShort: { en: 'YYYY-MM-DD or DD.MM.YYYY', ru: 'ДД.ММ.ГГГГ или ГГГГ-ММ-ДД' },
  optionalHint: { en: 'optional, Enter to skip', ru: 'необязательно, Enter — пропустить' },
  backHint: { en: '< to go back', ru: '< — назад' },
  answerRequired: { en: 'An answer is needed here', ru: 'Здесь нужен ответ' },
  notARealDate: { en: 'There is no such date in the calendar', ru: 'Такой даты в календаре нет' },
  tooLongPrompt: { en: 'Too long: {length} characters, at most {max}', ru: 'Слишком длинно: символов {length}, а можно не больше {max}' },
  cyrillicWarning: {
    en: '{flag} has Russian letters, and it goes into the English message as typed. Amazon reads English: write it in English (a translator is fine).',
    ru: 'в {flag} есть русские буквы, а в английское сообщение текст попадёт как есть. В Amazon читают по-английски: напишите его по-английски (можно через переводчик).',
  },
  cyrillicRetype: {
    en: 'This answer has Russian letters, but it goes into the English message as typed. Type it again in English (a translator is fine), or press Enter to keep it.',
    ru: 'В ответе есть русские буквы, а в английское сообщение он попадёт как есть. Напишите его по-английски (можно через переводчик) или нажмите Enter, чтобы оставить так.',
  },

  // refund-check
  refundDescription: {
    en: 'The price dropped after I ordered: what I can do myself, and whether asking Amazon for the difference has a chance.',
    ru: 'Цена снизилась после заказа: что можно сделать самому и есть ли смысл просить Amazon вернуть разницу.',
  },
  optPaid: { en: 'date you paid: YYYY-MM-DD or DD.MM.YYYY', ru: 'дата оплаты: ДД.ММ.ГГГГ или ГГГГ-ММ-ДД' },
  optSeller: { en: 'who sells the listing: amazon or third-party (alias other)', ru: 'кто продаёт товар: amazon или third-party (или other)' },
  optShipped: { en: 'has the package left the warehouse: yes or no (also y, n, да, нет)', ru: 'отправлена ли посылка со склада: yes или no (также y, n, да, нет)' },
  optToday: { en: 'count days up to this date instead of today', ru: 'считать дни до этой даты вместо сегодняшней' },
  optJson: { en: 'print one JSON object instead of text', ru: 'вывести один объект JSON вместо текста' },
  optOrder: { en: 'order number: it goes into the drafted message', ru: 'номер заказа: он попадёт в сообщение' },
  optPricePaid: { en: 'what you paid for the item, in US dollars (49.99)', ru: 'сколько вы заплатили за товар, в долларах США (49.99)' },
  optPriceNow: { en: 'what the item costs now, in US dollars (39.99)', ru: 'сколько товар стоит сейчас, в долларах США (39.99)' },
  selfServiceHeading: { en: 'What you can do yourself first', ru: 'Что можно сделать самому' },
  lastDayToAsk: { en: 'Last day to ask: {date} ({iso}), {left}', ru: 'Последний день для обращения: {date} ({left})' },
  lastDayToday: { en: 'today is the last day', ru: 'сегодня последний день' },
  whatNext: { en: 'What to do next', ru: 'Что делать дальше' },
  howToCheck: { en: 'how to check', ru: 'как проверить' },
  pasteMessage: { en: 'Message to paste (English)', ru: 'Сообщение на английском (скопируйте его целиком)' },

  // atoz-check
  atozDescription: {
    en: 'Can I file an A-to-z Guarantee claim against a third-party seller? Checks the waiting time and the 90-day limit.',
    ru: 'Можно ли подать претензию по гарантии A-to-z на стороннего продавца? Проверяет срок ожидания и предел в 90 дней.',
  },
  optProblem: { en: 'what happened: {values}', ru: 'что случилось: {values}' },
  optExpected: {
    en: 'the latest estimated delivery date in the order: YYYY-MM-DD or DD.MM.YYYY',
    ru: 'последняя ожидаемая дата доставки из заказа: ГГГГ-ММ-ДД или ДД.ММ.ГГГГ',
  },
  optContacted: {
    en: 'the day you wrote to the seller (leave out if you have not written yet)',
    ru: 'день, когда вы написали продавцу (не указывайте, если ещё не писали)',
  },
  contactedAfterToday: {
    en: 'the seller contact date {contacted} is after today ({today})',
    ru: 'дата обращения к продавцу {contacted} позже сегодняшней ({today})',
  },
  contactedAfterTodayHint: { en: 'check the date you wrote to the seller, or pass --today', ru: 'проверьте дату обращения к продавцу или укажите --today' },
  canFileFrom: { en: 'You can file from: {date}', ru: 'Подать претензию можно с {date}' },
  canFileFromToday: { en: 'You can file from: {date} (that is, now)', ru: 'Подать претензию можно с {date}, то есть уже сейчас' },
  lastDayToFile: { en: 'Last day to file: {date} ({iso}), {left}', ru: 'Последний день для претензии: {date} ({left})' },
  lastDayPassed: { en: 'Last day to file was {date} ({iso})', ru: 'Последний день для претензии был {date}' },
  notCoveredHeading: { en: 'The A-to-z Guarantee does not cover', ru: 'Гарантия A-to-z не распространяется на' },
  sellerMessage: { en: 'Message to the seller (English)', ru: 'Сообщение продавцу (на английском)' },
  claimMessage: { en: 'Text for the claim (English)', ru: 'Текст претензии (на английском)' },

  // wizard
  wizardDescription: {
    en: 'Step-by-step help: what went wrong, where to click, how to contact Amazon, and the English message (the default on a terminal)',
    ru: 'Пошаговый мастер: расспросит, что случилось, подскажет, куда нажимать и как связаться с Amazon, и составит сообщение на английском (в терминале запускается по умолчанию)',
  },
  optCopy: { en: 'also copy the drafted message to the clipboard', ru: 'также скопировать сообщение в буфер обмена' },
  optOut: { en: 'also write the drafted message to FILE', ru: 'также записать сообщение в файл FILE' },
  optFull: { en: 'show everything: every step, reason, contact, note and tip', ru: 'показать всё: каждый шаг, доводы, контакты, заметки и советы' },
  wizardNeedsTerminal: {
    en: 'the wizard asks questions, but input is not a terminal',
    ru: 'мастер задаёт вопросы, но ввод идёт не из терминала',
  },
  wizardNeedsTerminalHint: {
    en: 'use "amz-help draft <topic> --channel <id> ..." to draft a message from flags; "amz-help topics" lists the topics',
    ru: 'чтобы составить сообщение без вопросов, укажите ответы флагами: «amz-help draft <тема> --channel <способ связи> …»; список тем покажет «amz-help topics»',
  },
  welcome: {
    en: 'amz-help asks a few questions, then shows where to click on amazon.com and how to contact support, and drafts an English message.',
    ru: 'amz-help задаст несколько вопросов, а затем подскажет, куда нажимать на amazon.com и как связаться с поддержкой, и составит сообщение на английском.',
  },
  chooseAtLeastOne: { en: 'Choose at least one problem (Space to tick)', ru: 'Выберите хотя бы одну проблему (пробел — отметить)' },
  topicsBackHint: { en: 'Space ticks a problem, Enter goes on; Enter with nothing ticked goes back.', ru: 'Пробел отмечает проблему, Enter — дальше; Enter без отметок — назад.' },
  anywayPrompt: {
    en: 'Not all conditions hold. Draft a request for the difference anyway?',
    ru: 'Не все условия выполнены. Всё равно составить просьбу вернуть разницу?',
  },
  anywayYes: { en: 'Yes, draft it anyway', ru: 'Да, всё равно составить' },
  anywayNo: { en: 'No, just show the result of the check', ru: 'Нет, только показать итог проверки' },
  reviewPrompt: { en: 'Check your answers. Choose one to change it, or show the result:', ru: 'Проверьте ответы. Выберите ответ, чтобы изменить его, или покажите результат:' },
  reviewDone: { en: '✔ All correct: show the result', ru: '✔ Всё верно: показать результат' },
  reviewChange: { en: 'Change', ru: 'Изменить' },
  skipped: { en: '(skipped)', ru: '(пропущено)' },
  dateInFuture: { en: 'That date is after today', ru: 'Эта дата позже сегодняшней' },
  resumeHint: {
    en: 'to carry on without answering again, run: {command}',
    ru: 'чтобы не отвечать заново, запустите: {command}',
  },

  // result
  requestHeading: { en: 'Request {n} of {total}: {title}', ru: 'Обращение {n} из {total}: {title}' },
  requestsIntro: { en: 'Requests: {n}, one for each problem.', ru: 'Обращений: {n}, по одному на каждую проблему.' },
  clickPathShared: { en: 'Where to click (for every request)', ru: 'Куда нажимать (для всех обращений)' },
  clickPathMiddle: { en: "(this request's own steps, below)", ru: '(шаги своего обращения, ниже)' },
  clickPathOwn: { en: "This request's own steps", ru: 'Шаги этого обращения' },
  moreDetails: {
    en: 'More: every step, {paths}; addresses and numbers, amz-help contacts; everything, amz-help wizard --full.',
    ru: 'Подробнее: шаги — {paths}; адреса и номера — amz-help contacts; всё — amz-help wizard --full.',
  },
  beforeYouStart: { en: 'Before you start', ru: 'Прежде чем начать' },
  firstStep: { en: 'First', ru: 'Сначала' },
  clickPathHeading: { en: 'Where to click on amazon.com', ru: 'Куда нажимать на amazon.com' },
  renameNote: {
    en: 'Amazon renames buttons from time to time. A label in quotes may read a little differently.',
    ru: 'Amazon время от времени переименовывает кнопки. Надпись в кавычках может выглядеть немного иначе.',
  },
  recommended: { en: 'Best way to contact', ru: 'Лучший способ связи' },
  onlyChannel: { en: 'Way to contact', ru: 'Способ связи' },
  alternatives: { en: 'Other ways to contact', ru: 'Другие способы связи' },
  notAvailable: { en: 'Not available', ru: 'Не подходит' },
  answerTime: { en: 'Answer time', ru: 'Срок ответа' },
  cost: { en: 'Cost', ru: 'Стоимость' },
  contact: { en: 'Contact', ru: 'Контакт' },
  notes: { en: 'Good to know', ru: 'Полезно знать' },
  messageHeading: { en: 'Your message in English: copy all of it, from rule to rule', ru: 'Сообщение на английском: скопируйте его целиком, от черты до черты' },
  messageHeadingN: { en: 'Message {n} in English: copy all of it, from rule to rule', ru: 'Сообщение {n} на английском: скопируйте его целиком, от черты до черты' },
  summaryHeading: { en: 'In Russian:', ru: 'По-русски:' },
  subject: { en: 'Subject', ru: 'Тема' },
  tipsHeading: { en: 'Tips', ru: 'Советы' },
  noDraft: { en: 'No message drafted, as you chose.', ru: 'Сообщение не составлено: вы так решили.' },
  noDraftPrice: {
    en: 'No message drafted: the price now is not lower than what you paid.',
    ru: 'Сообщение не составлено: сейчас цена не ниже той, что вы заплатили.',
  },
  noChannel: { en: 'None of the ways to contact fits this request.', ru: 'Для этого обращения не подходит ни один способ связи.' },
  copied: { en: 'Copied to the clipboard.', ru: 'Скопировано в буфер обмена.' },
  copyOffer: { en: 'Copy the message to the clipboard?', ru: 'Скопировать сообщение в буфер обмена?' },
  copyYes: { en: 'Yes, copy it', ru: 'Да, скопировать' },
  copyNo: { en: 'No', ru: 'Нет' },
  copyWhich: { en: 'Copy to the clipboard:', ru: 'Скопировать в буфер обмена:' },
  copyOne: { en: 'Message {n}: {title}', ru: 'Сообщение {n}: {title}' },
  copyAll: { en: 'All the messages', ru: 'Все сообщения' },
  copyNone: { en: 'Nothing', ru: 'Ничего' },
  noClipboard: {
    en: 'No clipboard here: it needs a graphical session and xsel (sudo apt-get install xsel).',
    ru: 'Буфер обмена недоступен: нужны графический сеанс и xsel (sudo apt-get install xsel).',
  },
  written: { en: 'Written to {file}.', ru: 'Записано в {file}.' },
  copyFailed: { en: 'could not copy to the clipboard: {reason}', ru: 'не удалось скопировать в буфер обмена: {reason}' },
  copyFailedHint: {
    en: 'the message was printed above; on Linux the clipboard needs xsel (apt-get install xsel) and a graphical session (DISPLAY)',
    ru: 'сообщение напечатано выше; в Linux для буфера обмена нужны xsel (apt-get install xsel) и графический сеанс (DISPLAY)',
  },
  writeFailed: { en: 'could not write {file}: {reason}', ru: 'не удалось записать {file}: {reason}' },
  writeFailedHint: { en: 'the message was printed instead; check that the folder exists and is writable', ru: 'сообщение напечатано; проверьте, что папка существует и в неё можно записывать' },

  // draft, topics, path, contacts
  draftDescription: {
    en: 'Draft the English message for a topic from flags: stdout carries only the message',
    ru: 'Составить сообщение на английском по флагам: в стандартный вывод попадает только само сообщение',
  },
  draftTopicDescription: { en: 'Draft a message: {title}', ru: 'Составить сообщение: {title}' },
  optChannel: { en: 'how to contact: {values} (default: the best one)', ru: 'способ связи: {values} (по умолчанию лучший)' },
  optAccount: { en: 'can you sign in: {values}', ru: 'можете ли вы войти: {values}' },
  optTodayDraft: { en: 'count days up to this date instead of today', ru: 'считать дни до этой даты вместо сегодняшней' },
  optTopicsJson: { en: 'print one JSON object: topics, each with id, title, summary', ru: 'вывести один объект JSON: topics, у каждой темы id, title, summary' },
  optPathJson: { en: 'print one JSON object: topic, title, outcomes (id, title, clickPath)', ru: 'вывести один объект JSON: topic, title, outcomes (id, title, clickPath)' },
  optContactsJson: {
    en: 'print one JSON object: channels, each with id, name, answerTime, cost, howTo, details, notes',
    ru: 'вывести один объект JSON: channels, у каждого способа связи id, name, answerTime, cost, howTo, details, notes',
  },
  optDraftJson: { en: 'print one JSON object: topic, channel, subject, body, clickPath, contact', ru: 'вывести один объект JSON: topic, channel, subject, body, clickPath, contact' },
  choicesAre: { en: 'one of: {values}', ru: 'одно из: {values}' },
  optionalFlag: { en: 'optional', ru: 'необязательно' },
  unknownTopic: { en: 'unknown topic "{topic}"', ru: 'неизвестная тема «{topic}»' },
  topicsAre: { en: 'topics: {values}', ru: 'темы: {values}' },
  missingTopic: { en: 'missing the topic', ru: 'не указана тема' },
  missingAnswer: { en: 'missing {flag}, which this path needs', ru: 'не указан {flag}, а в этом случае он нужен' },
  unidentified: {
    en: 'the message must say which item or order it is about: give {flags}',
    ru: 'в сообщении нужно указать, о каком товаре или заказе речь: укажите {flags}',
  },
  unidentifiedHint: {
    en: '--item takes the item in a few English words or its ASIN (like B0C1234567, on the item\'s page); --order takes the order number',
    ru: '--item — товар в паре слов по-английски или его ASIN (вроде B0C1234567, есть на странице товара); --order — номер заказа',
  },
  or: { en: ' or ', ru: ' или ' },
  channelNotOffered: {
    en: '--channel {channel} is not offered for this request',
    ru: '--channel {channel} не подходит для этого обращения',
  },
  channelUnavailable: { en: '--channel {channel}: {reason}', ru: '--channel {channel}: {reason}' },
  notOnPath: {
    en: '{flag} is not asked on this path and was ignored',
    ru: '{flag} в этом случае не нужен, он пропущен',
  },
  notEligible: {
    en: 'asking for the price difference has little chance, so no request was drafted: {failed}',
    ru: 'просить вернуть разницу почти бесполезно, поэтому просьба не составлена: {failed}',
  },
  notEligibleHint: {
    en: 'see "amz-help refund-check" for what you can do yourself; --anyway drafts the request all the same',
    ru: 'что можно сделать самому, покажет «amz-help refund-check»; --anyway составит просьбу всё равно',
  },
  priceNotLowerHint: {
    en: 'check --price-paid and --price-now: a request for the difference needs a lower price now',
    ru: 'проверьте --price-paid и --price-now: просить разницу можно, только если сейчас цена ниже',
  },
  optAnyway: {
    en: 'draft the request even when asking has little chance',
    ru: 'составить просьбу, даже если шансов мало',
  },
  topicsDescription: { en: 'List the topics (problems) amz-help knows', ru: 'Показать темы (проблемы), которые знает amz-help' },
  pathDescription: { en: 'Show where to click on amazon.com for a topic', ru: 'Показать, куда нажимать на amazon.com по теме' },
  contactsDescription: {
    en: 'List every way to contact Amazon: details, answer times and cautions',
    ru: 'Показать все способы связи: контакты, сроки ответа и предостережения',
  },
  ifOutcome: { en: 'When: {title}', ru: 'Если: {title}' },
  badPrice: { en: '{flag} "{value}" is not a price', ru: '{flag} «{value}»: это не цена' },
  priceFormat: {
    en: 'write a price in US dollars, like 49.99 or $1,299.00',
    ru: 'укажите цену в долларах США, например 49.99 или $1,299.00',
  },
  // Where a detail comes from, in one short line (src/cli/source-line.ts).
  sourceIs: { en: 'source: {where}', ru: 'источник: {where}' },
  sourceDoubtful: { en: 'doubtful; source: {where}', ru: 'под сомнением; источник: {where}' },
  sourceAmazon: { en: 'Amazon, {title} — {where}', ru: 'Amazon, {title} — {where}' },
  sourceThirdParty: { en: 'third party, {title} — {where}', ru: 'сторонний сайт, {title} — {where}' },
  sourceMore: { en: ' (+{n} more)', ru: ' (и ещё {n})' },
  sourceArticle: { en: 'the source article only ({facts})', ru: 'только исходная статья ({facts})' },

  // content
  replyDescription: {
    en: "Explain Amazon's reply: what each passage means and what to do next (read from FILE, stdin or --paste)",
    ru: 'Объяснить ответ Amazon: что значит каждая его часть и что делать дальше (из файла FILE, stdin или --paste)',
  },
  contentDescription: { en: 'Check or draw the content (the YAML knowledge base)', ru: 'Проверить или нарисовать содержимое (базу знаний в YAML)' },
  contentCheckDescription: {
    en: 'Validate the built-in content, or the content in DIR',
    ru: 'Проверить встроенное содержимое или содержимое папки DIR',
  },
  contentOk: {
    en: '{dir}: valid: {topics} topics, {questions} questions, {outcomes} outcomes, {paths} paths, {steps} steps, {channels} channels',
    ru: '{dir}: без ошибок: тем {topics}, вопросов {questions}, итогов {outcomes}, путей {paths}, шагов {steps}, способов связи {channels}',
  },
  contentProblems: { en: '{count} problem(s) found', ru: 'найдено ошибок: {count}' },
  glossaryOk: { en: '{file}: valid: {items} items in {categories} categories', ru: '{file}: без ошибок: товаров {items}, категорий {categories}' },
  phrasesOk: { en: '{file}: valid: {phrases} phrases in {groups} groups', ru: '{file}: без ошибок: фраз {phrases}, групп {groups}' },
  contentGraphDescription: {
    en: 'Draw the decision tree as Mermaid or Graphviz dot',
    ru: 'Нарисовать дерево решений в формате Mermaid или Graphviz dot',
  },
  optFormat: { en: 'mermaid or dot', ru: 'mermaid или dot' },

  // hardening (issue 14): files, output streams, the terminal, spoofing characters
  endsInSlash: { en: 'the name ends with "/", so it names a folder, not a file', ru: 'имя оканчивается на «/», то есть это папка, а не файл' },
  isASocket: { en: 'it is a socket, which cannot be written into', ru: 'это сокет, в него нельзя записать' },
  fileNotWritable: { en: 'you may not write this file (permission denied)', ru: 'у вас нет прав на запись в этот файл' },
  noSpace: { en: 'no space left on the device', ru: 'на устройстве не осталось места' },
  stdoutFailed: { en: 'could not write the output: {reason}', ru: 'не удалось вывести результат: {reason}' },
  readerGone: { en: 'the program reading it stopped reading (EPIPE)', ru: 'программа, которая его читала, перестала читать (EPIPE)' },
  notWritable: { en: 'standard output is not open for writing (EBADF)', ru: 'стандартный вывод не открыт для записи (EBADF)' },
  terminalGone: { en: 'the terminal is gone (EIO)', ru: 'терминал закрыт (EIO)' },
  spoofingChars: {
    en: '{flag} contains a character that reverses or breaks the text on screen (U+202A-U+202E, U+2066-U+2069, U+2028, U+2029)',
    ru: '{flag} содержит символ, который переворачивает или разрывает текст на экране (U+202A-U+202E, U+2066-U+2069, U+2028, U+2029)',
  },
  spoofingCharsHint: { en: 'retype the text instead of pasting it', ru: 'наберите текст заново, а не вставляйте его' },
  spoofingCharsPrompt: {
    en: 'The text holds an invisible character that reverses or breaks it on screen: retype it instead of pasting',
    ru: 'В тексте есть невидимый символ, который переворачивает или разрывает его на экране: наберите текст заново, а не вставляйте',
  },
  dateAfterToday: { en: '{flag} {date} is after today ({today}): the date cannot be in the future', ru: '{flag} {date} позже сегодняшнего дня ({today}): дата не может быть в будущем' },
  dateAfterTodayHint: { en: 'check the date', ru: 'проверьте дату' },
  wizardNeedsCursor: {
    en: 'the wizard redraws its questions, but this terminal (TERM=dumb) cannot move the cursor',
    ru: 'мастер перерисовывает вопросы, а этот терминал (TERM=dumb) не умеет двигать курсор',
  },
  badDateYear: { en: '{flag} "{value}": the year must be between {first} and {last}', ru: '{flag} «{value}»: год должен быть от {first} до {last}' },
  dateYearPrompt: { en: 'The year must be between {first} and {last}', ru: 'Год должен быть от {first} до {last}' },
  pasteJoined: { en: 'The pasted lines were joined into one answer.', ru: 'Вставленные строки объединены в один ответ.' },
  nameTooLong: { en: 'the file name is too long', ru: 'слишком длинное имя файла' },

  // phrases, and the item named from the glossary (draft --item, the wizard)
  phrasesDescription: {
    en: 'English lines for a live support chat, each with its Russian meaning; WORDS (Russian or English, any form) find the lines that hold them',
    ru: 'Готовые фразы на английском для чата с поддержкой, с переводом; слова (русские или английские, в любой форме) находят фразы, где они есть',
  },
  phrasesWords: { en: 'words to look for (none: every line, by group)', ru: 'слова для поиска (без них — все фразы по группам)' },
  optPhrasesJson: { en: 'print one JSON object: query, phrases [{group, en, ru}]', ru: 'вывести один объект JSON: query, phrases [{group, en, ru}]' },
  noPhraseMatch: { en: 'no phrase holds "{query}"', ru: 'нет фраз со словами «{query}»' },
  phraseGroups: { en: 'The phrases are in these groups:', ru: 'Фразы разбиты на группы:' },
  chatPhrasesHeading: { en: 'In the chat, lines you may need', ru: 'Фразы, которые могут пригодиться в чате' },
  chatPhrasesMore: {
    en: 'More: amz-help phrases WORDS (in Russian or English), for example: amz-help phrases переписку',
    ru: 'Другие фразы: amz-help phrases СЛОВА (по-русски или по-английски), например: amz-help phrases переписку',
  },
  phrasesHint: {
    en: 'try another word, in Russian or English, or run "amz-help phrases" to see every line',
    ru: 'попробуйте другое слово, по-русски или по-английски, или запустите «amz-help phrases», чтобы увидеть все фразы',
  },
  unknownItem: {
    en: '--item "{value}": the glossary has no such item, and Russian words cannot go into an English message',
    ru: '--item «{value}»: такого товара нет в словаре, а русские слова нельзя вставить в английское сообщение',
  },
  itemClosest: { en: 'closest: {values}; or give the item in English words', ru: 'похожие: {values}; или укажите товар английскими словами' },
  itemInEnglish: {
    en: 'give the item in English words, for example --item "a phone case"',
    ru: 'укажите товар английскими словами, например --item "a phone case"',
  },
  itemOwnEnglish: { en: 'None of these: type my own English words', ru: 'Ничего не подходит: ввести свои слова по-английски' },
  itemSkip: { en: 'Skip this question', ru: 'Пропустить этот вопрос' },
  itemOwnPrompt: { en: 'The item, in English words:', ru: 'Товар английскими словами:' },
  itemNeedsEnglish: {
    en: 'Please use English letters: this goes into the English message',
    ru: 'Используйте английские буквы: это попадёт в английское сообщение',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof M;

/** Every key, for checks over all the interface texts (the Russian spell check). */
export const MESSAGE_KEYS = Object.keys(M) as MessageKey[];

export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return fillNames(M[key][lang], vars);
}

/** An interface text with each {name} replaced by its value; unknown names stay as written. */
export function fillNames(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** "2 days left" / «осталось 2 дня», with the number agreeing. */
export function daysLeft(lang: Lang, n: number): string {
  if (lang === 'ru') return `${pluralRu(n, 'остался', 'осталось', 'осталось')} ${n} ${pluralRu(n, 'день', 'дня', 'дней')}`;
  return `${n} ${n === 1 ? 'day' : 'days'} left`;
}
