// Speed and size of the built site against two plain reference pages, in headless Chromium:
// `npm run bench`. RUNS=7 rounds of cold loads by default (at least 5); ONLY=loads,clicks,playback,
// memory,nowebgl runs some parts; `npm run bench -- --readme` also writes the figures into README.md.
// Prints figures and ratios; asserts nothing.
import { execSync } from 'node:child_process';
import { cpus } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launch } from '../../tests/e2e/browser';
import { writeSyntheticData } from '../synthetic-data';
import { coldLoad, mark, type Load } from './load';
import { atClickView, clickLatencies, type Timed } from './clicks';
import { play } from './playback';
import { memory } from './memory';
import { clickTargets } from './targets';
import { buildMap, buildReference, serve, type BenchPage, type Site } from './sites';
import { kib, list, mb, median, ms, percentile, ratio, verdict } from './stats';

const RUNS = Math.max(5, Number(process.env.RUNS ?? 7));
const PLAY_MS = Number(process.env.PLAY_MS ?? 8000);
const ONLY = process.env.ONLY?.split(',');
const want = (part: string) => !ONLY || ONLY.includes(part);
const OURS = ['map-painted', 'map-interactive', 'webgl-painted', 'webgl-interactive'];
const PLAIN = ['map-painted', 'map-interactive'];

const out: string[] = [];
const say = (line = '') => {
  out.push(line);
  console.log(line);
};

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
  for (const { name } of pages)
    for (const m of marks) {
      const xs = loads.get(name)!.map((l) => l.marks[m] ?? NaN);
      if (xs.some(Number.isFinite)) say(`    ${name}, ${m}, each run: ${list(xs)}`);
    }
  return { loads, med };
}

async function loadsPart(browser: Browser, pages: readonly BenchPage[]) {
  say(
    `Cold loads at 1280×720, headless Chromium (software WebGL), ${RUNS} rounds taking the pages in turn; medians:`,
  );
  const { loads, med } = await alternate(browser, pages);
  const [me, maplibre, svg] = pages.map((p) => p.name);
  const at = (m: string) => (l: Load) => l.marks[m];
  say('  This map against the reference pages (medians of this run):');
  say(
    `    map-painted / SVG page's          ${ratio(med(me, at('map-painted')), med(svg, at('map-painted')), 0.25)}`,
  );
  say(
    `    map-interactive / bare MapLibre's ${ratio(med(me, at('map-interactive')), med(maplibre, at('map-interactive')), 0.5)}`,
  );
  say(
    `    bytes / bare MapLibre's           ${ratio(
      med(me, (l) => l.bytes),
      med(maplibre, (l) => l.bytes),
      0.85,
    )}`,
  );
  say('  Files this map loaded (first run), gzip -9:');
  for (const f of [...loads.get(me)![0].files].sort((a, b) => b.gzip - a.gzip))
    say(`    ${kib(f.gzip).padStart(10)}  ${f.path}`);
}

async function clicksPart(browser: Browser, pages: readonly BenchPage[]) {
  say(
    'Click → answer on the WebGL map, 50 different countries (Event Timing: click to the frame on screen):',
  );
  const targets = clickTargets();
  for (const [page, answer] of [
    [pages[0], 'panel'],
    [pages[1], 'picked'],
  ] as const) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const tab = await context.newPage();
    await tab.goto(atClickView(page.site.url + page.path));
    await mark(tab, page.done);
    await tab.waitForTimeout(1000);
    const { timed, missed } = await clickLatencies(tab, targets, 50, answer);
    await context.close();
    const p = (f: (t: Timed) => number, q: number) => ms(percentile(timed.map(f).filter(Number.isFinite), q));
    const total = percentile(
      timed.map((t) => t.total),
      0.95,
    );
    say(
      `  ${page.name} (${answer === 'panel' ? 'its country panel' : 'a line naming the country'}): ` +
        `p50 ${p((t) => t.total, 0.5)}, p95 ${ms(total)}` +
        (answer === 'panel' ? ` ${verdict(total < 50, '< 50 ms')}` : '') +
        `, ${timed.length} clicks`,
    );
    say(
      `    medians: input delay ${p((t) => t.input, 0.5)}, processing ${p((t) => t.processing, 0.5)}, ` +
        `presentation ${p((t) => t.presentation, 0.5)}; p95 processing ${p((t) => t.processing, 0.95)}`,
    );
    if (missed.length)
      say(
        `    not counted: ${missed.length} clicks that named another country or none (${missed.join(' ')})`,
      );
  }
}

async function playbackPart(browser: Browser, ours: Site) {
  say(`Timeline playback from the warrant, ${PLAY_MS / 1000} s of Play (Long Tasks API; animation frames):`);
  for (const n of [0, 1000, 10_000]) {
    const dir = `bench-results/dist-${n}`;
    if (n) buildMap(dir, writeSyntheticData(n, `bench-results/data-${n}`));
    const site = n ? await serve(dir) : ours;
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${site.url}?date=2023-03-17`);
    const p = (await mark(page, 'webgl-interactive', 120_000)) ? await play(page, PLAY_MS) : null;
    await context.close();
    if (n) await site.close();
    const label = `  ${n ? `+${n.toLocaleString('en')} synthetic trips` : 'real data'}`.padEnd(26);
    say(
      label +
        (p
          ? `longest task ${ms(p.longest)}, tasks over 50 ms: ${p.over50}, ${p.fps.toFixed(0)} frames/s, reached ${p.reached}`
          : 'the map was not interactive within 120 s'),
    );
  }
}

async function memoryPart(browser: Browser, ours: Site) {
  say('Memory: JS heap of the page after a garbage collection:');
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(atClickView(ours.url));
  await mark(page, 'webgl-interactive');
  await page.waitForTimeout(1000);
  const m = await memory(page, clickTargets());
  await context.close();
  const growth = m.afterPlays - m.loaded;
  say(
    `  loaded ${mb(m.loaded)}; after 200 panel open/close cycles ${mb(m.afterPanels)}${m.missedClicks ? ` (${m.missedClicks} opened no panel)` : ''}`,
  );
  say(
    `  after ${m.playsEnded} full timeline plays ${mb(m.afterPlays)}: growth ${mb(growth)} ${verdict(growth < 5 * 2 ** 20, '< 5 MB')}`,
  );
}

async function noWebglPart(pages: readonly BenchPage[], reference: Site) {
  say('Without WebGL (--disable-webgl --disable-3d-apis), the same cold loads; medians:');
  const browser = await launch(['--disable-webgl', '--disable-3d-apis']);
  try {
    await alternate(browser, [{ ...pages[0], marks: PLAIN, done: 'map-interactive' }, pages[2]]);
    const bare = await coldLoad(browser, reference, PLAIN, 'map-interactive', 'maplibre.html');
    say(
      `  bare MapLibre: ${Number.isFinite(bare.marks['map-painted']) ? 'painted' : 'drew no map (it needs WebGL)'}`,
    );
  } finally {
    await browser.close();
  }
}

execSync('npm run --silent geo', { stdio: 'inherit' });
buildMap('bench-results/dist-0');
buildReference();
const ours = await serve('bench-results/dist-0');
const reference = await serve('bench-results/reference');
const pages: BenchPage[] = [
  { name: 'this map', site: ours, path: '', marks: OURS, done: 'webgl-interactive' },
  {
    name: 'bare MapLibre (1:50m)',
    site: reference,
    path: 'maplibre.html',
    marks: PLAIN,
    done: 'map-interactive',
  },
  { name: 'd3-geo SVG (1:50m)', site: reference, path: 'svg.html', marks: PLAIN, done: 'map-interactive' },
];
const browser = await launch(process.env.FLAGS ? process.env.FLAGS.split(' ') : []);
try {
  const parts: [string, () => Promise<void>][] = [
    ['loads', () => loadsPart(browser, pages)],
    ['clicks', () => clicksPart(browser, pages)],
    ['playback', () => playbackPart(browser, ours)],
    ['memory', () => memoryPart(browser, ours)],
    ['nowebgl', () => noWebglPart(pages, reference)],
  ];
  for (const [, run] of parts.filter(([part]) => want(part))) {
    await run();
    say();
  }
} finally {
  await browser.close();
  await ours.close();
  await reference.close();
}

const chromium = execSync('chromium --version 2>/dev/null || true').toString().trim();
const text = [
  `${new Date().toISOString().slice(0, 10)}, \`npm run bench\`: ${chromium || 'Chromium'}, ${cpus().length} cores.`,
  '',
  ...out,
].join('\n');
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.txt', text + '\n');
if (process.argv.includes('--readme')) {
  const readme = readFileSync('README.md', 'utf8');
  const marked = /<!-- bench figures -->[\s\S]*?<!-- \/bench figures -->/;
  if (!marked.test(readme))
    throw new Error('README.md has no <!-- bench figures --> … <!-- /bench figures --> block');
  const block = `<!-- bench figures -->\n\n\`\`\`text\n${text.trimEnd()}\n\`\`\`\n\n<!-- /bench figures -->`;
  writeFileSync(
    'README.md',
    readme.replace(marked, () => block),
  );
}
