// Faults on the wire: each file the map fetches (its code, the 1:110m shapes, the small-state
// symbols, the 1:50m detail) fails or stalls, and the reader still gets a working page: a clear
// message, the search and the country list, and a retry that draws the map.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readdirSync } from 'node:fs';
import { OUT, shareOfColour, useSite, visit, waitForMark } from './harness';
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

/** Types a country's name in the search and presses Enter; returns its panel. */
async function search(page: Page, name: string) {
  const box = page.getByRole('combobox', { name: 'Find a country' });
  await box.fill(name);
  await expect.poll(() => page.getByRole('option').first().textContent()).toContain(name);
  await box.press('Enter');
  const panel = page.getByRole('region', { name });
  await panel.waitFor({ timeout: 10_000 });
  return panel;
}

/** Clicks the middle of the map, where the `#map=` hash centred it. */
async function clickCentre(page: Page) {
  const box = (await page.locator('.map canvas').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Presses Try again and waits until the map answers clicks and the message has gone. */
async function retryDraws(page: Page) {
  await page.getByRole('button', { name: 'Try again' }).click();
  await waitForMark(page, 'webgl-interactive');
  expect(await page.getByRole('alert').count()).toBe(0);
  // The WebGL map has replaced the plain one (so the colour below is the WebGL map's).
  expect(await page.locator('#first-map').count()).toBe(0);
  await expect.poll(() => shareOfColour(page, SWATCH.party.fill), { timeout: 10_000 }).toBeGreaterThan(0.03);
}

describe('the 1:110m country shapes', () => {
  it('fail with a 503: a message with Try again, the search still opens a country, and the retry draws the map', async () => {
    const file = 'geo/countries-110m.json';
    const down = serverDown(file);
    const { page, context, errors } = await visit(site, '', undefined, down.prepare);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain('could not be loaded');
    expect(await alert.textContent()).toContain(
      'The plain map shown and the country list below still have every country’s status',
    );
    // The plain map from the page's HTML stays: the countries are still shaded by status.
    expect(await shareOfColour(page, SWATCH.party.fill)).toBeGreaterThan(0.03);
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
    const { page, context, errors } = await visit(site, '', undefined, (c) =>
      // Never answered: the request hangs until the app gives up on it.
      c.route(`**/${file}`, () => void stalled++),
    );
    expect(
      await page.getByRole('status').filter({ hasText: 'Loading the interactive map…' }).isVisible(),
    ).toBe(true);
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 30_000, interval: 1_000 })
      .toContain('(geo/countries-110m.json) could not be loaded: the server did not answer in time');
    expect(stalled).toBe(1);
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await retryDraws(page);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});

describe('the optional files', () => {
  it('small-state symbols fail: a notice, and the world map still draws and opens a clicked country', async () => {
    const file = 'geo/small-states.json';
    const down = serverDown(file);
    const { page, context, errors } = await visit(site, '#map=3.5/47/103', undefined, down.prepare);
    await waitForMark(page, 'webgl-interactive');
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

  it('the 1:50m detail fails when zoomed in: a notice, and the 1:110m map still opens a clicked country', async () => {
    const file = 'geo/countries-50m.json';
    const down = serverDown(file);
    const { page, context, errors } = await visit(site, '#map=5/47/103', undefined, down.prepare);
    await waitForMark(page, 'webgl-interactive');
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

describe('the map’s code', () => {
  // The renderer is a chunk of its own (MapLibre, imported when the map starts); its name is hashed.
  const chunks = readdirSync('dist/assets').filter((f) => /^maplibre-renderer-[\w-]+\.js$/.test(f));

  it('does not download (offline): a plain message, the search and the country list work, and the retry draws the map', async () => {
    expect(chunks).toHaveLength(1);
    const file = `assets/${chunks[0]}`;
    let asked = 0;
    const { page, context, errors } = await visit(site, '', undefined, (c) =>
      c.route(`**/${file}`, (route) => {
        asked++;
        return route.abort('internetdisconnected');
      }),
    );
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain('its code did not download');
    expect(await alert.textContent()).not.toContain(chunks[0]);
    await page.screenshot({ path: `${OUT}/fault-code-offline.png` });

    expect(await (await search(page, 'Mongolia')).textContent()).toContain('State Party');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Tajikistan' }).click();
    expect(await page.getByRole('region', { name: 'Tajikistan' }).textContent()).toContain('State Party');
    await page.keyboard.press('Escape');

    // Chromium does not keep the failed import: the retry fetches the chunk again and the map draws.
    await context.unrouteAll();
    await retryDraws(page);
    expect(asked).toBeGreaterThan(0);
    expect(besides(errors, file, OFFLINE)).toEqual([]);
    await context.close();
  });
});
