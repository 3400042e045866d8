// Asking one content question at a prompt. @inquirer/prompts is imported here, and only when a
// prompt is really shown. Back is a choice in lists and "<" in text fields.
import type { Lang, Question } from '../content/schema.js';
import type { ItemIndex } from '../engine/items.js';
import { checkFreeText, DIGITAL_ORDER_EXAMPLE, formatPrice, hasCyrillic, isEmailAddress, ORDER_EXAMPLE, parseOrderNumber, parsePrice } from '../engine/answers.js';
import { FIRST_YEAR, isoDate, LAST_YEAR, parseDate } from '../engine/dates.js';
import type { Output } from './context.js';
import { t } from './messages.js';
import { promptAbortSignal } from './signals.js';
import { isTerminal } from './terminal.js';
import { printable } from './style.js';
import { fitQuestion, hang, terminalWidth } from './wrap.js';

// Start-up code takes built-ins with process.getBuiltinModule, not import (see src/cli/terminal.ts).
const { styleText, stripVTControlCharacters } = process.getBuiltinModule('node:util');

export const BACK = Symbol('back');
export type Asked = string | null | typeof BACK;

export interface AskOptions {
  lang: Lang;
  output: Output;
  /** The earlier answer, kept as the default when the user comes back. */
  previous?: string | null;
  allowBack?: boolean;
  /** Called with a warning to show, e.g. Cyrillic in a text that goes into an English message. */
  warn?: (message: string) => void;
  /** Styles the help line above a prompt. */
  dim?: (text: string) => string;
  /** Dates after this ISO day are refused (a payment cannot be in the future). */
  today?: string;
  /** The glossary, for a question that names the item: asked with a search prompt. */
  items?: ItemIndex;
}

const BACK_WORDS = ['<', 'back', 'назад'];

/** How every prompt is shown: on `output`, ended by a signal or a hang-up while the wizard asks. */
export function promptContext(output: Output): { output: NodeJS.WritableStream; clearPromptOnDone: boolean; signal?: AbortSignal } {
  const signal = promptAbortSignal();
  return { output: output as NodeJS.WritableStream, clearPromptOnDone: false, ...(signal ? { signal } : {}) };
}

/** What is typed at the text prompt now showing and not yet submitted: kept for the resume line. */
let typing: { question: string; text: string } | undefined;
export function unsubmittedAnswer(): { question: string; text: string } | undefined {
  return typing;
}

/**
 * A paste of several lines arrives in one read, each line ended by Enter: readline would submit the
 * first line and type the rest into the next questions. Such a chunk has its line breaks turned
 * into spaces, in place, before readline sees it (CR and LF never occur inside a UTF-8 character),
 * so the lines become one answer, which the user sees and submits with Enter.
 */
function joinPastedLines(chunk: unknown, joined: { yes: boolean }): void {
  if (!Buffer.isBuffer(chunk)) return;
  const first = chunk.findIndex((b) => b === 0x0a || b === 0x0d);
  if (first < 0 || chunk.subarray(first).every((b) => b === 0x0a || b === 0x0d)) return;
  for (let i = 0; i < chunk.length; i++) if (chunk[i] === 0x0a || chunk[i] === 0x0d) chunk[i] = 0x20;
  joined.yes = true;
}

export const KEY_WORDS_RU: Record<string, string> = {
  navigate: 'перемещение',
  select: 'выбрать',
  submit: 'готово',
  all: 'все',
  invert: 'обратить',
};

/**
 * How the prompts look: the keys' help under a list ("↑↓ navigate • ⏎ select") in the interface
 * language, and the question bold. Once a
 * question is answered, its answer goes on a line of its own, under it, when the question took
 * more than one line (fitQuestion) or most of one: after it the answer could run past the edge,
 * where the prompts would break it inside a word.
 */
export function promptTheme(lang: Lang, stream: Output) {
  const width = terminalWidth(stream);
  return {
    style: {
      message: (text: string, status: string): string => {
        const last = stripVTControlCharacters(text.split('\n').at(-1) ?? '');
        const below = status === 'done' && width !== undefined && (text.includes('\n') || [...last].length + 2 > width * 0.6);
        return `${styleText('bold', text)}${below ? '\n ' : ''}`;
      },
      keysHelpTip: (keys: [string, string][]) =>
        keys
          .map(([key, action]) => (lang === 'ru' ? `${key === 'space' ? 'пробел' : key} ${KEY_WORDS_RU[action] ?? action}` : `${key} ${action}`))
          .join(' • '),
    },
  };
}

function isRequired(q: Question): boolean {
  return q.kind === 'choice' || q.required;
}

/**
 * Asks `q`. Text with Russian letters goes into the English message as typed, so the user is told
 * at once and asked again, the text kept as the default: Enter keeps it, anything else replaces it.
 */
export async function askQuestion(q: Question, opts: AskOptions): Promise<Asked> {
  let answer = await askOnce(q, opts);
  while (q.kind === 'text' && typeof answer === 'string' && hasCyrillic(answer)) {
    opts.warn?.(t(opts.lang, 'cyrillicRetype'));
    const again = await askOnce(q, { ...opts, previous: answer });
    if (again === answer || typeof again !== 'string') return again;
    answer = again;
  }
  return answer;
}

async function askOnce(q: Question, opts: AskOptions): Promise<Asked> {
  const { lang } = opts;
  const prompts = await import('./prompts.js');
  const context = promptContext(opts.output);
  const message = printable(q.prompt[lang]);
  // Help goes above the prompt, dimmed, so the answer line stays short; broken at words.
  if (q.help) {
    const help = hang('', printable(q.help[lang]), terminalWidth(opts.output));
    opts.output.write(`${opts.dim ? opts.dim(help) : help}\n`);
  }
  if (q.kind === 'choice') {
    const choices: { name: string; value: string | typeof BACK; description?: string }[] = q.options.map((o) => ({
      name: printable(o.label[lang]),
      value: o.id,
    }));
    if (opts.allowBack) choices.push({ name: t(lang, 'back'), value: BACK });
    const answer = await prompts.select<string | typeof BACK>(
      {
        message: fitQuestion(message, opts.output),
        choices,
        default: opts.previous ?? undefined,
        theme: promptTheme(lang, opts.output),
      },
      context,
    );
    return answer;
  }
  if (q.kind === 'text' && opts.items) return askItem(q, opts.items, opts, prompts, context);
  const required = isRequired(q);
  const hints: string[] = [];
  if (q.kind === 'date') hints.push(t(lang, 'dateShort'));
  if (q.kind === 'order-number') hints.push(ORDER_EXAMPLE);
  if (q.kind === 'price') hints.push('49.99');
  if (!required) hints.push(t(lang, 'optionalHint'));
  if (opts.allowBack) hints.push(t(lang, 'backHint'));
  const pasted = { yes: false };
  const onData = (chunk: unknown): void => joinPastedLines(chunk, pasted);
  // Only on a real terminal (the prompts read process.stdin); first in line, before readline's listener.
  const stdin = isTerminal(0) ? process.stdin : undefined;
  stdin?.prependListener('data', onData);
  typing = undefined;
  const raw = await prompts.input(
    {
      message: fitQuestion(hints.length ? `${message} (${hints.join('; ')})` : message, opts.output),
      theme: promptTheme(lang, opts.output),
      default: opts.previous ?? undefined,
      transformer: (value: string) => {
        // Not once the prompt is being ended: a closing terminal empties readline's line first.
        if (!promptAbortSignal()?.aborted) typing = { question: q.id, text: value };
        return value;
      },
      validate: (value: string) => {
        const text = value.trim();
        if (opts.allowBack && BACK_WORDS.includes(text.toLowerCase())) return true;
        if (text === '') return required ? t(lang, 'answerRequired') : true;
        if (q.kind === 'date') {
          const parsed = parseDate(text);
          if (!parsed.ok) {
            if (parsed.reason === 'range') return t(lang, 'dateYearPrompt', { first: FIRST_YEAR, last: LAST_YEAR });
            return t(lang, parsed.reason === 'format' ? 'dateFormats' : 'notARealDate');
          }
          return opts.today && isoDate(parsed.date) > opts.today ? t(lang, 'dateInFuture') : true;
        }
        if (q.kind === 'order-number') return parseOrderNumber(text) ? true : t(lang, 'orderFormat', { example: ORDER_EXAMPLE, digital: DIGITAL_ORDER_EXAMPLE });
        if (q.kind === 'price') return parsePrice(text) !== undefined ? true : t(lang, 'priceFormat');
        const checked = checkFreeText(text, q.maxLength);
        if (checked.ok) return q.format === 'email' && !isEmailAddress(text) ? t(lang, 'emailFormat') : true;
        if (checked.problem === 'control') return t(lang, 'controlCharsHint');
        if (checked.problem === 'spoofing') return t(lang, 'spoofingCharsPrompt');
        return t(lang, 'tooLongPrompt', { length: checked.length, max: q.maxLength });
      },
    },
    context,
  ).finally(() => stdin?.off('data', onData));
  typing = undefined;
  const text = pasted.yes ? raw.trim().replace(/ {2,}/g, ' ') : raw.trim();
  if (pasted.yes) opts.warn?.(t(lang, 'pasteJoined'));
  if (opts.allowBack && BACK_WORDS.includes(text.toLowerCase())) return BACK;
  if (text === '') return null;
  if (q.kind === 'date') {
    const parsed = parseDate(text);
    return parsed.ok ? isoDate(parsed.date) : null;
  }
  if (q.kind === 'order-number') return parseOrderNumber(text) ?? null;
  if (q.kind === 'price') {
    const cents = parsePrice(text);
    return cents === undefined ? null : formatPrice(cents);
  }
  return text;
}

const OWN = 'own';
const SKIP = 'skip';
const PICK = 'pick:';
type ItemChoice = { name: string; value: string | typeof BACK; short?: string; disabled?: string };

/**
 * The item, searched in the glossary as the user types (Russian or English words, any form). A
 * choice stores the English phrase; "type my own English words" is the way out to free text.
 */
async function askItem(
  q: Extract<Question, { kind: 'text' }>,
  index: ItemIndex,
  opts: AskOptions,
  prompts: typeof import('./prompts.js'),
  context: ReturnType<typeof promptContext>,
): Promise<Asked> {
  const { lang } = opts;
  const { searchItems, resolveItem } = await import('../engine/items.js');
  const label = (en: string, ru: string): string => printable(lang === 'ru' ? `${ru} — ${en}` : `${en} (${ru})`);
  const named = (text: string): ItemChoice => {
    const found = resolveItem(index, text);
    return found.kind === 'entry'
      ? { name: label(found.entry.en, found.entry.ru), value: `${PICK}${text}`, short: label(found.entry.en, found.entry.ru) }
      : { name: printable(`"${text}"`), value: `${PICK}${text}`, short: printable(text) };
  };
  const required = isRequired(q);
  const ways: ItemChoice[] = [
    ...(required ? [] : [{ name: t(lang, 'itemSkip'), value: SKIP }]),
    { name: t(lang, 'itemOwnEnglish'), value: OWN },
    ...(opts.allowBack ? [{ name: t(lang, 'back'), value: BACK as typeof BACK }] : []),
  ];
  const source = (term: string | undefined): ItemChoice[] => {
    const typed = (term ?? '').trim();
    if (typed === '') {
      if (opts.previous) return [named(opts.previous), ...ways];
      // Required (an item or an order must name the request): Enter on nothing selects nothing.
      return required ? [{ name: '', value: SKIP, disabled: t(lang, 'answerRequired') }] : ways;
    }
    if (opts.allowBack && BACK_WORDS.includes(typed.toLowerCase())) return [ways.at(-1)!, ...ways.slice(0, -1)];
    const entries = searchItems(index, typed, 8).map((e) => ({ name: label(e.en, e.ru), value: `${PICK}${e.en}`, short: label(e.en, e.ru) }));
    // English words the glossary does not hold exactly can go in as typed.
    const asTyped = !hasCyrillic(typed) && checkFreeText(typed, q.maxLength).ok && resolveItem(index, typed).kind === 'english' ? [named(typed)] : [];
    return [...asTyped, ...entries, ...ways];
  };
  for (;;) {
    const picked = await prompts.search<string | typeof BACK>(
      { message: fitQuestion(printable(q.prompt[lang]), opts.output), source, pageSize: 10, theme: promptTheme(lang, opts.output) },
      context,
    );
    if (picked === BACK) return BACK;
    if (picked === SKIP) return null;
    if (picked.startsWith(PICK)) return picked.slice(PICK.length);
    const own = await prompts.input(
      {
        message: fitQuestion(`${t(lang, 'itemOwnPrompt')} (${[...(required ? [] : [t(lang, 'optionalHint')]), t(lang, 'backHint')].join('; ')})`, opts.output),
        theme: promptTheme(lang, opts.output),
        validate: (value: string) => {
          const text = value.trim();
          if (BACK_WORDS.includes(text.toLowerCase())) return true;
          if (text === '') return required ? t(lang, 'answerRequired') : true;
          if (hasCyrillic(text)) return t(lang, 'itemNeedsEnglish');
          const checked = checkFreeText(text, q.maxLength);
          if (checked.ok) return true;
          if (checked.problem === 'control') return t(lang, 'controlCharsHint');
          if (checked.problem === 'spoofing') return t(lang, 'spoofingCharsPrompt');
          return t(lang, 'tooLongPrompt', { length: checked.length, max: q.maxLength });
        },
      },
      context,
    );
    const text = own.trim();
    if (BACK_WORDS.includes(text.toLowerCase())) continue; // Back to the search.
    return text === '' ? null : text;
  }
}
