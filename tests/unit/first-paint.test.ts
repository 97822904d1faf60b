// The first paint written into index.html (build/first-paint.ts): right statuses, every country, and
// the day from which it would be wrong.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { firstPaintSvg, nextChange, WORLD } from '../../build/first-paint';
import { statusOn, type Status } from '../../src/lib/data/status';
import { APP_DATA } from '../../src/lib/data/static-data';
import type { Country } from '../../src/lib/data/schema';

const DAY = '2026-11-22';
const countries = APP_DATA.countries.countries;
const byIso3 = new Map(countries.map((c) => [c.iso3, c]));
let svg: string;

beforeAll(() => {
  if (!existsSync('public/geo/countries-110m.json')) execFileSync('node', ['scripts/build-geometry.mjs']);
  const read = (f: string) => JSON.parse(readFileSync(`public/geo/${f}`, 'utf8'));
  svg = firstPaintSvg({
    topology: read('countries-110m.json'),
    smallStates: read('small-states.json'),
    statusOf: (iso3): Status => {
      const c = iso3 ? byIso3.get(iso3) : undefined;
      return c ? statusOn(c, DAY) : 'notCovered';
    },
    hasRecord: (iso3) => byIso3.has(iso3),
  });
});

/** The status class each country's shapes carry in the SVG. */
function classes(iso3: string): string[] {
  return [...svg.matchAll(new RegExp(`class="fp-(\\w+)" data-c="${iso3}"`, 'g'))].map((m) => m[1]);
}

describe('the first paint', () => {
  it('draws every country that has a record, as a shape or a dot', () => {
    const missing = countries.filter((c) => classes(c.iso3).length === 0).map((c) => c.iso3);
    expect(missing).toEqual([]);
  });

  it('shades each country by its status on the day of the build', () => {
    expect(classes('MNG')).toEqual(['party']);
    expect(classes('TJK')).toEqual(['party']);
    expect(classes('HUN')).toEqual(['withdrawn']);
    expect(classes('RUS')).toEqual(['signatureWithdrawn']);
    expect(classes('CHN')).toEqual(['nonSignatory']);
    expect(classes('UKR')).toEqual(['party']);
    // Every country, not only these: each class matches the status derived from the record.
    for (const c of countries) for (const k of classes(c.iso3)) expect(k, c.iso3).toBe(statusOn(c, DAY));
  });

  it('frames one world, as the map first does: no copy of it either side of the 180° meridian', () => {
    const viewBox = svg
      .match(/viewBox="([^"]+)"/)![1]
      .split(' ')
      .map(Number);
    // From 180° W to 180° E, once.
    expect(viewBox[0]).toBe(0);
    expect(viewBox[0] + viewBox[2]).toBe(WORLD);
    expect(svg).not.toContain('<use');
  });

  it('knows the first day on which a status changes after the build, so it never shows a stale status', () => {
    const c = (over: Partial<Country>) => ({ iso3: 'AAA', ...over }) as Country;
    const list = [
      c({ signed: '2000-01-01', entryIntoForce: '2027-03-01' }),
      c({ withdrawalEffective: '2026-12-05' }),
    ];
    expect(nextChange(list, DAY)).toBe('2026-12-05');
    expect(nextChange(list, '2026-12-05')).toBe('2027-03-01');
    expect(nextChange([c({ signed: '2000-01-01' })], DAY)).toBe('9999-12-31');
  });
});
