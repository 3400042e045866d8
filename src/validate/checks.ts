// Checks across files, run once every file has its shape: unique ids, references that resolve,
// a tree where every node is reachable and every path ends in a result, and templates that can
// render for every channel they offer with only the answers their paths ask.
import { renderDraft } from '../engine/draft.js';
import { parseTemplate, placeholdersOf, TemplateSyntaxError, type TemplateNode } from '../engine/template.js';
import { questionById, walkTopic, type TopicPath } from '../engine/walk.js';
import { RESERVED_FLAGS, type Content, type Evidence, type Outcome, type Topic, type When } from '../content/schema.js';
import { issueAt, type ContentIssue, type SourceFile, type YamlPath } from '../content/source.js';

const SAMPLE = { 'order-number': '123-1234567-1234567', date: '2024-05-01', text: 'sample text', price: '$49.99' } as const;
const URL_LIKE = /\b(https?:\/\/|www\.)|\b[a-z0-9-]+\.(com|ru|net|org)\b/i;

export function checkContent(content: Content, topicFiles: string[], files: Map<string, SourceFile>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const at = (rel: string, path: YamlPath, message: string): void => {
    const file = files.get(rel);
    issues.push(file ? issueAt(file, path, message) : { file: rel, path: '', message });
  };

  const unique = (rel: string, list: readonly { id: string }[], base: YamlPath, what: string): void => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) at(rel, [...base, i, 'id'], `${what} "${item.id}" is already defined`);
      seen.add(item.id);
    });
  };
  unique('sources.yaml', content.sources, ['sources'], 'source');
  checkEvidence(content, topicFiles, at);
  unique('amazon.yaml', content.amazon, ['details'], 'detail');
  unique('steps.yaml', content.steps, ['steps'], 'step');
  unique('tips.yaml', content.tips, ['tips'], 'tip');
  unique('channels.yaml', content.preferences, ['preferences'], 'preference');
  unique('channels.yaml', content.channels, ['channels'], 'channel');
  unique('flow.yaml', content.flow.account.options, ['account', 'options'], 'option');
  content.preferences.forEach((p, i) => unique('channels.yaml', p.options, ['preferences', i, 'options'], 'option'));

  const detailIds = new Set(content.amazon.map((d) => d.id));
  const stepIds = new Set(content.steps.map((s) => s.id));
  const tipIds = new Set(content.tips.map((t) => t.id));
  const topicIds = new Set<string>();

  // Click-path steps and price-drop routes quote Amazon details by id, and nothing else.
  const quotesOnly = (rel: string, base: YamlPath, text: { en: string; ru: string }, what: string): void => {
    for (const lang of ['en', 'ru'] as const) {
      const where: YamlPath = [...base, lang];
      const nodes = parseOrReport(text[lang], (m) => at(rel, where, m));
      if (!nodes) continue;
      const { plain, guarded } = placeholdersOf(nodes);
      for (const name of [...plain, ...guarded]) {
        if (!name.startsWith('label:')) at(rel, where, `{{${name}}}: ${what} may only quote details, as {{label:ID}}`);
        else if (!detailIds.has(name.slice(6))) at(rel, where, `{{${name}}}: no detail "${name.slice(6)}" in amazon.yaml`);
      }
    }
  };
  content.steps.forEach((step, i) => quotesOnly('steps.yaml', ['steps', i, 'text'], step.text, 'steps'));
  content.refund.routes.forEach((route, i) => quotesOnly('refund.yaml', ['routes', i, 'text'], route.text, 'routes'));

  content.flow.account.options.forEach((option, i) => {
    option.before.forEach((id, j) => {
      if (!stepIds.has(id)) at('flow.yaml', ['account', 'options', i, 'before', j], `no step "${id}" in steps.yaml`);
    });
  });

  // Channels: contacts resolve, and conditions name real questions and answers.
  const answerIds = new Map<string, Set<string>>(content.preferences.map((p) => [p.id, new Set(p.options.map((o) => o.id))]));
  answerIds.set('account', new Set(content.flow.account.options.map((o) => o.id)));
  const checkWhen = (when: When, base: YamlPath): void => {
    for (const [key, value] of Object.entries(when)) {
      const allowed = answerIds.get(key);
      if (!allowed) {
        at('channels.yaml', [...base, key], `"${key}" is not a preference id or "account"`);
        continue;
      }
      for (const v of Array.isArray(value) ? value : [value]) {
        if (!allowed.has(v)) at('channels.yaml', [...base, key], `"${v}" is not an answer of "${key}" (${[...allowed].join(', ')})`);
      }
    }
  };
  content.channels.forEach((channel, i) => {
    channel.contacts.forEach((id, j) => {
      if (!detailIds.has(id)) at('channels.yaml', ['channels', i, 'contacts', j], `no detail "${id}" in amazon.yaml`);
    });
    channel.rules.forEach((rule, j) => checkWhen(rule.when, ['channels', i, 'rules', j, 'when']));
    channel.unavailable.forEach((rule, j) => checkWhen(rule.when, ['channels', i, 'unavailable', j, 'when']));
  });
  const channelIds = new Set(content.channels.map((c) => c.id));

  content.topics.forEach((topic, t) => {
    const rel = topicFiles[t]!;
    const expected = `topics/${topic.id}.yaml`;
    if (rel !== expected) at(rel, ['id'], `topic "${topic.id}" must live in ${expected}`);
    if (topicIds.has(topic.id)) at(rel, ['id'], `topic "${topic.id}" is already defined`);
    topicIds.add(topic.id);
    checkTopic(content, topic, rel, { at, stepIds, tipIds, channelIds, unique });
  });

  content.flow.account.options.forEach((option, i) => {
    const target = option.next.startsWith('topic:') ? option.next.slice(6) : undefined;
    if (target && !topicIds.has(target)) at('flow.yaml', ['account', 'options', i, 'next'], `no topic "${target}"`);
  });

  checkRefundTopic(content, at);
  checkAtoz(content, at, unique);
  return issues;
}

type At = (rel: string, path: YamlPath, message: string) => void;

/** What is wrong with one `evidence` (its path inside it, and the message): unknown sources, an unearned grade. */
export function evidenceIssues(e: Evidence, kindOf: ReadonlyMap<string, string>): [YamlPath, string][] {
  const issues: [YamlPath, string][] = [];
  const sources = e.sources ?? [];
  sources.forEach((id, j) => {
    if (!kindOf.has(id)) issues.push([['sources', j], `no source "${id}" in sources.yaml`]);
  });
  const known = sources.filter((id) => kindOf.has(id));
  if (e.grade === 'amazon' && !known.some((id) => kindOf.get(id) === 'amazon')) {
    issues.push([['grade'], 'grade "amazon" needs a source of kind amazon (an Amazon page in sources.yaml)']);
  } else if (e.grade === 'third-party' && sources.length === 0) {
    issues.push([['grade'], 'grade "third-party" needs at least one source from sources.yaml']);
  }
  return issues;
}

/**
 * Every `evidence` in every file: its sources exist, and its grade is earned (an "amazon" grade
 * cites an Amazon page, a "third-party" grade cites some page). The shape was checked by zod.
 */
function checkEvidence(content: Content, topicFiles: string[], at: At): void {
  const kindOf = new Map(content.sources.map((s) => [s.id, s.kind]));
  const check = (rel: string, path: YamlPath, e: Evidence): void => {
    for (const [where, message] of evidenceIssues(e, kindOf)) at(rel, [...path, ...where], message);
  };
  // The validated files, shaped as their YAML is, so each finding points at its line.
  const files: [string, unknown][] = [
    ['amazon.yaml', { details: content.amazon }],
    ['steps.yaml', { steps: content.steps }],
    ['tips.yaml', { tips: content.tips }],
    ['refund.yaml', content.refund],
    ['channels.yaml', { preferences: content.preferences, channels: content.channels }],
    ['flow.yaml', content.flow],
    ...content.topics.map((t, i): [string, unknown] => [topicFiles[i]!, t]),
  ];
  const visit = (rel: string, value: unknown, path: YamlPath): void => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(rel, v, [...path, i]));
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'evidence' && v && typeof v === 'object' && 'grade' in v) check(rel, [...path, key], v as Evidence);
        else visit(rel, v, [...path, key]);
      }
    }
  };
  for (const [rel, data] of files) visit(rel, data, []);
}

function parseOrReport(source: string, report: (message: string) => void): TemplateNode[] | undefined {
  try {
    return parseTemplate(source);
  } catch (err) {
    if (err instanceof TemplateSyntaxError) {
      report(err.message);
      return undefined;
    }
    throw err;
  }
}

function checkTopic(
  content: Content,
  topic: Topic,
  rel: string,
  ctx: {
    at: At;
    stepIds: Set<string>;
    tipIds: Set<string>;
    channelIds: Set<string>;
    unique: (rel: string, list: readonly { id: string }[], base: YamlPath, what: string) => void;
  },
): void {
  const { at } = ctx;
  const nodes = [...topic.questions, ...topic.outcomes];
  const seen = new Set<string>();
  for (const node of nodes) {
    if (seen.has(node.id)) {
      const isQuestion = topic.questions.includes(node as never);
      const list = isQuestion ? topic.questions : topic.outcomes;
      at(rel, [isQuestion ? 'questions' : 'outcomes', list.lastIndexOf(node as never), 'id'], `node "${node.id}" is already defined`);
    }
    seen.add(node.id);
  }
  topic.questions.forEach((q, i) => {
    if (q.kind === 'choice') ctx.unique(rel, q.options, ['questions', i, 'options'], 'option');
    // Question ids become flags of `draft <topic>`, beside the fixed flags and the preferences.
    if ((RESERVED_FLAGS as readonly string[]).includes(q.id) || content.preferences.some((p) => p.id === q.id)) {
      at(rel, ['questions', i, 'id'], `"${q.id}" is taken by a flag of every draft command (${[...RESERVED_FLAGS, ...content.preferences.map((p) => p.id)].join(', ')})`);
    }
  });

  const { paths, problems } = walkTopic(topic);
  for (const p of problems) at(rel, p.at, p.message);
  if (topic.identify && problems.length === 0) checkIdentify(topic, paths, rel, at);
  const reached = new Set<string>();
  for (const path of paths) {
    path.steps.forEach((s) => reached.add(s.question));
    reached.add(path.outcome);
  }
  if (problems.length === 0) {
    topic.questions.forEach((q, i) => {
      if (!reached.has(q.id)) at(rel, ['questions', i, 'id'], `question "${q.id}" is never reached from start "${topic.start}"`);
    });
    topic.outcomes.forEach((o, i) => {
      if (!reached.has(o.id)) at(rel, ['outcomes', i, 'id'], `outcome "${o.id}" is never reached from start "${topic.start}"`);
    });
  }

  topic.outcomes.forEach((outcome, i) => {
    const base: YamlPath = ['outcomes', i];
    outcome.clickPath.forEach((id, j) => {
      if (!ctx.stepIds.has(id)) at(rel, [...base, 'clickPath', j], `no step "${id}" in steps.yaml`);
    });
    outcome.tips.forEach((id, j) => {
      if (!ctx.tipIds.has(id)) at(rel, [...base, 'tips', j], `no tip "${id}" in tips.yaml`);
    });
    outcome.channels.forEach((id, j) => {
      if (!ctx.channelIds.has(id)) at(rel, [...base, 'channels', j], `no channel "${id}" in channels.yaml`);
    });
    const toHere = paths.filter((p) => p.outcome === outcome.id);
    if (toHere.length > 0 && problems.length === 0) checkTemplates(topic, outcome, toHere, rel, base, at);
  });
}

/** identify: answers that name the item or order, and the one asked again when none was given. */
function checkIdentify(topic: Topic, paths: TopicPath[], rel: string, at: At): void {
  const { any, ask } = topic.identify!;
  any.forEach((id, j) => {
    const q = questionById(topic, id);
    if (!q) at(rel, ['identify', 'any', j], `"${id}" is not a question of topic ${topic.id}`);
    else if (q.kind === 'choice') at(rel, ['identify', 'any', j], `"${id}" is a choice: only typed answers (an item, an order number) say which item it is`);
  });
  if (!any.includes(ask)) {
    at(rel, ['identify', 'ask'], `"${ask}" must be one of identify.any (${any.join(', ')})`);
    return;
  }
  const skips = paths.find((p) => !p.steps.some((s) => s.question === ask));
  if (skips) at(rel, ['identify', 'ask'], `"${ask}" is not asked on every path: the path to outcome "${skips.outcome}" skips it, so nothing could be asked again there`);
}

function checkTemplates(
  topic: Topic,
  outcome: Outcome,
  paths: TopicPath[],
  rel: string,
  base: YamlPath,
  at: At,
): void {
  let renderable = true;
  for (const channel of outcome.channels) {
    if (!outcome.templates[channel]) {
      at(rel, [...base, 'templates'], `cannot render for channel "${channel}", which it offers: no ${channel} template`);
      renderable = false;
    }
  }
  for (const [channel, template] of Object.entries(outcome.templates)) {
    if (!template) continue;
    const where: YamlPath = [...base, 'templates', channel];
    if (!outcome.channels.includes(channel as never)) at(rel, where, `a template for ${channel}, but the outcome does not offer ${channel}`);
    const sources: [YamlPath, string][] = [
      [[...where, 'en'], template.en],
      [[...where, 'ru'], template.ru],
    ];
    if ('subject' in template) sources.push([[...where, 'subject', 'en'], template.subject.en], [[...where, 'subject', 'ru'], template.subject.ru]);
    const used = new Map<string, Set<string>>();
    for (const [path, source] of sources) {
      const nodes = parseOrReport(source, (m) => at(rel, path, m));
      if (!nodes) {
        renderable = false;
        continue;
      }
      const { plain, guarded } = placeholdersOf(nodes);
      used.set(path.join('.'), new Set([...plain, ...[...guarded].map((n) => `#${n}`)]));
      for (const name of [...plain, ...guarded]) {
        const [base, extra] = name.split('.') as [string, string | undefined];
        const question = questionById(topic, base);
        if (!question) {
          at(rel, path, `{{${name}}} is not a question of topic ${topic.id}`);
          renderable = false;
          continue;
        }
        if (extra !== undefined) {
          if (question.kind !== 'choice') {
            at(rel, path, `{{${name}}}: only a choice question has extra sentences, and "${base}" is a ${question.kind} question`);
            renderable = false;
            continue;
          }
          const without = question.options.filter((o) => !o.extra?.[extra]).map((o) => o.id);
          if (plain.has(name) && without.length > 0) {
            at(rel, path, `{{${name}}}: option ${without.map((o) => `"${o}"`).join(', ')} of "${base}" has no extra "${extra}": give it one, or put it inside {{#${name}}}…{{/${name}}}`);
            renderable = false;
          }
        }
        const askedOn = paths.filter((p) => p.steps.some((s) => s.question === base)).length;
        if (askedOn === 0) {
          at(rel, path, `{{${name}}} is never asked on a path to outcome "${outcome.id}"`);
          renderable = false;
        } else if (extra === undefined && plain.has(name) && (askedOn < paths.length || ('required' in question && !question.required))) {
          at(rel, path, `{{${name}}} may be unanswered here: put it inside {{#${name}}}…{{/${name}}}`);
          renderable = false;
        }
      }
      if (channel === 'social' && (plain.has('order') || guarded.has('order'))) {
        at(rel, path, 'a social message is public-facing: it must not carry the order number');
      }
      if (channel === 'seller' && URL_LIKE.test(source)) at(rel, path, 'a message to a seller must not contain a link');
    }
    // The Russian twin says the same sentences, so it uses the same answers in the same way.
    const pairs: [YamlPath, YamlPath][] = [[[...where, 'en'], [...where, 'ru']]];
    if ('subject' in template) pairs.push([[...where, 'subject', 'en'], [...where, 'subject', 'ru']]);
    for (const [enPath, ruPath] of pairs) {
      const en = used.get(enPath.join('.'));
      const ru = used.get(ruPath.join('.'));
      if (!en || !ru) continue;
      const show = (set: Set<string>): string => [...set].sort().map((n) => (n.startsWith('#') ? `{{#${n.slice(1)}}}` : `{{${n}}}`)).join(' ') || 'none';
      if (show(en) !== show(ru)) at(rel, ruPath, `the Russian twin must use the answers the English uses (${show(en)}), not ${show(ru)}`);
    }
  }
  if (!renderable) return;
  // Render once, as the wizard would, in English and Russian. The checks above already prove that every
  // plain placeholder is answered on every path and every section's name on some path, so one
  // path per outcome shows the rest renders too (rendering every path made big content slow).
  const path = paths[0]!;
  const answers: Record<string, string> = {};
  for (const step of path.steps) {
    const q = questionById(topic, step.question)!;
    answers[q.id] = step.answer ?? (q.kind === 'choice' ? '' : SAMPLE[q.kind === 'text' ? 'text' : q.kind]);
  }
  for (const channel of outcome.channels) {
    try {
      renderDraft(topic, outcome, channel, answers);
    } catch (err) {
      at(rel, [...base, 'templates', channel], `cannot render for channel "${channel}": ${(err as Error).message}`);
    }
  }
}

function checkRefundTopic(content: Content, at: At): void {
  const id = content.refund.requestTopic;
  const topic = content.topics.find((t) => t.id === id);
  if (!topic) {
    at('refund.yaml', ['requestTopic'], `no topic "${id}"`);
    return;
  }
  const rel = `topics/${id}.yaml`;
  if (topic.eligibility !== 'price-difference') at(rel, ['eligibility'], 'must be "price-difference": refund.yaml points here');
  const need: [string, string, string[]][] = [
    ['paid', 'date', []],
    ['seller', 'choice', ['amazon', 'third-party']],
    ['shipped', 'choice', ['yes', 'no']],
  ];
  for (const [qid, kind, options] of need) {
    const index = topic.questions.findIndex((q) => q.id === qid);
    const q = topic.questions[index];
    if (!q) at(rel, ['questions'], `the refund rule needs a ${kind} question "${qid}"`);
    else if (q.kind !== kind) at(rel, ['questions', index, 'kind'], `"${qid}" must be a ${kind} question for the refund rule`);
    else if (q.kind === 'choice') {
      const have = new Set(q.options.map((o) => o.id));
      const missing = options.filter((o) => !have.has(o));
      if (missing.length) at(rel, ['questions', index, 'options'], `"${qid}" needs the options ${options.join(', ')}`);
    }
  }
}

/** The dates atoz-check knows: the flags --expected and --contacted. */
export const ATOZ_DATES = ['expected', 'contacted'] as const;

function checkAtoz(content: Content, at: At, unique: (rel: string, list: readonly { id: string }[], base: YamlPath, what: string) => void): void {
  const rule = content.atoz;
  unique('atoz.yaml', rule.problems, ['problems'], 'problem');
  unique('atoz.yaml', rule.conditions, ['conditions'], 'condition');
  unique('atoz.yaml', rule.notCovered, ['notCovered'], 'item');
  const problems = new Set(rule.problems.map((p) => p.id));
  rule.conditions.forEach((c, i) => {
    c.problems?.forEach((p, j) => {
      if (!problems.has(p)) at('atoz.yaml', ['conditions', i, 'problems', j], `no problem "${p}" (${[...problems].join(', ')})`);
    });
    if (!(ATOZ_DATES as readonly string[]).includes(c.window.from)) {
      at('atoz.yaml', ['conditions', i, 'window', 'from'], `must be one of ${ATOZ_DATES.join(', ')}`);
    }
  });
  for (const p of problems) {
    const closes = rule.conditions.some((c) => (!c.problems || c.problems.includes(p)) && c.window.closes !== undefined);
    if (!closes) at('atoz.yaml', ['conditions'], `problem "${p}" has no condition with closes: a claim needs a last day`);
  }
  if (!content.topics.some((t) => t.id === rule.requestTopic)) at('atoz.yaml', ['requestTopic'], `no topic "${rule.requestTopic}"`);
  // The topics that run the rule answer its dates and its problem with questions of those ids.
  content.topics.forEach((topic) => {
    if (topic.eligibility !== 'atoz' && topic.id !== rule.requestTopic) return;
    const rel = `topics/${topic.id}.yaml`;
    const need: [string, string, boolean][] = [
      ['problem', 'choice', true],
      ['expected', 'date', true],
      ['contacted', 'date', topic.id === rule.requestTopic],
      // atoz-check asks it before the day: was the seller asked at all ("yes" leads to the day)?
      ['asked', 'choice', topic.id === rule.requestTopic],
    ];
    for (const [qid, kind, required] of need) {
      const index = topic.questions.findIndex((q) => q.id === qid);
      const q = topic.questions[index];
      if (!q) {
        if (required) at(rel, ['questions'], `the A-to-z rule needs a ${kind} question "${qid}"`);
      } else if (q.kind !== kind) at(rel, ['questions', index, 'kind'], `"${qid}" must be a ${kind} question for the A-to-z rule`);
      else if (qid === 'asked' && q.kind === 'choice' && !q.options.some((o) => o.id === 'yes')) {
        at(rel, ['questions', index, 'options'], '"asked" needs the option "yes"');
      } else if (qid === 'problem' && q.kind === 'choice' && !q.options.some((o) => problems.has(o.id))) {
        at(rel, ['questions', index, 'options'], `"${qid}" offers none of the A-to-z problems (${[...problems].join(', ')})`);
      }
    }
  });
}
