import { describe, expect, it } from 'vitest';
import { labelPoints, nearest, neighbour } from '../../src/lib/map/walk';
import type { CountryShapes, SmallStatePoints } from '../../src/lib/map/geometry';

// Boxes standing in for countries: [west, south, east, north].
const box = (iso3: string, [w, s, e, n]: number[]) => ({
  type: 'Feature' as const,
  properties: { iso3, name: iso3 },
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [w, s],
        [w, n],
        [e, n],
        [e, s],
        [w, s],
      ],
    ],
  },
});
const shapes: CountryShapes = {
  type: 'FeatureCollection',
  features: [
    box('KAZ', [50, 42, 85, 54]),
    box('MNG', [88, 42, 118, 52]),
    box('KGZ', [70, 39, 80, 43]),
    box('CHN', [75, 20, 130, 40]),
    box('RUS', [30, 55, 179, 75]),
    box('USA', [-125, 25, -67, 49]),
    // Far east across the 180° meridian from Russia.
    box('XAK', [-170, 55, -150, 70]),
    {
      type: 'Feature',
      properties: { iso3: 'FRA', name: 'France' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          box('', [-4, 43, 8, 51]).geometry.coordinates,
          box('', [-54, 2, -52, 5]).geometry.coordinates, // French Guiana, smaller
        ],
      },
    },
  ],
};
const small: SmallStatePoints = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { iso3: 'MLT', name: 'Malta' },
      geometry: { type: 'Point', coordinates: [14.4, 35.9] },
    },
  ],
};
const points = labelPoints(shapes, small, (iso3) => iso3 !== 'XXX');

describe('walking the map with the keyboard', () => {
  it('puts each country at the centre of its largest part, and small states at their point', () => {
    const [lon, lat] = points.get('FRA')!;
    expect(lon).toBeGreaterThan(-4);
    expect(lat).toBeGreaterThan(43); // in Europe, not between Europe and South America
    expect(points.get('MLT')).toEqual([14.4, 35.9]);
  });

  it('moves to the neighbour in the direction pressed, preferring one on that line to a nearer one off it', () => {
    expect(neighbour(points, 'KAZ', 'right')).toBe('MNG'); // Kyrgyzstan is nearer but to the south-east
    expect(['KAZ', 'KGZ']).toContain(neighbour(points, 'MNG', 'left'));
    expect(neighbour(points, 'MNG', 'down')).toBe('CHN');
    expect(neighbour(points, 'KAZ', 'up')).toBe('RUS');
  });

  it('goes the short way round the world, across the 180° meridian', () => {
    expect(neighbour(points, 'RUS', 'right')).toBe('XAK');
  });

  it('stays put at the edge of the world', () => {
    expect(neighbour(points, 'RUS', 'up')).toBeNull();
  });

  it('starts from the country nearest the centre of the view', () => {
    expect(nearest(points, 100, 46)).toBe('MNG');
  });
});
