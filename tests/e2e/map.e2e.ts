// The built site in real headless Chromium: what a visitor sees and does.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch } from './browser';
import {
  OUT,
  colourShare,
  mapSurface,
  shareOfColour,
  useSite,
  visit as open,
  waitForMap,
  withRenderer,
  watchPolicy,
} from './harness';
import { HIGHLIGHT, SWATCH } from '../../src/lib/map/palette';
import { OCCUPIED_FILL } from '../../src/lib/map/stop-shapes';
import { OCEAN } from '../../src/lib/map/palette';
import { WORLD_BOUNDS, fitView, transformOf } from '../../src/lib/map/view';
import { WORLD } from '../../src/lib/map/first-paint-shapes';
import { cssLength } from '../../src/lib/map/frame';

type Box = { x: number; y: number; w: number; h: number };
/** The pairs of boxes that intersect. */
const overlaps = (b: Box[]) =>
  b.flatMap((p, i) =>
    b
      .slice(i + 1)
      .filter((q) => p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h)
      .map((q) => [p, q]),
  );
/** The map's stop layout as drawn (the map box's data-stops: [trip ids, x, y] per symbol). */
async function readLayout(page: Page): Promise<[string[], number, number][]> {
  await expect.poll(() => page.locator('.map-box').getAttribute('data-stops')).toBeTruthy();
  return JSON.parse((await page.locator('.map-box').getAttribute('data-stops'))!);
}
/**
 * The strips of the map box between the frame's edge and the world's, left and right of it (page
 * px), at mid height: where a copy of the world would show. The frame as the page's CSS sets it.
 */
async function beyondTheWorld(page: Page) {
  const box = (await page.locator('.map-box').boundingBox())!;
  const css = await page.evaluate(() => {
    const style = getComputedStyle(document.querySelector('.stage')!);
    return (['top', 'right', 'bottom', 'left'] as const).map((k) => style.getPropertyValue(`--frame-${k}`));
  });
  const [top, right, bottom, left] = css.map((v) => cssLength(v, 16));
  const frame = { top, right, bottom, left };
  const t = transformOf(fitView(WORLD_BOUNDS, box.width, box.height, frame), box.width, box.height);
  const [x0, x1] = [t.x, t.x + WORLD * t.k];
  const y = box.y + box.height * 0.35;
  return [
    [frame.left + 4, x0 - 4],
    [x1 + 4, box.width - frame.right - 4],
  ]
    .filter(([a, b]) => b - a > 8)
    .map(([a, b]) => ({ x: box.x + a, y, width: b - a, height: box.height * 0.3 }));
}

const site = useSite();
/** The tooltip's text now ('' when there is none: a locator would wait for one). */
const tooltipText = (page: Page) =>
  page.evaluate(() => document.querySelector('.tooltip')?.textContent ?? '');
/**
 * Points at the middle of the map, wiggling a pixel as a hand would, until the tooltip names `text`;
 * returns the map's box.
 */
async function pointAtCentreUntil(page: Page, text: string) {
  const box = (await page.locator('.map').boundingBox())!;
  let wiggle = 0;
  await expect
    .poll(async () => {
      await page.mouse.move(box.x + box.width / 2 + (wiggle++ % 2), box.y + box.height / 2);
      return tooltipText(page);
    })
    .toContain(text);
  return box;
}
const visit = (path = '', viewport?: { width: number; height: number }) => open(site, path, viewport);

for (const renderer of ['svg', 'webgl'] as const) {
  const go = (path = '', viewport?: { width: number; height: number }) =>
    visit(withRenderer(path, renderer), viewport);

  describe(`the map, drawn by the ${renderer} renderer`, () => {
    it('draws every country shaded by status, with legend and "as of" date, and no console errors', async () => {
      const { page, context, errors, offsite } = await go();
      await waitForMap(page, renderer);
      await expect
        .poll(() => shareOfColour(page, SWATCH.party.fill), { timeout: 10_000 })
        .toBeGreaterThan(0.03);
      expect(await shareOfColour(page, SWATCH.nonSignatory.fill)).toBeGreaterThan(0.02);
      await expect
        .poll(() => page.getByRole('region', { name: /^Rome Statute status on/ }).textContent())
        .toContain('State Party');
      expect(await page.locator('.asof').textContent()).toMatch(/Status as of \d{1,2} \w+ 20\d\d/);
      await page.screenshot({ path: `${OUT}/${renderer}-desktop-1280x720.png` });
      // Pointing at a legend class fades the others on the map.
      const before = await shareOfColour(page, SWATCH.party.fill);
      await page.locator('.legend').getByText('Never signed', { exact: true }).hover();
      await expect
        .poll(() => shareOfColour(page, SWATCH.party.fill), { timeout: 5_000 })
        .toBeLessThan(before / 3);
      await page.mouse.move(640, 300);
      await expect
        .poll(() => shareOfColour(page, SWATCH.party.fill), { timeout: 5_000 })
        .toBeGreaterThan(before * 0.8);
      expect(errors).toEqual([]);
      expect(offsite).toEqual([]);
      await context.close();
    });

    it('opens a country’s panel when it is clicked on the map, and Escape closes it', async () => {
      // Centre the map on Mongolia so that a click in the middle of the map lands on it.
      const { page, context, errors } = await go('#map=3.5/47/103');
      await waitForMap(page, renderer);
      const box = (await page.locator('.map').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2 + 20);
      await expect.poll(() => tooltipText(page)).toContain('Mongolia');
      await page.mouse.click(box.x + box.width / 2 + 30, box.y + box.height / 2 + 20);
      const panel = page.getByRole('region', { name: 'Mongolia' });
      await panel.waitFor({ timeout: 10_000 });
      expect(await panel.textContent()).toContain('State Party');
      await expect.poll(() => page.url()).toContain('country=MNG');
      await page.screenshot({ path: `${OUT}/${renderer}-desktop-panel-mongolia.png` });
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached', timeout: 5_000 });
      await expect.poll(() => page.url()).not.toContain('country=');
      expect(errors).toEqual([]);
      await context.close();
    });

    it('opens a country from the keyboard: on focus the map is on the country at its centre, and Enter opens it', async () => {
      const { page, context } = await go('#map=3.5/47/103');
      await waitForMap(page, renderer);
      await mapSurface(page).focus();
      await expect
        .poll(() => page.locator('[data-testid="map-announcer"]').textContent())
        .toMatch(/^\s*Mongolia — /);
      await page.keyboard.press('Enter');
      await page.getByRole('region', { name: 'Mongolia' }).waitFor({ timeout: 10_000 });
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Mongolia');
      await context.close();
    });

    it('outlines the selected country, and takes the outline away when the panel closes', async () => {
      const { page, context } = await go('#map=4/47/103');
      await waitForMap(page, renderer);
      // Mongolia fills the middle of the map; its outline is the highlight colour, at least 3 px wide.
      const box = (await page.locator('.map').boundingBox())!;
      const middle = { x: box.x + 320, y: box.y + 40, width: 420, height: box.height - 80 };
      const dark = async () => colourShare(await page.screenshot({ clip: middle }), HIGHLIGHT, 40);
      const before = await dark();
      await page.getByRole('combobox', { name: 'Find a country' }).fill('Mongolia');
      await page.keyboard.press('Enter');
      await page.getByRole('region', { name: 'Mongolia' }).waitFor({ timeout: 10_000 });
      await expect.poll(dark, { timeout: 5_000 }).toBeGreaterThan(before + 0.004);
      await page.keyboard.press('Escape');
      await expect.poll(dark, { timeout: 5_000 }).toBeLessThan(before + 0.002);
      await context.close();
    });

    it('moves to a #map= view typed into the address bar', async () => {
      const { page, context } = await go('#map=3.5/47/103');
      await waitForMap(page, renderer);
      await page.evaluate(() => (location.hash = '#map=4/-22.5/24')); // Botswana, in southern Africa
      await pointAtCentreUntil(page, 'Botswana');
      await mapSurface(page).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('region', { name: 'Botswana' }).waitFor({ timeout: 10_000 });
      await context.close();
    });

    it('opens the panel from a ?country= link and keeps the view in the hash', async () => {
      const { page, context, errors } = await go('?country=TJK');
      await page.getByRole('heading', { name: 'Tajikistan', level: 2 }).waitFor({ timeout: 15_000 });
      await waitForMap(page, renderer);
      await expect.poll(() => page.url(), { timeout: 10_000 }).toMatch(/#map=[\d.]+\/-?[\d.]+\/-?[\d.]+/);
      expect(errors).toEqual([]);
      await context.close();
    });
  });

  describe(`one world, framed, on the ${renderer} renderer`, () => {
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ])
      it(`at ${viewport.width}×${viewport.height}: the world once, each stop once, no two stop labels overlapping`, async () => {
        const { page, context } = await go('', viewport);
        await waitForMap(page, renderer);
        // Each stop drawn once: alone, or in the group marker of its city.
        const layout = await readLayout(page);
        const ids = layout.flatMap(([list]) => list);
        expect(ids.length).toBeGreaterThanOrEqual(29);
        expect(new Set(ids).size).toBe(ids.length);
        // No two labels' boxes intersect: the SVG map's rendered labels; the WebGL map's symbols
        // where it draws them, with a label's box (two digits at the stops' size).
        const boxes =
          renderer === 'svg'
            ? await page.$$eval('.svg-map .stop text', (els) =>
                els.map((e) => {
                  const r = e.getBoundingClientRect();
                  return { x: r.x, y: r.y, w: r.width, h: r.height };
                }),
              )
            : layout.map(([, x, y]) => ({ x: x - 10, y: y - 9, w: 20, h: 18 }));
        expect(boxes).toHaveLength(layout.length);
        expect(overlaps(boxes)).toEqual([]);
        // Nothing but sea beyond 180° either side of the world (no copies of it).
        const strips = await beyondTheWorld(page);
        expect(strips.length).toBeGreaterThan(0);
        for (const clip of strips)
          expect(colourShare(await page.screenshot({ clip }), OCEAN, 6)).toBeGreaterThan(0.97);
        await page.screenshot({
          path: `${OUT}/${renderer}-one-world-${viewport.width}x${viewport.height}.png`,
        });
        await context.close();
      });
  });

  describe(`trips through time, on the ${renderer} renderer`, () => {
    const stopsDrawn = (page: Page) => shareOfColour(page, OCCUPIED_FILL, true);

    it('plays: the date advances and the stops appear', async () => {
      const { page, context, errors } = await go('?date=2023-03-17');
      await waitForMap(page, renderer);
      const tally = page.locator('.tally');
      expect(await tally.textContent()).toContain('0 trips since the warrant');
      expect(await stopsDrawn(page)).toBe(0);
      await page.getByRole('button', { name: /Play/ }).click();
      await expect
        .poll(() => tally.textContent(), { timeout: 15_000 })
        .toMatch(/[1-9]\d* trips? since the warrant/);
      await page.getByRole('button', { name: /Pause/ }).click();
      expect(await page.locator('.current time').getAttribute('datetime')).not.toBe('2023-03-17');
      await expect.poll(() => stopsDrawn(page), { timeout: 5_000 }).toBeGreaterThan(0);
      await expect.poll(() => page.url()).toMatch(/date=20\d\d-\d\d-\d\d/);
      expect(errors).toEqual([]);
      await context.close();
    });

    it('opens the host country at that visit when a stop is clicked', async () => {
      const { page, context } = await go('#map=4/47.92/106.92');
      await waitForMap(page, renderer);
      const box = await pointAtCentreUntil(page, 'Ulaanbaatar');
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.getByRole('region', { name: 'Mongolia' }).waitFor({ timeout: 10_000 });
      await expect.poll(() => page.url()).toContain('trip=2024-09-mongolia');
      expect(
        await page.getByRole('region', { name: 'Mongolia' }).locator('[aria-current="true"]').textContent(),
      ).toContain('Not arrested');
      await page.screenshot({ path: `${OUT}/${renderer}-desktop-trip-mongolia.png` });
      await context.close();
    });
  });
}

describe('the map on any renderer', () => {
  it('lays out for a phone: no sideways scroll, one tool bar, a folded key, a sheet the reader resizes', async () => {
    const { page, context } = await visit('?country=MNG', { width: 390, height: 844 });
    await waitForMap(page, 'svg');
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    const sheet = page.getByRole('region', { name: 'Mongolia' });
    const box = (await sheet.boundingBox())!;
    expect(box.width).toBeGreaterThan(380);
    const stage = (await page.locator('.stage').boundingBox())!;
    expect(box.y + box.height).toBeCloseTo(stage.y + stage.height, 0);
    expect(box.height).toBeGreaterThan(stage.height * 0.4);
    // The camera keeps Mongolia in the half of the map the sheet leaves free.
    await expect
      .poll(() => shareOfColour(page, SWATCH.party.fill), { timeout: 10_000 })
      .toBeGreaterThan(0.04);
    await page.screenshot({ path: `${OUT}/phone-390x844.png` });
    // The handle takes the sheet to the whole screen, and the arrow keys back down to a peek.
    const handle = sheet.getByRole('button', { name: /^Panel size/ });
    await handle.click();
    await expect.poll(async () => (await sheet.boundingBox())!.height).toBeGreaterThan(800);
    await handle.press('ArrowDown');
    await handle.press('ArrowDown');
    await expect.poll(async () => (await sheet.boundingBox())!.height).toBeLessThan(stage.height * 0.4);
    await page.keyboard.press('Escape');
    await page.screenshot({ path: `${OUT}/phone-390x844-map.png` });
    // The tools in one bar; the key folded to one line, opened by its button.
    const tools = await page.locator('.map-tools > *').evaluateAll((els) =>
      els
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.height > 0)
        .map((r) => [r.top, r.bottom]),
    );
    expect(tools).toHaveLength(3);
    expect(Math.max(...tools.map(([top]) => top))).toBeLessThan(
      Math.min(...tools.map(([, bottom]) => bottom)),
    );
    const legend = page.getByRole('region', { name: /^Rome Statute status/ });
    expect((await legend.boundingBox())!.height).toBeLessThan(50);
    await legend.getByRole('button', { name: 'Key' }).click();
    await expect.poll(() => legend.getByText('State Party', { exact: true }).isVisible()).toBe(true);
    // The country list scrolls in its own box: the page never scrolls sideways.
    await page.locator('#country-list').scrollIntoViewIfNeeded();
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    await context.close();
  });

  it('picks the SVG map where WebGL runs in software, as here, and never downloads MapLibre', async () => {
    const { page, context } = await visit();
    const maplibre: string[] = [];
    page.on('request', (r) => r.url().includes('maplibre') && maplibre.push(r.url()));
    await waitForMap(page, 'svg');
    await page.waitForTimeout(1500);
    expect(maplibre).toEqual([]);
    await context.close();
  });

  it('shows each country’s status on the chosen date: Armenia before and after joining', async () => {
    for (const [date, status] of [
      ['2023-06-01', 'Signed, not ratified on 1 June 2023'],
      ['2024-06-01', 'State Party on 1 June 2024'],
    ]) {
      const { page, context } = await visit(`?country=ARM&date=${date}`);
      const panel = page.getByRole('region', { name: 'Armenia' });
      await expect.poll(() => panel.textContent(), { timeout: 15_000 }).toContain(status);
      await context.close();
    }
  });

  it('falls back to today, with a notice, for a date out of range', async () => {
    const { page, context } = await visit('?date=1999-01-01');
    await expect.poll(() => page.locator('.notices').textContent(), { timeout: 15_000 }).toContain('outside');
    expect(await page.locator('.current time').getAttribute('datetime')).toBe(
      new Date().toISOString().slice(0, 10),
    );
    await context.close();
  });
});

describe('the country panel', () => {
  it('search → panel → a source link: typing "Ivory Coast" finds Côte d’Ivoire', async () => {
    const { page, context, errors } = await visit();
    await waitForMap(page, 'svg');
    const box = page.getByRole('combobox', { name: 'Find a country' });
    await box.fill('ivory coast');
    await expect
      .poll(() => page.getByRole('listbox').getByRole('option').first().textContent())
      .toContain('Côte d');
    await box.press('Enter');
    const panel = page.getByRole('region', { name: "Côte d'Ivoire" });
    await panel.waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
    const link = panel.getByRole('link', { name: /^Source: / }).first();
    expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
    await expect.poll(() => page.url()).toContain('country=CIV');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Mongolia: the 2024 visit, not arrested, and the Court’s 2024 finding, with sources', async () => {
    for (const [viewport, name] of [
      [{ width: 1280, height: 720 }, 'desktop'],
      [{ width: 390, height: 844 }, 'phone'],
    ] as const) {
      const { page, context } = await visit('?country=MNG&trip=2024-09-mongolia', viewport);
      const panel = page.getByRole('region', { name: 'Mongolia' });
      await panel.waitFor({ timeout: 15_000 });
      const visit2024 = panel.getByRole('list', { name: /Ulaanbaatar, 2\s*–\s*3 September 2024/ });
      expect(await visit2024.textContent()).toContain('Not arrested.');
      expect(await visit2024.textContent()).toMatch(/24 October 2024, Pre-Trial Chamber II/);
      await waitForMap(page, 'svg');
      await visit2024.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${OUT}/${name}-panel-mongolia-visit.png` });
      await context.close();
    }
  });

  it('Ukraine on a phone: the panel is a bottom sheet and the law opens for teachers', async () => {
    const { page, context } = await visit('?country=UKR', { width: 390, height: 844 });
    const panel = page.getByRole('region', { name: 'Ukraine' });
    await panel.waitFor({ timeout: 15_000 });
    await panel.getByText('The law in detail (for teachers)').click();
    expect(await panel.getByRole('region', { name: 'Article 12(3)' }).isVisible()).toBe(true);
    await waitForMap(page, 'svg');
    await page.screenshot({ path: `${OUT}/phone-panel-ukraine.png` });
    await context.close();
  });
});

describe('open data', () => {
  it('serves every data file as JSON and CSV from the built site, linked from the footer', async () => {
    const { page, context } = await visit();
    const links = page.locator('footer a[download]');
    expect(await links.count()).toBe(14);
    for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      const res = await page.request.get(href);
      expect(res.status(), href).toBe(200);
      const body = await res.body();
      if (href.endsWith('.json'))
        expect(JSON.parse(body.toString('utf8')).generated, href).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      else if (href.endsWith('.csv')) {
        // UTF-8 with a byte-order mark, so a spreadsheet reads the accents right.
        expect([...body.subarray(0, 3)], href).toEqual([0xef, 0xbb, 0xbf]);
        expect(body.subarray(3).toString('utf8').split('\n')[0], href).toMatch(/^(iso3|id),/);
      } else expect(body.toString('utf8'), href).toMatch(/countries\.csv\n {2}iso3: /);
    }
    await context.close();
  });
});

describe('the page’s structure', () => {
  it('gives every element id once (a label or a pattern must point at one thing), panel and list open', async () => {
    const { page, context } = await visit('?country=MNG');
    await waitForMap(page, 'svg');
    await page.getByRole('region', { name: 'Mongolia' }).waitFor({ timeout: 10_000 });
    const repeated = await page.evaluate(() => {
      const n = new Map<string, number>();
      for (const el of document.querySelectorAll('[id]')) n.set(el.id, (n.get(el.id) ?? 0) + 1);
      return [...n].filter(([, count]) => count > 1);
    });
    expect(repeated).toEqual([]);
    await context.close();
  });
});

describe('bad input and faults', () => {
  it('ignores an unknown country code and a malformed hash with visible notices', async () => {
    const { page, context, errors } = await visit('?country=XYZ&country=%3Cb%3Ehi%3C%2Fb%3E#map=abc/def');
    await waitForMap(page, 'svg');
    const notices = page.getByRole('status').filter({ hasText: 'link' });
    await expect.poll(() => notices.textContent()).toContain('No country has the code “XYZ”');
    expect(await notices.textContent()).toContain('could not be read');
    expect(await page.locator('.notices b').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('without WebGL', () => {
  it('draws the whole map in SVG: shading that follows the date, trips and stops, clicks that open countries', async () => {
    const noGl = await launch(['--disable-webgl', '--disable-3d-apis']);
    try {
      const context = await noGl.newContext({
        viewport: { width: 1280, height: 720 },
        reducedMotion: 'reduce',
        serviceWorkers: 'block',
      });
      await watchPolicy(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      // Even a link that asks for WebGL gets the SVG map, with a notice saying why.
      await page.goto(site.url + '?country=MNG&renderer=webgl');
      await waitForMap(page, 'svg');
      await expect
        .poll(() => page.locator('.notices').textContent(), { timeout: 10_000 })
        .toContain('drawn in SVG');
      expect(await page.getByRole('region', { name: 'Mongolia' }).isVisible()).toBe(true);
      expect(await page.getByRole('alert').count()).toBe(0);
      await page.getByRole('button', { name: 'Close the panel on Mongolia' }).click();
      // Every trip drawn: as its own stop, or within its city's group marker.
      const drawn = (await readLayout(page)).flatMap(([ids]) => ids);
      expect(drawn.length).toBeGreaterThan(20);
      expect(await page.locator('[data-trip], [data-group]').count()).toBe((await readLayout(page)).length);
      await page.screenshot({ path: `${OUT}/nowebgl-desktop.png` });
      // Russia had signed and not yet withdrawn its signature in 2005, and a click on Siberia opens it.
      await page.goto(site.url + '?date=2005-01-01#map=3/62/100');
      await waitForMap(page, 'svg');
      const russia = page.locator('#first-map path[data-c="RUS"]');
      await expect.poll(() => russia.getAttribute('class'), { timeout: 15_000 }).toBe('fp-signatory');
      const box = (await page.locator('.map').boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.getByRole('region', { name: 'Russia' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await noGl.close();
    }
  });
});
