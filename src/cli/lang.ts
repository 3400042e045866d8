// Which language the interface speaks: --lang, then the locale variables, then English.
// Messages drafted for Amazon are English whatever this says.
import type { Lang } from '../content/schema.js';

export const LANGS = ['en', 'ru'] as const;

export function langFromLocale(env: NodeJS.ProcessEnv): Lang {
  // The first of LC_ALL, LC_MESSAGES, LANG that is set decides, as in POSIX.
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ru([_.@-]|$)/i.test(locale) ? 'ru' : 'en';
}

/** Finds --lang in raw argv before commander runs, so help and errors speak the right language. */
export function langFromArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice(7);
  }
  return undefined;
}

export function resolveLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const flag = langFromArgv(argv)?.toLowerCase();
  if (flag === 'en' || flag === 'ru') return flag;
  return langFromLocale(env);
}
