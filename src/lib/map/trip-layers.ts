/**
 * The trip overlay: sources, layers, and the functions that move it through time. Stops share a
 * city on a small ring; each ring position ("slot") gets its own layer with a constant icon-offset,
 * because a data-driven icon-offset drew the icons in the wrong place (MapLibre 6.17).
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  Map as MapLibreMap,
} from 'maplibre-gl';
import { ringOffset } from './routes';
import { AVOIDED_ICON, HALO_ICON, PARTY_RING } from './stop-shapes';

export const TRIP_SOURCE = { routes: 'trip-routes', stops: 'trip-stops', avoided: 'avoided-visits' } as const;
export const TRIP_LAYER = {
  routes: 'trip-routes',
  routeLatest: 'trip-route-latest',
  halo: 'trip-stop-halo',
  stops: 'trip-stops',
  avoided: 'avoided-visits',
} as const;

/** Layer id of the stops (or halo) in one ring slot ("k/count"). */
export const slotLayer = (base: string, slot: string) => `${base}:${slot}`;
/** True for a layer that draws stops. */
export const isStopLayer = (id: string) => id.startsWith(`${TRIP_LAYER.stops}:`);

/** Features that had started by `date` (ISO strings compare in date order). */
export const upTo = (date: string): ExpressionSpecification => ['<=', ['get', 'start'], date];
const isId = (id: string | null): ExpressionSpecification => ['==', ['get', 'id'], id ?? ''];
const inSlot = (slot: string, f: ExpressionSpecification): FilterSpecification => [
  'all',
  ['==', ['get', 'slot'], slot],
  f,
];

const offsetOf = (slot: string): [number, number] => {
  const [k, count] = slot.split('/').map(Number);
  return ringOffset(k, count);
};

/** Trip layers a click or hover can land on, topmost first. */
export function tripClickable(slots: readonly string[]): string[] {
  return [...slots.map((s) => slotLayer(TRIP_LAYER.stops, s)).reverse(), TRIP_LAYER.avoided];
}

export function tripLayers(date: string, slots: readonly string[]): LayerSpecification[] {
  const icon: ExpressionSpecification = [
    'concat',
    'stop-',
    ['get', 'host'],
    '-',
    ['to-string', ['get', 'n']],
  ];
  const symbol = { 'icon-allow-overlap': true, 'icon-ignore-placement': true } as const;
  return [
    {
      id: TRIP_LAYER.routes,
      type: 'line',
      source: TRIP_SOURCE.routes,
      filter: upTo(date),
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': '#26292d', 'line-width': 1.6, 'line-opacity': 0.55 },
    },
    {
      id: TRIP_LAYER.routeLatest,
      type: 'line',
      source: TRIP_SOURCE.routes,
      filter: isId(null),
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': PARTY_RING, 'line-width': 3.5 },
    },
    ...slots.map((slot): LayerSpecification => ({
      id: slotLayer(TRIP_LAYER.halo, slot),
      type: 'symbol',
      source: TRIP_SOURCE.stops,
      filter: inSlot(slot, isId(null)),
      layout: { 'icon-image': HALO_ICON, 'icon-offset': offsetOf(slot), ...symbol },
    })),
    {
      id: TRIP_LAYER.avoided,
      type: 'symbol',
      source: TRIP_SOURCE.avoided,
      filter: upTo(date),
      layout: { 'icon-image': AVOIDED_ICON, ...symbol },
    },
    ...slots.map((slot): LayerSpecification => ({
      id: slotLayer(TRIP_LAYER.stops, slot),
      type: 'symbol',
      source: TRIP_SOURCE.stops,
      filter: inSlot(slot, upTo(date)),
      layout: {
        'icon-image': icon,
        'icon-offset': offsetOf(slot),
        'symbol-sort-key': ['get', 'n'],
        ...symbol,
      },
    })),
  ];
}

export type TripMap = Pick<MapLibreMap, 'setFilter'>;

/** Shows the trips up to `date`, with `latest` (a trip id) highlighted. */
export function setTripDate(
  map: TripMap,
  slots: readonly string[],
  date: string,
  latest: string | null,
): void {
  map.setFilter(TRIP_LAYER.routes, upTo(date));
  map.setFilter(TRIP_LAYER.avoided, upTo(date));
  map.setFilter(TRIP_LAYER.routeLatest, isId(latest));
  for (const slot of slots) map.setFilter(slotLayer(TRIP_LAYER.stops, slot), inSlot(slot, upTo(date)));
}

/** Rings the selected (or focused) stop. */
export function setTripHalo(map: TripMap, slots: readonly string[], id: string | null): void {
  for (const slot of slots) map.setFilter(slotLayer(TRIP_LAYER.halo, slot), inSlot(slot, isId(id)));
}
