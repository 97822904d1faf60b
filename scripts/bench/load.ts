/**
 * One cold load of a page in a fresh browser context: its User Timing marks, the gzip size of every
 * file it requested until it was loaded and quiet, and its JS heap after a garbage collection.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { networkQuiet } from '../../tests/e2e/network';

export interface Load {
  marks: Record<string, number>;
  files: { path: string; gzip: number }[];
  bytes: number;
  heap: number;
  /** Which of this map's renderers drew it (the page's data-renderer), or null on a reference page. */
  renderer: string | null;
}

/** Waits for a User Timing mark; false if it never came within `timeout`. */
export async function mark(page: Page, name: string, timeout = 60_000): Promise<boolean> {
  try {
    await page.waitForFunction((n) => performance.getEntriesByName(n, 'mark').length > 0, name, { timeout });
    return true;
  } catch {
    return false;
  }
}

/** The main thread's JS heap in use after a full garbage collection, in bytes. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/**
 * Loads `url` (served from `dir` under `prefix`) cold, waits for the mark `done`, then for the network
 * to go quiet, and reads every mark in `names`. A mark that never came is NaN.
 */
export async function coldLoad(
  browser: Browser,
  site: { url: string; dir: string; prefix: string },
  names: readonly string[],
  done: string,
  path = '',
  timeout = 30_000,
): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const paths = new Set<string>();
  page.on('requestfinished', (r) => {
    const u = new URL(r.url());
    if (u.protocol.startsWith('http')) paths.add(u.pathname);
  });
  try {
    await page.goto(site.url + path);
    await mark(page, done, timeout);
    await networkQuiet(page);
    const marks = await page.evaluate(
      (ns) =>
        Object.fromEntries(ns.map((n) => [n, performance.getEntriesByName(n, 'mark')[0]?.startTime ?? NaN])),
      [...names],
    );
    const files = [...paths].map((p) => {
      const rel = p.slice(site.prefix.length) || 'index.html';
      return { path: rel, gzip: gzipSync(readFileSync(join(site.dir, rel)), { level: 9 }).length };
    });
    const renderer = await page.evaluate(
      () => document.querySelector<HTMLElement>('.map-box')?.dataset.renderer ?? null,
    );
    return {
      marks,
      files,
      bytes: files.reduce((s, f) => s + f.gzip, 0),
      heap: await heapAfterGc(page),
      renderer,
    };
  } finally {
    await context.close();
  }
}
