import { defineConfig } from 'vitest/config';

// End-to-end tests: real headless Chromium against the built site in dist/ (run `npm run build` first).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
