// Help text shared by the commands: examples and the exit codes (from catalog.ts).
import { EXIT_CODES } from './catalog.js';
import type { Context } from './context.js';
import { t } from './messages.js';

export function exitCodesHelp(ctx: Pick<Context, 'lang'>): string {
  const rows = Object.values(EXIT_CODES).map(({ code, help }) => `  ${String(code).padEnd(4)} ${help[ctx.lang]}`);
  return `\n${t(ctx.lang, 'exitCodes')}\n${rows.join('\n')}\n`;
}

export function examplesHelp(ctx: Pick<Context, 'lang'>, lines: string[]): string {
  return `\n${t(ctx.lang, 'examples')}\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

