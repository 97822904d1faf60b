/** The benchmark's parts: each measures, prints its figures (report.ts) and asserts nothing. */
import type { Browser } from 'playwright-core';
import { launch } from '../../tests/e2e/browser';
import { writeSyntheticData } from '../synthetic-data';
import { coldLoad, mark, type Load } from './load';
import { atClickView, clickLatencies, type Timed } from './clicks';
import { drag, play, type Smoothness } from './playback';
import { memory } from './memory';
import { clickTargets } from './targets';
import { buildMap, serve, withParam, type BenchPage, type Pages, type Site } from './sites';
import { say } from './report';
import { kib, list, mb, median, ms, percentile, ratio, verdict } from './stats';

export const RUNS = Math.max(5, Number(process.env.RUNS ?? 7));
const PLAY_MS = Number(process.env.PLAY_MS ?? 8000);
const viewport = { width: 1280, height: 720 };

/** Cold loads of every page in turn, RUNS rounds, so that a slow spell of the machine hits them all. */
async function alternate(browser: Browser, pages: readonly BenchPage[]) {
  const loads = new Map<string, Load[]>(pages.map((p) => [p.name, []]));
  for (let i = 0; i < RUNS; i++)
    for (const p of pages) loads.get(p.name)!.push(await coldLoad(browser, p.site, p.marks, p.done, p.path));
  const med = (page: string, f: (l: Load) => number) => median(loads.get(page)!.map(f));
  const col = (s: string, n: number) => s.padEnd(n);
  const marks = pages[0].marks;
  say(`  ${col('page', 24)}${marks.map((m) => col(m, 19)).join('')}${col('bytes (gzip -9)', 17)}JS heap`);
  for (const { name } of pages) {
    const cells = marks.map((m) => col(ms(med(name, (l) => l.marks[m] ?? NaN)), 19)).join('');
    say(
      `  ${col(name, 24)}${cells}${col(kib(med(name, (l) => l.bytes)), 17)}${mb(med(name, (l) => l.heap))}`,
    );
  }
  for (const { name } of pages) {
    const drew = [...new Set(loads.get(name)!.map((l) => l.renderer ?? ''))].filter(Boolean);
    if (drew.length) say(`    ${name}: drawn by the ${drew.join(', then the ')} renderer`);
  }
  for (const { name } of pages)
    for (const m of marks) {
      const xs = loads.get(name)!.map((l) => l.marks[m] ?? NaN);
      if (xs.some(Number.isFinite)) say(`    ${name}, ${m}, each run: ${list(xs)}`);
    }
  return { loads, med };
}

/** Cold loads of this map (each renderer) and both reference pages; the ratios against their targets. */
export async function loadsPart(browser: Browser, pages: Pages) {
  say(`Cold loads at 1280×720, ${RUNS} rounds taking the pages in turn; medians:`);
  const { svg, webgl, maplibre, d3 } = pages;
  const { loads, med } = await alternate(browser, [svg, webgl, maplibre, d3]);
  const at = (m: string) => (l: Load) => l.marks[m];
  const bytes = (l: Load) => l.bytes;
  say(`  ${svg.name}, as this machine gets it, against the reference pages (medians of this run):`);
  say(
    `    map-painted / SVG page's          ${ratio(med(svg.name, at('map-painted')), med(d3.name, at('map-painted')), 0.25)}`,
  );
  say(
    `    map-interactive / bare MapLibre's ${ratio(med(svg.name, at('map-interactive')), med(maplibre.name, at('map-interactive')), 0.5)}`,
  );
  say(
    `    bytes / bare MapLibre's           ${ratio(med(svg.name, bytes), med(maplibre.name, bytes), 0.85)}`,
  );
  say(`  ${webgl.name}: the WebGL map takes over from the SVG map once drawn:`);
  say(
    `    webgl-interactive / bare MapLibre's map-interactive: ` +
      `${(med(webgl.name, at('webgl-interactive')) / med(maplibre.name, at('map-interactive'))).toFixed(2)}×; ` +
      `bytes / bare MapLibre's: ${(med(webgl.name, bytes) / med(maplibre.name, bytes)).toFixed(2)}×`,
  );
  for (const page of [svg, webgl]) {
    say(`  Files ${page.name} loaded (first run), gzip -9:`);
    for (const f of [...loads.get(page.name)![0].files].sort((a, b) => b.gzip - a.gzip))
      say(`    ${kib(f.gzip).padStart(10)}  ${f.path}`);
  }
}

/** Click → panel on this map (each renderer), click → name on the bare MapLibre page, 50 countries each. */
export async function clicksPart(browser: Browser, pages: Pages) {
  say('Click → answer, 50 different countries (Event Timing: from the click to the frame on screen):');
  const targets = clickTargets();
  for (const [page, answer] of [
    [pages.svg, 'panel'],
    [pages.webgl, 'panel'],
    [pages.maplibre, 'picked'],
  ] as const) {
    const context = await browser.newContext({ viewport });
    const tab = await context.newPage();
    await tab.goto(atClickView(page.site.url + page.path));
    await mark(tab, page.done);
    await tab.waitForTimeout(1000);
    const { timed, missed } = await clickLatencies(tab, targets, page.surface, 50, answer);
    await context.close();
    const q = (f: (t: Timed) => number, p: number) => percentile(timed.map(f).filter(Number.isFinite), p);
    const p95 = q((t) => t.total, 0.95);
    const own = q((t) => t.input + t.processing, 0.95);
    say(
      `  ${page.name} (${answer === 'panel' ? 'its country panel' : 'a line naming the country'}): ` +
        `p50 ${ms(q((t) => t.total, 0.5))}, p95 ${ms(p95)}` +
        (answer === 'panel' ? ` ${verdict(p95 < 50, '< 50 ms')}` : '') +
        `, ${timed.length} clicks`,
    );
    say(
      `    medians: input delay ${ms(q((t) => t.input, 0.5))}, processing ${ms(q((t) => t.processing, 0.5))}, ` +
        `presentation ${ms(q((t) => t.presentation, 0.5))}; p95 of input delay + processing (the main thread's part) ${ms(own)}`,
    );
    if (missed.length)
      say(
        `    not counted: ${missed.length} clicks that named another country or none (${missed.join(' ')})`,
      );
  }
}

const smooth = (s: Smoothness) =>
  `longest task ${ms(s.longest)}, tasks over 50 ms: ${s.over50}, ${s.fps.toFixed(0)} frames/s; ` +
  `slowest frames: script ≤ ${ms(s.scriptMax)}, rendering ≤ ${ms(s.renderMax)}`;

/** Builds (once) and serves the map with `n` synthetic trips added; n = 0 is the real data. */
async function withTrips(n: number, ours: Site): Promise<Site> {
  if (!n) return ours;
  const dir = `bench-results/dist-${n}`;
  buildMap(dir, writeSyntheticData(n, `bench-results/data-${n}`));
  return serve(dir);
}

/** Playback with the real data and 1,000 and 10,000 synthetic trips, on each renderer; dragging. */
export async function smoothPart(browser: Browser, pages: Pages, built: Map<number, Site>) {
  say(`Timeline playback from the warrant, ${PLAY_MS / 1000} s of Play:`);
  for (const n of [0, 1000, 10_000]) {
    if (!built.has(n)) built.set(n, await withTrips(n, pages.svg.site));
    say(`  ${n ? `+${n.toLocaleString('en')} synthetic trips` : 'real data'}:`);
    for (const p of [pages.svg, pages.webgl]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(built.get(n)!.url + withParam(p.path, 'date=2023-03-17'));
      const ready = await mark(page, p.done, 120_000);
      const loaded = await page.evaluate((d) => performance.getEntriesByName(d)[0]?.startTime, p.done);
      const result = ready ? await play(page, PLAY_MS) : null;
      await context.close();
      say(
        `    ${p.name}: ${result ? `${smooth(result)}; reached ${result.reached}` : 'not interactive within 120 s'}`,
      );
      if (n && ready) say(`      (loaded at the warrant's date: ${p.done} at ${ms(loaded)})`);
    }
  }
  say(`Dragging the map to and fro for ${PLAY_MS / 1000} s (every frame pans it):`);
  for (const p of [pages.svg, pages.webgl, pages.maplibre]) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(p.site.url + p.path);
    await mark(page, p.done);
    say(`  ${p.name}: ${smooth(await drag(page, PLAY_MS, p.surface))}`);
    await context.close();
  }
}

/** Loads of this map with 10,000 synthetic trips at today's date (all of them drawn), each renderer. */
export async function manyTripsPart(browser: Browser, pages: Pages, built: Map<number, Site>) {
  const n = 10_000;
  if (!built.has(n)) built.set(n, await withTrips(n, pages.svg.site));
  say(
    `With +${n.toLocaleString('en')} synthetic trips, cold loads at today's date (every trip drawn), 3 each:`,
  );
  for (const p of [pages.svg, pages.webgl]) {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const l = await coldLoad(browser, built.get(n)!, [p.done], p.done, p.path, 120_000);
      times.push(l.marks[p.done]);
    }
    const m = median(times);
    say(
      `  ${p.name}: ${p.done} median ${ms(m)} ${p === pages.svg ? verdict(m < 5000, '< 5 s') : ''} (each: ${list(times)})`,
    );
  }
}

/** Heap growth over 200 panel open/close cycles and 5 full plays. */
export async function memoryPart(browser: Browser, ours: BenchPage) {
  say(`Memory: JS heap of ${ours.name} after a garbage collection:`);
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(atClickView(ours.site.url + ours.path));
  await mark(page, ours.done);
  await page.waitForTimeout(1000);
  const m = await memory(page, clickTargets(), ours.surface);
  await context.close();
  const growth = m.afterPlays - m.warmed;
  say(
    `  loaded ${mb(m.loaded)}; after a first pass over the 20 countries ${mb(m.warmed)} ` +
      '(paid once: the 1:50m shapes, loaded when a panel zooms the map in)',
  );
  say(
    `  after 200 more panel open/close cycles ${mb(m.afterPanels)}` +
      (m.missedClicks ? ` (${m.missedClicks} opened no panel)` : ''),
  );
  say(
    `  after ${m.playsEnded} full timeline plays ${mb(m.afterPlays)}: growth since the first pass ${mb(growth)} ` +
      `${verdict(growth < 5 * 2 ** 20, '< 5 MB')}, since load ${mb(m.afterPlays - m.loaded)}`,
  );
}

/** The same cold loads with WebGL switched off. */
export async function noWebglPart(pages: Pages) {
  say('Without WebGL (--disable-webgl --disable-3d-apis), the same cold loads; medians:');
  const browser = await launch(['--disable-webgl', '--disable-3d-apis']);
  try {
    await alternate(browser, [pages.svg, pages.d3]);
    const bare = await coldLoad(
      browser,
      pages.maplibre.site,
      pages.maplibre.marks,
      'map-interactive',
      'maplibre.html',
    );
    say(
      `  bare MapLibre: ${Number.isFinite(bare.marks['map-painted']) ? 'painted' : 'drew no map (it needs WebGL)'}`,
    );
  } finally {
    await browser.close();
  }
}
