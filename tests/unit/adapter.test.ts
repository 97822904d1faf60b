import { describe, expect, it } from 'vitest';
import { addTextures, setFlag, setStatuses, type MapLike } from '../../src/lib/map/adapter';
import { LAYER, SOURCE, byStatus, countryLayers } from '../../src/lib/map/layers';
import { SWATCH } from '../../src/lib/map/palette';
import { inked, patternImage } from '../../src/lib/map/patterns';
import type { Status } from '../../src/lib/data/status';

/** A stand-in for MapLibre's Map that records what it was asked to do. */
function fakeMap() {
  const calls: unknown[][] = [];
  const images = new Set<string>();
  const states = new Map<string, Record<string, unknown>>();
  const map: MapLike = {
    setPaintProperty: ((...a: unknown[]) => calls.push(['paint', ...a])) as never,
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

  it('moves the selected outline from one country to the next in both sources', () => {
    const { map, states } = fakeMap();
    setFlag(map, 'selected', 'MNG', null);
    setFlag(map, 'selected', 'TJK', 'MNG');
    expect(states.get('countries/MNG')).toEqual({ selected: false });
    expect(states.get('countries/TJK')).toEqual({ selected: true });
    expect(states.get('small-states/TJK')).toEqual({ selected: true });
  });

  it('adds one texture image per status, once', () => {
    const { map, images } = fakeMap();
    addTextures(map, 2);
    addTextures(map, 2);
    expect(images.size).toBe(7);
  });

  it('defines the layers in drawing order: fill, one texture layer per textured class, borders, small states on top', () => {
    const ids = countryLayers().map((l) => l.id);
    expect(ids[0]).toBe(LAYER.fill);
    expect(ids.slice(1, 5).every((id) => id.startsWith(LAYER.texture))).toBe(true);
    expect(ids.slice(-2)).toEqual([LAYER.small, LAYER.smallHit]);
  });
});

describe('textures', () => {
  it('tile seamlessly and differ between classes', () => {
    const size = 16;
    const sig = patternImage('diagonal', '#000000', size);
    const cross = patternImage('cross', '#000000', size);
    const solid = patternImage('none', '#000000', size);
    const inkCount = (p: { data: Uint8Array }) =>
      p.data.filter((_, i) => i % 4 === 3 && p.data[i] > 0).length;
    expect(inkCount(solid)).toBe(0);
    expect(inkCount(cross)).toBeGreaterThan(inkCount(sig));
    for (let y = 0; y < size; y++)
      expect(inked('diagonal', 0, y, size)).toBe(inked('diagonal', size, y, size));
  });
});

describe('the real MapLibre API', () => {
  it('still has every method the fake map stands in for', async () => {
    const { Map } = await import('maplibre-gl');
    for (const m of [
      'setPaintProperty',
      'setFeatureState',
      'removeFeatureState',
      'addImage',
      'hasImage',
      'getSource',
      'queryRenderedFeatures',
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
    const { setEmphasis } = await import('../../src/lib/map/adapter');
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
