// One short line that says where a detail comes from, under each step of `path` and each contact
// of `contacts`: the Amazon help page, the third party, or "the source article only".
import type { Content, Evidence, Lang } from '../content/schema.js';
import { sourceRef } from '../engine/evidence.js';
import { t } from './messages.js';

export function sourceLine(content: Content, evidence: Evidence, lang: Lang): string {
  const ref = sourceRef(content, evidence);
  const q = (s: string): string => (lang === 'ru' ? `«${s}»` : `"${s}"`);
  let where: string;
  if (ref.page) {
    const key = ref.page.kind === 'amazon' ? 'sourceAmazon' : 'sourceThirdParty';
    where = t(lang, key, { title: q(ref.page.title), where: ref.page.where });
    if (ref.more > 0) where += t(lang, 'sourceMore', { n: ref.more });
  } else {
    where = t(lang, 'sourceArticle', { facts: ref.facts.join(', ') });
  }
  return ref.grade === 'doubtful' ? t(lang, 'sourceDoubtful', { where }) : t(lang, 'sourceIs', { where });
}
