// The first paint: the shaded map is in the page's HTML, drawn before any script runs, and shown
// only when it is right (build/first-paint.ts, StaticMap.svelte).
import { describe, expect, it } from 'vitest';
import { blockScripts, clickStaticMap, shareOfColour, useSite, visit, waitForMark } from './harness';
import { SWATCH } from '../../src/lib/map/palette';

const site = useSite();

describe('before any script has run', () => {
  it('shows the title, the "as of" date and the map shaded by status', async () => {
    const { page, context } = await visit(site, '', { width: 1280, height: 720 }, blockScripts);
    await waitForMark(page, 'map-painted');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Vladimir Putin');
    expect(await page.locator('#boot-day').textContent()).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    // The blue of the States Parties covers a good part of the map (the Americas, Europe, Africa).
    expect(await shareOfColour(page, SWATCH.party.fill)).toBeGreaterThan(0.05);
    expect(await page.getByText('Loading the interactive map').isVisible()).toBe(true);
    await context.close();
  });

  it('shows no map rather than a wrong one when the link asks for another date', async () => {
    const { page, context } = await visit(site, '?date=2005-01-01', undefined, blockScripts);
    await page.waitForTimeout(300);
    expect(await shareOfColour(page, SWATCH.party.fill)).toBeLessThan(0.005);
    expect(await page.evaluate(() => performance.getEntriesByName('map-painted').length)).toBe(0);
    await context.close();
  });
});

describe('once the app has started', () => {
  it('opens a country clicked on the plain map while the interactive map is still loading', async () => {
    // The interactive map's code never arrives: the plain map is all there is. (The page's load
    // event waits for that code, so this visit waits only for the page to start.)
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.route(/maplibre-renderer/, () => {});
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(site.url + '?date=2024-09-02', { waitUntil: 'commit' });
    await waitForMark(page, 'map-interactive');
    await clickStaticMap(page, 100, 62);
    await page.getByRole('region', { name: 'Russia' }).waitFor();
    await clickStaticMap(page, -52, -10);
    const brazil = page.getByRole('region', { name: 'Brazil' });
    await brazil.waitFor();
    expect(await brazil.textContent()).toContain('State Party');
    expect(await page.evaluate(() => performance.getEntriesByName('webgl-interactive').length)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('hands over to the interactive map and leaves no trace of the first paint', async () => {
    const { page, context, errors } = await visit(site);
    await waitForMark(page, 'webgl-painted');
    expect(await page.locator('#boot').count()).toBe(0);
    expect(await page.locator('#first-map').count()).toBe(0);
    expect(await page.locator('main').count()).toBe(1);
    expect(await shareOfColour(page, SWATCH.party.fill)).toBeGreaterThan(0.03);
    expect(errors).toEqual([]);
    await context.close();
  });
});
