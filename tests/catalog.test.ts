// The program builds only the command that runs; `--help` lists the others from the catalog
// (src/cli/catalog.ts). Each catalog line must be what commander would write for the command built.
import { Help } from '@commander-js/extra-typings';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, COMMANDS } from '../src/cli/catalog.js';
import { MAKERS } from '../src/program.js';
import { loadContent } from '../src/validate/loader.js';
import { CONTENT } from './helpers/content.js';
import { testContext } from './helpers/wizard-driver.js';
import { run } from './helpers/cli.js';

describe('the catalog of commands', () => {
  const { content } = loadContent(CONTENT, 'content');
  for (const name of COMMAND_NAMES) {
    it(`${name}: the catalog's term is commander's, for the command built with and without a topic`, () => {
      const { ctx } = testContext();
      for (const draft of [undefined, { content }, { content, topic: content.topics[0]!.id }]) {
        const cmd = MAKERS[name](ctx, draft);
        expect(cmd.name()).toBe(name);
        expect(new Help().subcommandTerm(cmd)).toBe(`${name} ${COMMANDS[name].term}`.trim());
      }
    });
  }
});

describe('help for a command that only the catalog lists', () => {
  // `help` builds every command: its command word may follow global flags.
  for (const [args, name, own] of [
    [['help', '--no-color', 'wizard'], 'wizard', '--copy'],
    [['help', '--lang=en', 'path'], 'path', '--json'],
    [['help', '--', 'content'], 'content', 'check [dir]'],
  ] as const) {
    it(`amz-help ${args.join(' ')} prints what amz-help ${name} --help prints`, () => {
      const viaHelp = run(args);
      const direct = run([name, '--help']);
      expect(viaHelp.status).toBe(0);
      expect(viaHelp.stdout).toBe(direct.stdout);
      expect(viaHelp.stdout).toContain(own);
    });
  }
});
