import { describe, expect, it } from 'vitest';
import { nearestDrawn, pickAt, type PickMap } from '../../src/lib/map/maplibre/pick';
import { ringOffset } from '../../src/lib/map/routes';
import { TRIP_LAYER } from '../../src/lib/map/maplibre/trip-layers';
import { LAYER } from '../../src/lib/map/maplibre/layers';

// Four visits to one city (at 100, 100 on screen), drawn on a ring; one visit elsewhere.
const ring = ['0/4', '1/4', '2/4', '3/4'].map((slot, i) => ({
  id: `minsk-${i}`,
  slot,
  start: `2024-0${i + 1}-01`,
}));
const stops = [
  ...ring.map((r) => ({ ...r, lon: 27.56, lat: 53.9, iso3: 'BLR', city: 'Minsk' })),
  {
    id: 'ulaanbaatar',
    slot: '0/1',
    start: '2024-09-02',
    lon: 106.9,
    lat: 47.9,
    iso3: 'MNG',
    city: 'Ulaanbaatar',
  },
];

/** A map where 1° is 1 px from (27.56, 53.9) at (100, 100); every stop answers box queries, countries point queries. */
function fakeMap(country: string | null = 'BLR'): PickMap {
  const project = ([lon, lat]: [number, number]) => ({ x: 100 + (lon - 27.56), y: 100 - (lat - 53.9) });
  return {
    project: project as never,
    unproject: (([x, y]: [number, number]) => ({ lng: 27.56 + x - 100, lat: 53.9 - (y - 100) })) as never,
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
  it('takes the stop of a ring drawn nearest the pointer, not just the top one', () => {
    for (const [k, r] of ring.entries()) {
      const [dx, dy] = ringOffset(k, 4);
      expect(pickAt(fakeMap(), [100 + dx, 100 + dy], () => true)?.trip).toBe(r.id);
    }
  });

  it('lets a trip that has not begun on the map’s date fall through to the country', () => {
    const [dx, dy] = ringOffset(1, 4);
    const hit = pickAt(fakeMap(), [100 + dx, 100 + dy], (start) => start < '2024-02-01');
    expect(hit).toEqual({ iso3: 'BLR', name: 'Belarus' });
  });

  it('answers nothing over the sea, and a stop only within its icon', () => {
    expect(pickAt(fakeMap(null), [100, 140], () => true)).toBeNull();
    expect(nearestDrawn([{ x: 0, y: 0, slot: '0/1' }], 11, 0)).not.toBeNull();
    expect(nearestDrawn([{ x: 0, y: 0, slot: '0/1' }], 13, 0)).toBeNull();
  });

  it('finds a stop on the copy of the world the pointer is in, east of the 180° meridian', () => {
    // Ulaanbaatar drawn again 360° east: the pointer there still finds it.
    const hit = pickAt(fakeMap(), [100 + (106.9 - 27.56) + 360, 100 - (47.9 - 53.9)], () => true);
    expect(hit?.trip).toBe('ulaanbaatar');
  });
});
