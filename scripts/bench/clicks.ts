/**
 * Click → answer: how long after a click on a country the frame showing the answer is on screen.
 * The answer is this map's country panel, or the reference page's line naming the country. Timed
 * with the Event Timing API (as browsers measure Interaction to Next Paint): the click's input delay,
 * processing and presentation. The answer must be in the page by the end of the click's processing,
 * else the time runs to a moment just after the frame that showed it.
 */
import type { Page } from 'playwright-core';
import { screenPoint, type Target, type View } from './targets';

export interface Timed {
  /** Click to the frame with the answer on screen. */
  total: number;
  input: number;
  processing: number;
  presentation: number;
}

/** Where the answer appears: this map's panel heading, or the reference page's line. */
export type Answer = 'panel' | 'picked';

// A plain script (the page must not see helpers the TypeScript runner adds to named functions).
// Records the click's Event Timing entry and when the answer appeared; `w.__done` when both are in.
const watch = (answer: Answer) => `(() => {
  const w = window;
  const id = (w.__id = (w.__id || 0) + 1);
  w.__done = null;
  let t0 = null, shown = null, named = null, late = null, entry = null;
  addEventListener('click', (e) => (t0 = e.timeStamp), { capture: true, once: true });
  const el = () => document.getElementById(${JSON.stringify(answer === 'panel' ? 'panel-title' : 'picked')});
  const finish = () => {
    if (w.__done || w.__id !== id) return;
    w.__done = { t0, shown, named, late, entry: entry && {
      startTime: entry.startTime, duration: entry.duration,
      processingStart: entry.processingStart, processingEnd: entry.processingEnd } };
  };
  const events = new PerformanceObserver((list) => {
    const found = list.getEntries().find((e) => e.name === 'click' && t0 !== null && Math.abs(e.startTime - t0) < 1);
    if (!found) return;
    entry = found;
    events.disconnect();
    if (late !== null) finish();
  });
  events.observe({ type: 'event', durationThreshold: 16 });
  const answers = new MutationObserver(() => {
    const e = el();
    if (!e || !e.textContent) return;
    answers.disconnect();
    shown = performance.now();
    named = e.textContent;
    requestAnimationFrame(() => setTimeout(() => {
      late = performance.now();
      if (entry) finish();
    }));
  });
  answers.observe(document.body, { childList: true, subtree: true, characterData: true });
  // Under 16 ms the browser reports no entry: the answer then came within that frame.
  setTimeout(() => { events.disconnect(); answers.disconnect(); finish(); }, 4000);
})()`;

/** The camera the clicks are made in: most of the inhabited world, zoomed enough to hit mid-sized countries. */
export const CLICK_VIEW: View = { zoom: 1.6, lat: 25, lon: 15 };
const hashOf = (v: View) => `#map=${v.zoom}/${v.lat}/${v.lon}`;

/**
 * The address's hash once it has not changed for 1.2 s: this map writes the view 250 ms after the
 * camera rests, and a panel's camera move (600 ms) may still be under way.
 */
async function settledHash(page: Page): Promise<string> {
  const read = () => page.evaluate(() => location.hash);
  let last = await read();
  let since = Date.now();
  for (const end = Date.now() + 6000; Date.now() < end;) {
    await page.waitForTimeout(100);
    const h = await read();
    if (h !== last) [last, since] = [h, Date.now()];
    else if (Date.now() - since >= 1200) break;
  }
  return last;
}

/**
 * Puts the map back on CLICK_VIEW if it has moved (opening a panel may move the camera). Every page
 * jumps to an edited #map=; first the hash must have caught up with the camera.
 */
async function resetView(page: Page) {
  if ((await settledHash(page)) === hashOf(CLICK_VIEW)) return;
  await page.evaluate((h) => (location.hash = h), hashOf(CLICK_VIEW));
  await page.waitForTimeout(300);
}

/** Opens `url` at CLICK_VIEW (both pages keep the view in `#map=`). */
export const atClickView = (url: string) => url + hashOf(CLICK_VIEW);

/**
 * The on-screen point of each target that lands on the map itself (inside `surface`, the element the
 * map is drawn in: not on the legend, tools, a control or a trip's stop).
 */
export async function onScreen(page: Page, targets: readonly Target[], surface: string) {
  await resetView(page);
  const box = (await page.locator(surface).first().boundingBox())!;
  const points = targets.map((t) => {
    const p = screenPoint(CLICK_VIEW, box.width, box.height, t.lon, t.lat);
    return { ...t, x: box.x + p.x, y: box.y + p.y };
  });
  const free = await page.evaluate(
    ({ ps, surface }) =>
      ps.map((p) => {
        const el = document.elementFromPoint(p.x, p.y);
        return !!el?.closest(surface) && !el.closest('[data-trip], [data-avoided]');
      }),
    { ps: points.map(({ x, y }) => ({ x, y })), surface },
  );
  return points.filter((_, i) => free[i]);
}

interface Watched {
  t0: number | null;
  shown: number | null;
  named: string | null;
  late: number | null;
  entry: { startTime: number; duration: number; processingStart: number; processingEnd: number } | null;
}

/** The figures of one click, or null when no answer came or it named another country. */
function figures(w: Watched, answer: Answer, name: string): Timed | null {
  if (w.t0 === null || w.shown === null || w.late === null) return null;
  if (answer === 'panel' && w.named !== name) return null;
  const e = w.entry;
  if (!e) return { total: w.late - w.t0, input: NaN, processing: NaN, presentation: NaN };
  const end = e.startTime + e.duration;
  // The answer came after the click's own processing (a later task): time it to the frame after.
  const total = w.shown <= e.processingEnd + 1 ? e.duration : Math.max(e.duration, w.late - w.t0);
  return {
    total,
    input: e.processingStart - e.startTime,
    processing: e.processingEnd - e.processingStart,
    presentation: end - e.processingEnd,
  };
}

/** Clicks a point and times the answer, then closes the panel (Escape) or clears the line. */
export async function clickAndTime(
  page: Page,
  p: { name: string; x: number; y: number },
  answer: Answer = 'panel',
): Promise<Timed | null> {
  await resetView(page);
  await page.mouse.move(p.x, p.y);
  await page.waitForTimeout(Number(process.env.HOVER_MS ?? 300));
  await page.evaluate(watch(answer));
  await page.mouse.click(p.x, p.y);
  let w: Watched | null = null;
  try {
    await page.waitForFunction(() => (window as unknown as { __done: unknown }).__done, null, {
      timeout: 6000,
    });
    w = await page.evaluate(() => (window as unknown as { __done: Watched }).__done);
  } catch {
    /* no answer: counted as a miss */
  }
  if (answer === 'picked') await page.evaluate(() => (document.getElementById('picked')!.textContent = ''));
  else if (await page.locator('#panel-title').count()) {
    await page.keyboard.press('Escape');
    await page.locator('#panel-title').waitFor({ state: 'detached', timeout: 5000 });
  }
  const f = w && figures(w, answer, p.name);
  if (!f && process.env.DEBUG) console.log('miss', p.name, JSON.stringify(w));
  return f;
}

/** Times `n` clicks on different countries; returns the figures and the clicks that missed. */
export async function clickLatencies(
  page: Page,
  targets: readonly Target[],
  surface: string,
  n = 50,
  answer: Answer = 'panel',
) {
  const timed: Timed[] = [];
  const missed: string[] = [];
  for (const p of await onScreen(page, targets, surface)) {
    if (timed.length >= n) break;
    const t = await clickAndTime(page, p, answer);
    if (t === null) missed.push(p.iso3);
    else timed.push(t);
  }
  return { timed, missed };
}
