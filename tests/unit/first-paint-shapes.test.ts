// @vitest-environment jsdom
// The WebGL map's first view is drawn from the first paint's SVG (src/lib/map/first-paint-shapes.ts):
// the shapes read back from it are the build's 1:110m shapes, within the SVG's rounding.
import { beforeAll, describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import {
  WORLD,
  geometryOf,
  parsePathData,
  pathData,
  shapesFromFirstPaint,
  toLonLat,
  toWorld,
} from '../../src/lib/map/first-paint-shapes';
import { topologyToShapes, type CountryShapes, type SmallStatePoints } from '../../src/lib/map/geometry';
import { builtFirstPaintSvg, readGeo, shapesReadBack } from '../fixtures/first-paint';

const polygonsOf = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const dist = (a: Position, b: Position) => {
  const [p, q] = [toWorld(a), toWorld(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1]);
};

/**
 * Whether `read` is `original` within `tolerance` SVG units: the same points in the same order,
 * save runs of points that rounded to one (each original point matched to the nearer of the read
 * point it is at and the next one, within the tolerance; every read point matched).
 */
function sameRing(original: Position[], read: Position[], tolerance = 1): boolean {
  let j = 0;
  for (const p of original) {
    if (j + 1 < read.length && dist(p, read[j + 1]) < dist(p, read[j])) j++;
    if (dist(p, read[j]) > tolerance) return false;
  }
  return j === read.length - 1;
}

describe('path data', () => {
  it('reads absolute and relative moves and lines, implicit repeats, and closes rings', () => {
    expect(parsePathData('M10 20l5 0 0 5z')).toEqual([
      {
        hole: false,
        points: [
          [10, 20],
          [15, 20],
          [15, 25],
        ],
      },
    ]);
    // After z the pen is back at the ring's start: a relative move is from there, and marks a hole.
    expect(parsePathData('M10 20l5 0z m1 1l1 0z')[1]).toEqual({
      hole: true,
      points: [
        [11, 21],
        [12, 21],
      ],
    });
    expect(parsePathData('M0,0L3,0,3,3Z M9 9l1-1z').map((r) => r.hole)).toEqual([false, false]);
  });

  it.each(['M0 0l1', 'M0 0x5 5z', 'l1 1z', '5 5', 'M0 0l1 1z z'])('refuses %j', (d) => {
    expect(() => parsePathData(d)).toThrow();
  });

  it('turns rounding back into longitude and latitude (inverse Web Mercator)', () => {
    for (const p of [
      [0, 0],
      [-180, -55.6],
      [180, 83.6],
      [37.62, 55.75],
    ])
      toLonLat(toWorld(p)).forEach((v, i) => expect(v).toBeCloseTo(p[i], 9));
    expect(toWorld([180, 0])[0]).toBe(WORLD);
  });

  it('keeps a ring rounded to a point or a line as a flat ring (MapLibre draws nothing for it)', () => {
    expect((geometryOf('M5 5z') as Polygon).coordinates[0]).toHaveLength(4);
    expect((geometryOf('M5 5l1 0z') as Polygon).coordinates[0]).toHaveLength(4);
  });

  it('writes a polygon with a hole and reads it back, exterior clockwise and hole counter-clockwise', () => {
    const square = (w: number, s: number, e: number, n: number) => [
      [w, s],
      [w, n],
      [e, n],
      [e, s],
      [w, s],
    ];
    const original: Polygon = {
      type: 'Polygon',
      coordinates: [square(10, 10, 30, 30), square(15, 15, 20, 20).reverse()],
    };
    const d = pathData(original);
    expect(d).toMatch(/^M\d+ \d+l-?\d+( ?-?\d+)+zm-?\d+( ?-?\d+)+z$/);
    const read = geometryOf(d) as Polygon;
    expect(read.type).toBe('Polygon');
    expect(read.coordinates).toHaveLength(2);
    read.coordinates.forEach((ring, i) => expect(sameRing(original.coordinates[i], ring)).toBe(true));
    expect(geoContains(read, [25, 25])).toBe(true);
    expect(geoContains(read, [17, 17])).toBe(false);
  });
});

describe('the 1:110m shapes, through the first paint and back', () => {
  let original: CountryShapes;
  let originalPoints: SmallStatePoints;
  let read: CountryShapes;
  let points: SmallStatePoints;
  beforeAll(() => {
    original = topologyToShapes(readGeo('countries-110m.json'), '110m');
    originalPoints = readGeo('small-states.json');
    ({ shapes: read, smallStates: points } = shapesReadBack());
  });
  const byKey = (shapes: CountryShapes) =>
    new Map(shapes.features.map((f) => [f.properties.iso3 ?? f.properties.name, f]));

  it('has every country, in the same order, with its iso3', () => {
    expect(read.features.map((f) => f.properties.iso3)).toEqual(
      original.features.map((f) => f.properties.iso3),
    );
  });

  it('has the same polygons and holes, every point within 1 unit (of a 3000-unit world) and in order', () => {
    const bad: string[] = [];
    const readBy = byKey(read);
    for (const f of original.features) {
      const key = f.properties.iso3 ?? f.properties.name;
      const [a, b] = [polygonsOf(f.geometry), polygonsOf(readBy.get(key)!.geometry)];
      if (a.length !== b.length) bad.push(`${key}: ${a.length} polygons, read ${b.length}`);
      else
        a.forEach((rings, p) => {
          if (rings.length !== b[p].length)
            bad.push(`${key} polygon ${p}: ${rings.length} rings, read ${b[p].length}`);
          else
            rings.forEach((ring, r) => sameRing(ring, b[p][r]) || bad.push(`${key} polygon ${p} ring ${r}`));
        });
    }
    expect(bad).toEqual([]);
  });

  it('names each country as the app does, and the territories the app has no record of by their own name', () => {
    const readBy = byKey(read);
    expect(readBy.get('TUR')!.properties.name).toBe('Türkiye');
    expect(readBy.get('USA')!.properties.name).toBe('United States');
    expect(readBy.get('GRL')!.properties.name).toBe('Greenland');
    expect(readBy.get('PRI')!.properties.name).toBe('Puerto Rico');
    expect(read.features.filter((f) => !f.properties.name)).toEqual([]);
  });

  it('keeps Russia and Fiji on both sides of the 180° meridian, with no ring jumping across it', () => {
    for (const iso3 of ['RUS', 'FJI']) {
      const rings = polygonsOf(byKey(read).get(iso3)!.geometry).flat();
      const lons = rings.flat().map((p) => p[0]);
      expect(Math.min(...lons), iso3).toBeLessThan(-170);
      expect(Math.max(...lons), iso3).toBeGreaterThan(170);
      expect(lons.every((x) => x >= -180 && x <= 180)).toBe(true);
      expect(rings.some((ring) => ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180))).toBe(
        false,
      );
    }
  });

  it('keeps the hole South Africa has around Lesotho', () => {
    const zaf = byKey(read).get('ZAF')!;
    expect(polygonsOf(zaf.geometry).some((rings) => rings.length > 1)).toBe(true);
    const maseru: [number, number] = [27.48, -29.31];
    expect(geoContains(zaf, maseru)).toBe(false);
    expect(geoContains(byKey(read).get('LSO')!, maseru)).toBe(true);
    expect(geoContains(zaf, [28.04, -26.2])).toBe(true); // Johannesburg
  });

  it('has a symbol for every small state, within 1 unit of where the geometry file puts it', () => {
    expect(points.features.map((f) => f.properties.iso3)).toEqual(
      originalPoints.features.map((f) => f.properties.iso3),
    );
    points.features.forEach((f, i) => {
      expect(
        dist(f.geometry.coordinates, originalPoints.features[i].geometry.coordinates),
      ).toBeLessThanOrEqual(1);
      expect(f.properties.name).toBeTruthy();
    });
  });
});

describe('a page without a readable first paint', () => {
  it('gives no shapes (the map then loads the geometry file): no element, a broken path, no countries', () => {
    expect(shapesFromFirstPaint(null, () => undefined)).toBeNull();
    const broken = builtFirstPaintSvg().replace(/(data-c="FRA" d=")M/, '$1Q');
    expect(broken).toContain('data-c="FRA" d="Q');
    expect(() => shapesReadBack(broken)).toThrow();
    expect(() => shapesReadBack('<svg id="first-map"><g id="fp-world"></g></svg>')).toThrow();
  });
});
