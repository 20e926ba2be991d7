// `npm run test:browser`: the portal demo in real Chromium. Not part of `npm test`, so a machine without a browser still passes that.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
