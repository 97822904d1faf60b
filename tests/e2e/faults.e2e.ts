// Faults on the wire: each file the map fetches (its code, the 1:50m detail; and, on a page without
// the first paint's map, the 1:110m shapes and the small-state symbols it then falls back to) fails
// or stalls, and the reader still gets a working page: a clear message, the search and the country
// list, and a retry that draws the map.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readdirSync } from 'node:fs';
import { OUT, shareOfColour, useSite, visit, waitForMap } from './harness';
import { SWATCH } from '../../src/lib/map/palette';

const site = useSite();

const SERVER_DOWN = 'the server responded with a status of 503 (Service Unavailable)';
const OFFLINE = 'net::ERR_INTERNET_DISCONNECTED';

/** The console errors other than Chromium's report of the one request the test broke on purpose. */
const besides = (errors: string[], file: string, reason: string) =>
  errors.filter((e) => e !== `Failed to load resource: ${reason} (${site.url}${file})`);

/** Answers every request for `file` with a 503; returns how many were asked for. */
function serverDown(file: string) {
  const asked = { count: 0 };
  const prepare = (context: BrowserContext) =>
    context.route(`**/${file}`, (route) => {
      asked.count++;
      return route.fulfill({ status: 503, body: 'unavailable' });
    });
  return { asked, prepare };
}

/** A `prepare` for visit(): the page arrives without the first paint's map (a broken page). */
const withoutFirstPaint = (context: BrowserContext) =>
  context.route(
    (url) => url.pathname === new URL(site.url).pathname,
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<svg id="first-map"[\s\S]*?<\/svg>/, '');
      expect(body).not.toContain('first-map"');
      return route.fulfill({ response, body });
    },
  );

/** Several `prepare`s in turn. */
const both =
  (...steps: ((c: BrowserContext) => Promise<unknown>)[]) =>
  async (c: BrowserContext) => {
    for (const step of steps) await step(c);
  };

/** Types a country's name in the search and presses Enter; returns its panel. */
async function search(page: Page, name: string) {
  const box = page.getByRole('combobox', { name: 'Find a country' });
  await box.fill(name);
  await expect
    .poll(() => page.getByRole('listbox').getByRole('option').first().textContent())
    .toContain(name);
  await box.press('Enter');
  const panel = page.getByRole('region', { name });
  await panel.waitFor({ timeout: 10_000 });
  return panel;
}

/** Clicks the middle of the map, where the `#map=` hash centred it. */
async function clickCentre(page: Page) {
  const box = (await page.locator('.map').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Presses Try again and waits until the map answers clicks and the message has gone. */
async function retryDraws(page: Page) {
  await page.getByRole('button', { name: 'Try again' }).click();
  await waitForMap(page, 'svg');
  expect(await page.getByRole('alert').count()).toBe(0);
  await expect.poll(() => shareOfColour(page, SWATCH.party.fill), { timeout: 10_000 }).toBeGreaterThan(0.03);
}

describe('the first view’s shapes', () => {
  it('come from the page itself: the map draws and opens a clicked country with every geometry file for it refused', async () => {
    const coarse = serverDown('geo/countries-110m.json');
    const small = serverDown('geo/small-states.json');
    // Zoomed out (below the 1:50m detail's zoom) over Mongolia: what is drawn is the first view's shapes.
    const { page, context, errors } = await visit(
      site,
      '#map=2/47/103',
      undefined,
      both(coarse.prepare, small.prepare),
    );
    await waitForMap(page, 'svg');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('.notice').count()).toBe(0);
    // Mongolia and Japan, clear of the legend (which covers Europe at this view).
    await expect.poll(() => shareOfColour(page, SWATCH.party.fill, true)).toBeGreaterThan(0.015);
    expect([coarse.asked.count, small.asked.count]).toEqual([0, 0]);
    await clickCentre(page);
    const panel = page.getByRole('region', { name: 'Mongolia' });
    await panel.waitFor({ timeout: 10_000 });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a page without the first paint’s map: the 1:110m shapes it falls back to', () => {
  it('fail with a 503: a message with Try again, the search still opens a country, and the retry draws the map', async () => {
    const file = 'geo/countries-110m.json';
    const down = serverDown(file);
    const { page, context, errors } = await visit(site, '', undefined, both(withoutFirstPaint, down.prepare));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain('could not be loaded');
    // No plain map to point to: the message sends the reader to the country list.
    expect(await alert.textContent()).toContain('The country list below has every country’s status');
    expect(await alert.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    await page.screenshot({ path: `${OUT}/fault-shapes-503.png` });

    const panel = await search(page, 'Mongolia');
    expect(await panel.textContent()).toContain('State Party');
    const source = panel.getByRole('link', { name: /^Source: / }).first();
    expect(await source.getAttribute('href')).toMatch(/^https:\/\//);
    await page.keyboard.press('Escape');

    await context.unrouteAll();
    await retryDraws(page);
    expect(down.asked.count).toBe(1);
    expect(besides(errors, file, SERVER_DOWN)).toEqual([]);
    await context.close();
  });

  it('stall: after the 20 s time-out the reader is told, and the retry draws the map', async () => {
    const file = 'geo/countries-110m.json';
    let stalled = 0;
    const { page, context, errors } = await visit(
      site,
      '',
      undefined,
      both(withoutFirstPaint, (c) =>
        // Never answered: the request hangs until the app gives up on it.
        c.route(`**/${file}`, () => void stalled++),
      ),
    );
    expect(await page.getByRole('status').filter({ hasText: 'Loading the map…' }).isVisible()).toBe(true);
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 30_000, interval: 1_000 })
      .toContain('(geo/countries-110m.json) could not be loaded: the server did not answer in time');
    expect(stalled).toBe(1);
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await retryDraws(page);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('small-state symbols fail: a notice, and the world map still draws and opens a clicked country', async () => {
    const file = 'geo/small-states.json';
    const down = serverDown(file);
    const { page, context, errors } = await visit(
      site,
      '#map=3.5/47/103',
      undefined,
      both(withoutFirstPaint, down.prepare),
    );
    await waitForMap(page, 'svg');
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toContain('The symbols for small states could not be loaded');
    expect(await page.getByRole('alert').count()).toBe(0);
    await clickCentre(page);
    const panel = page.getByRole('region', { name: 'Mongolia' });
    await panel.waitFor({ timeout: 10_000 });
    expect(await panel.textContent()).toContain('State Party');
    await page.keyboard.press('Escape');
    // The notice sends the reader to the search for a state too small to click: it finds it.
    expect(await (await search(page, 'Tuvalu')).textContent()).toContain('Tuvalu');
    expect(down.asked.count).toBe(1);
    expect(besides(errors, file, SERVER_DOWN)).toEqual([]);
    await context.close();
  });
});

describe('the 1:50m detail', () => {
  it('the 1:50m detail fails when zoomed in: a notice, and the 1:110m map still opens a clicked country', async () => {
    const file = 'geo/countries-50m.json';
    const down = serverDown(file);
    const { page, context, errors } = await visit(site, '#map=5/47/103', undefined, down.prepare);
    await waitForMap(page, 'svg');
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toContain('The detailed country shapes could not be loaded; the map keeps the simpler ones.');
    expect(down.asked.count).toBe(1);
    expect(await page.getByRole('alert').count()).toBe(0);
    await clickCentre(page);
    const panel = page.getByRole('region', { name: 'Mongolia' });
    await panel.waitFor({ timeout: 10_000 });
    expect(await panel.textContent()).toContain('State Party');
    await page.screenshot({ path: `${OUT}/fault-detail-503.png` });
    expect(besides(errors, file, SERVER_DOWN)).toEqual([]);
    await context.close();
  });
});

describe('the WebGL map’s code', () => {
  // The WebGL renderer is a chunk of its own (MapLibre), imported only when the WebGL map is to draw.
  const chunks = readdirSync('dist/assets').filter((f) => /^maplibre-renderer-[\w-]+\.js$/.test(f));

  it('does not download (offline): the SVG map draws, a plain notice says why, and everything works', async () => {
    expect(chunks).toHaveLength(1);
    const file = `assets/${chunks[0]}`;
    let asked = 0;
    const { page, context, errors } = await visit(site, '?renderer=webgl#map=3.5/47/103', undefined, (c) =>
      c.route(`**/${file}`, (route) => {
        asked++;
        return route.abort('internetdisconnected');
      }),
    );
    await waitForMap(page, 'svg');
    const notice = page.locator('.notices');
    await expect.poll(() => notice.textContent(), { timeout: 15_000 }).toContain('code did not download');
    expect(await notice.textContent()).not.toContain(chunks[0]);
    expect(await notice.textContent()).toContain('the map is drawn in SVG');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await shareOfColour(page, SWATCH.party.fill)).toBeGreaterThan(0.03);
    await page.screenshot({ path: `${OUT}/fault-code-offline.png` });
    await clickCentre(page);
    expect(await page.getByRole('region', { name: 'Mongolia' }).textContent()).toContain('State Party');
    await page.keyboard.press('Escape');
    expect(await (await search(page, 'Tajikistan')).textContent()).toContain('State Party');
    expect(asked).toBeGreaterThan(0);
    expect(besides(errors, file, OFFLINE)).toEqual([]);
    await context.close();
  });
});
