// Is there a clipboard to copy to? Asked before offering to copy, so that the offer can default
// to No and say what is missing. Looks only at the platform, the environment and PATH: nothing runs.
import { delimiter, join } from 'node:path';

// Loaded at start-up with the wizard: node:fs as a built-in module, not an import (src/cli/terminal.ts says why).
const { existsSync } = process.getBuiltinModule('node:fs');

function onPath(env: NodeJS.ProcessEnv, name: string): boolean {
  return (env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, name)));
}

/** macOS and Windows always have one; Linux needs a display and the tool clipboardy runs for it. */
export function clipboardAvailable(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): boolean {
  if (platform === 'darwin' || platform === 'win32') return true;
  if (env.WAYLAND_DISPLAY && onPath(env, 'wl-copy')) return true;
  if (env.DISPLAY && onPath(env, 'xsel')) return true;
  return onPath(env, 'termux-clipboard-set');
}
