// The first paint: the shaded map is in the page's HTML, drawn before any script runs, and shown
// only when it is right (build/first-paint.ts); the SVG renderer adopts it (lib/map/svg/).
import { describe, expect, it } from 'vitest';
import {
  blockScripts,
  clickSvgMap,
  shareOfColour,
  useSite,
  visit,
  waitForMap,
  waitForMark,
  watchPolicy,
} from './harness';
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
    expect(await page.getByText('Loading the map').isVisible()).toBe(true);
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
  it('the SVG map adopts the first paint, and opens countries clicked while the WebGL map is still loading', async () => {
    // The WebGL map's code never arrives: the SVG map is all there is, and all that is needed.
    const context = await site.browser.newContext({
      viewport: { width: 1280, height: 720 },
      serviceWorkers: 'block',
    });
    await watchPolicy(context);
    await context.route(/maplibre-renderer/, () => {});
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(site.url + '?date=2024-09-02&renderer=webgl', { waitUntil: 'commit' });
    await waitForMap(page, 'svg');
    expect(await page.locator('#first-map.adopted').count()).toBe(1);
    await clickSvgMap(page, 100, 62);
    await page.getByRole('region', { name: 'Russia' }).waitFor();
    await clickSvgMap(page, -52, -10);
    const brazil = page.getByRole('region', { name: 'Brazil' });
    await brazil.waitFor();
    expect(await brazil.textContent()).toContain('State Party');
    expect(await page.evaluate(() => performance.getEntriesByName('webgl-interactive').length)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('hands over to the WebGL map when asked for, and leaves no trace of the first paint', async () => {
    const { page, context, errors } = await visit(site, '?renderer=webgl');
    await waitForMap(page, 'webgl');
    expect(await page.locator('#boot').count()).toBe(0);
    expect(await page.locator('#first-map').count()).toBe(0);
    expect(await page.locator('main').count()).toBe(1);
    expect(await shareOfColour(page, SWATCH.party.fill)).toBeGreaterThan(0.03);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches to the SVG map, keeping date, selection and view, when the WebGL context is lost', async () => {
    const { page, context, errors } = await visit(
      site,
      '?renderer=webgl&country=MNG&date=2024-09-05#map=3/47/103',
    );
    await waitForMap(page, 'webgl');
    await page.evaluate(() => {
      const gl = document.querySelector('.map canvas')! as HTMLCanvasElement;
      (gl.getContext('webgl2') as WebGL2RenderingContext).getExtension('WEBGL_lose_context')!.loseContext();
    });
    await page.locator('.map-box[data-renderer="svg"]').waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('.notices').textContent()).toContain('now drawn in SVG');
    expect(await page.getByRole('region', { name: 'Mongolia' }).isVisible()).toBe(true);
    expect(await page.locator('.current time').getAttribute('datetime')).toBe('2024-09-05');
    expect(await page.locator('[data-trip="2024-09-mongolia"]').count()).toBe(1);
    await expect.poll(() => shareOfColour(page, SWATCH.party.fill)).toBeGreaterThan(0.05);
    expect(errors.filter((e) => !/WebGL|context/i.test(e))).toEqual([]);
    await context.close();
  });
});
