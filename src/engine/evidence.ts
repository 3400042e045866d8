// Where a detail comes from, reduced to the one source worth naming in a short line: an Amazon
// page where Amazon is the source (amazon.com first), otherwise a third party, otherwise the
// article. Pure: content in, a plain object out; the interface words it.
import type { Content, Evidence, Grade, Lang, Source, Step } from '../content/schema.js';

export interface SourceRef {
  grade: Grade;
  /** The page to name; absent when the detail rests on the article alone. */
  page?: { title: string; where: string; kind: Source['kind'] };
  /** How many other pages back the same detail. */
  more: number;
  /** The article's facts (F1-F29) the detail rests on. */
  facts: string[];
}

/** An address without its scheme and "www.", which say nothing to a reader. */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/^www\./, '');
}

/** Which page to name first: Amazon's own (amazon.com first) for an Amazon detail, else a third party. */
function rank(source: Source, grade: Grade): number {
  const own = source.kind === 'amazon' ? (/^https?:\/\/(www\.)?amazon\.com\//.test(source.url) ? 0 : 1) : 2;
  return grade === 'amazon' ? own : source.kind === 'amazon' ? 3 + own : 0;
}

/**
 * A doubtful detail from the article is named by the article: the pages next to it are what
 * makes it doubtful. One graded "article" never names a page.
 */
function namesPages(evidence: Evidence): boolean {
  if (evidence.grade === 'article') return false;
  return !(evidence.grade === 'doubtful' && evidence.facts?.length);
}

export function sourceRef(content: Content, evidence: Evidence): SourceRef {
  const pages = (namesPages(evidence) ? (evidence.sources ?? []) : [])
    .map((id) => content.sources.find((s) => s.id === id))
    .filter((s): s is Source => s !== undefined)
    .sort((a, b) => rank(a, evidence.grade) - rank(b, evidence.grade));
  const first = pages[0];
  return {
    grade: evidence.grade,
    ...(first ? { page: { title: first.title, where: shortUrl(first.url), kind: first.kind } } : {}),
    more: Math.max(0, pages.length - 1),
    facts: evidence.facts ?? [],
  };
}

/** The cautions of the doubtful Amazon labels a step quotes ({{label:ID}}), in the order quoted. */
export function labelCautions(content: Content, step: Step, lang: Lang): string[] {
  const cautions: string[] = [];
  for (const [, id] of step.text.en.matchAll(/\{\{label:([a-z0-9-]+)\}\}/g)) {
    const detail = content.amazon.find((d) => d.id === id);
    if (detail?.evidence.grade === 'doubtful' && detail.caution) cautions.push(detail.caution[lang]);
  }
  return cautions;
}
