// "Has this happened before?": other suspects' visits to States Parties, in the panel, on the map's
// Precedents layer and in the lesson, in real headless Chromium against the built site.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { OUT, colourShare, useSite, visit, waitForMap, withRenderer, type RendererName } from './harness';
import { PRECEDENT_LAYERS } from '../../src/lib/map/stop-shapes';

const site = useSite();
/** The precedent symbol's dark purple (its edge and centre). */
const PURPLE = PRECEDENT_LAYERS[2].fill!;

async function open(path: string, viewport = { width: 1280, height: 720 }, renderer: RendererName = 'svg') {
  const v = await visit(site, withRenderer(path, renderer), viewport);
  await waitForMap(v.page, renderer);
  return v;
}

/** A source link's address, which must be a real https page. */
async function expectSourced(within: Locator) {
  const links = within.getByRole('link', { name: /^Source: / });
  expect(await links.count()).toBeGreaterThan(0);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
    expect(href).toMatch(/^https:\/\//);
}

const tooltipText = (page: Page) =>
  page.evaluate(() => document.querySelector('.tooltip')?.textContent?.replace(/\s+/g, ' ') ?? '');
/** The share of the map's pixels in the precedent symbol's purple. */
async function purple(page: Page) {
  const box = (await page.locator('.stage').boundingBox())!;
  const legend = (await page.locator('.legend').boundingBox())!;
  const skip = legend.x + legend.width - box.x + 4;
  return colourShare(
    await page.screenshot({
      clip: { x: box.x + skip, y: box.y, width: box.width - skip, height: box.height },
    }),
    PURPLE,
    20,
  );
}

describe('the panel: has this happened here before?', () => {
  it('Jordan: al-Bashir at the 2017 Arab League summit, the finding with referral, and the appeal, with sources', async () => {
    const { page, context, errors } = await open('?country=JOR');
    const panel = page.getByRole('region', { name: 'Jordan' });
    await panel.waitFor({ timeout: 15_000 });
    const section = panel.getByRole('region', { name: 'Has this happened here before?' });
    const visit2017 = section.getByRole('article', {
      name: /^Omar Hassan Ahmad Al Bashir, 28\s*–\s*29 March 2017$/,
    });
    expect(await visit2017.textContent()).toContain('Summit of the League of Arab States');
    expect(await visit2017.textContent()).toContain('Not arrested.');
    const decisions = visit2017.getByRole('list', { name: 'What the Court did' }).getByRole('listitem');
    expect(await decisions.count()).toBe(2);
    expect(await decisions.nth(0).textContent()).toMatch(
      /^11 December 2017, ICC Pre-Trial Chamber II: .*Referred to the Assembly of States Parties and the UN Security Council\./,
    );
    expect(await decisions.nth(1).textContent()).toMatch(/^6 May 2019, ICC Appeals Chamber: /);
    await expectSourced(decisions.nth(0));
    await expectSourced(decisions.nth(1));
    // Where a date is not known, the panel says so on the fact concerned.
    expect(await visit2017.textContent()).toContain('the day he left Jordan was not found');
    await visit2017.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/precedents-panel-jordan.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('South Africa on a phone: the 2015 AU summit and the 2017 finding without referral', async () => {
    const { page, context } = await open('?country=ZAF', { width: 390, height: 844 });
    const panel = page.getByRole('region', { name: 'South Africa' });
    await panel.waitFor({ timeout: 15_000 });
    const visit2015 = panel.getByRole('article', { name: /Al Bashir, 13\s*–\s*15 June 2015$/ });
    expect(await visit2015.textContent()).toContain('African Union summit');
    const finding = visit2015.getByRole('listitem').first();
    expect(await finding.textContent()).toMatch(/^6 July 2017, ICC Pre-Trial Chamber II: /);
    expect(await finding.textContent()).toContain('Not referred');
    await expectSourced(finding);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await visit2015.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/precedents-panel-south-africa-phone.png` });
    await context.close();
  });

  it('Mongolia: the decisions on head-of-state immunity its finding follows, oldest first, with sources', async () => {
    const { page, context } = await open('?country=MNG');
    const panel = page.getByRole('region', { name: 'Mongolia' });
    await panel.waitFor({ timeout: 15_000 });
    const line = panel.getByRole('region', { name: 'The decisions before this one' });
    const steps = line.getByRole('listitem');
    const texts = await steps.allTextContents();
    expect(texts.length).toBeGreaterThanOrEqual(4);
    expect(texts[0]).toMatch(/^12 December 2011, ICC Pre-Trial Chamber I \(Malawi, /);
    expect(texts.at(-1)?.replace(/\s+/g, ' ')).toMatch(
      /^6 May 2019, ICC Appeals Chamber \(Jordan, .*\): .*there is no head-of-state immunity/,
    );
    for (let i = 0; i < texts.length; i++) await expectSourced(steps.nth(i));
    // Mongolia had no earlier visit of this kind: no "here before" section.
    expect(await panel.getByRole('region', { name: 'Has this happened here before?' }).count()).toBe(0);
    await context.close();
  });
});

describe('the panel when the sources chunk fails', () => {
  it('still names the visit and its outcome, says the decisions could not be downloaded, and keeps working', async () => {
    const { page, context, errors } = await visit(site, '?country=JOR&renderer=svg', undefined, (c) =>
      c.route(/icc-sources/, (route) => route.abort()),
    );
    const panel = page.getByRole('region', { name: 'Jordan' });
    await panel.waitFor({ timeout: 15_000 });
    const visit2017 = panel.getByRole('article', { name: /Al Bashir, 28\s*–\s*29 March 2017$/ });
    expect(await visit2017.textContent()).toContain(
      'Summit of the League of Arab States (Dead Sea). Not arrested.',
    );
    await expect
      .poll(() => visit2017.getByRole('status').textContent())
      .toBe('The Court’s decisions could not be downloaded. Reload to try again.');
    await expect.poll(() => page.locator('.notices').textContent()).toContain('could not be downloaded');
    expect(errors.filter((e) => !/icc-sources|Failed to fetch dynamically imported module/.test(e))).toEqual(
      [],
    );
    await context.close();
  });
});

describe('the Precedents layer', () => {
  for (const renderer of ['svg', 'webgl'] as const)
    it(`is off by default, and the legend's switch draws the visits as squares (${renderer})`, async () => {
      const { page, context, errors } = await open('#map=2.2/10/30', undefined, renderer);
      const off = await purple(page);
      expect(off).toBeLessThan(0.0003);
      const toggle = page.getByRole('checkbox', { name: /^Precedents: other suspects/ });
      expect(await toggle.isChecked()).toBe(false);
      expect(await page.locator('[data-precedent-mark]').count()).toBe(0);
      await toggle.check();
      await expect.poll(() => page.url()).toContain('precedents=1');
      await expect.poll(() => purple(page), { timeout: 10_000 }).toBeGreaterThan(off + 0.0005);
      const on = await purple(page);
      // The person filter: without al-Bashir (nine of the twelve places on this view), most go.
      const person = page.getByRole('group', { name: 'Whose visits to show' });
      await person.getByRole('checkbox', { name: /Al Bashir/ }).uncheck();
      await expect.poll(() => purple(page), { timeout: 10_000 }).toBeLessThan(off + (on - off) * 0.45);
      expect(await purple(page)).toBeGreaterThan(off + 0.0001); // the others stay
      await page.screenshot({ path: `${OUT}/precedents-layer-filtered-${renderer}.png` });
      await toggle.uncheck();
      await expect.poll(() => page.url()).not.toContain('precedents=');
      expect(errors).toEqual([]);
      await context.close();
    });

  it('opens from ?precedents=1 on the date of the link: a hover names the visit, a click opens the host', async () => {
    const { page, context, errors } = await open('?precedents=1&date=2016-01-01#map=3/-18/25');
    expect(await page.getByRole('checkbox', { name: /^Precedents: / }).isChecked()).toBe(true);
    // By 1 January 2016 he had been to South Africa, not yet to Jordan or Uganda.
    expect(await page.locator('[data-precedent="al-bashir-2015-06-south-africa"]').count()).toBe(1);
    expect(await page.locator('[data-precedent="al-bashir-2016-05-uganda"]').count()).toBe(0);
    // The timeline marks every visit of the layer, those to come under its veil; the title names each.
    const marks = page.locator('.track [data-precedent-mark]');
    expect(await marks.count()).toBeGreaterThanOrEqual(8);
    expect(await marks.first().locator('title').textContent()).toMatch(
      /^Omar Hassan Ahmad Al Bashir: N'Djamena, 21\s*–\s*23 July 2010\. Not arrested — 21 July 2010$/,
    );
    await page.screenshot({ path: `${OUT}/precedents-layer-2016.png` });

    const square = (await page.locator('[data-precedent="al-bashir-2015-06-south-africa"]').boundingBox())!;
    const at = { x: square.x + square.width / 2, y: square.y + square.height / 2 };
    await page.mouse.move(at.x, at.y);
    await expect
      .poll(() => tooltipText(page))
      .toMatch(/Al Bashir.*Johannesburg, South Africa · 13\s*–\s*15 June 2015/);
    expect(await tooltipText(page)).toContain('Not arrested.');
    await page.mouse.click(at.x, at.y);
    await page.getByRole('region', { name: 'South Africa' }).waitFor({ timeout: 10_000 });
    await expect.poll(() => page.url()).toContain('country=ZAF');

    // Three visits at one place (N'Djamena) are one symbol; its tooltip lists them all.
    await page.keyboard.press('Escape');
    await page.evaluate(() => (location.hash = '#map=3/12/15'));
    await expect
      .poll(async () => (await page.locator('[data-precedent="al-bashir-2013-02-chad"]').boundingBox())?.y)
      .toBeLessThan(400);
    const chad = (await page.locator('[data-precedent="al-bashir-2013-02-chad"]').boundingBox())!;
    await page.mouse.move(chad.x + chad.width / 2, chad.y + chad.height / 2);
    await expect.poll(() => tooltipText(page)).toContain("N'Djamena, Chad: 3 visits");
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is shown by the lesson’s optional step, and only there', async () => {
    const lesson = await import('../../data/lesson.json');
    const n = lesson.steps.findIndex((s: { id: string }) => s.id === 'before') + 1;
    const { page, context } = await open(`?present=1&step=${n}`);
    await expect.poll(() => page.locator('.present .counter').textContent()).toContain(`Step ${n} of`);
    expect(await page.locator('.present').textContent()).toContain('Optional step');
    await expect.poll(() => page.locator('[data-precedent]').count()).toBeGreaterThan(5);
    // The legend names the squares (no switch: the step decides).
    expect(await page.locator('.legend').textContent()).toContain(
      'Precedents: visits of Omar Hassan Ahmad Al Bashir to States Parties',
    );
    expect(await page.getByRole('checkbox', { name: /^Precedents: / }).count()).toBe(0);
    await page.screenshot({ path: `${OUT}/precedents-lesson-step.png` });
    await page.keyboard.press('ArrowRight'); // reveal
    await page.keyboard.press('ArrowRight'); // the next step
    await expect.poll(() => page.locator('.present .counter').textContent()).toContain(`Step ${n + 1} of`);
    await expect.poll(() => page.locator('[data-precedent]').count()).toBe(0);
    await context.close();
  });
});
