/**
 * The map for keyboard and screen-reader users, on both renderers: walking the countries and stops
 * with the keys, what the live region says, where focus goes, the lesson from the keyboard, the live
 * regions' rate during Play, and axe-core on the main views.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { OUT, mapSurface, useSite, visit, waitForMap, withRenderer } from './harness';

const site = useSite();
const read = (f: string) => JSON.parse(readFileSync(new URL(`../../data/${f}`, import.meta.url), 'utf8'));
const EVENT_DATES: string[] = [
  ...read('trips.json').trips.map((t: { start: string }) => t.start),
  ...read('avoided.json').avoided.map((a: { start: string }) => a.start),
  ...read('countries.json').countries.flatMap((c: Record<string, string | null>) =>
    [c.entryIntoForce, c.withdrawalEffective].filter(Boolean),
  ),
];
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** What the map's live region says now. */
const said = (page: Page) =>
  page.evaluate(() => document.querySelector('[data-testid="map-announcer"]')?.textContent?.trim() ?? '');
/** A short description of the focused element. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return 'body';
    return `${a.tagName.toLowerCase()}|${a.getAttribute('aria-label') ?? ''}|${a.textContent?.trim().slice(0, 60) ?? ''}`;
  });

/** Presses Tab until the map's surface has focus (at most `max` presses); returns how many it took. */
async function tabToMap(page: Page, max = 20): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => !!document.activeElement?.closest('.map-layer'))) return i;
  }
  throw new Error(`the map was not reached in ${max} Tab presses (focus: ${await focused(page)})`);
}

/** Presses `key` until the live region's sentence starts with `text` (at most `max` presses). */
async function pressUntil(page: Page, key: string, text: string, max: number): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await said(page)).startsWith(text)) return;
    await page.keyboard.press(key);
  }
  expect(await said(page)).toMatch(new RegExp(`^${text}`));
}

async function axe(page: Page, name: string) {
  // Run as the test's own code: an added <script> is inline script, which the page's policy refuses.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  const r = (await page.evaluate(async () => {
    const res = await (window as unknown as { axe: { run(): Promise<unknown> } }).axe.run();
    return res;
  })) as {
    violations: { id: string; nodes: { target: string[] }[] }[];
    incomplete: { id: string; nodes: unknown[] }[];
  };
  const violations = r.violations.map(
    (v) => `${name}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(violations).toEqual([]);
  return r.incomplete.flatMap((i) =>
    i.nodes.map((n) => `${i.id} ${(n as { target: string[] }).target.join(' ')}`),
  );
}

for (const renderer of ['svg', 'webgl'] as const) {
  describe(`the keyboard on the ${renderer} map`, () => {
    it('walks from load: Tab to the map, arrows to Mongolia, Enter opens it, Escape comes back to it, ] reaches stop 18', async () => {
      // Centred on Kazakhstan: Mongolia is to its east.
      const { page, context, errors } = await visit(site, withRenderer('#map=3/47/68', renderer));
      await waitForMap(page, renderer);
      await tabToMap(page);
      // Focus says where the keyboard is, before any key.
      await expect.poll(() => said(page)).toMatch(/^Kazakhstan — /);
      await pressUntil(page, 'ArrowRight', 'Mongolia', 4);
      expect(await said(page)).toMatch(
        /^Mongolia — State Party since .* — visited 2\s*–\s*3 September 2024, not arrested — Enter for details/,
      );
      await page.screenshot({ path: `${OUT}/${renderer}-keyboard-mongolia.png` });
      await page.keyboard.press('Enter');
      const panel = page.getByRole('region', { name: 'Mongolia' });
      await panel.waitFor({ timeout: 10_000 });
      expect(await focused(page)).toMatch(/^h2\|\|Mongolia/);
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });
      await expect
        .poll(() => page.evaluate(() => !!document.activeElement?.closest('.map-layer')))
        .toBe(true);
      await expect.poll(() => said(page)).toMatch(/^Mongolia — /);
      // The stops in date order: stop 18 is the September 2024 visit to Mongolia.
      await pressUntil(page, ']', 'Trip 18 of', 45);
      expect(await said(page)).toMatch(/^Trip 18 of \d+: Ulaanbaatar, Mongolia, 2\s*–\s*3 September 2024/);
      await page.keyboard.press('Enter');
      await panel.waitFor({ timeout: 10_000 });
      await expect.poll(() => new URL(page.url()).searchParams.get('trip')).toBe('2024-09-mongolia');
      expect(errors).toEqual([]);
      await context.close();
    });

    it('pans with Shift and the arrows, and Home goes back to the world view', async () => {
      const { page, context } = await visit(site, withRenderer('#map=3/47/68', renderer));
      await waitForMap(page, renderer);
      await mapSurface(page).focus();
      const lon = () => Number(new URL(page.url()).hash.split('/')[2]);
      await expect.poll(lon).toBeCloseTo(68, 0);
      await page.keyboard.press('Shift+ArrowRight');
      await expect.poll(lon, { timeout: 5_000 }).toBeGreaterThan(70);
      await page.keyboard.press('Home');
      // Back on the world view, the address names no camera (each screen frames the world its own way).
      await expect.poll(() => new URL(page.url()).hash).toBe('');
      await context.close();
    });
  });
}

describe('focus and structure for keyboard and screen-reader users', () => {
  it('skip links come first, and each reaches its place', async () => {
    const { page, context } = await visit(site, '?renderer=svg');
    await waitForMap(page, 'svg');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/Skip to the map/);
    await expect.poll(() => page.getByRole('button', { name: 'Skip to the map' }).isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.map-layer'))).toBe(true);
    for (const [name, target] of [
      ['Skip to the timeline', 'timeline-handle'],
      ['Skip to the country list', 'country-list-title'],
      ['Skip to the list of events', 'event-list-title'],
      ['Skip to the data downloads', 'downloads'],
    ]) {
      await page.getByRole('button', { name }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(target);
    }
    await context.close();
  });

  it('the Tab order follows the screen: the tools above the map, then the map, then its zoom buttons', async () => {
    const { page, context } = await visit(site, '?renderer=svg');
    await waitForMap(page, 'svg');
    const order: string[] = [];
    // The skip links, the masthead's language picker, Share and Present, then the tools and the map.
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused(page));
    }
    const at = (re: RegExp) => order.findIndex((f) => re.test(f));
    expect(at(/Find a country|combobox|^input/)).toBeLessThan(at(/World map/));
    expect(at(/World map/)).toBeLessThan(at(/Zoom in/));
    await context.close();
  });

  it('the lesson from the keyboard: focus on its caption region, → moves on, Esc gives focus back to the button', async () => {
    const { page, context } = await visit(site, '?renderer=svg');
    await waitForMap(page, 'svg');
    await page.getByRole('button', { name: 'Present the lesson' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Lesson');
    await page
      .locator('.counter')
      .getByText(/^Step 1 of/)
      .waitFor({ timeout: 10_000 });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.counter').textContent()).toMatch(/^Step 2 of/);
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toMatch(/Present the lesson/);
    await context.close();
  });

  it('the country table sorts by a column (aria-sort says how), and a row’s panel gives focus back to the row', async () => {
    const { page, context } = await visit(site, '?renderer=svg&date=2026-12-02');
    await waitForMap(page, 'svg');
    const firstRow = () => page.locator('.country-list tbody tr th button').first().textContent();
    expect(await firstRow()).toBe('Afghanistan');
    const inForce = page.getByRole('columnheader', { name: /In force/ });
    await inForce.getByRole('button').click();
    await expect.poll(() => inForce.getAttribute('aria-sort')).toBe('ascending');
    // Entered into force on 1 July 2002, the first day: the founding States Parties, by name.
    expect(await firstRow()).toBe('Andorra');
    await inForce.getByRole('button').click();
    await expect.poll(() => inForce.getAttribute('aria-sort')).toBe('descending');
    expect(await firstRow()).not.toBe('Andorra');
    const row = page.locator('.country-list tbody').getByRole('button', { name: 'Mongolia', exact: true });
    await row.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Mongolia' }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toMatch(/^button\|\|Mongolia$/);
    await context.close();
  });

  it('lists the timeline’s events as buttons; a trip’s opens its host at that visit', async () => {
    const { page, context } = await visit(site, '?renderer=svg');
    await waitForMap(page, 'svg');
    const list = page.getByRole('region', { name: 'Events on the timeline' });
    const trip = list.getByRole('button', { name: /2\s*September 2024: Trip 18\. Ulaanbaatar/ });
    await trip.click();
    await page.getByRole('region', { name: 'Mongolia' }).waitFor({ timeout: 10_000 });
    await expect.poll(() => new URL(page.url()).searchParams.get('trip')).toBe('2024-09-mongolia');
    await context.close();
  });

  it('? opens the shortcuts, Esc closes them and focus goes back', async () => {
    const { page, context } = await visit(site, '?renderer=svg');
    await waitForMap(page, 'svg');
    await mapSurface(page).focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Move to the neighbouring country');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.map-layer'))).toBe(true);
    await context.close();
  });

  it('the timeline buttons’ names contain their visible labels', async () => {
    const { page, context } = await visit(site, '?renderer=svg');
    await waitForMap(page, 'svg');
    for (const [name, visible] of [
      ['Back to the previous event', 'Back'],
      ['Play', 'Play'],
      ['Next event', 'Next'],
    ]) {
      const b = page.getByRole('button', { name, exact: true });
      expect((await b.innerText()).replace(/\s+/g, ' ')).toContain(visible);
    }
    await context.close();
  });

  it('during 10 s of Play the live regions speak at most once per event passed, and say the date when it stops', async () => {
    const { page, context } = await visit(site, '?renderer=svg&date=2023-03-17');
    await waitForMap(page, 'svg');
    await page.evaluate(() => {
      const w = window as unknown as { __spoken: number };
      w.__spoken = 0;
      const watch = new MutationObserver((changes) => {
        const regions = new Set(
          changes
            .map((c) => (c.target instanceof Element ? c.target : c.target.parentElement))
            .map((el) => el?.closest('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"]')),
        );
        regions.delete(null);
        regions.delete(undefined);
        w.__spoken += regions.size;
      });
      watch.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const start = await page.locator('.current time').getAttribute('datetime');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForTimeout(10_000); // the test measures a rate over a span of Play: the wait is the span
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    const end = (await page.locator('.current time').getAttribute('datetime'))!;
    const spoken = await page.evaluate(() => (window as unknown as { __spoken: number }).__spoken);
    // Every dated event the timeline marks (an upper bound: trips, avoided visits, treaty changes).
    const passed = EVENT_DATES.filter((d) => d > start! && d <= end).length;
    expect(end > start!).toBe(true);
    // One update per group of events passed at a time, one when it stops: never every frame (600+).
    expect(spoken).toBeGreaterThan(0);
    expect(spoken).toBeLessThanOrEqual(passed + 2);
    await expect
      .poll(() => page.locator('[data-testid="timeline-announcer"]').textContent())
      .toMatch(/^Paused on \d{1,2} \w+ 20\d\d\. \d+ trips? since the warrant/);
    await context.close();
  }, 60_000);

  it('axe-core finds no violations: the default view, a panel, the table, the lesson, the shortcuts, the phone', async () => {
    const { page, context } = await visit(site, '?renderer=svg');
    await waitForMap(page, 'svg');
    const incomplete = new Set<string>();
    const add = (ids: string[]) => ids.forEach((i) => incomplete.add(i));
    add(await axe(page, 'default view'));
    await page.getByRole('combobox', { name: 'Find a country' }).fill('Mongolia');
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Mongolia' }).waitFor({ timeout: 10_000 });
    add(await axe(page, 'panel'));
    await page.keyboard.press('Escape');
    await page.locator('#country-list-title').scrollIntoViewIfNeeded();
    add(await axe(page, 'table'));
    await page.getByRole('button', { name: 'Keyboard shortcuts (?)' }).click();
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    add(await axe(page, 'shortcuts'));
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Present the lesson' }).click();
    await page.locator('.counter').waitFor({ timeout: 10_000 });
    add(await axe(page, 'lesson'));
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 390, height: 844 });
    add(await axe(page, 'phone'));
    // Items axe cannot decide (colour contrast over the map's pixels, mostly): listed for the note.
    console.log(`axe incomplete:\n${[...incomplete].join('\n')}`);
    await context.close();
  }, 120_000);
});
