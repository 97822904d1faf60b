/**
 * The trip overlay: sources, layers, and what moves it through time. Time is shown through
 * feature-state (a flag per trip), never through layer filters: a filter change makes MapLibre lay
 * out every tile again (over 100 ms a step on a slow machine), a feature-state change only repaints.
 * The stops themselves are placed on screen by the layout (stop-placer.ts), which rewrites the stops
 * source after each move with the symbols shown and where they go, and the leaders source with the
 * lines back to their places. Icons must exist before the layer is laid out (maplibre-renderer.ts).
 */
import type { ExpressionSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { AVOIDED_ICON, HALO_ICON, PARTY_RING, PRECEDENT_ICON } from '../stop-shapes';

export const TRIP_SOURCE = {
  routes: 'trip-routes',
  stops: 'trip-stops',
  leaders: 'trip-leaders',
  avoided: 'avoided-visits',
  precedents: 'precedent-visits',
} as const;
export const TRIP_LAYER = {
  routes: 'trip-routes',
  routeLatest: 'trip-route-latest',
  leaders: 'trip-leaders',
  anchors: 'trip-anchors',
  halo: 'trip-stop-halo',
  stops: 'trip-stops',
  avoided: 'avoided-visits',
  precedents: 'precedent-visits',
} as const;

const flag = (name: string): ExpressionSpecification => ['boolean', ['feature-state', name], false];
const when = (name: string, on: number): ExpressionSpecification => ['case', flag(name), on, 0];

export function tripLayers(): LayerSpecification[] {
  const symbol = { 'icon-allow-overlap': true, 'icon-ignore-placement': true } as const;
  return [
    {
      id: TRIP_LAYER.routes,
      type: 'line',
      source: TRIP_SOURCE.routes,
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': '#26292d', 'line-width': 1.6, 'line-opacity': when('shown', 0.55) },
    },
    {
      id: TRIP_LAYER.routeLatest,
      type: 'line',
      source: TRIP_SOURCE.routes,
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': PARTY_RING, 'line-width': 3.5, 'line-opacity': when('latest', 1) },
    },
    {
      id: TRIP_LAYER.leaders,
      type: 'line',
      source: TRIP_SOURCE.leaders,
      filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'line-color': '#111111', 'line-width': 1.5 },
    },
    {
      id: TRIP_LAYER.anchors,
      type: 'circle',
      source: TRIP_SOURCE.leaders,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': 2.5,
        'circle-color': '#111111',
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
      },
    },
    {
      // Other suspects' visits: shown through the feature-state flag 'on' (the Precedents layer).
      id: TRIP_LAYER.precedents,
      type: 'symbol',
      source: TRIP_SOURCE.precedents,
      layout: { 'icon-image': PRECEDENT_ICON, ...symbol },
      paint: { 'icon-opacity': when('on', 1) },
    },
    {
      id: TRIP_LAYER.avoided,
      type: 'symbol',
      source: TRIP_SOURCE.avoided,
      layout: { 'icon-image': AVOIDED_ICON, ...symbol },
      paint: { 'icon-opacity': when('shown', 1) },
    },
    {
      id: TRIP_LAYER.halo,
      type: 'symbol',
      source: TRIP_SOURCE.stops,
      layout: { 'icon-image': HALO_ICON, ...symbol },
      // The stops source holds only what is on the map now (stop-placer.ts).
      paint: { 'icon-opacity': ['case', flag('halo'), 1, 0] },
    },
    {
      id: TRIP_LAYER.stops,
      type: 'symbol',
      source: TRIP_SOURCE.stops,
      layout: { 'icon-image': ['get', 'icon'], 'symbol-sort-key': ['get', 'n'], ...symbol },
    },
  ];
}

export type TripMap = Pick<MapLibreMap, 'setFeatureState'>;
interface Dated {
  id: string;
  start: string;
}

/**
 * Keeps the overlay in step with the date: flags the trips and avoided visits that had begun as
 * shown, the latest route, and the ringed stop, touching only what changed since the last call.
 */
export class TripClock {
  private shown = new Set<string>();
  private latest: string | null = null;
  private halo: string | null = null;
  through = '';

  constructor(
    private readonly map: TripMap,
    private readonly trips: readonly Dated[],
    private readonly avoided: readonly Dated[],
  ) {}

  private set(source: string, id: string, state: Record<string, boolean>) {
    if (source === TRIP_SOURCE.stops || source === TRIP_SOURCE.routes) {
      this.map.setFeatureState({ source: TRIP_SOURCE.routes, id }, state);
      this.map.setFeatureState({ source: TRIP_SOURCE.stops, id }, state);
    } else this.map.setFeatureState({ source, id }, state);
  }

  /** Shows what had begun by `through`, with `latest` (a trip id) highlighted. */
  update(through: string, latest: string | null): void {
    this.through = through;
    for (const [source, list] of [
      [TRIP_SOURCE.stops, this.trips],
      [TRIP_SOURCE.avoided, this.avoided],
    ] as const) {
      for (const { id, start } of list) {
        const show = start <= through;
        if (show === this.shown.has(`${source}/${id}`)) continue;
        if (show) this.shown.add(`${source}/${id}`);
        else this.shown.delete(`${source}/${id}`);
        this.set(source, id, { shown: show });
      }
    }
    if (latest !== this.latest) {
      if (this.latest) this.set(TRIP_SOURCE.routes, this.latest, { latest: false });
      if (latest) this.set(TRIP_SOURCE.routes, latest, { latest: true });
      this.latest = latest;
    }
  }

  /** Rings one stop (the selected or pointed-at trip), or none. */
  ring(id: string | null): void {
    if (id === this.halo) return;
    if (this.halo) this.map.setFeatureState({ source: TRIP_SOURCE.stops, id: this.halo }, { halo: false });
    if (id) this.map.setFeatureState({ source: TRIP_SOURCE.stops, id }, { halo: true });
    this.halo = id;
  }

  /** Whether a trip or avoided visit is on the map now (hidden ones must not answer clicks). */
  isShown(start: string): boolean {
    return start <= this.through;
  }
}
