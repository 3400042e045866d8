// The whole decision tree, walked with the engine's own walk: every path of every topic, every
// channel its outcome offers, both interface languages, rendered (click path and drafted message
// with sample answers, optional answers given and skipped) and compared with the snapshots under
// tests/snapshots/tree/. Those files are committed and reviewed like code: a change in content/ or
// in the engine shows up there as a readable diff. Run `npx vitest run tests/tree-walk.test.ts -u`
// to accept an intended change, then read the diff before committing it.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../src/validate/loader.js';
import { TOPIC_IDS } from '../src/content/ids.js';
import type { Content, Evidence, Lang, Topic } from '../src/content/schema.js';
import { clickPathFor, renderStep, stepsFor } from '../src/engine/draft.js';
import { placeholdersOf, parseTemplate } from '../src/engine/template.js';
import { questionById, walkTopic } from '../src/engine/walk.js';
import { CONTENT } from './helpers/content.js';
import { allDraftCases, answersFor, caseName, isOptional, LANGS, outcomeOf, SAMPLE, type DraftCase } from './helpers/walk.js';

let content: Content;
let cases: DraftCase[];
beforeAll(() => {
  content = loadContent(CONTENT).content;
  cases = allDraftCases(content);
});

// Every topic of the content model: the six of the source article and those of issue 10.
const TOPICS: readonly string[] = TOPIC_IDS;

function indent(text: string, by = '    '): string {
  return text
    .split('\n')
    .map((l) => (l ? by + l : ''))
    .join('\n');
}

/** One topic in one interface language, as reviewable text. */
function renderTopic(topic: Topic, lang: Lang): string {
  const { paths } = walkTopic(topic);
  const out: string[] = [
    `# ${topic.id} — ${topic.title[lang]}`,
    '',
    `Interface language: ${lang}. Written by tests/tree-walk.test.ts from content/: review changes like code.`,
    `Sample answers: order ${SAMPLE.order}, item "${SAMPLE.item}", details "${SAMPLE.details}", date ${SAMPLE.date}, account e-mail ${SAMPLE.email}.`,
    `Every path is shown with the optional answers given, then skipped.`,
  ];
  if (lang === 'ru') out.push('The English messages are in the .en.md file; here each shows its Russian twin, sentence by sentence.');
  for (const outcome of topic.outcomes) {
    out.push('', `## Outcome ${outcome.id} — ${outcome.title[lang]}`, '', `Channels: ${outcome.channels.join(', ')}`, '', 'Click path:');
    clickPathFor(content, outcome, lang).forEach((step, i) => out.push(`  ${i + 1}. ${step}`));
    paths.forEach((path, i) => {
      if (path.outcome !== outcome.id) return;
      out.push('', `### Path ${i + 1} of ${paths.length}`, '');
      for (const step of path.steps) {
        const q = questionById(topic, step.question)!;
        if (q.kind === 'choice') {
          const option = q.options.find((o) => o.id === step.answer)!;
          out.push(`- ${q.id} = ${option.id} (${option.label[lang]})`);
        } else {
          const sample = answersFor(topic, path, 'given')[q.id];
          out.push(`- ${q.id} = ${sample}${isOptional(q) ? ' (optional)' : ''}`);
        }
      }
      for (const c of cases) {
        if (c.topic !== topic || c.pathNumber !== i + 1) continue;
        const { subject, body } = lang === 'en' ? c.draft : c.draft.summary;
        out.push('', `#### ${c.channel}, optional answers ${c.variant}`, '');
        if (subject !== undefined) out.push(`    ${lang === 'en' ? 'Subject' : 'Тема'}: ${subject}`, '');
        out.push(indent(body));
      }
    });
  }
  return `${out.join('\n')}\n`;
}

describe('the walk covers the whole tree', () => {
  it('has every topic of the content model (the six of the article and those of issue 10)', () => {
    expect(content.topics.map((t) => t.id).sort()).toEqual([...TOPICS].sort());
  });

  it.each(TOPICS)('%s: no walk problems, and every question, option and outcome is reached', (id) => {
    const topic = content.topics.find((t) => t.id === id)!;
    const { paths, problems } = walkTopic(topic);
    expect(problems).toEqual([]);
    expect(paths.length).toBeGreaterThan(0);
    const askedQuestions = new Set(paths.flatMap((p) => p.steps.map((s) => s.question)));
    const unreachedQuestions = topic.questions.map((q) => q.id).filter((q) => !askedQuestions.has(q));
    expect(unreachedQuestions, `questions of ${id} that no path asks`).toEqual([]);
    const reachedOutcomes = new Set(paths.map((p) => p.outcome));
    const unreachedOutcomes = topic.outcomes.map((o) => o.id).filter((o) => !reachedOutcomes.has(o));
    expect(unreachedOutcomes, `outcomes of ${id} that no path reaches`).toEqual([]);
    const taken = new Set(paths.flatMap((p) => p.steps.map((s) => `${s.question}=${s.answer}`)));
    const untaken = topic.questions.flatMap((q) => (q.kind === 'choice' ? q.options.map((o) => `${q.id}=${o.id}`) : [])).filter((k) => !taken.has(k));
    expect(untaken, `options of ${id} that no path takes`).toEqual([]);
  });

  it('every topic is reachable from the first wizard question', () => {
    const reachable = new Set<string>();
    for (const option of content.flow.account.options) {
      if (option.next === 'topics') {
        // The checkbox offers every topic that no account answer leads to directly.
        for (const t of content.topics) if (!content.flow.account.options.some((o) => o.next === `topic:${t.id}`)) reachable.add(t.id);
      } else reachable.add(option.next.slice('topic:'.length));
    }
    expect([...reachable].sort()).toEqual([...TOPICS].sort());
  });

  it('renders a message for every path × offered channel × variant (and only offered channels have templates)', () => {
    for (const topic of content.topics) {
      for (const outcome of topic.outcomes) {
        expect(Object.keys(outcome.templates).sort(), `${topic.id}/${outcome.id}`).toEqual([...outcome.channels].sort());
      }
      const { paths } = walkTopic(topic);
      const expected = paths.reduce((n, p) => n + outcomeOf(topic, p.outcome).channels.length * 2, 0);
      expect(cases.filter((c) => c.topic === topic)).toHaveLength(expected);
    }
    expect(cases.length).toBeGreaterThan(200);
  });

  it('every message has a Russian twin, with a subject exactly when the message has one', () => {
    for (const c of cases) {
      expect(c.draft.summary.body, caseName(c)).toMatch(/[а-яё]/i);
      expect(c.draft.summary.subject === undefined, caseName(c)).toBe(c.draft.subject === undefined);
      if (c.draft.summary.subject !== undefined) expect(c.draft.summary.subject, caseName(c)).toMatch(/[а-яё]/i);
    }
  });

  it('a given answer is in the message exactly as typed; a skipped one leaves no trace', () => {
    for (const c of cases) {
      const template = c.outcome.templates[c.channel]!;
      const used = placeholdersOf(parseTemplate(`${template.en}\n${'subject' in template ? template.subject.en : ''}`));
      const message = `${c.draft.subject ?? ''}\n${c.draft.body}`;
      const twin = `${c.draft.summary.subject ?? ''}\n${c.draft.summary.body}`;
      for (const [id, value] of Object.entries(c.answers)) {
        const q = questionById(c.topic, id)!;
        if (q.kind === 'choice' || q.kind === 'date' || !(used.plain.has(id) || used.guarded.has(id))) continue;
        if (value === null) {
          expect(message, caseName(c)).not.toContain(id === 'item' ? SAMPLE.item : SAMPLE.details);
          expect(twin, caseName(c)).not.toContain(id === 'item' ? SAMPLE.item : SAMPLE.details);
        } else {
          expect(message, `${caseName(c)}: ${id}`).toContain(value);
          expect(twin, `${caseName(c)}: ${id} in the Russian twin`).toContain(value);
        }
      }
    }
  });
});

describe('rendered snapshots (tests/snapshots/tree/)', () => {
  for (const id of TOPICS) {
    for (const lang of LANGS) {
      it(`${id} in ${lang}`, async () => {
        const topic = content.topics.find((t) => t.id === id)!;
        const text = renderTopic(topic, lang);
        expect(text).not.toMatch(/\{\{|\}\}/);
        // Every path shows a message for each channel and variant.
        expect(text.match(/^#### /gm)?.length).toBe(cases.filter((c) => c.topic === topic).length);
        await expect(text).toMatchFileSnapshot(`./snapshots/tree/${id}.${lang}.md`);
      });
    }
  }
});

describe('click paths quote Amazon\u2019s labels exactly (FACTS.md)', () => {
  const LABELS = [
    // Today's way in (docs/EVIDENCE.md C2, C4, S2, R1)
    'Your Orders',
    'Return or Replace Items',
    'I need more help',
    'Help',
    'Contact Us',
    'Contact seller',
    // The article's route, kept as history with a caution (F6-F9, F25)
    'Let Us Help You',
    'Need More Help?',
    'Select an issue',
    'Tell us more about your issue',
    'Other orders question or issue',
    'Ask a question',
  ];
  it.each(LANGS)('every label appears in its language\'s quotes on some reachable click path (%s)', (lang) => {
    const text = content.topics
      .flatMap((t) => walkTopic(t).paths.map((p) => outcomeOf(t, p.outcome)))
      .flatMap((o) => clickPathFor(content, o, lang))
      .join('\n');
    for (const label of LABELS) expect(text).toContain(lang === 'ru' ? `«${label}»` : `"${label}"`);
    expect(text).not.toMatch(/\{\{|\}\}/);
  });
});

describe('every fact F1–F29 is reachable from the wizard', () => {
  it('appears in some evidence on the way', () => {
    const found = new Map<string, string[]>();
    const add = (evidence: Evidence, where: string): void => {
      for (const f of evidence.facts ?? []) found.set(f, [...(found.get(f) ?? []), where]);
    };
    const stepIds = new Set<string>();
    const tipIds = new Set<string>();
    const channelIds = new Set<string>();
    for (const option of content.flow.account.options) for (const s of option.before) stepIds.add(s);
    for (const topic of content.topics) {
      add(topic.evidence, `topic ${topic.id}`);
      if (topic.eligibility === 'price-difference') add(content.refund.evidence, 'refund.yaml');
      for (const path of walkTopic(topic).paths) {
        const outcome = outcomeOf(topic, path.outcome);
        add(outcome.evidence, `outcome ${topic.id}/${outcome.id}`);
        outcome.clickPath.forEach((s) => stepIds.add(s));
        outcome.tips.forEach((t) => tipIds.add(t));
        outcome.channels.forEach((c) => channelIds.add(c));
      }
    }
    const detailIds = new Set<string>();
    for (const step of stepsFor(content, [...stepIds])) {
      add(step.evidence, `step ${step.id}`);
      for (const m of `${step.text.en}\n${step.text.ru}`.matchAll(/\{\{label:([a-z0-9-]+)\}\}/g)) detailIds.add(m[1]!);
    }
    for (const id of tipIds) {
      const tip = content.tips.find((t) => t.id === id);
      expect(tip, `tip ${id}`).toBeDefined();
      add(tip!.evidence, `tip ${id}`);
    }
    for (const id of channelIds) {
      const channel = content.channels.find((c) => c.id === id)!;
      add(channel.evidence, `channel ${id}`);
      channel.contacts.forEach((d) => detailIds.add(d));
    }
    for (const id of detailIds) {
      const detail = content.amazon.find((d) => d.id === id);
      expect(detail, `amazon detail ${id}`).toBeDefined();
      add(detail!.evidence, `detail ${id}`);
    }
    const missing = Array.from({ length: 29 }, (_, i) => `F${i + 1}`).filter((f) => !found.has(f));
    expect(missing, 'facts that nothing reachable from the wizard names').toEqual([]);
    // Rendering is exercised too: the steps a blocked or new user sees first render in both languages.
    for (const option of content.flow.account.options) {
      for (const lang of LANGS) for (const step of stepsFor(content, option.before)) expect(renderStep(content, step, lang)).not.toMatch(/\{\{/);
    }
  });
});
