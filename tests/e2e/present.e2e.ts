// Presentation mode and the printed handout, in real headless Chromium against the built site.
import { qrPath } from '../../src/lib/state/qr';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { launch } from './browser';
import {
  OUT,
  colourShare,
  shareOfColour,
  useSite,
  visit,
  waitForMap,
  withRenderer,
  type RendererName,
  watchPolicy,
} from './harness';
import { PROJECTOR, SWATCH } from '../../src/lib/map/palette';
import { WORLD } from '../../src/lib/map/first-paint-shapes';

const site = useSite();
const lesson = JSON.parse(readFileSync('data/lesson.json', 'utf8'));
const data = { trips: JSON.parse(readFileSync('data/trips.json', 'utf8')).trips };

/** A desktop visit that waits for the map, drawn by `renderer`. */
async function open(path: string, renderer: RendererName = 'svg') {
  const v = await visit(site, withRenderer(path, renderer));
  await waitForMap(v.page, renderer);
  return v;
}

/** How much of the screen shows land (States Parties, signatories, the projector's grey): a blank map shows none. */
const land = async (page: Page) =>
  (await shareOfColour(page, SWATCH.party.fill)) +
  (await shareOfColour(page, SWATCH.signatory.fill)) +
  (await shareOfColour(page, PROJECTOR.fills.nonSignatory));

const caption = (page: Page) => page.locator('.present .caption').textContent();
const counter = (page: Page) => page.locator('.present .counter').textContent();

/** WCAG contrast ratio of two rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map((x) => {
        const v = Number(x) / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe.each(['svg', 'webgl'] as const)('presentation mode on the %s renderer', (renderer) => {
  it('steps through the whole lesson with PageDown and →, each caption, date and map shown, then Escape leaves', async () => {
    const { page, context, errors } = await open('', renderer);
    await page.getByRole('button', { name: 'Present the lesson' }).click();
    const keys = ['PageDown', 'ArrowRight'];
    for (let i = 0; i < lesson.steps.length; i++) {
      const step = lesson.steps[i];
      expect(await counter(page)).toBe(`Step ${i + 1} of ${lesson.steps.length}`);
      const first = step.caption.split('{parties}')[0].slice(0, 40);
      expect(await caption(page)).toContain(first);
      if (step.date) expect(await page.locator('.present time').getAttribute('datetime')).toBe(step.date);
      // Every step shows its map: never a blank screen behind the caption.
      await expect.poll(() => land(page), { timeout: 10_000 }).toBeGreaterThan(0.02);
      if (step.predict) {
        expect(await caption(page)).not.toContain(step.reveal.slice(0, 20));
        await page.keyboard.press(keys[i % 2]);
        expect(await caption(page)).toContain(step.reveal.slice(0, 20));
      }
      if (i === 4) {
        await page.waitForTimeout(1500);
        await page.screenshot({ path: `${OUT}/${renderer}-present-step-5-revealed.png` });
      }
      if (i < lesson.steps.length - 1) await page.keyboard.press(keys[i % 2]);
    }
    await expect.poll(() => page.url()).toContain(`present=1&step=${lesson.steps.length}`);
    await page.keyboard.press('Escape');
    await page.locator('.present').waitFor({ state: 'detached' });
    expect(await page.locator('.masthead').isVisible()).toBe(true);
    await expect.poll(() => page.url()).not.toContain('present=');
    expect(errors).toEqual([]);
    await context.close();
    // Nine camera moves and redraws in software WebGL: on a busy shared machine this passes 60 s.
  }, 150_000);
});

describe('presentation mode', () => {
  it('opens a step from ?present=1&step=N, legible from the back of the room, and ignores scroll zoom', async () => {
    const { page, context } = await open('?present=1&step=6');
    expect(await counter(page)).toBe(`Step 6 of ${lesson.steps.length}`);
    const style = await page.locator('.present .caption').evaluate((el) => {
      const s = getComputedStyle(el);
      const bg = getComputedStyle(el.parentElement!).backgroundColor;
      return { size: parseFloat(s.fontSize), color: s.color, bg };
    });
    expect(style.size).toBeGreaterThanOrEqual(28);
    expect(contrast(style.color, style.bg)).toBeGreaterThanOrEqual(7);
    expect(await page.locator('.masthead').isVisible()).toBe(false);
    await page.waitForTimeout(500);
    const before = new URL(page.url()).hash;
    await page.mouse.move(640, 250);
    await page.mouse.wheel(0, -600);
    await page.waitForTimeout(700);
    expect(new URL(page.url()).hash).toBe(before);
    await page.keyboard.press('n');
    expect(await page.getByRole('complementary', { name: 'Presenter notes' }).isVisible()).toBe(true);
    expect(await page.getByRole('img', { name: /QR code/ }).isVisible()).toBe(true);
    await page.screenshot({ path: `${OUT}/present-step-6-notes.png` });
    // The control: out of the lesson, the same scroll zooms the map, and the address shows it within
    // the time waited above (so the check above could have seen a zoom).
    await page.keyboard.press('n');
    await page.keyboard.press('Escape');
    await page.locator('.present').waitFor({ state: 'detached', timeout: 5_000 });
    await expect.poll(() => new URL(page.url()).hash, { timeout: 3_000 }).toMatch(/^#map=/);
    const outside = new URL(page.url()).hash;
    await page.mouse.move(640, 250);
    await page.mouse.wheel(0, -600);
    await expect.poll(() => new URL(page.url()).hash, { timeout: 700 }).not.toBe(outside);
    await context.close();
  });
});

describe('on a projector', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ])
    it(`at ${viewport.width}×${viewport.height}: the key open and clear of the caption, large stops, notes on screen, a reveal that leaves the map still`, async () => {
      const v = await visit(site, '?present=1&step=5&renderer=svg', viewport);
      const { page, context } = v;
      await waitForMap(page, 'svg');
      await expect.poll(() => counter(page)).toBe(`Step 5 of ${lesson.steps.length}`);
      const bar = (await page.locator('.present .bar').boundingBox())!;
      // The legend, with the trip symbols' key open, ends above the caption bar.
      const legend = page.getByRole('region', { name: /^Rome Statute status/ });
      expect(await legend.getByText('To a State Party: not arrested').isVisible()).toBe(true);
      const key = (await legend.boundingBox())!;
      expect(key.y + key.height).toBeLessThanOrEqual(bar.y);
      // Stops at least 24 px across, their numbers at least 16 px tall.
      const stop = await page
        .locator('.svg-map .stop')
        .first()
        .evaluate((el) => {
          const shape = el.querySelector('path:last-of-type')!.getBoundingClientRect();
          const text = el.querySelector('text')!.getBoundingClientRect();
          return { w: shape.width, text: text.height };
        });
      expect(stop.w).toBeGreaterThanOrEqual(24);
      expect(stop.text).toBeGreaterThanOrEqual(16);
      // Revealing the answer grows the caption; the map does not move.
      const view = () => page.evaluate(() => document.querySelector('.camera')?.getAttribute('transform'));
      const before = await view();
      const height = (await page.locator('.present .caption').boundingBox())!.height;
      await page.keyboard.press('r');
      await expect
        .poll(async () => (await page.locator('.present .caption').boundingBox())!.height)
        .toBeGreaterThan(height);
      // Two frames: a resize of the map box would have moved the camera by then.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      expect(await view()).toBe(before);
      // The notes stay on screen, above the bar, scrolling within themselves.
      await page.keyboard.press('n');
      const notes = (await page.getByRole('complementary', { name: 'Presenter notes' }).boundingBox())!;
      const barNow = (await page.locator('.present .bar').boundingBox())!;
      expect(notes.y).toBeGreaterThanOrEqual(0);
      expect(notes.y + notes.height).toBeLessThanOrEqual(barNow.y);
      await page.screenshot({ path: `${OUT}/projector-step-5-${viewport.width}x${viewport.height}.png` });
      await context.close();
    });
});

describe('the lesson’s QR code', () => {
  it('encodes the address of the step on screen, and follows the steps', async () => {
    const { page, context } = await open('?present=1&step=5');
    await page.keyboard.press('n');
    const drawn = () => page.locator('.qr path').getAttribute('d');
    // The address bar catches up 250 ms after a change; the code must then be the code of its address.
    await expect.poll(async () => (await drawn()) === qrPath(page.url()).d).toBe(true);
    expect(new URL(page.url()).searchParams.get('step')).toBe('5');
    await page.keyboard.press('ArrowRight'); // step 5 asks a question: the first press reveals
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('6');
    await expect.poll(async () => (await drawn()) === qrPath(page.url()).d).toBe(true);
    expect(new URL(page.url()).searchParams.get('date')).toBe('2024-10-24');
    await context.close();
  });
});

describe('presentation mode’s code', () => {
  // A chunk of its own, fetched only when a lesson starts; its name is hashed.
  const chunks = readdirSync('dist/assets').filter((f) => /^Presentation-[\w-]+\.js$/.test(f));

  it('is not part of the first load, and is fetched when a lesson starts', async () => {
    expect(chunks).toHaveLength(1);
    expect(readFileSync('dist/index.html', 'utf8')).not.toContain('Presentation-');
    const asked: string[] = [];
    const { page, context } = await visit(site, '', undefined, (c) =>
      c.route('**/assets/Presentation-*', (route) => {
        asked.push(route.request().url());
        return route.continue();
      }),
    );
    await waitForMap(page, 'svg');
    expect(asked).toEqual([]);
    await page.getByRole('button', { name: 'Present the lesson' }).click();
    await page.locator('.present .counter').waitFor();
    expect(await counter(page)).toBe(`Step 1 of ${lesson.steps.length}`);
    expect(asked.some((u) => u.endsWith(chunks[0]))).toBe(true);
    await context.close();
  });

  it('does not download: a link to a step says so in the caption, Esc leaves, and Try again presents', async () => {
    const file = `assets/${chunks[0]}`;
    let offline = true;
    const { page, context, errors } = await visit(site, '?present=1&step=3', undefined, (c) =>
      c.route(`**/${file}`, (route) => (offline ? route.abort('internetdisconnected') : route.continue())),
    );
    const alert = page.locator('.present').getByRole('alert');
    await expect
      .poll(() => alert.textContent(), { timeout: 15_000 })
      .toContain('The lesson could not be loaded');
    await waitForMap(page, 'svg');
    await page.screenshot({ path: `${OUT}/present-code-offline.png` });
    await page.keyboard.press('Escape');
    await page.locator('.present').waitFor({ state: 'detached' });
    expect(await page.locator('.masthead').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Present the lesson' }).click();
    await alert.waitFor();
    // Chromium does not keep the failed import: the retry fetches the chunk again.
    offline = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('.present .counter').waitFor();
    expect(await counter(page)).toBe(`Step 1 of ${lesson.steps.length}`);
    const failedLoad = `Failed to load resource: net::ERR_INTERNET_DISCONNECTED (${site.url}${file})`;
    expect(errors.filter((e) => e !== failedLoad)).toEqual([]);
    await context.close();
  });
});

/** Pages in a PDF: its /Type /Page objects. */
const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
/** The handout's map: the SVG document its picture shows. */
const printedMap = async (page: Page) =>
  decodeURIComponent(
    (await page.locator('.print-sheet .map-picture').getAttribute('src'))!.replace(
      /^data:image\/svg\+xml;charset=utf-8,/,
      '',
    ),
  );

describe.each(['svg', 'webgl'] as const)('the printed handout from the %s renderer', (renderer) => {
  it('prints one A4 page: the world map drawn for paper, with the Mongolia stop, the keys and short key dates', async () => {
    // No beforeprint: a print preview that fires none still gets the map.
    const { page, context } = await open('', renderer);
    await page.emulateMedia({ media: 'print' });
    const img = page.locator('.print-sheet .map-picture');
    await expect.poll(() => img.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(colourShare(await img.screenshot(), SWATCH.party.fill, 14)).toBeGreaterThan(0.02);
    // Vector, from the shapes (no canvas read): Mongolia's stop, number 18, among the symbols.
    const mongolia = data.trips.find((t: { id: string }) => t.id === '2024-09-mongolia');
    const n = 1 + data.trips.filter((t: { start: string }) => t.start < mongolia.start).length;
    expect(await printedMap(page)).toMatch(new RegExp(`>${n}</text>`));
    const sheet = page.locator('.print-sheet');
    expect(await sheet.textContent()).toContain('To a State Party: not arrested');
    expect(await sheet.textContent()).toContain('Stayed away from a summit');
    // Key dates run as sentences, each with its source named (the addresses in a list at the foot).
    const dates = await sheet.locator('.dates li').allTextContents();
    expect(
      dates.some((d) => /He visits Ulaanbaatar, Mongolia, a State Party\. He was not arrested\./.test(d)),
    ).toBe(true);
    for (const d of dates) expect(d).not.toMatch(/https?:/);
    expect(await page.locator('.screen').isVisible()).toBe(false);
    await page.screenshot({ path: `${OUT}/${renderer}-print-handout.png`, fullPage: true });
    expect(pages(await page.pdf({ format: 'A4' }))).toBe(1);
    await context.close();
  });

  it('frames a country’s handout on its region', async () => {
    const { page, context } = await open('?country=MNG&date=2024-10-24', renderer);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const svg = await printedMap(page);
    const [, , w] = svg
      .match(/viewBox="([^"]+)"/)![1]
      .split(' ')
      .map(Number);
    expect(w).toBeLessThan(WORLD / 3);
    expect(await page.locator('.print-sheet').textContent()).toMatch(/He was not arrested\./);
    expect(pages(await page.pdf({ format: 'A4' }))).toBe(1);
    await context.close();
  });
});

describe('the printed handout’s link', () => {
  it('is the view on screen, not the address the page was opened with', async () => {
    const { page, context } = await open('', 'svg');
    await page.getByRole('combobox', { name: 'Find a country' }).fill('Tajikistan');
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Tajikistan' }).waitFor({ timeout: 10_000 });
    await page.getByRole('slider', { name: 'Date' }).focus();
    await page.keyboard.press('Home'); // the timeline's first day
    const day = await page.locator('.current time').getAttribute('datetime');
    await page.emulateMedia({ media: 'print' });
    const foot = page.locator('.print-sheet .foot');
    await expect.poll(() => foot.textContent()).toContain('country=TJK');
    expect(await foot.textContent()).toContain(`date=${day}`);
    // …and it is the address the page's own bar holds (once it has caught up).
    await expect.poll(async () => (await foot.textContent())?.includes(page.url())).toBe(true);
    await context.close();
  });
});

describe('the lesson without WebGL', () => {
  it('shows its map, trips included, on every step', async () => {
    const noGl = await launch(['--disable-webgl', '--disable-3d-apis']);
    try {
      const context = await noGl.newContext({
        viewport: { width: 1280, height: 720 },
        reducedMotion: 'reduce',
        serviceWorkers: 'block',
      });
      await watchPolicy(context);
      const page = await context.newPage();
      await page.goto(`${site.url}?present=1&step=1`);
      await waitForMap(page, 'svg');
      await page.locator('.present .counter').waitFor();
      for (let i = 0; i < lesson.steps.length; i++) {
        await expect.poll(() => counter(page)).toBe(`Step ${i + 1} of ${lesson.steps.length}`);
        await expect.poll(() => land(page), { timeout: 10_000 }).toBeGreaterThan(0.02);
        if (lesson.steps[i].trip)
          expect(await page.locator(`[data-trip="${lesson.steps[i].trip}"]`).count()).toBe(1);
        await page.screenshot({ path: `${OUT}/nowebgl-present-step-${i + 1}.png` });
        if (lesson.steps[i].predict) await page.keyboard.press('r');
        await page.keyboard.press('ArrowRight');
      }
    } finally {
      await noGl.close();
    }
  }, 120_000);
});
