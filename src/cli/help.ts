// Help text shared by the commands: examples and the exit codes.
import type { Context } from './context.js';
import { t } from './messages.js';

export function exitCodesHelp(ctx: Pick<Context, 'lang'>): string {
  const rows =
    ctx.lang === 'ru'
      ? [
          ['0', 'готово (refund-check: разницу можно попросить; atoz-check: претензию можно подать сейчас)'],
          ['1', 'refund-check: условия не выполнены; atoz-check: претензию подать пока или уже нельзя'],
          ['2', 'неверный ввод или флаги'],
          ['3', 'ошибка в содержимом (YAML)'],
          ['4', 'не удалось скопировать или записать сообщение (оно напечатано)'],
          ['70', 'ошибка в самой программе (запустите с AMZ_HELP_DEBUG=1)'],
          ['130', 'прервано (Ctrl+C); 143: SIGTERM'],
        ]
      : [
          ['0', 'done (refund-check: you can ask for the difference; atoz-check: you can file a claim now)'],
          ['1', 'refund-check: the conditions are not met; atoz-check: a claim cannot be filed now, or no longer'],
          ['2', 'bad input or flags'],
          ['3', 'the content (YAML) has errors'],
          ['4', 'the message could not be copied or written (it was printed)'],
          ['70', 'a bug in amz-help (run again with AMZ_HELP_DEBUG=1)'],
          ['130', 'interrupted (Ctrl+C); 143: SIGTERM'],
        ];
  return `\n${t(ctx.lang, 'exitCodes')}\n${rows.map(([code, text]) => `  ${code!.padEnd(4)} ${text}`).join('\n')}\n`;
}

export function examplesHelp(ctx: Pick<Context, 'lang'>, lines: string[]): string {
  return `\n${t(ctx.lang, 'examples')}\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

