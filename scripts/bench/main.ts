// Speed and size of the built site against two plain reference pages, in headless Chromium:
// `npm run bench`. RUNS=7 rounds of cold loads by default (at least 5); PLAY_MS=8000 of play or drag;
// ONLY=loads,clicks,smooth,many,memory,nowebgl runs some parts; MODES=software,gpu picks the ways the
// browser draws (below); `npm run bench -- --readme` also writes the figures into README.md.
// Prints figures and ratios; asserts nothing.
import { execSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { launch } from '../../tests/e2e/browser';
import { MAP_MARKS, PLAIN_MARKS, buildMap, buildReference, serve, type Pages, type Site } from './sites';
import { clicksPart, loadsPart, manyTripsPart, memoryPart, noWebglPart, smoothPart } from './parts';
import { say, writeReport } from './report';

const ONLY = process.env.ONLY?.split(',');
const want = (part: string) => !ONLY || ONLY.includes(part);
const MODES = [
  {
    id: 'software',
    title: "Software compositing (headless Chromium's default)",
    about:
      'WebGL runs in SwiftShader and every frame that changes the map waits on the main thread for its picture',
    flags: [] as string[],
  },
  {
    id: 'gpu',
    title: 'GPU compositing, with SwiftShader as the GPU',
    about:
      'frames are put together off the main thread, as on a machine with a graphics chip; the "chip" shares the same cores',
    flags: ['--use-angle=swiftshader', '--ignore-gpu-blocklist'],
  },
].filter((m) => !process.env.MODES || process.env.MODES.split(',').includes(m.id));

execSync('npm run --silent geo', { stdio: 'inherit' });
buildMap('bench-results/dist-0');
buildReference();
const ours = await serve('bench-results/dist-0');
const reference = await serve('bench-results/reference');
const built = new Map<number, Site>([[0, ours]]);
const pages: Pages = {
  svg: {
    name: 'this map (SVG)',
    site: ours,
    path: '',
    marks: MAP_MARKS,
    done: 'map-interactive',
    surface: '.map',
  },
  webgl: {
    name: 'this map (WebGL)',
    site: ours,
    path: '?renderer=webgl',
    marks: MAP_MARKS,
    done: 'webgl-interactive',
    surface: '.map',
  },
  maplibre: {
    name: 'bare MapLibre (1:50m)',
    site: reference,
    path: 'maplibre.html',
    marks: PLAIN_MARKS,
    done: 'map-interactive',
    surface: 'canvas',
  },
  d3: {
    name: 'd3-geo SVG (1:50m)',
    site: reference,
    path: 'svg.html',
    marks: PLAIN_MARKS,
    done: 'map-interactive',
    surface: '#map svg',
  },
};

try {
  for (const [i, mode] of MODES.entries()) {
    const browser: Browser = await launch(mode.flags);
    try {
      say(`## ${mode.title}: ${mode.about}.`);
      say();
      // Loads and memory once, in the first way of drawing; both ways for what the frames decide.
      const parts: [string, boolean, () => Promise<void>][] = [
        ['loads', i === 0, () => loadsPart(browser, pages)],
        ['clicks', true, () => clicksPart(browser, pages)],
        ['smooth', true, () => smoothPart(browser, pages, built)],
        ['many', i === 0, () => manyTripsPart(browser, pages, built)],
        ['memory', i === 0, () => memoryPart(browser, pages.svg)],
      ];
      for (const [, , run] of parts.filter(([part, here]) => here && want(part))) {
        await run();
        say();
      }
    } finally {
      await browser.close();
    }
  }
  if (want('nowebgl')) {
    say('## Without WebGL');
    say();
    await noWebglPart(pages);
  }
} finally {
  for (const site of new Set([...built.values(), reference])) await site.close();
}
writeReport(process.argv.includes('--readme'));
