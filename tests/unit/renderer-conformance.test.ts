// @vitest-environment jsdom
// One behaviour suite, two renderers: the SVG map (in jsdom) and the MapLibre map (against a fake
// MapLibre that records what it is told). Each behaviour is read back the way that renderer shows it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import type {
  CountryRenderer,
  CreateRenderer,
  RendererEvents,
  RendererOptions,
} from '../../src/lib/map/renderer';
import type { Status } from '../../src/lib/data/status';
import { tripFeatures, avoidedFeatures, precedentFeatures } from '../../src/lib/map/routes';
import { toStops } from '../../src/lib/data/trips';
import { sampleAppData, trip } from '../fixtures/make';
import { FakeMap, fakes } from '../fixtures/fake-maplibre';

vi.mock('maplibre-gl', () => import('../fixtures/fake-maplibre'));
vi.mock('maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url', () => ({ default: 'worker.js' }));
vi.mock('maplibre-gl/dist/maplibre-gl.css', () => ({}));
// jsdom draws no canvas: the stop icons are stand-ins (their drawing is tested in the browser).
vi.mock('../../src/lib/map/maplibre/stop-icons', () => ({
  drawIcon: () => ({ image: { width: 1, height: 1, data: new Uint8ClampedArray(4) }, pixelRatio: 1 }),
}));

const { svgRenderer } = await import('../../src/lib/map/svg/svg-renderer.svelte');
const { createMapLibreRenderer } = await import('../../src/lib/map/maplibre/maplibre-renderer');
const { TRIP_SOURCE } = await import('../../src/lib/map/maplibre/trip-layers');
const { SOURCE } = await import('../../src/lib/map/maplibre/layers');

const square = (x: number, y: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + 10, y],
      [x + 10, y + 10],
      [x, y + 10],
      [x, y],
    ],
  ],
});
const data = sampleAppData({
  trips: [
    trip('2023-10-china', 'CHN', '2023-10-17', { lat: 39.9, lon: 116.4 }),
    trip('2024-09-mongolia', 'MNG', '2024-09-02', { end: '2024-09-03', lat: 47.9, lon: 106.9 }),
  ],
});
const byIso = new Map(data.countries.countries.map((c) => [c.iso3, c]));
const stops = toStops(data.trips, byIso);
const shapes = {
  type: 'FeatureCollection',
  features: [
    ['MNG', 100, 42],
    ['CHN', 105, 25],
    ['KGZ', 70, 38],
  ].map(([iso3, x, y]) => ({
    type: 'Feature',
    properties: { iso3, name: String(iso3) },
    geometry: square(x as number, y as number),
  })),
} as RendererOptions['shapes'];
const smallStates = { type: 'FeatureCollection', features: [] } as FeatureCollection<Point, never>;

function options(statuses: Record<string, Status>): RendererOptions {
  return {
    statuses: new Map(Object.entries(statuses)),
    selected: null,
    reducedMotion: true,
    base: 'http://127.0.0.1/',
    shapes,
    smallStates: smallStates as unknown as RendererOptions['smallStates'],
    trips: { ...tripFeatures(stops), avoided: avoidedFeatures(data.avoided) },
    precedents: precedentFeatures([
      {
        id: 'a-precedent',
        person: 'someone',
        iso3: 'KGZ',
        city: 'Bishkek',
        start: '2015-01-01',
        lat: 42.9,
        lon: 74.6,
      },
    ]),
    shownThrough: '2023-12-31',
    latestTrip: '2023-10-china',
    view: null,
    frame: () => ({ top: 8, right: 8, bottom: 8, left: 8 }),
    label: 'A test map',
  };
}

/** How a test reads a renderer's output and acts on it, whatever draws it. */
interface Probe {
  name: string;
  create: CreateRenderer;
  statusOf(iso3: string): string | undefined;
  shownTrips(): string[];
  shownPrecedents(): string[];
  outlined(): string[];
  halo(): string | null;
  emphasis(): string | null;
  click(iso3: string): void;
  clickStop(id: string): void;
  hover(iso3: string): void;
  gone(): boolean;
}

let container: HTMLElement;
const svgProbe: Probe = {
  name: 'SVG',
  create: svgRenderer(() => null),
  statusOf: (iso3) =>
    container.querySelector(`path[data-c="${iso3}"]`)?.getAttribute('class')?.replace('fp-', ''),
  shownTrips: () => [...container.querySelectorAll<SVGElement>('[data-trip]')].map((e) => e.dataset.trip!),
  shownPrecedents: () =>
    [...container.querySelectorAll<SVGElement>('[data-precedent]')].map((e) => e.dataset.precedent!),
  outlined: () =>
    [...container.querySelectorAll('.outline.selected, .outline.hover, .outline.focus')].map((e) =>
      e.getAttribute('class')!,
    ),
  halo: () => (container.querySelector('.halo') ? 'shown' : null),
  emphasis: () => container.querySelector('svg')?.getAttribute('data-emphasis') ?? null,
  click: (iso3) =>
    container
      .querySelector(`path[data-c="${iso3}"]`)!
      .dispatchEvent(new MouseEvent('click', { bubbles: true })),
  clickStop: (id) =>
    container
      .querySelector(`[data-trip="${id}"] path`)!
      .dispatchEvent(new MouseEvent('click', { bubbles: true })),
  hover: (iso3) =>
    container
      .querySelector(`path[data-c="${iso3}"]`)!
      .dispatchEvent(new MouseEvent('pointermove', { bubbles: true, clientX: 5, clientY: 5 })),
  gone: () => container.querySelector('svg') === null,
};

const map = () => fakes.at(-1)!;
const webglProbe: Probe = {
  name: 'MapLibre',
  create: createMapLibreRenderer,
  statusOf: (iso3) => map().state(SOURCE.countries, iso3).status as string | undefined,
  shownTrips: () =>
    data.trips.map((t) => t.id).filter((id) => map().state(TRIP_SOURCE.stops, id).shown === true),
  shownPrecedents: () =>
    map().state(TRIP_SOURCE.precedents, 'a-precedent').on === true ? ['a-precedent'] : [],
  outlined: () =>
    (map().data(SOURCE.highlight)?.features ?? []).map((f) => `outline ${String(f.properties?.role)}`),
  halo: () => (data.trips.some((t) => map().state(TRIP_SOURCE.stops, t.id).halo === true) ? 'shown' : null),
  emphasis: () => map().paint('country-fill', 'fill-opacity'),
  click: (iso3) => map().fire('click', { point: { x: 5, y: 5 } }, { layer: 'country-fill', iso3 }),
  clickStop: (id) => map().fire('click', { point: { x: 5, y: 5 } }, { layer: 'trip-stops', id }),
  hover: (iso3) => map().fire('mousemove', { point: { x: 5, y: 5 } }, { layer: 'country-fill', iso3 }),
  gone: () => map().removed,
};

describe.each([svgProbe, webglProbe])('the $name renderer', (probe) => {
  let events: { [K in keyof RendererEvents]: ReturnType<typeof vi.fn<RendererEvents[K]>> };
  let r: CountryRenderer;
  beforeEach(async () => {
    container = document.createElement('div');
    document.body.append(container);
    events = {
      select: vi.fn(),
      selectTrip: vi.fn(),
      hover: vi.fn(),
      painted: vi.fn(),
      interactive: vi.fn(),
      view: vi.fn(),
      error: vi.fn(),
      lost: vi.fn(),
      laidOut: vi.fn(),
    };
    r = await probe.create(
      container,
      options({ MNG: 'party', CHN: 'nonSignatory', KGZ: 'signatory' }),
      events,
    );
  });
  afterEach(() => {
    r.destroy();
    container.remove();
  });

  it('shades each country by its status, and follows a change of date', () => {
    expect(probe.statusOf('MNG')).toBe('party');
    expect(probe.statusOf('KGZ')).toBe('signatory');
    r.setStatuses(
      new Map<string, Status>([
        ['MNG', 'withdrawn'],
        ['CHN', 'nonSignatory'],
        ['KGZ', 'party'],
      ]),
    );
    expect(probe.statusOf('MNG')).toBe('withdrawn');
    expect(probe.statusOf('KGZ')).toBe('party');
  });

  it('opens the country clicked, and tells what is under the pointer', () => {
    probe.click('CHN');
    expect(events.select).toHaveBeenCalledWith('CHN');
    probe.hover('MNG');
    expect(events.hover).toHaveBeenLastCalledWith(expect.objectContaining({ iso3: 'MNG' }));
  });

  it('outlines the selected country, and only it', () => {
    r.setSelected('MNG');
    expect(probe.outlined()).toEqual(['outline selected']);
    r.setSelected(null);
    expect(probe.outlined()).toEqual([]);
  });

  it('draws the keyboard’s focus ring on its country, over the selection', () => {
    r.setSelected('MNG');
    r.setFocused('MNG');
    expect(probe.outlined()).toEqual(['outline selected', 'outline focus']);
    r.setFocused(null);
    expect(probe.outlined()).toEqual(['outline selected']);
    r.setSelected(null);
  });

  it('pans by screen pixels: a positive x moves the view east', () => {
    const before = r.getView();
    r.panBy(200, 0);
    const after = r.getView();
    expect(after.lon).toBeGreaterThan(before.lon);
    expect(after.zoom).toBeCloseTo(before.zoom, 5);
  });

  it('shows the trips that had begun by the date, and opens the one clicked', async () => {
    expect(probe.shownTrips()).toEqual(['2023-10-china']);
    r.setTrips('2024-09-05', '2024-09-mongolia');
    await Promise.resolve();
    expect(probe.shownTrips().sort()).toEqual(['2023-10-china', '2024-09-mongolia']);
    probe.clickStop('2024-09-mongolia');
    expect(events.selectTrip).toHaveBeenCalledWith('2024-09-mongolia');
    r.setTrips('2023-01-01', null);
    await Promise.resolve();
    expect(probe.shownTrips()).toEqual([]);
  });

  it('shows the precedents it is told to, and none once the layer is off', async () => {
    expect(probe.shownPrecedents()).toEqual([]);
    r.setPrecedents(['a-precedent']);
    await Promise.resolve();
    expect(probe.shownPrecedents()).toEqual(['a-precedent']);
    r.setPrecedents([]);
    await Promise.resolve();
    expect(probe.shownPrecedents()).toEqual([]);
  });

  it('rings the chosen stop', async () => {
    r.setTripHalo('2023-10-china');
    await Promise.resolve();
    expect(probe.halo()).toBe('shown');
    r.setTripHalo(null);
    await Promise.resolve();
    expect(probe.halo()).toBeNull();
  });

  it('brings a legend class forward', () => {
    r.setEmphasis('party');
    expect(probe.emphasis()).toContain('party');
    r.setEmphasis(null);
    expect(String(probe.emphasis() ?? '1')).not.toContain('party');
  });

  it('reports a view in the address’s format, and goes where it is told', () => {
    r.goTo({ center: [103, 47], zoom: 3.5 });
    const v = r.getView();
    expect(v.zoom).toBeCloseTo(3.5, 1);
    expect(v.lon).toBeCloseTo(103, 0);
    expect(v.lat).toBeCloseTo(47, 0);
  });

  it('removes itself when destroyed', () => {
    r.destroy();
    expect(probe.gone()).toBe(true);
    r = { destroy() {} } as CountryRenderer;
  });
});

describe('the fake MapLibre', () => {
  it('stands in only for methods the real MapLibre Map has', async () => {
    const real = await vi.importActual<typeof import('maplibre-gl')>('maplibre-gl');
    const proto = real.Map.prototype as unknown as Record<string, unknown>;
    for (const name of FakeMap.methods()) expect(typeof proto[name], name).toBe('function');
  });
});
