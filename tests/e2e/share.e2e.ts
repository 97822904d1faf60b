// Share, picture and embed: what a journalist or a teacher does with the view on screen.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { OUT, colourShare, useSite, visit, waitForMap } from './harness';
import { SWATCH } from '../../src/lib/map/palette';
import { PICTURE } from '../../src/lib/map/view-picture';
import { en } from '../../src/lib/i18n/en/index';

const TITLE = en.app.title;

const site = useSite();

describe('share', () => {
  it('copies the link to the exact view, says so, and the link opens the same view', async () => {
    const { page, context, errors } = await visit(
      site,
      '?country=MNG&date=2024-09-03#map=3.2/46/100',
      undefined,
      (c) => c.grantPermissions(['clipboard-read', 'clipboard-write']),
    );
    await waitForMap(page, 'svg');
    await page.getByRole('region', { name: 'Mongolia' }).waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    // The confirmation is a status message: shown, and read out by a screen reader.
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).count()).toBe(1);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(await page.getByLabel('Link to this view').inputValue());
    expect(link).toMatch(/country=MNG/);
    expect(link).toMatch(/date=2024-09-03/);
    expect(link).toMatch(/#map=3\.2\/46\/100$/);
    await page.screenshot({ path: `${OUT}/share-menu.png` });
    // Escape closes the menu, and only the menu: focus back on Share, the country still open.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByLabel('Link to this view').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Share');
    expect(await page.getByRole('region', { name: 'Mongolia' }).isVisible()).toBe(true);

    // Whoever opens the link sees the same: the country, the date, the camera.
    const other = await context.newPage();
    await other.goto(link);
    await waitForMap(other, 'svg');
    await other.getByRole('region', { name: 'Mongolia' }).waitFor({ timeout: 10_000 });
    expect(await other.locator('.asof time').first().getAttribute('datetime')).toBe('2024-09-03');
    expect(new URL(other.url()).hash).toBe('#map=3.2/46/100');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads a picture of the view: a PNG at twice the size for slides, and its SVG twin with the title', async () => {
    const { page, context, errors } = await visit(site, '?date=2024-09-03');
    await waitForMap(page, 'svg');
    await page.getByRole('button', { name: 'Share' }).click();

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG (for slides)' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('who-must-arrest-putin-2024-09-03.png');
    await png.saveAs(`${OUT}/view-picture.png`);
    const image = PNG.sync.read(readFileSync((await png.path())!));
    const height = PICTURE.header + PICTURE.map + PICTURE.footer;
    expect([image.width, image.height]).toEqual([PICTURE.width * 2, height * 2]);
    // Not a blank canvas: the map is in it, States Parties in their colour.
    const bytes = readFileSync((await png.path())!);
    expect(colourShare(bytes, SWATCH.party.fill)).toBeGreaterThan(0.03);
    expect(colourShare(bytes, SWATCH.nonSignatory.fill)).toBeGreaterThan(0.02);
    await page.getByRole('status').filter({ hasText: 'Picture saved as PNG' }).waitFor();

    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG', exact: true }).click(),
    ]);
    const text = readFileSync((await svg.path())!, 'utf8');
    expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).toContain(TITLE);
    expect(text).toContain('on 3 September 2024');
    expect(text).toContain('State Party');
    expect(text).toContain('Data as of');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('embed', () => {
  for (const width of [320, 800]) {
    it(`embedded at ${width} px with the Share menu's code: sized to its content, no scrollbars, a link to the full map`, async () => {
      const { page, context, errors } = await visit(site, '?date=2025-10-09', { width: 1280, height: 720 });
      await page.getByRole('button', { name: 'Share' }).click();
      const code = await page.getByLabel('Embed this view in a page').inputValue();
      expect(code).toMatch(/^<iframe src="[^"]*embed=1[^"]*"/);
      // On the world view the code names no camera: the embed frames the world for its own width.
      expect(code).not.toContain('#map=');
      // A host page (an article) with nothing but the code, and a log of the heights the map posts.
      const host = await context.newPage();
      await host.setViewportSize({ width, height: 900 });
      await host.setContent(
        `<body style="margin:0"><script>window.heights=[];addEventListener("message",function(e){window.heights.push(e.data.height)})</script>${code}</body>`,
      );
      await expect
        .poll(() => host.evaluate(() => (window as unknown as { heights: number[] }).heights.length), {
          timeout: 20_000,
        })
        .toBeGreaterThan(0);
      const frame = host.frames().find((f) => f.url().includes('embed=1'))!;
      await frame.locator('.map-box[data-renderer="svg"]').waitFor({ state: 'attached', timeout: 30_000 });
      await frame.locator('.timeline').waitFor();
      // The iframe is as tall as the embedded page, which fits it exactly: no scrollbar either way.
      await expect
        .poll(async () => {
          const posted = await host.evaluate(() =>
            (window as unknown as { heights: number[] }).heights.at(-1),
          );
          const iframe = await host.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
          return Math.abs(iframe - posted!);
        })
        .toBeLessThan(1);
      const fit = await frame.evaluate(() => ({
        x: document.documentElement.scrollWidth - innerWidth,
        y: document.documentElement.scrollHeight - innerHeight,
      }));
      expect(fit.x).toBeLessThanOrEqual(0);
      expect(fit.y).toBeLessThanOrEqual(0);
      // Title line, legend, timeline and source line; none of the full page's chrome.
      expect(await frame.locator('h1').textContent()).toBe(TITLE);
      expect(await frame.locator('.legend').isVisible()).toBe(true);
      expect(await frame.getByText('Data as of').isVisible()).toBe(true);
      expect(await frame.locator('footer, .present-button, .country-list').count()).toBe(0);
      const full = frame.getByRole('link', { name: /Open the full map/ });
      const href = (await full.getAttribute('href'))!;
      expect(href).toContain('date=2025-10-09');
      expect(href).not.toContain('embed');
      await host.screenshot({ path: `${OUT}/embed-${width}.png`, fullPage: true });
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
