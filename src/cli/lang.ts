// Which language the interface speaks: --lang, then the locale variables, then English.
// Messages drafted for Amazon are English whatever this says.
import type { Lang } from '../content/schema.js';
import { globalFlag } from './argv.js';

export const LANGS = ['en', 'ru'] as const;

export function langFromLocale(env: NodeJS.ProcessEnv): Lang {
  // The first of LC_ALL, LC_MESSAGES, LANG that is set decides, as in POSIX.
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ru([_.@-]|$)/i.test(locale) ? 'ru' : 'en';
}

export function resolveLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  // Read before commander runs, so that help and errors already speak the right language.
  const flag = globalFlag(argv, '--lang')?.toLowerCase();
  if (flag === 'en' || flag === 'ru') return flag;
  return langFromLocale(env);
}
