// Whether a file descriptor is a terminal, without loading node:tty when it cannot be one:
// node:tty loads node:net and the stream modules, a few ms of every start. A file, a pipe or
// /dev/null (where scripts and benchmarks send output) is answered from fstat alone.
//
// Code that runs at start-up takes node:fs (and node:tty) with process.getBuiltinModule() rather
// than `import`: an ES module import of a built-in reads every export of it, and node:fs's
// `promises` export loads fs/promises and readline (about 4 ms on Node 24). scripts/build.mjs
// fails when start-up code imports one of them.
const { fstatSync, statSync } = process.getBuiltinModule('node:fs');

const known = new Map<number, boolean>();
let devNull: number | undefined;

export function isTerminal(fd: number): boolean {
  let answer = known.get(fd);
  if (answer === undefined) {
    answer = check(fd);
    known.set(fd, answer);
  }
  return answer;
}

function check(fd: number): boolean {
  if (process.platform !== 'win32') {
    try {
      const stat = fstatSync(fd);
      if (!stat.isCharacterDevice()) return false;
      if (stat.rdev === (devNull ??= statSync('/dev/null').rdev)) return false;
    } catch {
      return false; // not open
    }
  }
  return process.getBuiltinModule('node:tty').isatty(fd);
}
