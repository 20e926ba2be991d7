import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
    // Vitest's default leaves one core idle: on a 2-core machine that is one worker and ~93 s; every core gives ~64 s.
    maxWorkers: '100%',
    // Only with --coverage (`npm run coverage`): plain `npm test` collects nothing and is not slowed down.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary'],
    },
  },
});
