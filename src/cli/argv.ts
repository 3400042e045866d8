// Reading the raw command line before commander does: the interface language, colour and content
// must be known before the program is built, and the --help hint names the command that failed.

/** Global options that take a value: their value is never a command word. */
const VALUED_GLOBALS = ['--lang', '--content'];

/**
 * The value of a global option (`--lang ru` or `--lang=ru`), up to a `--`. Given twice, the last
 * one counts, as it does for commander: the language of the messages and the parsed value agree.
 */
export function globalFlag(argv: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === name) value = argv[++i];
    else if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1);
  }
  return value;
}

/** `--lang RU` as `--lang ru`: the language is a code, whatever its case. */
export function withLowerCaseLang(argv: readonly string[]): string[] {
  const out = [...argv];
  for (let i = 0; i < out.length; i++) {
    const arg = out[i]!;
    if (arg === '--') break;
    if (arg === '--lang' && i + 1 < out.length) {
      out[i + 1] = out[i + 1]!.toLowerCase();
      i++;
    } else if (arg.startsWith('--lang=')) out[i] = arg.toLowerCase();
  }
  return out;
}

/** The first `max` words that are not options or their values: the command, and its subcommand. */
export function commandWords(argv: readonly string[], max: number): string[] {
  return commandWordPositions(argv, max).map((i) => argv[i]!);
}

/** Where in argv those words are. */
export function commandWordPositions(argv: readonly string[], max: number): number[] {
  const found: number[] = [];
  for (let i = 0; i < argv.length && found.length < max; i++) {
    const arg = argv[i]!;
    if (VALUED_GLOBALS.includes(arg)) i++;
    else if (arg.startsWith('-')) {
      if (found.length > 0) break;
    } else found.push(i);
  }
  return found;
}
