// What the bundle gives commander for node:child_process (scripts/build.mjs): commander only spawns
// executable subcommands, which amz-help has none of, so node:child_process is loaded on first use.
import type { spawn as Spawn } from 'node:child_process';

export const spawn: typeof Spawn = ((...args: Parameters<typeof Spawn>) =>
  process.getBuiltinModule('node:child_process').spawn(...args)) as typeof Spawn;
