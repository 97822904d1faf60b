// Offline after one visit (the service worker, build/offline.ts): what a teacher with a bad
// classroom connection does, and what happens when a new version of the map is published.
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUT, useSite, waitForMap, watchPolicy } from './harness';

const site = useSite();
const steps: number = JSON.parse(readFileSync('data/lesson.json', 'utf8')).steps.length;
const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A context whose pages may register the service worker (the other tests block it). */
async function withWorker(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await site.browser.newContext({
    viewport: { width: 1280, height: 720 },
    reducedMotion: 'reduce',
    serviceWorkers: 'allow',
  });
  await watchPolicy(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

/** The first visit: the page says when it has saved itself for offline use. */
async function firstVisit(page: Page) {
  await page.goto(site.url);
  await waitForMap(page, 'svg');
  await page
    .getByText('Saved on this device: the map and the lesson now work offline')
    .waitFor({ timeout: 45_000 });
}

describe('offline after one visit', () => {
  it('with the network gone: the map draws, a panel opens with its sources, the lesson runs to its end', async () => {
    const { context, page, errors } = await withWorker();
    await firstVisit(page);
    await page.screenshot({ path: `${OUT}/offline-saved.png` });

    await context.setOffline(true);
    // A reload, and a new address (the page's addresses all fall back to the saved page).
    await page.reload();
    await waitForMap(page, 'svg');
    await page.getByText('You are offline: this is the map as saved on this device').waitFor();
    await page.goto(`${site.url}?country=MNG&date=2024-09-03`);
    await waitForMap(page, 'svg');
    const panel = page.getByRole('region', { name: 'Mongolia' });
    await panel.waitFor({ timeout: 10_000 });
    await expect.poll(() => panel.textContent()).toContain('Pre-Trial Chamber');
    // The sources arrive from the saved copy too.
    await expect.poll(() => panel.locator('a[href^="http"]').count(), { timeout: 10_000 }).toBeGreaterThan(2);
    // The detailed shapes, for zooming in, are saved as well.
    const detailed = await page.evaluate(() => fetch('geo/countries-50m.json').then((r) => r.status));
    expect(detailed).toBe(200);
    await page.screenshot({ path: `${OUT}/offline-panel.png` });

    await page.goto(`${site.url}?present=1&step=1`);
    await page.locator('.present .counter').waitFor({ timeout: 20_000 });
    for (
      let i = 1;
      i < steps * 2 &&
      !(await page.locator('.present .counter').textContent())?.endsWith(`${steps} of ${steps}`);
      i++
    )
      await page.keyboard.press('ArrowRight');
    expect(await page.locator('.present .counter').textContent()).toBe(`Step ${steps} of ${steps}`);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('a new version announces itself, keeps the old page until the reader reloads, then replaces it', async () => {
    const { context, page, errors } = await withWorker();
    await firstVisit(page);
    // A new build is published at the same address (its worker differs, as every build's does).
    const next = mkdtempSync(join(tmpdir(), 'map-next-'));
    temp.push(next);
    cpSync('dist', next, { recursive: true });
    appendFileSync(join(next, 'sw.js'), '\n// the next build\n');
    site.serve(next);
    try {
      await page.reload();
      const notice = page.getByText('A newer version of the map is ready');
      await notice.waitFor({ timeout: 45_000 });
      // Until the reader chooses, the page on screen stays the one they had.
      await page.evaluate(() => ((window as unknown as { before: boolean }).before = true));
      await page.screenshot({ path: `${OUT}/offline-newer.png` });
      await page.getByRole('button', { name: 'Reload' }).click();
      await page.waitForFunction(() => !(window as unknown as { before?: boolean }).before, null, {
        timeout: 20_000,
      });
      await waitForMap(page, 'svg');
      const worker = await page.evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        const script = await fetch(r!.active!.scriptURL).then((res) => res.text());
        return { waiting: r!.waiting !== null, next: script.includes('the next build') };
      });
      expect(worker).toEqual({ waiting: false, next: true });
      expect(await notice.count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      site.serve('dist');
      await context.close();
    }
  }, 120_000);
});
