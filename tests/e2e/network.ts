/** Waiting for a page's network to settle (the end-to-end tests and the benchmark share it). */
import type { Page } from 'playwright-core';

/** Resolves once no request has started or finished for `quietMs` (at most `maxMs`). */
export async function networkQuiet(page: Page, quietMs = 1000, maxMs = 10_000): Promise<void> {
  let last = Date.now();
  const touch = () => (last = Date.now());
  page.on('request', touch);
  page.on('requestfinished', touch);
  const start = Date.now();
  while (Date.now() - last < quietMs && Date.now() - start < maxMs) await page.waitForTimeout(100);
  page.off('request', touch);
  page.off('requestfinished', touch);
}
