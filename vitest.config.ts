import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // End-to-end tests start real processes (tmux, Xvfb); two workers suit the 2-core machines.
    maxWorkers: 2,
  },
});
