// The loader on broken content: each fixture is a copy of the real content/ with one thing broken,
// and each test asserts the exact "file:line:col path: message" line a content author would see.
// Topic errors use tests/fixtures/topics/seller-question.yaml, a small valid topic whose lines are
// edited one at a time (keeping the line count), so every position below can be read off that file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError, loadContent } from '../src/validate/loader.js';
import { TOPIC_IDS } from '../src/content/ids.js';
import { brokenContent, cleanupTemp, CONTENT, issuesOf, positionOf, replaceLine, ROOT } from './helpers/content.js';

const TOPIC = 'topics/seller-question.yaml';
const FIXTURE = readFileSync(join(ROOT, 'tests/fixtures/topics/seller-question.yaml'), 'utf8');
const F = `fx/${TOPIC}`;

/** The fixture topic with line `n` (1-based) replaced; the line must exist. */
function fixture(edits: Record<number, string>, extra = ''): string {
  const lines = FIXTURE.split('\n');
  for (const [n, text] of Object.entries(edits)) {
    if (lines[Number(n) - 1] === undefined) throw new Error(`fixture has no line ${n}`);
    lines[Number(n) - 1] = text;
  }
  return lines.join('\n') + extra;
}

/** Loads the real content with the fixture topic in place of seller-question (plus other edits). */
function topicIssues(edits: Record<number, string>, extra = ''): string[] {
  return issuesOf(brokenContent({ [TOPIC]: fixture(edits, extra) }));
}

afterAll(cleanupTemp);

describe('the fixtures themselves', () => {
  it('the real content loads', () => {
    expect(issuesOf(CONTENT)).toEqual([]);
  });
  it('the unedited fixture topic loads', () => {
    expect(topicIssues({})).toEqual([]);
  });
  it('the fixture lines the tests edit are the ones they expect', () => {
    const lines = FIXTURE.split('\n');
    expect(lines[15]).toBe('        next: order');
    expect(lines[19]).toBe('        next: details');
    expect(lines[27]).toBe('    next: ask-seller');
    expect(lines[31]).toBe('    clickPath: [seller-open-listing, seller-write]');
  });
});

describe('shape errors (one file)', () => {
  it('closes: seven in refund.yaml', () => {
    let text = '';
    const dir = brokenContent({
      'refund.yaml': (t) => (text = replaceLine(t, '    window: { from: paid, closes: 7 }', '    window: { from: paid, closes: seven }')),
    });
    const { line, col } = positionOf(text, 'closes: seven');
    expect(issuesOf(dir)).toEqual([`fx/refund.yaml:${line}:${col} conditions[1].window.closes: expected a number, got "seven"`]);
  });

  it('a Text without ru, in block style (tips.yaml)', () => {
    let text = '';
    const dir = brokenContent({
      'tips.yaml': (t) => {
        const { line } = positionOf(t, '- id: sign-in-first');
        const lines = t.split('\n');
        const ru = lines.findIndex((l, i) => i >= line && /^ {6}ru: /.test(l));
        lines[ru] = '      # ru removed';
        return (text = lines.join('\n'));
      },
    });
    // The deepest node that exists is the tip's "text" key.
    const text0 = positionOf(text, 'text:', positionOf(text, '- id: sign-in-first').line);
    expect(issuesOf(dir)).toEqual([`fx/tips.yaml:${text0.line}:${text0.col} tips[0].text.ru: is missing`]);
  });

  it('a Text without ru, in flow style', () => {
    expect(topicIssues({ 14: '        label: { en: "Yes" }' })).toEqual([
      `${F}:14:9 questions[0].options[0].label.ru: is missing`,
    ]);
  });

  it('an empty ru text', () => {
    expect(topicIssues({ 14: '        label: { en: "Yes", ru: "  " }' })).toEqual([
      `${F}:14:29 questions[0].options[0].label.ru: must not be empty`,
    ]);
  });

  it('a duplicate YAML key', () => {
    expect(topicIssues({ 7: 'evidence: { facts: [F25], grade: article }' })).toEqual([`${F}:7:1: duplicate key`]);
  });

  it('an unknown key, and the key it replaced reported missing', () => {
    expect(topicIssues({ 6: 'evidense: { facts: [F24], grade: article }' })).toEqual([
      `${F}:3:1 evidence: is missing`,
      `${F}:6:1 evidense: unknown key`,
    ]);
  });

  it('a value of the wrong type', () => {
    expect(topicIssues({ 6: 'evidence: F24' })).toEqual([`${F}:6:1 evidence: expected a mapping, got "F24"`]);
  });

  it('a value outside its choices', () => {
    expect(topicIssues({ 33: '    channels: [fax]' })).toEqual([
      `${F}:33:16 outcomes[0].channels[0]: expected one of "chat", "email", "phone", "social", "seller", got "fax"`,
    ]);
  });

  it('a missing key whose value is one of a fixed list', () => {
    // Found by tests/properties.test.ts: a missing enum key used to read "..., got undefined".
    expect(topicIssues({ 3: '# id removed' })).toEqual([
      `${F}:4:1 id: is missing: expected one of ${TOPIC_IDS.map((id) => `"${id}"`).join(', ')}`,
    ]);
  });

  it('an unknown question kind', () => {
    expect(topicIssues({ 26: '    kind: txt' })).toEqual([
      `${F}:26:5 questions[2].kind: expected one of "choice", "text", "date", "order-number", "price", got "txt"`,
    ]);
  });

  it('a fact that does not exist', () => {
    expect(topicIssues({ 34: '    evidence: { facts: [F30], grade: article }' })).toEqual([
      `${F}:34:25 outcomes[0].evidence.facts[0]: must name a fact from F1 to F29`,
    ]);
  });
});

describe('cross-file checks', () => {
  it('two steps with the same id', () => {
    let text = '';
    const dir = brokenContent({ 'steps.yaml': (t) => (text = replaceLine(t, '  - id: create-account', '  - id: sign-in')) });
    const { line } = positionOf(text, '  - id: sign-in', positionOf(text, '  - id: sign-in').line);
    const issues = issuesOf(dir);
    expect(issues).toContain(`fx/steps.yaml:${line}:5 steps[1].id: step "sign-in" is already defined`);
    // and the reference to the step that disappeared
    expect(issues.some((i) => /^fx\/flow\.yaml:\d+:\d+ account\.options\[\d+\]\.before\[\d+\]: no step "create-account" in steps\.yaml$/.test(i))).toBe(true);
  });

  it('two questions with the same id', () => {
    expect(topicIssues({ 25: '  - id: order' })).toContain(`${F}:25:5 questions[2].id: node "order" is already defined`);
  });

  it('a dangling next', () => {
    expect(topicIssues({ 28: '    next: ask-seler' })).toEqual([
      `${F}:28:5 questions[2].next: "ask-seler" is neither a question nor an outcome of topic seller-question`,
    ]);
  });

  it('a dangling click-path step', () => {
    expect(topicIssues({ 32: '    clickPath: [seller-open-listing, seller-wrte]' })).toEqual([
      `${F}:32:38 outcomes[0].clickPath[1]: no step "seller-wrte" in steps.yaml`,
    ]);
  });

  it('a dangling tip', () => {
    const ev = '    evidence: { facts: [F24], grade: article }';
    const text = fixture({}).replace(`${ev}\n    templates:`, `${ev}\n    tips: [no-such-tip]\n    templates:`);
    expect(positionOf(text, 'no-such-tip')).toEqual({ line: 35, col: 12 });
    expect(issuesOf(brokenContent({ [TOPIC]: text }))).toEqual([`${F}:35:12 outcomes[0].tips[0]: no tip "no-such-tip" in tips.yaml`]);
  });

  it('an unreachable question', () => {
    // "bought" skips the order question; the template no longer mentions it.
    expect(
      topicIssues({
        16: '        next: details',
        37: '        en: "Hello. {{stage}} {{#details}}{{details}}{{/details}}"',
        38: '        ru: "Здравствуйте. {{stage}} {{#details}}{{details}}{{/details}}"',
      }),
    ).toEqual([`${F}:21:5 questions[1].id: question "order" is never reached from start "stage"`]);
  });

  it('a question whose path ends without a result', () => {
    expect(topicIssues({ 28: '    required: false' })).toEqual([
      `${F}:25:5 questions[2]: question "details" ends the path without a result: give it a next`,
    ]);
  });

  it('a choice option whose path ends without a result', () => {
    expect(topicIssues({ 20: '        # no next here' })).toEqual([
      `${F}:17:9 questions[0].options[1]: option "considering" ends the path without a result: give it, or its question, a next`,
    ]);
  });

  it('a path that loops', () => {
    expect(topicIssues({ 28: '    next: stage' })).toEqual([`${F}:28:5 questions[2].next: leads back to "stage": a path may not loop`]);
  });

  it('a template using an answer its path never asks', () => {
    // order now leads to its own outcome; the message of that outcome uses {{details}}, which is
    // asked only on the way to ask-seller.
    const extra = [
      '  - id: order-only',
      '    title: { en: "Order", ru: "Заказ" }',
      '    clickPath: [seller-write]',
      '    channels: [seller]',
      '    evidence: { facts: [F24], grade: article }',
      '    templates:',
      '      seller:',
      '        en: "Order {{order}}. {{#details}}{{details}}{{/details}}"',
      '        ru: "Заказ {{order}}. {{#details}}{{details}}{{/details}}"',
      '',
    ].join('\n');
    expect(
      topicIssues(
        {
          24: '    next: order-only',
          37: '        en: "Hello. {{stage}} {{#details}}{{details}}{{/details}}"',
          38: '        ru: "Здравствуйте. {{stage}} {{#details}}{{details}}{{/details}}"',
        },
        extra,
      ),
    ).toEqual([
      `${F}:46:9 outcomes[1].templates.seller.en: {{details}} is never asked on a path to outcome "order-only"`,
      `${F}:47:9 outcomes[1].templates.seller.ru: {{details}} is never asked on a path to outcome "order-only"`,
    ]);
  });

  it('a template using an answer that only some paths ask, outside a section', () => {
    expect(topicIssues({ 37: '        en: "Hello. {{stage}} Order {{order}}."', 38: '        ru: "Здравствуйте. {{stage}} Заказ {{order}}."' })).toEqual([
      `${F}:37:9 outcomes[0].templates.seller.en: {{order}} may be unanswered here: put it inside {{#order}}…{{/order}}`,
      `${F}:38:9 outcomes[0].templates.seller.ru: {{order}} may be unanswered here: put it inside {{#order}}…{{/order}}`,
    ]);
  });

  it('a template naming something that is not a question', () => {
    expect(topicIssues({ 37: '        en: "Hello. {{stage}} {{price}}"', 38: '        ru: "Здравствуйте. {{stage}} {{price}}"' })).toEqual([
      `${F}:37:9 outcomes[0].templates.seller.en: {{price}} is not a question of topic seller-question`,
      `${F}:38:9 outcomes[0].templates.seller.ru: {{price}} is not a question of topic seller-question`,
    ]);
  });

  it('a template with an unclosed section', () => {
    expect(topicIssues({ 37: '        en: "Hello. {{#details}}{{details}}"' })).toEqual([
      `${F}:37:9 outcomes[0].templates.seller.en: {{#details}} is never closed`,
    ]);
  });

  it('a Russian twin that uses other answers than its English message', () => {
    expect(topicIssues({ 38: '        ru: "Здравствуйте. {{stage}} {{#details}}{{details}}{{/details}}"' })).toEqual([
      `${F}:38:9 outcomes[0].templates.seller.ru: the Russian twin must use the answers the English uses ({{#details}} {{#order}} {{stage}}), not {{#details}} {{stage}}`,
    ]);
  });

  it('a message without its Russian twin', () => {
    expect(topicIssues({ 38: '        # ru removed' })).toEqual([`${F}:36:7 outcomes[0].templates.seller.ru: is missing`]);
  });
});

describe('identify and extra sentences', () => {
  it('identify naming a question the topic lacks, a choice, and an ask outside its list', () => {
    const text = fixture({}).replace('start: stage\n', 'identify: { any: [item, stage], ask: details, prompt: { en: "Which?", ru: "Какой?" } }\nstart: stage\n');
    expect(issuesOf(brokenContent({ [TOPIC]: text }))).toEqual([
      `${F}:7:19 identify.any[0]: "item" is not a question of topic seller-question`,
      `${F}:7:25 identify.any[1]: "stage" is a choice: only typed answers (an item, an order number) say which item it is`,
      `${F}:7:33 identify.ask: "details" must be one of identify.any (item, stage)`,
    ]);
  });

  it('identify asking again a question that some path skips', () => {
    const text = fixture({}).replace('start: stage\n', 'identify: { any: [order], ask: order, prompt: { en: "Which?", ru: "Какой?" } }\nstart: stage\n');
    expect(issuesOf(brokenContent({ [TOPIC]: text }))).toEqual([
      `${F}:7:27 identify.ask: "order" is not asked on every path: the path to outcome "ask-seller" skips it, so nothing could be asked again there`,
    ]);
  });

  it('an extra sentence that some option lacks, used outside a section', () => {
    const text = fixture({})
      .replace('        phrase: { en: "I bought this item from you.", ru: "Этот товар куплен у вас." }', '        phrase: { en: "I bought this item from you.", ru: "Этот товар куплен у вас." }\n        extra: { proof: { en: "I have the receipt.", ru: "Чек у меня есть." } }')
      .replace('        en: "Hello. {{stage}}', '        en: "Hello. {{stage.proof}} {{stage}}')
      .replace('        ru: "Здравствуйте. {{stage}}', '        ru: "Здравствуйте. {{stage.proof}} {{stage}}');
    const line = positionOf(text, '        en: "Hello. {{stage.proof}}').line;
    expect(issuesOf(brokenContent({ [TOPIC]: text }))).toEqual([
      `${F}:${line}:9 outcomes[0].templates.seller.en: {{stage.proof}}: option "considering" of "stage" has no extra "proof": give it one, or put it inside {{#stage.proof}}…{{/stage.proof}}`,
      `${F}:${line + 1}:9 outcomes[0].templates.seller.ru: {{stage.proof}}: option "considering" of "stage" has no extra "proof": give it one, or put it inside {{#stage.proof}}…{{/stage.proof}}`,
    ]);
    const guarded = text.replace('{{stage.proof}} {{stage}}', '{{#stage.proof}}{{stage.proof}} {{/stage.proof}}{{stage}}').replace('{{stage.proof}} {{stage}}', '{{#stage.proof}}{{stage.proof}} {{/stage.proof}}{{stage}}');
    expect(issuesOf(brokenContent({ [TOPIC]: guarded }))).toEqual([]);
  });
});

describe('evidence', () => {
  const THIRD = [
    '  - id: some-guide',
    '    title: "A guide"',
    '    url: "https://example.org/guide"',
    '    kind: third-party',
    '    read: 2026-12-01',
    '    note: "A third party says so."',
    '',
  ].join('\n');
  const withGuide = (t: string): string => `${t.trimEnd()}\n${THIRD}`;

  it('names neither facts nor sources', () => {
    expect(topicIssues({ 6: 'evidence: { grade: article }' })).toEqual([`${F}:6:1 evidence: must name facts or sources (or both)`]);
  });

  it('grade article without the facts of the article', () => {
    expect(topicIssues({ 6: 'evidence: { sources: [amazon-contact-us], grade: article }' })).toEqual([
      `${F}:6:43 evidence.grade: grade "article" needs the facts of the article it rests on`,
    ]);
  });

  it('a source that sources.yaml does not list', () => {
    expect(topicIssues({ 6: 'evidence: { sources: [no-such-page], grade: doubtful }' })).toEqual([
      `${F}:6:23 evidence.sources[0]: no source "no-such-page" in sources.yaml`,
    ]);
  });

  it('grade amazon resting on a third-party page only', () => {
    const dir = brokenContent({
      'sources.yaml': withGuide,
      [TOPIC]: fixture({ 6: 'evidence: { sources: [some-guide], grade: amazon }' }),
    });
    expect(issuesOf(dir)).toEqual([`${F}:6:36 evidence.grade: grade "amazon" needs a source of kind amazon (an Amazon page in sources.yaml)`]);
  });

  it('grade third-party with no page at all', () => {
    expect(topicIssues({ 6: 'evidence: { facts: [F24], grade: third-party }' })).toEqual([
      `${F}:6:27 evidence.grade: grade "third-party" needs at least one source from sources.yaml`,
    ]);
  });

  it('a third-party page earns grade third-party; an Amazon page earns grade amazon', () => {
    const dir = brokenContent({
      'sources.yaml': withGuide,
      [TOPIC]: fixture({ 6: 'evidence: { facts: [F24], sources: [some-guide], grade: third-party }', 34: '    evidence: { sources: [amazon-contact-us], grade: amazon }' }),
    });
    expect(issuesOf(dir)).toEqual([]);
  });

  it('a doubtful Amazon detail without a caution', () => {
    let text = '';
    let index = -1;
    const dir = brokenContent({
      'amazon.yaml': (t) => {
        const { line } = positionOf(t, '- id: let-us-help-you');
        index = (t.slice(0, t.indexOf('- id: let-us-help-you')).match(/^ {2}- id: /gm) ?? []).length;
        const lines = t.split('\n');
        const at = lines.findIndex((l, i) => i >= line && l.includes('evidence:'));
        lines[at] = lines[at]!.replace('grade: article', 'grade: doubtful');
        return (text = lines.join('\n'));
      },
    });
    const where = positionOf(text, 'grade: doubtful', positionOf(text, '- id: let-us-help-you').line);
    expect(issuesOf(dir)).toEqual([`fx/amazon.yaml:${where.line}:${where.col} details[${index}].evidence.grade: a doubtful detail must say why: give "caution" in en and ru`]);
  });

  it('sources.yaml: a bad address, an unknown kind', () => {
    let text = '';
    let count = 0;
    const dir = brokenContent({
      'sources.yaml': (t) => {
        count = (t.match(/^ {2}- id: /gm) ?? []).length;
        return (text = `${withGuide(t)}${THIRD.replace('https://example.org/guide', 'example.org').replace('kind: third-party', 'kind: blog')}`);
      },
    });
    const url = positionOf(text, 'url: "example.org"');
    const kind = positionOf(text, 'kind: blog');
    const last = (text.match(/^ {2}- id: /gm) ?? []).length - 1;
    expect(issuesOf(dir)).toEqual([
      `fx/sources.yaml:${url.line}:${url.col} sources[${count + 1}].url: must be an address starting with https:// or http://`,
      `fx/sources.yaml:${kind.line}:${kind.col} sources[${count + 1}].kind: expected one of "amazon", "third-party", got "blog"`,
    ]);
  });

  it('sources.yaml: a repeated id', () => {
    let text = '';
    let count = 0;
    const dir = brokenContent({
      'sources.yaml': (t) => {
        count = (t.match(/^ {2}- id: /gm) ?? []).length;
        return (text = `${withGuide(withGuide(t))}`);
      },
    });
    const second = positionOf(text, '- id: some-guide', positionOf(text, '- id: some-guide').line);
    expect(issuesOf(dir)).toEqual([`fx/sources.yaml:${second.line}:${second.col + 2} sources[${count + 1}].id: source "some-guide" is already defined`]);
  });
});

describe('every error of a run is reported together', () => {
  it('shape errors in four files', () => {
    let refund = '';
    const dir = brokenContent({
      'refund.yaml': (t) => (refund = replaceLine(t, '    window: { from: paid, closes: 7 }', '    window: { from: paid, closes: seven }')),
      [TOPIC]: fixture({ 7: 'evidence: { facts: [F25], grade: article }' }),
      'topics/price-drop.yaml': (t) => t.replace(/^start: paid$/m, 'start: Paid'),
      'tips.yaml': (t) => t.replace(/^tips:/m, 'tipps:'),
    });
    const days = positionOf(refund, 'closes: seven');
    const issues = issuesOf(dir);
    expect(issues).toContain(`fx/refund.yaml:${days.line}:${days.col} conditions[1].window.closes: expected a number, got "seven"`);
    expect(issues).toContain(`${F}:7:1: duplicate key`);
    expect(issues.some((i) => /^fx\/topics\/price-drop\.yaml:\d+:1 start: must be lower-case words/.test(i))).toBe(true);
    expect(issues.some((i) => /^fx\/tips\.yaml:\d+:1 tipps: unknown key$/.test(i))).toBe(true);
    expect(issues.some((i) => /^fx\/tips\.yaml:\d+:\d+ tips: is missing$/.test(i))).toBe(true);
    expect(issues).toHaveLength(5);
  });

  it('reference errors across topics and steps', () => {
    const dir = brokenContent({
      [TOPIC]: fixture({ 28: '    next: ask-seler', 32: '    clickPath: [seller-open-listing, seller-wrte]' }),
      'steps.yaml': (t) => replaceLine(t, '  - id: create-account', '  - id: sign-in'),
    });
    const issues = issuesOf(dir);
    expect(issues).toContain(`${F}:28:5 questions[2].next: "ask-seler" is neither a question nor an outcome of topic seller-question`);
    expect(issues).toContain(`${F}:32:38 outcomes[0].clickPath[1]: no step "seller-wrte" in steps.yaml`);
    expect(issues.filter((i) => i.startsWith('fx/steps.yaml:'))).toHaveLength(1);
    expect(issues.length).toBeGreaterThanOrEqual(4);
  });

  it('ContentError carries the issues, and its message lists them all', () => {
    const dir = brokenContent({ [TOPIC]: fixture({ 28: '    next: ask-seler', 14: '        label: { en: "Yes" }' }) });
    let error: unknown;
    try {
      loadContent(dir, 'fx');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ContentError);
    const e = error as ContentError;
    // A shape error stops the cross-file checks, so only the missing ru is reported here.
    expect(e.issues).toEqual([
      { file: `fx/${TOPIC}`, line: 14, col: 9, path: 'questions[0].options[0].label.ru', message: 'is missing' },
    ]);
    expect(e.message).toBe(`${F}:14:9 questions[0].options[0].label.ru: is missing`);
  });
});

describe('folders', () => {
  it('a missing topics folder and a missing file', () => {
    const dir = brokenContent({ topics: null, 'flow.yaml': null });
    expect(issuesOf(dir)).toEqual(['fx/flow.yaml: is missing', 'fx/topics: is missing: it holds one file per topic']);
  });

  it('a topic in a file of another name', () => {
    const dir = brokenContent({ [TOPIC]: null, 'topics/ask-seller.yaml': fixture({}) });
    expect(issuesOf(dir)).toContain('fx/topics/ask-seller.yaml:3:1 id: topic "seller-question" must live in topics/seller-question.yaml');
  });

  it('a folder that does not exist', () => {
    expect(issuesOf(join(ROOT, 'no-such-content-folder'), 'nowhere')).toEqual(['nowhere: does not exist']);
  });
});
