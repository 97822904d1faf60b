/**
 * Memory: the JS heap (after a garbage collection) once the map is loaded, after a first pass that
 * opens each clicked country once, after 200 open/close cycles of the country panel (clicks on the
 * map, Escape), and after 5 full plays of the timeline.
 */
import type { Page } from 'playwright-core';
import { heapAfterGc } from './load';
import { clickAndTime, onScreen } from './clicks';
import { playThrough } from './playback';
import type { Target } from './targets';

export interface Memory {
  loaded: number;
  /** After the first pass: the 1:50m shapes and MapLibre's tile caches are in, once for all. */
  warmed: number;
  afterPanels: number;
  afterPlays: number;
  missedClicks: number;
  playsEnded: number;
}

export async function memory(
  page: Page,
  targets: readonly Target[],
  surface: string,
  cycles = 200,
  plays = 5,
): Promise<Memory> {
  const loaded = await heapAfterGc(page);
  const points = (await onScreen(page, targets, surface)).slice(0, 20);
  // The first zoom past DETAIL_ZOOM loads the 1:50m shapes (about 4.5 MB of GeoJSON that MapLibre
  // keeps), and each new view fills the tile caches up to their bound: costs paid once, whatever
  // the number of cycles, so the growth that would betray a leak is counted from after this pass.
  for (const p of points) await clickAndTime(page, p);
  const warmed = await heapAfterGc(page);
  let missedClicks = 0;
  for (let i = 0; i < cycles; i++) {
    if ((await clickAndTime(page, points[i % points.length])) === null) missedClicks++;
  }
  const afterPanels = await heapAfterGc(page);
  let playsEnded = 0;
  for (let i = 0; i < plays; i++) if (await playThrough(page)) playsEnded++;
  const afterPlays = await heapAfterGc(page);
  return { loaded, warmed, afterPanels, afterPlays, missedClicks, playsEnded };
}
