import { describe, expect, it } from 'vitest';
import { STOP_RADIUS, nearestDrawn, pickAt, type PickMap } from '../../src/lib/map/maplibre/pick';
import { TRIP_LAYER } from '../../src/lib/map/maplibre/trip-layers';
import { LAYER } from '../../src/lib/map/maplibre/layers';

// Four visits to Minsk, laid out around it on screen (stop-layout.ts put them apart); one visit elsewhere.
const SPOTS = [
  [0, 0],
  [0, -37],
  [32, -18],
  [32, 18],
];
const stops = [
  ...SPOTS.map(([dx, dy], i) => ({
    id: `minsk-${i}`,
    start: `2024-0${i + 1}-01`,
    lon: 27.56 + dx,
    lat: 53.9 - dy,
    iso3: 'BLR',
    city: 'Minsk',
  })),
  { id: 'ulaanbaatar', start: '2024-09-02', lon: 106.9, lat: 47.9, iso3: 'MNG', city: 'Ulaanbaatar' },
  {
    id: 'group:x',
    group: '39.9,116.4',
    start: '2023-10-17',
    lon: 116.4,
    lat: 39.9,
    iso3: 'CHN',
    city: 'Beijing',
  },
];

/** A map where 1° is 1 px from (27.56, 53.9) at (100, 100); every stop answers box queries, countries point queries. */
function fakeMap(country: string | null = 'BLR'): PickMap {
  const project = ([lon, lat]: [number, number]) => ({ x: 100 + (lon - 27.56), y: 100 - (lat - 53.9) });
  return {
    project: project as never,
    queryRenderedFeatures: ((geometry: unknown, { layers }: { layers: string[] }) => {
      if (Array.isArray((geometry as unknown[])[0]))
        return layers.includes(TRIP_LAYER.stops)
          ? stops.map((s) => ({
              layer: { id: TRIP_LAYER.stops },
              geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
              properties: s,
            }))
          : [];
      return country ? [{ layer: { id: LAYER.fill }, properties: { iso3: country, name: 'Belarus' } }] : [];
    }) as never,
  };
}

describe('picking what is under the pointer', () => {
  it('takes the symbol drawn nearest the pointer, not just the top one', () => {
    for (const [i, [dx, dy]] of SPOTS.entries())
      expect(pickAt(fakeMap(), [100 + dx + 3, 100 + dy - 2], () => true)?.trip).toBe(`minsk-${i}`);
  });

  it('answers a group marker with its place, not a trip', () => {
    const hit = pickAt(fakeMap(), [100 + (116.4 - 27.56), 100 - (39.9 - 53.9)], () => true);
    expect(hit).toEqual({ iso3: 'CHN', name: 'Beijing', group: '39.9,116.4' });
  });

  it('lets a trip that has not begun on the map’s date fall through to the country', () => {
    const hit = pickAt(fakeMap(), [100, 100 - 37], (start) => start < '2024-02-01');
    expect(hit).toEqual({ iso3: 'BLR', name: 'Belarus' });
  });

  it('answers nothing over the sea, and a stop only within its symbol (larger on a projector)', () => {
    expect(pickAt(fakeMap(null), [100, 160], () => true)).toBeNull();
    expect(nearestDrawn([{ x: 0, y: 0 }], STOP_RADIUS - 1, 0)).not.toBeNull();
    expect(nearestDrawn([{ x: 0, y: 0 }], STOP_RADIUS + 1, 0)).toBeNull();
    expect(pickAt(fakeMap(), [100 - STOP_RADIUS - 4, 100], () => true)?.trip).toBeUndefined();
    expect(pickAt(fakeMap(), [100 - STOP_RADIUS - 4, 100], () => true, 1.6)?.trip).toBe('minsk-0');
  });
});
