import { describe, expect, it } from 'vitest';
import { greatCircle, iconIds, routeLine, tripFeatures, MOSCOW } from '../../src/lib/map/routes';
import { TRIP_LAYER, tripLayers } from '../../src/lib/map/maplibre/trip-layers';
import { tallyOn, toStops } from '../../src/lib/data/trips';
import { country, trip } from '../fixtures/make';
import { groupIconId, parseStopIconId, stopIconId, inkOn } from '../../src/lib/map/stop-shapes';

const byIso = new Map([
  [
    'MNG',
    country('MNG', 'Mongolia', {
      signed: '2000-12-29',
      ratified: '2002-04-11',
      entryIntoForce: '2002-07-01',
    }),
  ],
  [
    'ARM',
    country('ARM', 'Armenia', { signed: '1999-10-01', ratified: '2023-11-14', entryIntoForce: '2024-02-01' }),
  ],
  ['CHN', country('CHN', 'China')],
  ['USA', country('USA', 'United States', { signed: '2000-12-31', signatureWithdrawn: '2002-05-06' })],
]);

describe('routes', () => {
  it('follow the great circle and never jump across the 180° meridian (Moscow → Anchorage)', () => {
    const line = greatCircle([MOSCOW.lon, MOSCOW.lat], [-149.9, 61.22]);
    for (let i = 1; i < line.length; i++) expect(Math.abs(line[i][0] - line[i - 1][0])).toBeLessThan(180);
    // It goes east over the Bering Strait, past 180°, not west across Europe and the Atlantic.
    expect(Math.max(...line.map((p) => p[0]))).toBeGreaterThan(180);
    expect(line.at(-1)![0]).toBeCloseTo(-149.9 + 360, 3);
    // A great circle from Moscow to Alaska runs far north of both ends.
    expect(Math.max(...line.map((p) => p[1]))).toBeGreaterThan(70);
  });

  it('draw Moscow → Anchorage once, inside the one world: cut at 180°, never over the pole', () => {
    const pieces = routeLine([MOSCOW.lon, MOSCOW.lat], [-149.9, 61.22]);
    expect(pieces).toHaveLength(2);
    const points = pieces.flat();
    for (const [lon, lat] of points) {
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(lat).toBeLessThanOrEqual(75);
    }
    // East from Moscow to the meridian, then on from it to Anchorage: the pieces meet at 180°.
    expect(pieces[0][0]).toEqual([MOSCOW.lon, MOSCOW.lat]);
    expect(pieces[0].at(-1)![0]).toBe(180);
    expect(pieces[1][0][0]).toBe(-180);
    expect(pieces[1][0][1]).toBe(pieces[0].at(-1)![1]);
    expect(pieces[1].at(-1)![0]).toBeCloseTo(-149.9, 3);
    // A route that stays clear of both keeps its great circle, in one piece.
    const beijing = routeLine([MOSCOW.lon, MOSCOW.lat], [116.4, 39.9]);
    expect(beijing).toHaveLength(1);
    expect(Math.max(...beijing[0].map((p) => p[1]))).toBeGreaterThan(MOSCOW.lat);
  });

  it('starts in Moscow unless the data names the previous stop', () => {
    const stops = toStops(
      [
        trip('a', 'CHN', '2025-08-31', { lon: 117.2, lat: 39.13 }),
        trip('b', 'CHN', '2025-09-02', {
          lon: 116.4,
          lat: 39.9,
          from: { city: 'Tianjin', lon: 117.2, lat: 39.13 },
        }),
      ],
      byIso,
    );
    const { routes } = tripFeatures(stops);
    expect(routes.features[0].geometry.coordinates[0][0]).toEqual([MOSCOW.lon, MOSCOW.lat]);
    expect(routes.features[1].geometry.coordinates[0][0]).toEqual([117.2, 39.13]);
  });

  it('gives visits to one city one place, for the layout to group them', () => {
    const stops = toStops(
      [
        trip('m1', 'CHN', '2023-10-17'),
        trip('m2', 'CHN', '2024-05-16'),
        trip('m3', 'CHN', '2025-09-02'),
        trip('u', 'MNG', '2024-09-02', { lon: 106.9, lat: 47.9 }),
      ],
      byIso,
    );
    const f = tripFeatures(stops).stops;
    const places = f.features.map((x) => x.properties.place);
    expect(new Set(places).size).toBe(2);
    expect(places[0]).toBe(places[1]);
    expect(places[2]).not.toBe(places[0]);
    // Icons for each stop, and for the group markers two and three visits there can make.
    const ids = iconIds(f);
    expect(ids).toContain(stopIconId('nonSignatory', 1));
    expect(ids).toContain(groupIconId('nonSignatory', 2));
    expect(ids).toContain(groupIconId('nonSignatory', 3));
    expect(ids).not.toContain(groupIconId('nonSignatory', 4));
  });

  it('draws every stop and the ring around the chosen one in one layer each, where the layout put them', () => {
    const layers = tripLayers();
    for (const id of [TRIP_LAYER.stops, TRIP_LAYER.halo]) {
      const layer = layers.filter((l) => l.id === id);
      expect(layer).toHaveLength(1);
      expect((layer[0].layout as Record<string, unknown>)['icon-offset']).toBeUndefined();
    }
    // Stops, the ring, avoided visits and the Precedents layer's visits.
    expect(layers.filter((l) => l.type === 'symbol').map((l) => l.id)).toEqual([
      TRIP_LAYER.precedents,
      TRIP_LAYER.avoided,
      TRIP_LAYER.halo,
      TRIP_LAYER.stops,
    ]);
  });
});

describe('stops and the tally', () => {
  const stops = toStops(
    [
      trip('cn', 'CHN', '2023-10-17'),
      trip('arm-before', 'ARM', '2023-06-01'),
      trip('mn', 'MNG', '2024-09-02'),
      trip('arm-after', 'ARM', '2024-06-01'),
      trip('occ', 'UKR', '2023-03-18', { occupiedUkraine: true }),
    ],
    byIso,
  );

  it('numbers trips in time order and takes the host’s status on the day of the visit', () => {
    expect(stops.map((s) => [s.n, s.trip.id, s.host])).toEqual([
      [1, 'occ', 'occupied'],
      [2, 'arm-before', 'signatory'],
      [3, 'cn', 'nonSignatory'],
      [4, 'arm-after', 'party'],
      [5, 'mn', 'party'],
    ]);
  });

  it('counts trips, visits to States Parties and arrests up to a date', () => {
    expect(tallyOn(stops, '2023-03-17')).toMatchObject({
      trips: 0,
      toStatesParties: 0,
      arrests: 0,
      latest: null,
    });
    expect(tallyOn(stops, '2024-06-01')).toMatchObject({ trips: 4, toStatesParties: 1 });
    expect(tallyOn(stops, '2026-01-01').toStatesParties).toBe(2);
    expect(tallyOn(stops, '2026-01-01').latest?.trip.id).toBe('mn');
  });

  it('names icons so the map can draw them on demand', () => {
    expect(parseStopIconId(stopIconId('party', 18))).toEqual({ host: 'party', n: 18, group: false });
    expect(parseStopIconId(groupIconId('party', 4))).toEqual({ host: 'party', n: 4, group: true });
    expect(parseStopIconId('texture-party')).toBeNull();
    expect(inkOn('#1d4e89')).toBe('#ffffff');
    expect(inkOn('#e1a01e')).toBe('#111111');
  });
});
