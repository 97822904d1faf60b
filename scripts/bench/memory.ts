/**
 * Memory: the JS heap (after a garbage collection) once the map is loaded, after 200 open/close
 * cycles of the country panel (clicks on the map, Escape), and after 5 full plays of the timeline.
 */
import type { Page } from 'playwright-core';
import { heapAfterGc } from './load';
import { clickAndTime, onScreen } from './clicks';
import { playThrough } from './playback';
import type { Target } from './targets';

export interface Memory {
  loaded: number;
  afterPanels: number;
  afterPlays: number;
  missedClicks: number;
  playsEnded: number;
}

export async function memory(
  page: Page,
  targets: readonly Target[],
  cycles = 200,
  plays = 5,
): Promise<Memory> {
  const loaded = await heapAfterGc(page);
  const points = (await onScreen(page, targets)).slice(0, 20);
  let missedClicks = 0;
  for (let i = 0; i < cycles; i++) {
    if ((await clickAndTime(page, points[i % points.length])) === null) missedClicks++;
  }
  const afterPanels = await heapAfterGc(page);
  let playsEnded = 0;
  for (let i = 0; i < plays; i++) if (await playThrough(page)) playsEnded++;
  const afterPlays = await heapAfterGc(page);
  return { loaded, afterPanels, afterPlays, missedClicks, playsEnded };
}
