/** What every end-to-end test file shares: the served site, a browser, visits, and pixel checks. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { PNG } from 'pngjs';
import { launch } from './browser';
import { serveDist } from './server';
import { toWorld } from '../../src/lib/map/first-paint-shapes';

/** Where screenshots go, to be looked at. */
export const OUT = 'test-results';

export interface Site {
  browser: Browser;
  url: string;
  /** Serves another built folder at the same address (a new version deployed). */
  serve(dir: string): void;
}

/**
 * Content-Security-Policy violations seen in any visit of the file (the page's policy: build/csp.ts).
 * The file fails after its tests if there was one, whatever the test that caused it asserted.
 */
const violations: string[] = [];

/** Reports every CSP violation in the context's pages to `violations`, from before the page's first script. */
export async function watchPolicy(context: BrowserContext): Promise<void> {
  await context.exposeBinding('__reportViolation', ({ page }, text: string) => {
    violations.push(`${page.url()}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportViolation: (t: string) => void }).__reportViolation;
      report(
        `${e.effectiveDirective} refused ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`,
      );
    });
  });
}

/** Serves dist/ and starts Chromium for the file's tests; both stop after them. A failed launch fails the tests. */
export function useSite(): Site {
  const site = {} as Site;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    server = await serveDist();
    site.url = server.url;
    site.serve = server.serve;
    site.browser = await launch();
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
    if (violations.length) throw new Error(`Content-Security-Policy violations:\n${violations.join('\n')}`);
  });
  return site;
}

export interface Visit {
  page: Page;
  context: BrowserContext;
  errors: string[];
  offsite: string[];
}

/**
 * Opens the site at `path` (relative to its sub-path) and records errors and off-site requests.
 * `prepare` runs on the new context before the page opens (to route requests, say).
 */
export async function visit(
  site: Site,
  path = '',
  viewport = { width: 1280, height: 720 },
  prepare?: (context: BrowserContext) => Promise<unknown>,
): Promise<Visit> {
  // Reduced motion: the camera jumps instead of flying, so screenshots show where it lands. No
  // service worker (each new context would save the whole site): the offline tests allow it.
  const context = await site.browser.newContext({
    viewport,
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  await watchPolicy(context);
  await prepare?.(context);
  const page = await context.newPage();
  const errors: string[] = [];
  const offsite: string[] = [];
  // Chromium's message for a failed request does not name it: the address is added, so a test can
  // tell the failure it caused on purpose from any other.
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const failedLoad = m.text().startsWith('Failed to load resource:');
    errors.push(failedLoad ? `${m.text()} (${m.location().url})` : m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.hostname !== '127.0.0.1') offsite.push(r.url());
  });
  await page.goto(site.url + path);
  return { page, context, errors, offsite };
}

/** A `prepare` for visit(): every script file refused, to see the page before the app's code arrives. */
export const blockScripts = (context: BrowserContext) => context.route(/\.js$/, (route) => route.abort());

export const waitForMark = (page: Page, name: string) =>
  page.waitForFunction((n) => performance.getEntriesByName(n, 'mark').length > 0, name, { timeout: 45_000 });

/** Share of a PNG's pixels within ±`tolerance` per channel of colour `hex`. */
export function colourShare(pngBytes: Buffer, hex: string, tolerance = 12): number {
  const png = PNG.sync.read(pngBytes);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let hits = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const d = (k: number, v: number) => Math.abs(png.data[i + k] - v) < tolerance;
    if (d(0, r) && d(1, g) && d(2, b)) hits++;
  }
  return hits / (png.width * png.height);
}

/**
 * Share of the map box's pixels that have a colour; `clearOfLegend` leaves out the legend's side of
 * the map, whose swatches have the same colours.
 */
export async function shareOfColour(page: Page, hex: string, clearOfLegend = false): Promise<number> {
  const box = (await page.locator('.stage').boundingBox())!;
  const legend = clearOfLegend ? await page.locator('.legend').boundingBox() : null;
  const skip = clearOfLegend && legend ? legend.x + legend.width - box.x + 4 : 0;
  return colourShare(
    await page.screenshot({
      clip: { x: box.x + skip, y: box.y, width: box.width - skip, height: box.height },
    }),
    hex,
  );
}

/** Clicks the SVG map (the first paint, adopted by the SVG renderer) at a longitude and latitude. */
export async function clickSvgMap(page: Page, lon: number, lat: number): Promise<void> {
  const [x, y] = toWorld([lon, lat]);
  const at = (await page.evaluate(`(() => {
    const svg = document.querySelector('#first-map .camera') ?? document.getElementById('first-map');
    const s = new DOMPoint(${x}, ${y}).matrixTransform(svg.getScreenCTM());
    return { x: s.x, y: s.y };
  })()`)) as { x: number; y: number };
  await page.mouse.click(at.x, at.y);
}

export type RendererName = 'svg' | 'webgl';

/** `path` with `renderer=` added to its query (before any hash). */
export function withRenderer(path: string, renderer: RendererName): string {
  const [beforeHash, hash = ''] = path.split('#');
  const sep = beforeHash.includes('?') ? '&' : '?';
  return `${beforeHash}${sep}renderer=${renderer}${hash ? `#${hash}` : ''}`;
}

/** Waits until `renderer` draws the map and answers clicks (the SVG map's mark, or the WebGL map's). */
export async function waitForMap(page: Page, renderer: RendererName): Promise<void> {
  await waitForMark(page, renderer === 'webgl' ? 'webgl-interactive' : 'map-interactive');
  await page.locator(`.map-box[data-renderer="${renderer}"]`).waitFor({ state: 'attached', timeout: 45_000 });
}

/** The element that draws the map now and takes keyboard focus: the SVG map or the WebGL canvas. */
export const mapSurface = (page: Page) =>
  page.locator('.map-layer:not([hidden]) > svg, .map-layer:not([hidden]) canvas').first();
