// @vitest-environment jsdom
// Checks the shipped geometry (public/geo, written by `npm run geo`) against the border policy: the
// two files, and the first view's shapes as the WebGL map reads them from the first paint's SVG.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { geoArea, geoContains } from 'd3-geo';
import type { Position } from 'geojson';
import { topologyToShapes, type CountryShapes, type SmallStatePoints } from '../../src/lib/map/geometry';
import { statusOn } from '../../src/lib/data/status';
import { parseCountries } from '../../src/lib/data/validate';
import { shapesReadBack } from '../fixtures/first-paint';

const read = (f: string) => JSON.parse(readFileSync(`public/geo/${f}`, 'utf8'));
let coarse: CountryShapes;
let detailed: CountryShapes;
let small: SmallStatePoints;
let page: { shapes: CountryShapes; smallStates: SmallStatePoints };

beforeAll(() => {
  if (!existsSync('public/geo/countries-50m.json')) execFileSync('node', ['scripts/build-geometry.mjs']);
  coarse = topologyToShapes(read('countries-110m.json'), '110m');
  detailed = topologyToShapes(read('countries-50m.json'), '50m');
  small = read('small-states.json');
  page = shapesReadBack();
});

const at = (shapes: CountryShapes, lon: number, lat: number) =>
  shapes.features.filter((f) => geoContains(f, [lon, lat])).map((f) => f.properties.iso3);

function rings(shapes: CountryShapes): { iso3: string | null; ring: Position[] }[] {
  return shapes.features.flatMap((f) => {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    return polys.flat().map((ring) => ({ iso3: f.properties.iso3, ring }));
  });
}

describe.each([
  ['1:110m', () => coarse],
  ['1:50m', () => detailed],
  ['1:110m, read from the first paint', () => page.shapes],
])('geometry at %s', (_, shapes) => {
  it('draws Simferopol, in Crimea, inside Ukraine (UNGA resolution 68/262) and in no other country', () => {
    expect(at(shapes(), 34.1, 44.95)).toEqual(['UKR']);
  });

  it('puts Moscow in Russia, Ulaanbaatar in Mongolia, Hargeisa in Somalia', () => {
    expect(at(shapes(), 37.62, 55.75)).toEqual(['RUS']);
    expect(at(shapes(), 106.92, 47.92)).toEqual(['MNG']);
    expect(at(shapes(), 44.06, 9.56)).toEqual(['SOM']);
  });

  it('draws Lesotho as a hole in South Africa: Maseru is in Lesotho only', () => {
    expect(at(shapes(), 27.48, -29.31)).toEqual(['LSO']);
    expect(at(shapes(), 28.04, -26.2)).toEqual(['ZAF']); // Johannesburg
  });

  it('has no ring that jumps across the 180° meridian (no streaks)', () => {
    const crossing = rings(shapes()).filter(({ ring }) =>
      ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180),
    );
    expect(crossing.map((r) => r.iso3)).toEqual([]);
  });

  it('keeps Russia and Fiji on both sides of the meridian, each within −180…180', () => {
    for (const iso3 of ['RUS', 'FJI']) {
      const lons = rings(shapes())
        .filter((r) => r.iso3 === iso3)
        .flatMap((r) => r.ring.map((p) => p[0]));
      expect(Math.min(...lons), iso3).toBeLessThan(-170);
      expect(Math.max(...lons), iso3).toBeGreaterThan(170);
      expect(
        lons.every((x) => x >= -180 && x <= 180),
        iso3,
      ).toBe(true);
    }
  });

  it('has no polygon wound inside out (which would cover the whole globe)', () => {
    expect(
      shapes()
        .features.filter((f) => geoArea(f) > 2 * Math.PI)
        .map((f) => f.properties.iso3),
    ).toEqual([]);
  });

  it('keys every feature by a unique iso3, except the listed disputed areas', () => {
    const codes = shapes().features.map((f) => f.properties.iso3);
    const unnamed = shapes()
      .features.filter((f) => !f.properties.iso3)
      .map((f) => f.properties.name);
    expect(unnamed.every((n) => ['Siachen Glacier'].includes(n))).toBe(true);
    const named = codes.filter(Boolean);
    expect(new Set(named).size).toBe(named.length);
    expect(named.every((c) => /^[A-Z]{3}$/.test(c!))).toBe(true);
  });
});

describe('every State Party can be clicked', () => {
  it.each([
    ['the geometry files', () => [coarse, small] as const],
    ['the first paint', () => [page.shapes, page.smallStates] as const],
  ])('has a shape at 1:110m or a symbol, for each State Party in data/countries.json, in %s', (_, level) => {
    const [shapes, points] = level();
    const data = parseCountries(JSON.parse(readFileSync('data/countries.json', 'utf8')));
    const clickable = new Set([
      ...shapes.features.map((f) => f.properties.iso3),
      ...points.features.map((f) => f.properties.iso3),
    ]);
    const parties = data.countries.filter((c) => statusOn(c, data.asOf) === 'party').map((c) => c.iso3);
    expect(parties.length).toBeGreaterThan(100);
    expect(parties.filter((iso3) => !clickable.has(iso3))).toEqual([]);
  });

  it('gives the Cook Islands, Palestine and the small island States Parties a symbol or a shape', () => {
    const symbols = new Set(small.features.map((f) => f.properties.iso3));
    for (const iso3 of ['COK', 'MHL', 'NRU', 'KIR', 'TUV', 'WSM', 'VCT', 'KNA', 'MLT', 'LIE', 'AND', 'SMR']) {
      expect(symbols.has(iso3), iso3).toBe(true);
    }
    expect(coarse.features.some((f) => f.properties.iso3 === 'PSE')).toBe(true);
  });
});
