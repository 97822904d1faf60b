// Speed and size of the built site, measured in headless Chromium: `npm run bench`.
// Prints figures; asserts nothing. Builds the site itself (and copies with synthetic trips).
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch } from '../tests/e2e/browser';
import { serveDist, SUB_PATH } from '../tests/e2e/server';
import { writeSyntheticData } from './synthetic-data';

const RUNS = Number(process.env.RUNS ?? 7);
const PLAY_MS = Number(process.env.PLAY_MS ?? 8000);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const build = (outDir: string, dataDir?: string) =>
  execSync(`npx vite build --outDir ${outDir} --emptyOutDir --logLevel error`, {
    stdio: 'inherit',
    env: { ...process.env, ...(dataDir ? { ICC_DATA_DIR: dataDir } : {}) },
  });

/** Cold loads: User Timing marks and the gzip size of every file requested. */
async function loads(browser: Browser, dir: string) {
  const site = await serveDist(dir);
  const painted: number[] = [];
  const interactive: number[] = [];
  let files: { path: string; gzip: number }[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      const paths = new Set<string>();
      page.on('requestfinished', (r) => paths.add(new URL(r.url()).pathname));
      await page.goto(site.url);
      await page.waitForFunction(() => performance.getEntriesByName('map-interactive').length > 0, null, {
        timeout: 60_000,
      });
      const marks = await page.evaluate(() =>
        ['map-painted', 'map-interactive'].map((n) => performance.getEntriesByName(n)[0].startTime),
      );
      painted.push(marks[0]);
      interactive.push(marks[1]);
      if (i === 0) {
        files = [...paths].map((p) => {
          const rel = p.slice(SUB_PATH.length) || 'index.html';
          return { path: rel, gzip: gzipSync(readFileSync(join(dir, rel)), { level: 9 }).length };
        });
      }
      await context.close();
    }
  } finally {
    await site.close();
  }
  return { painted, interactive, files };
}

/** Plays the timeline from the warrant for PLAY_MS: the longest main-thread task and the frame rate. */
async function playback(browser: Browser, dir: string) {
  const site = await serveDist(dir);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${site.url}?date=2023-03-17`);
    await page.waitForFunction(() => performance.getEntriesByName('map-interactive').length > 0, null, {
      timeout: 60_000,
    });
    await page.waitForTimeout(1000);
    // A plain script: the page must not see helpers the TypeScript runner adds to named functions.
    await page.evaluate(`
      window.__bench = { tasks: [], frames: 0 };
      new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__bench.tasks.push(e.duration)))
        .observe({ type: 'longtask' });
      (function count() { window.__bench.frames++; requestAnimationFrame(count); })();
    `);
    await page.getByRole('button', { name: /Play/ }).click();
    await page.waitForTimeout(PLAY_MS);
    const r = await page.evaluate(
      () => (window as unknown as { __bench: { tasks: number[]; frames: number } }).__bench,
    );
    const date = await page.locator('.current time').getAttribute('datetime');
    await context.close();
    return {
      longest: Math.max(0, ...r.tasks),
      over50: r.tasks.filter((t) => t > 50).length,
      fps: r.frames / (PLAY_MS / 1000),
      date,
    };
  } finally {
    await site.close();
  }
}

const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
build('dist');
const browser = await launch();
try {
  const l = await loads(browser, 'dist');
  console.log(`Cold loads at 1280×720 in headless Chromium (software WebGL), ${RUNS} runs, medians:`);
  console.log(
    `  map-painted      ${median(l.painted).toFixed(0)} ms   (all: ${l.painted.map((x) => x.toFixed(0)).join(', ')})`,
  );
  console.log(
    `  map-interactive  ${median(l.interactive).toFixed(0)} ms   (all: ${l.interactive.map((x) => x.toFixed(0)).join(', ')})`,
  );
  console.log('First load, gzip -9 of every file requested before map-interactive:');
  for (const f of l.files.sort((a, b) => b.gzip - a.gzip))
    console.log(`  ${kib(f.gzip).padStart(10)}  ${f.path}`);
  console.log(`  ${kib(l.files.reduce((s, f) => s + f.gzip, 0)).padStart(10)}  total`);

  console.log(`Timeline playback from the warrant, ${PLAY_MS / 1000} s of Play:`);
  for (const n of [0, 1000]) {
    const dir = n ? `bench-results/dist-${n}` : 'dist';
    if (n) build(dir, writeSyntheticData(n, `bench-results/data-${n}`));
    const p = await playback(browser, dir);
    console.log(
      `  ${n ? `+${n} synthetic trips` : 'real data'}`.padEnd(24) +
        `longest task ${p.longest.toFixed(0)} ms, tasks over 50 ms: ${p.over50}, ${p.fps.toFixed(0)} frames/s, reached ${p.date}`,
    );
  }
} finally {
  await browser.close();
}
