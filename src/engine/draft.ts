// Rendering what the user sees: click paths with Amazon's labels quoted exactly, and the drafted
// English message with its Russian twin, sentence by sentence. Pure: content and answers in, text out.
import type { Channel, ChannelId, Content, Lang, Outcome, Question, Step, Text, Topic } from '../content/schema.js';
import { longDate, parseDate } from './dates.js';
import { renderTemplate, tidy } from './template.js';
import { questionById, type Answers } from './walk.js';

/** A message in English, as it is sent, and its Russian twin, which the user reads. */
export interface Draft {
  topic: Topic['id'];
  outcome: string;
  channel: ChannelId;
  /** Email only. */
  subject?: string;
  body: string;
  /** The Russian twin: the same sentences, in the same order. */
  summary: { subject?: string; body: string };
}

/**
 * How an answer reads inside a message in `lang`: a choice as its phrase (or its label), a date
 * as a long date, typed text and numbers as typed.
 */
export function answerText(question: Question, raw: string, lang: Lang): string {
  if (question.kind === 'choice') {
    const option = question.options.find((o) => o.id === raw);
    if (!option) return raw;
    return (option.phrase ?? option.label)[lang];
  }
  if (question.kind === 'date') {
    const parsed = parseDate(raw);
    return parsed.ok ? longDate(parsed.date, lang) : raw;
  }
  return raw;
}

/** What an answer inserts in each language when that is not the answer itself: a glossary item. */
export type Names = Readonly<Record<string, Text>>;

function lookupFor(topic: Topic, answers: Answers, lang: Lang, names: Names) {
  return (name: string): string | undefined => {
    const dot = name.indexOf('.');
    if (dot > 0) return extraText(topic, answers, name.slice(0, dot), name.slice(dot + 1), lang);
    const raw = answers[name];
    const question = questionById(topic, name);
    if (raw === undefined || raw === null || raw === '' || !question) return undefined;
    return names[name]?.[lang] ?? answerText(question, raw, lang);
  };
}

/** {{question.name}}: the extra sentence `name` of the option chosen for `question`, if it has one. */
function extraText(topic: Topic, answers: Answers, question: string, name: string, lang: Lang): string | undefined {
  const q = questionById(topic, question);
  const raw = answers[question];
  if (q?.kind !== 'choice' || !raw) return undefined;
  return q.options.find((o) => o.id === raw)?.extra?.[name]?.[lang];
}

/** The message of `outcome` for `channel` in English, with its Russian twin. */
export function renderDraft(topic: Topic, outcome: Outcome, channel: ChannelId, answers: Answers, names: Names = {}): Draft {
  const template = outcome.templates[channel];
  if (!template || !outcome.channels.includes(channel)) {
    throw new Error(`outcome ${topic.id}/${outcome.id} has no ${channel} message`);
  }
  const en = lookupFor(topic, answers, 'en', names);
  const ru = lookupFor(topic, answers, 'ru', names);
  const draft: Draft = {
    topic: topic.id,
    outcome: outcome.id,
    channel,
    body: tidy(renderTemplate(template.en, en)),
    summary: { body: tidy(renderTemplate(template.ru, ru)) },
  };
  if ('subject' in template) {
    draft.subject = tidy(renderTemplate(template.subject.en, en));
    draft.summary = { subject: tidy(renderTemplate(template.subject.ru, ru)), body: draft.summary.body };
  }
  return draft;
}

/** How each language quotes a label: "Help" in English, «Help» in Russian. */
const QUOTES: Record<Lang, [string, string]> = { en: ['"', '"'], ru: ['«', '»'] };

/** A detail as it is shown: a label quoted the way the language quotes, exactly as Amazon writes it; a page described. */
export function detailText(content: Content, id: string, lang: Lang): string | undefined {
  const detail = content.amazon.find((d) => d.id === id);
  if (!detail) return undefined;
  if (detail.kind === 'label') return `${QUOTES[lang][0]}${detail.value}${QUOTES[lang][1]}`;
  return detail.shown?.[lang] ?? detail.value;
}

/** Text that quotes Amazon's details as {{label:ID}} (a step, a price-drop route), with the details filled in. */
export function renderLabels(content: Content, text: string, lang: Lang): string {
  return tidy(renderTemplate(text, (name) => (name.startsWith('label:') ? detailText(content, name.slice(6), lang) : undefined)));
}

export function renderStep(content: Content, step: Step, lang: Lang): string {
  return renderLabels(content, step.text[lang], lang);
}

export function stepsFor(content: Content, ids: readonly string[]): Step[] {
  return ids.map((id) => {
    const step = content.steps.find((s) => s.id === id);
    if (!step) throw new Error(`no step "${id}"`);
    return step;
  });
}

/** The numbered click path of an outcome, in the interface language. */
export function clickPathFor(content: Content, outcome: Outcome, lang: Lang): string[] {
  return stepsFor(content, outcome.clickPath).map((step) => renderStep(content, step, lang));
}

/** The click path and then the channel's own last step: how to open the chat, the e-mail form... */
export function clickPathWithChannel(content: Content, outcome: Outcome, channel: Channel | undefined, lang: Lang): string[] {
  const steps = clickPathFor(content, outcome, lang);
  return channel ? [...steps, channel.howTo[lang]] : steps;
}
