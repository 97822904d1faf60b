/**
 * Timeline playback: plays from the warrant for `playMs` and records every main-thread task over
 * 50 ms (Long Tasks API) and the frame rate (animation frames per second).
 */
import type { Page } from 'playwright-core';

export interface Playback {
  longest: number;
  over50: number;
  fps: number;
  reached: string | null;
}

// A plain script: the page must not see helpers the TypeScript runner adds to named functions.
const RECORDER = `
  window.__bench = { tasks: [], frames: 0 };
  new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__bench.tasks.push(e.duration)))
    .observe({ type: 'longtask' });
  (function count() { window.__bench.frames++; requestAnimationFrame(count); })();
`;

/** Plays a page already open at the warrant (`?date=2023-03-17`) and fully loaded. */
export async function play(page: Page, playMs: number): Promise<Playback> {
  await page.waitForTimeout(1000);
  await page.evaluate(RECORDER);
  await page.getByRole('button', { name: /Play/ }).click();
  await page.waitForTimeout(playMs);
  const r = await page.evaluate(
    () => (window as unknown as { __bench: { tasks: number[]; frames: number } }).__bench,
  );
  return {
    longest: Math.max(0, ...r.tasks),
    over50: r.tasks.filter((t) => t > 50).length,
    fps: r.frames / (playMs / 1000),
    reached: await page.locator('.current time').getAttribute('datetime'),
  };
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
