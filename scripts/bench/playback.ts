/**
 * Smoothness: the main-thread tasks over 50 ms (Long Tasks API), the frame rate (animation frames
 * per second) and, for the slowest frames, how much was script and how much rendering (Long
 * Animation Frames API), while the timeline plays or while the map is dragged.
 */
import type { Page } from 'playwright-core';

export interface Smoothness {
  longest: number;
  over50: number;
  fps: number;
  /** Of the frames that took over 50 ms: the most script time in one… */
  scriptMax: number;
  /** …and the most time from the start of rendering to the end of the frame. */
  renderMax: number;
}

// A plain script: the page must not see helpers the TypeScript runner adds to named functions.
const RECORDER = `
  window.__bench = { tasks: [], frames: 0, loaf: [] };
  new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__bench.tasks.push(e.duration)))
    .observe({ type: 'longtask' });
  new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__bench.loaf.push({
    script: e.scripts.reduce((s, x) => s + x.duration, 0),
    render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
  }))).observe({ type: 'long-animation-frame' });
  (function count() { window.__bench.frames++; requestAnimationFrame(count); })();
`;

interface Recorded {
  tasks: number[];
  frames: number;
  loaf: { script: number; render: number }[];
}

/** Runs `during` with the recorder on, for `ms` of it, and sums up. */
async function record(page: Page, ms: number, during: () => Promise<void>): Promise<Smoothness> {
  await page.waitForTimeout(1000);
  await page.evaluate(RECORDER);
  const start = Date.now();
  await during();
  const left = ms - (Date.now() - start);
  if (left > 0) await page.waitForTimeout(left);
  const r = await page.evaluate(() => (window as unknown as { __bench: Recorded }).__bench);
  return {
    longest: Math.max(0, ...r.tasks),
    over50: r.tasks.filter((t) => t > 50).length,
    fps: r.frames / (ms / 1000),
    scriptMax: Math.max(0, ...r.loaf.map((f) => f.script)),
    renderMax: Math.max(0, ...r.loaf.map((f) => f.render)),
  };
}

/** Plays a page already open at the warrant (`?date=2023-03-17`) and fully loaded, for `ms`. */
export async function play(page: Page, ms: number): Promise<Smoothness & { reached: string | null }> {
  const s = await record(page, ms, () => page.getByRole('button', { name: /Play/ }).click());
  return { ...s, reached: await page.locator('.current time').getAttribute('datetime') };
}

/**
 * Drags the map (inside `surface`) to and fro for `ms`: every frame moves it, so this is what a
 * frame of panning costs here: on the SVG map one transform, on a WebGL map a full redraw.
 */
export async function drag(page: Page, ms: number, surface: string): Promise<Smoothness> {
  const box = (await page.locator(surface).first().boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  return record(page, ms, async () => {
    await page.mouse.move(x, y);
    await page.mouse.down();
    const end = Date.now() + ms;
    for (let i = 0; Date.now() < end; i++) {
      await page.mouse.move(x + 60 * Math.sin(i / 8), y, { steps: 1 });
      await page.waitForTimeout(32);
    }
    await page.mouse.up();
  });
}

/** Plays the whole timeline once (from the warrant to today); false if it had not ended after `maxMs`. */
export async function playThrough(page: Page, maxMs = 180_000): Promise<boolean> {
  await page.getByRole('button', { name: /Play/ }).click();
  try {
    await page.getByRole('button', { name: /Play/ }).waitFor({ timeout: maxMs });
    return true;
  } catch {
    return false;
  }
}
