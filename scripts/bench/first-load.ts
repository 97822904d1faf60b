// What a first visit downloads, file by file (gzip -9), and screenshots to look at:
// `npx tsx scripts/bench/first-load.ts [dist] [#map=… …]` after `npm run build`. One cold load in
// headless Chromium until `map-interactive` and 1 s of network quiet; a screenshot per view
// (the world view first) in bench-results/. Asserts nothing.
import { mkdirSync } from 'node:fs';
import { launch } from '../../tests/e2e/browser';
import { coldLoad, mark } from './load';
import { serve } from './sites';
import { kib } from './stats';

const [dir = 'dist', ...views] = process.argv.slice(2);
const OUT = 'bench-results';

const site = await serve(dir);
const browser = await launch();
try {
  const load = await coldLoad(browser, site, ['map-interactive'], 'map-interactive');
  console.log(`First load of ${dir}/ (map-interactive at ${load.marks['map-interactive'].toFixed(0)} ms):`);
  for (const f of [...load.files].sort((a, b) => b.gzip - a.gzip))
    console.log(`  ${kib(f.gzip).padStart(10)}  ${f.path}`);
  console.log(`  ${kib(load.bytes).padStart(10)}  in all (${load.files.length} files)`);

  mkdirSync(OUT, { recursive: true });
  for (const [i, view] of ['', ...views].entries()) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(site.url + view);
    if (!(await mark(page, 'map-interactive')))
      console.log(`  ${view || 'world'}: the map never became interactive`);
    await page.waitForTimeout(1500);
    const path = `${OUT}/first-load-${i}.png`;
    await page.screenshot({ path });
    console.log(`  screenshot of ${view || 'the world view'}: ${path}`);
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
