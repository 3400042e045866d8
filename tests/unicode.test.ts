// Unicode that spoofs (issue 14 §4): bidirectional controls (U+202A-U+202E, U+2066-U+2069) and the
// line and paragraph separators (U+2028, U+2029) are refused in content (located) and in user text
// (a clear message); lengths count characters as a user sees them (graphemes).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFreeText, graphemeCount, graphemeSlice } from '../src/engine/answers.js';
import { clip, shownPath } from '../src/cli/flags.js';
import { printable, printableLine } from '../src/cli/style.js';
import { run } from './helpers/cli.js';
import { cleanupTemp, copyContent, positionOf } from './helpers/content.js';

afterAll(() => cleanupTemp());
const DRAFT = ['draft', 'payment', '--problem', 'charged-twice'];
const SPOOFERS = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u2028', '\u2029'];

describe('in content', () => {
  it('a right-to-left override around the phone number: content check exits 3, located at the value', () => {
    const dir = copyContent();
    const file = join(dir, 'amazon.yaml');
    const text = readFileSync(file, 'utf8').replace('value: 1-888-280-4331', 'value: "\u202e1-888-280-4331\u202c"');
    writeFileSync(file, text);
    const at = positionOf(text, '"\u202e1-888');
    const r = run(['content', 'check', dir]);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain(`amazon.yaml:${at.line}:`);
    expect(r.stderr).toMatch(/details\[\d+\]\.value: must not contain bidirectional controls or line separators/);
    // The message itself carries no raw override.
    expect(r.stderr).not.toMatch(/[\u202a-\u202e]/);
    // Every command on it refuses it too.
    expect(run(['--content', dir, 'contacts']).status).toBe(3);
  });

  it.each([
    ['U+2028 in a prompt', '\u2028'],
    ['U+2067 in a prompt', '\u2067'],
  ])('%s is refused', (_name, char) => {
    const dir = copyContent();
    const file = join(dir, 'topics', 'payment.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('What happened with the payment?', `What happened${char} with the payment?`));
    const r = run(['content', 'check', dir]);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/payment\.yaml:\d+:\d+ questions\[0\]\.prompt\.en: must not contain bidirectional controls/);
  });
});

describe('in user text', () => {
  it.each(SPOOFERS.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase()}`, c]))('--details with %s: exit 2, a clear message', (_name, char) => {
    const r = run([...DRAFT, '--details', `The charge was ${char}on May 1.`]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'error: --details contains a character that reverses or breaks the text on screen (U+202A-U+202E, U+2066-U+2069, U+2028, U+2029)\nhint: retype the text instead of pasting it\n',
    );
  });

  it('in Russian', () => {
    const r = run([...DRAFT, '--details', 'x\u202ey'], { env: { LANG: 'ru_RU.UTF-8' } });
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      'ошибка: --details содержит символ, который переворачивает или разрывает текст на экране (U+202A-U+202E, U+2066-U+2069, U+2028, U+2029)',
    );
  });

  it('the wizard\'s check says the same in its words', () => {
    expect(checkFreeText('a\u2029b', 300)).toEqual({ ok: false, problem: 'spoofing', length: 3 });
    expect(checkFreeText('a\u200db', 300).ok).toBe(true); // a zero-width joiner is part of emoji, not a spoof
  });
});

describe('characters as a user counts them', () => {
  it('200 emoji are 200 characters: accepted where 300 fit', () => {
    const r = run([...DRAFT, '--details', '😀'.repeat(200)]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('😀'.repeat(200));
  });

  it('301 emoji are refused as 301 characters, not 602', () => {
    const r = run([...DRAFT, '--details', '😀'.repeat(301)]);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('error: --details is 301 characters long; at most 300 fit in a message');
  });

  it.each([
    ['a family (joined with U+200D)', '👨‍👩‍👧', 1],
    ['a flag', '🇷🇺', 1],
    ['e with a combining accent', 'e\u0301', 1],
    ['Cyrillic', 'ёж', 2],
  ])('%s', (_name, text, count) => {
    expect(graphemeCount(text)).toBe(count);
  });

  it('clipping never cuts an emoji in half', () => {
    const clipped = clip('😀'.repeat(100));
    expect(clipped).toBe(`${'😀'.repeat(57)}...`);
    expect(clipped).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(graphemeSlice('👨‍👩‍👧x', 1)).toBe('👨‍👩‍👧');
  });
});

describe('what is shown back', () => {
  it('printable() turns overrides and separators into U+FFFD', () => {
    for (const c of SPOOFERS) expect(printable(`a${c}b`)).toBe('a\uFFFDb');
    expect(printableLine('a\nb\rc')).toBe('a\uFFFDb\uFFFDc');
  });

  it('a long path is cut in the middle, keeping its start and its file name', () => {
    const path = `/tmp/${'x'.repeat(120_000)}/message.txt`;
    const shown = shownPath(path);
    expect(graphemeCount(shown)).toBeLessThanOrEqual(200);
    expect(shown.startsWith('/tmp/x')).toBe(true);
    expect(shown.endsWith('/message.txt')).toBe(true);
  });
});
