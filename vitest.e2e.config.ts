import { defineConfig } from 'vitest/config';

// End-to-end tests: real headless Chromium against the built site in dist/ (run `npm run build` first).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    // A busy 2-core machine can take over a second to draw a frame: polls wait up to 5 s by default
    // (still failing fast when the page never gets there), and every test makes an assertion.
    expect: { poll: { timeout: 5_000, interval: 100 }, requireAssertions: true },
  },
});
