// Reading the raw command line before commander does: the interface language, colour and content
// must be known before the program is built, and the --help hint names the command that failed.

/** Global options that take a value: their value is never a command word. */
const VALUED_GLOBALS = ['--lang', '--content'];

/** The value of a global option (`--lang ru` or `--lang=ru`), up to a `--`. */
export function globalFlag(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === name) return argv[i + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

/** The first `max` words that are not options or their values: the command, and its subcommand. */
export function commandWords(argv: readonly string[], max: number): string[] {
  const words: string[] = [];
  for (let i = 0; i < argv.length && words.length < max; i++) {
    const arg = argv[i]!;
    if (VALUED_GLOBALS.includes(arg)) i++;
    else if (arg.startsWith('-')) {
      if (words.length > 0) break;
    } else words.push(arg);
  }
  return words;
}
