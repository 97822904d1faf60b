/**
 * Click → panel: the time from a click on a country on the WebGL map to the end of the frame that
 * shows its panel (the click event's timestamp to a task queued by the first animation frame after
 * the panel's heading names the country; a little over the true figure, never under).
 */
import type { Page } from 'playwright-core';
import { screenPoint, type Target, type View } from './targets';

// A plain script: the page must not see helpers the TypeScript runner adds to named functions.
// Records the click's timestamp, and a moment just after the first frame that shows the panel.
const WATCH = `(() => {
  const w = window;
  delete w.__t0;
  delete w.__t1;
  addEventListener('click', (e) => (w.__t0 = e.timeStamp), { capture: true, once: true });
  const observer = new MutationObserver(() => {
    const title = document.getElementById('panel-title');
    if (!title) return;
    w.__named = title.textContent;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (w.__t1 = performance.now())));
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
})()`;

/** The camera the clicks are made in: most of the inhabited world, zoomed enough to hit mid-sized countries. */
export const CLICK_VIEW: View = { zoom: 1.6, lat: 25, lon: 15 };
const hashOf = (v: View) => `#map=${v.zoom}/${v.lat}/${v.lon}`;

/** Puts the map back on CLICK_VIEW if it has moved (opening a panel may move the camera). */
async function resetView(page: Page) {
  const moved = await page.evaluate((h) => {
    if (location.hash === h) return false;
    location.hash = h;
    return true;
  }, hashOf(CLICK_VIEW));
  if (moved) await page.waitForTimeout(400);
}

/** The on-screen point of each target that lands on the map itself (not on the legend, tools or a control). */
export async function onScreen(page: Page, targets: readonly Target[]) {
  await resetView(page);
  const box = (await page.locator('.map canvas').boundingBox())!;
  const points = targets.map((t) => {
    const p = screenPoint(CLICK_VIEW, box.width, box.height, t.lon, t.lat);
    return { ...t, x: box.x + p.x, y: box.y + p.y };
  });
  const free = await page.evaluate(
    (ps) => ps.map((p) => document.elementFromPoint(p.x, p.y)?.tagName === 'CANVAS'),
    points.map(({ x, y }) => ({ x, y })),
  );
  return points.filter((_, i) => free[i]);
}

/**
 * Clicks a point and times the panel; null when no panel opened or it named another country (a
 * trip's stop lies there, say). Closes the panel again with Escape.
 */
export async function clickAndTime(
  page: Page,
  p: { name: string; x: number; y: number },
): Promise<number | null> {
  await resetView(page);
  await page.mouse.move(p.x, p.y);
  await page.waitForTimeout(Number(process.env.HOVER_MS ?? 120));
  await page.evaluate(WATCH);
  await page.mouse.click(p.x, p.y);
  let result: { t0?: number; t1?: number; named?: string } = {};
  try {
    await page.waitForFunction(() => (window as unknown as { __t1?: number }).__t1 !== undefined, null, {
      timeout: 5000,
    });
    result = await page.evaluate(() => {
      const w = window as unknown as { __t0?: number; __t1?: number; __named?: string };
      return { t0: w.__t0, t1: w.__t1, named: w.__named };
    });
  } catch {
    /* no panel: counted as a miss */
  }
  if (await page.locator('#panel-title').count()) {
    await page.keyboard.press('Escape');
    await page.locator('#panel-title').waitFor({ state: 'detached', timeout: 5000 });
  }
  if (result.t0 === undefined || result.t1 === undefined || result.named !== p.name) return null;
  return result.t1 - result.t0;
}

/** Times `n` clicks on different countries; returns the latencies and the clicks that missed. */
export async function clickLatencies(page: Page, targets: readonly Target[], n = 50) {
  const latencies: number[] = [];
  const missed: string[] = [];
  for (const p of await onScreen(page, targets)) {
    if (latencies.length >= n) break;
    const t = await clickAndTime(page, p);
    if (t === null) missed.push(p.iso3);
    else latencies.push(t);
  }
  return { latencies, missed };
}
