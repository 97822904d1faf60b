// Speed and size of the built site, measured in headless Chromium: `npm run bench` (after `npm run build`).
// Prints figures; asserts nothing. Issue 7 extends it with reference pages and playback figures.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { launch } from '../tests/e2e/browser';
import { serveDist, SUB_PATH } from '../tests/e2e/server';

const RUNS = Number(process.env.RUNS ?? 7);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const site = await serveDist();
const browser = await launch();
const painted: number[] = [];
const interactive: number[] = [];
let firstLoad: { path: string; gzip: number }[] = [];
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
      Object.fromEntries(
        ['map-painted', 'map-interactive'].map((n) => [n, performance.getEntriesByName(n)[0].startTime]),
      ),
    );
    painted.push(marks['map-painted']);
    interactive.push(marks['map-interactive']);
    if (i === 0) {
      firstLoad = [...paths].map((p) => {
        const rel = p.slice(SUB_PATH.length) || 'index.html';
        return { path: rel, gzip: gzipSync(readFileSync(join('dist', rel)), { level: 9 }).length };
      });
    }
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}

const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
console.log(`Cold loads at 1280×720 in headless Chromium (software WebGL), ${RUNS} runs, medians:`);
console.log(
  `  map-painted      ${median(painted).toFixed(0)} ms   (all: ${painted.map((x) => x.toFixed(0)).join(', ')})`,
);
console.log(
  `  map-interactive  ${median(interactive).toFixed(0)} ms   (all: ${interactive.map((x) => x.toFixed(0)).join(', ')})`,
);
console.log(`First load, gzip -9 of every file requested before map-interactive:`);
for (const f of firstLoad.sort((a, b) => b.gzip - a.gzip))
  console.log(`  ${kib(f.gzip).padStart(10)}  ${f.path}`);
console.log(`  ${kib(firstLoad.reduce((s, f) => s + f.gzip, 0)).padStart(10)}  total`);
