import { describe, expect, it } from 'vitest';
import { addTextures, setFlag, setStatuses, type MapLike } from '../../src/lib/map/maplibre/adapter';
import { LAYER, SOURCE, byStatus, countryLayers } from '../../src/lib/map/maplibre/layers';
import { SWATCH } from '../../src/lib/map/palette';
import { coverage, patternImage } from '../../src/lib/map/maplibre/patterns';
import { TEXTURE_MARKS, type Marks } from '../../src/lib/map/textures';
import type { Status } from '../../src/lib/data/status';
import type { FeatureCollection } from 'geojson';
import type { CountryShapes } from '../../src/lib/map/geometry';
import {
  CountryOverlays,
  texturedShapes,
  type OverlayMap,
} from '../../src/lib/map/maplibre/country-overlays';

/** A stand-in for MapLibre's Map that records what it was asked to do. */
function fakeMap() {
  const calls: unknown[][] = [];
  const images = new Set<string>();
  const states = new Map<string, Record<string, unknown>>();
  const map: MapLike = {
    setPaintProperty: ((...a: unknown[]) => calls.push(['paint', ...a])) as never,
    setLayoutProperty: ((...a: unknown[]) => calls.push(['layout', ...a])) as never,
    setFeatureState: ((f: { source: string; id: string }, s: Record<string, unknown>) =>
      states.set(`${f.source}/${f.id}`, { ...states.get(`${f.source}/${f.id}`), ...s })) as never,
    removeFeatureState: (() => undefined) as never,
    addImage: ((id: string) => images.add(id)) as never,
    hasImage: ((id: string) => images.has(id)) as never,
    getSource: ((id: string) => (Object.values(SOURCE).includes(id as never) ? {} : undefined)) as never,
  };
  return { map, calls, images, states };
}

const statuses = new Map<string, Status>([
  ['MNG', 'party'],
  ['TJK', 'party'],
  ['CHN', 'nonSignatory'],
  ['KGZ', 'signatory'],
]);

describe('map adapter', () => {
  it('colours each status by a feature-state match, unknown areas as "not covered"', () => {
    const expr = byStatus((s) => SWATCH[s].fill) as unknown[];
    expect(expr[0]).toBe('match');
    expect(expr[expr.indexOf('party') + 1]).toBe(SWATCH.party.fill);
    expect(expr[expr.indexOf('signatory') + 1]).toBe(SWATCH.signatory.fill);
    expect(expr.at(-1)).toBe(SWATCH.notCovered.fill);
  });

  it('gives each country its status as feature-state in both sources, and then only what changed', () => {
    const { map, states } = fakeMap();
    const calls: unknown[] = [];
    const counting = {
      ...map,
      setFeatureState: ((f: unknown, s: unknown) => (
        calls.push(f),
        map.setFeatureState(f as never, s as never)
      )) as never,
    };
    setStatuses(counting, statuses);
    expect(states.get('countries/MNG')).toEqual({ status: 'party' });
    expect(states.get('small-states/KGZ')).toEqual({ status: 'signatory' });
    expect(calls).toHaveLength(8);
    calls.length = 0;
    setStatuses(counting, new Map(statuses)); // the same statuses, as on every frame of play
    expect(calls).toHaveLength(0);
    setStatuses(counting, new Map([...statuses, ['KGZ', 'party']]));
    expect(calls).toHaveLength(2);
    expect(states.get('countries/KGZ')).toEqual({ status: 'party' });
  });

  it('moves the selected ring from one small state’s symbol to the next', () => {
    const { map, states } = fakeMap();
    setFlag(map, 'selected', 'MLT', null);
    setFlag(map, 'selected', 'TON', 'MLT');
    expect(states.get('small-states/MLT')).toEqual({ selected: false });
    expect(states.get('small-states/TON')).toEqual({ selected: true });
  });

  it('adds one texture image per status, once', () => {
    const { map, images } = fakeMap();
    addTextures(map, 2);
    addTextures(map, 2);
    expect(images.size).toBe(8);
  });

  it('defines the layers in drawing order: fill, textures, borders, outline, focus ring, small states on top', () => {
    const ids = countryLayers().map((l) => l.id);
    expect(ids).toEqual([
      LAYER.fill,
      LAYER.texture,
      LAYER.border,
      LAYER.highlight,
      LAYER.focusHalo,
      LAYER.focus,
      LAYER.announced,
      LAYER.small,
      LAYER.smallHit,
    ]);
  });

  it('draws textures and outlines from their own small sources, not over every country', () => {
    const layers = countryLayers();
    const source = (id: string) => (layers.find((l) => l.id === id) as { source: string }).source;
    expect(source(LAYER.texture)).toBe(SOURCE.textures);
    expect(source(LAYER.highlight)).toBe(SOURCE.highlight);
  });

  it('shows the thick borders only on a projector', async () => {
    const { setProjector } = await import('../../src/lib/map/maplibre/adapter');
    const border = countryLayers().find((l) => l.id === LAYER.border)!;
    expect(border.layout).toEqual({ visibility: 'none' });
    const { map, calls } = fakeMap();
    setProjector(map, true);
    expect(calls).toContainEqual(['layout', LAYER.border, 'visibility', 'visible']);
    setProjector(map, false);
    expect(calls).toContainEqual(['layout', LAYER.border, 'visibility', 'none']);
  });
});

describe('textures', () => {
  const inkCount = (p: { data: Uint8Array }) => p.data.filter((_, i) => i % 4 === 3 && p.data[i] > 0).length;

  it('tile seamlessly and differ between classes', () => {
    const size = 16;
    expect(inkCount(patternImage('none', '#000000', size))).toBe(0);
    expect(inkCount(patternImage('cross', '#000000', size))).toBeGreaterThan(
      inkCount(patternImage('diagonal', '#000000', size)),
    );
    for (const t of ['diagonal', 'cross', 'dots', 'horizontal', 'vertical'] as const)
      for (let y = 0; y < size; y++)
        expect(coverage(t, 0, y, size)).toBeCloseTo(coverage(t, size, y, size), 5);
  });

  it('are the marks the SVG map and the legend draw (one spec), at any tile size', () => {
    // Horizontal lines at y = 1 and 7 of 12: ink in those rows of a 12-px tile, none halfway between.
    const tile = patternImage('horizontal', '#000000', 12);
    const alpha = (x: number, y: number) => tile.data[(y * 12 + x) * 4 + 3];
    expect([alpha(5, 1), alpha(5, 7)].every((a) => a > 0)).toBe(true);
    expect([alpha(5, 4), alpha(5, 10)]).toEqual([0, 0]);
    // Change the spec and the WebGL tile follows.
    const saved = TEXTURE_MARKS.horizontal;
    try {
      (TEXTURE_MARKS as Record<string, Marks>).horizontal = { kind: 'path', d: 'M0 4h12', width: 1.4 };
      const moved = patternImage('horizontal', '#000000', 12);
      expect(moved.data[(4 * 12 + 5) * 4 + 3]).toBeGreaterThan(0);
      expect(moved.data[(1 * 12 + 5) * 4 + 3]).toBe(0);
    } finally {
      (TEXTURE_MARKS as Record<string, Marks>).horizontal = saved;
    }
  });
});

describe('the real MapLibre API', () => {
  it('still has every method the fake map stands in for', async () => {
    const { Map } = await import('maplibre-gl');
    for (const m of [
      'setPaintProperty',
      'setLayoutProperty',
      'setFeatureState',
      'removeFeatureState',
      'addImage',
      'hasImage',
      'getSource',
      'queryRenderedFeatures',
      'project',
      'unproject',
      'addSource',
      'addLayer',
      'remove',
      'fitBounds',
    ]) {
      expect(typeof (Map.prototype as unknown as Record<string, unknown>)[m], m).toBe('function');
    }
  });
});

describe('panel padding', () => {
  it('keeps the country clear of the side panel on a laptop; on a phone the map itself shrinks above the sheet', async () => {
    const { panelPadding } = await import('../../src/lib/map/panel-padding');
    expect(panelPadding(1280).right).toBeGreaterThanOrEqual(400);
    const phone = panelPadding(390);
    expect(phone.right).toBeLessThan(40);
    expect(phone.bottom).toBeLessThan(40);
  });
});

describe('legend emphasis', () => {
  it('fades every class but the one pointed at, and restores all when the pointer leaves', async () => {
    const { setEmphasis } = await import('../../src/lib/map/maplibre/adapter');
    const { map, calls } = fakeMap();
    setEmphasis(map, 'signatory');
    const fill = calls.find((c) => c[1] === LAYER.fill)![3] as unknown[];
    expect(fill).toEqual([
      'case',
      ['==', ['coalesce', ['feature-state', 'status'], 'notCovered'], 'signatory'],
      1,
      0.2,
    ]);
    calls.length = 0;
    setEmphasis(map, 'signatory');
    expect(calls).toHaveLength(0);
    setEmphasis(map, null);
    expect(calls.find((c) => c[1] === LAYER.fill)![3]).toBe(1);
  });
});

describe('texture and outline overlays', () => {
  const square = (x: number) => ({
    type: 'Polygon' as const,
    coordinates: [
      [
        [x, 0],
        [x + 1, 0],
        [x + 1, 1],
        [x, 0],
      ],
    ],
  });
  const shapes: CountryShapes = {
    type: 'FeatureCollection',
    features: ['MNG', 'KGZ', 'CHN', 'USA'].map((iso3, i) => ({
      type: 'Feature',
      geometry: square(i),
      properties: { iso3, name: iso3 },
    })),
  };
  function overlayMap() {
    const data = new Map<string, FeatureCollection>();
    const states = new Map<string, Record<string, unknown>>();
    const map = {
      getSource: (id: string) => ({ setData: (d: FeatureCollection) => data.set(id, d) }),
      setFeatureState: (f: { source: string; id: string }, s: Record<string, unknown>) =>
        states.set(`${f.source}/${f.id}`, { ...states.get(`${f.source}/${f.id}`), ...s }),
    } as unknown as OverlayMap;
    const iso3s = (id: string) => data.get(id)?.features.map((f) => f.properties!.iso3);
    return { map, data, iso3s, states };
  }

  it('holds only the countries of a textured class, with their status', () => {
    const t = texturedShapes(shapes, new Map([...statuses, ['USA', 'signatureWithdrawn']]));
    expect(t.features.map((f) => [f.properties.iso3, f.properties.status])).toEqual([
      ['KGZ', 'signatory'],
      ['USA', 'signatureWithdrawn'],
    ]);
  });

  it('redraws the textures only when a textured class gains or loses a country', () => {
    const { map, data, iso3s } = overlayMap();
    const overlays = new CountryOverlays(map, shapes);
    overlays.setStatuses(statuses);
    expect(iso3s(SOURCE.textures)).toEqual(['KGZ']);
    data.clear();
    overlays.setStatuses(new Map(statuses)); // every frame of play asks again
    overlays.setStatuses(new Map([...statuses, ['CHN', 'party']])); // not a textured class
    expect(data.size).toBe(0);
    overlays.setStatuses(new Map([...statuses, ['KGZ', 'party']]));
    expect(iso3s(SOURCE.textures)).toEqual([]);
  });

  it('outlines the selected and the pointed-at country, the selected one once', () => {
    const { map, data, iso3s } = overlayMap();
    const overlays = new CountryOverlays(map, shapes);
    overlays.outline('selected', 'MNG');
    overlays.outline('hover', 'CHN');
    const roles = () => data.get(SOURCE.highlight)!.features.map((f) => f.properties!.role);
    expect(iso3s(SOURCE.highlight)).toEqual(['CHN', 'MNG']);
    expect(roles()).toEqual(['hover', 'selected']);
    overlays.outline('hover', 'MNG');
    expect(iso3s(SOURCE.highlight)).toEqual(['MNG']);
    overlays.outline('selected', null);
    expect(roles()).toEqual(['hover']);
  });

  it('rings a small state’s symbol as it outlines the country, and moves the ring on', () => {
    const { map, states } = overlayMap();
    const overlays = new CountryOverlays(map, shapes);
    overlays.outline('selected', 'MLT');
    overlays.outline('selected', 'TON');
    expect(states.get('small-states/MLT')).toEqual({ selected: false });
    expect(states.get('small-states/TON')).toEqual({ selected: true });
  });

  it('draws both overlays again from new shapes (the 1:50m detail)', () => {
    const { map, data, iso3s } = overlayMap();
    const overlays = new CountryOverlays(map, shapes);
    overlays.setStatuses(statuses);
    overlays.outline('selected', 'USA');
    data.clear();
    overlays.setShapes({ ...shapes, features: shapes.features.slice(1) });
    expect(iso3s(SOURCE.textures)).toEqual(['KGZ']);
    expect(iso3s(SOURCE.highlight)).toEqual(['USA']);
  });
});
