// Under a chat message in the wizard's result: the five lines most useful in that chat (the
// phrasebook, content/phrases.yaml), each with its Russian meaning, and how to find more.
import type { Request } from '../engine/session.js';
import type { Context } from './context.js';
import { t } from './messages.js';
import type { Screen } from './result.js';
import { printable } from './style.js';
import { hang } from './wrap.js';
import { phrasebookOf } from './words.js';

/** The block for the requests drafted for the chat; empty when none is (the phrasebook is not loaded). */
export async function chatPhrasesBlock(ctx: Pick<Context, 'lang' | 'contentFlag' | 'env'>, requests: readonly Request[], screen: Screen): Promise<string> {
  const chats = requests.filter((r) => r.draft && r.channel === 'chat');
  if (chats.length === 0) return '';
  const book = await phrasebookOf(ctx);
  const { phrasesForTopic } = await import('../engine/phrases.js');
  const { style } = screen;
  const out: string[] = [];
  for (const topic of [...new Set(chats.map((r) => r.topic))]) {
    const title = chats.length > 1 ? ` — ${topic.title[ctx.lang]}` : '';
    out.push('', style.heading(`${t(ctx.lang, 'chatPhrasesHeading')}${title}`));
    for (const { phrase } of phrasesForTopic(book, topic.id, 5)) {
      out.push(hang(`  ${style.glyph.bullet} `, printable(phrase.en), screen.width), hang('    ', style.dim(printable(phrase.ru)), screen.width));
    }
  }
  out.push(hang('', style.dim(t(ctx.lang, 'chatPhrasesMore')), screen.width));
  return `${out.join('\n')}\n`;
}
