/**
 * What is under a point of the map: a trip's stop, an avoided visit, or a country. Stops that share
 * a city are drawn on a small ring by an icon-offset looked up from their slot (trip-layers.ts), which
 * MapLibre's hit boxes do not follow (6.17): every stop of a ring answers at the city itself. So the
 * stops near the point are gathered with a box query, and the one drawn nearest the point is taken.
 */
import type { Point } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { CLICKABLE_LAYERS } from './layers';
import { ringOffset } from '../routes';
import { TRIP_LAYER } from './trip-layers';

export type PickMap = Pick<MapLibreMap, 'queryRenderedFeatures' | 'project' | 'unproject'>;

export interface Hit {
  iso3: string | null;
  name: string;
  trip?: string;
  avoided?: string;
}

/** A stop's city on screen and its ring slot ("k/count"). */
export interface DrawnStop {
  x: number;
  y: number;
  slot: string;
}

/** Icon radius (px) within which a stop answers; the ring's radius is 13 px, icons 10 px. */
export const STOP_RADIUS = 12;

/** Of the stops, the one whose icon (city + ring offset) is nearest (px, py), within `radius`. */
export function nearestDrawn<T extends DrawnStop>(
  stops: readonly T[],
  px: number,
  py: number,
  radius = STOP_RADIUS,
) {
  let best: T | null = null;
  let bestD = radius * radius;
  for (const s of stops) {
    const [k, count] = s.slot.split('/').map(Number);
    const [dx, dy] = ringOffset(k, count);
    const d = (s.x + dx - px) ** 2 + (s.y + dy - py) ** 2;
    if (d <= bestD) [best, bestD] = [s, d];
  }
  return best;
}

/** What is under (px, py): stops and avoided visits first, then countries. Trips not yet begun do not answer. */
export function pickAt(
  map: PickMap,
  [px, py]: [number, number],
  isShown: (start: string) => boolean,
): Hit | null {
  const reach = STOP_RADIUS + 16;
  const stops = map
    .queryRenderedFeatures(
      [
        [px - reach, py - reach],
        [px + reach, py + reach],
      ],
      { layers: [TRIP_LAYER.stops] },
    )
    .filter((f) => isShown(String(f.properties.start)));
  if (stops.length) {
    const here = map.unproject([px, py]);
    const drawn = stops.map((f) => {
      const [lon, lat] = (f.geometry as Point).coordinates;
      // The copy of the world the point is in (the map repeats east and west of the 180° meridian).
      const c = map.project([lon + 360 * Math.round((here.lng - lon) / 360), lat]);
      return { x: c.x, y: c.y, slot: String(f.properties.slot), p: f.properties };
    });
    const s = nearestDrawn(drawn, px, py);
    if (s) return { iso3: (s.p.iso3 as string | null) ?? null, name: String(s.p.city), trip: String(s.p.id) };
  }
  const f = map
    .queryRenderedFeatures([px, py], { layers: [TRIP_LAYER.avoided, ...CLICKABLE_LAYERS] })
    .find((x) => x.layer.id !== TRIP_LAYER.avoided || isShown(String(x.properties.start)));
  if (!f) return null;
  const p = f.properties;
  const iso3 = (p.iso3 as string | null) ?? null;
  if (f.layer.id === TRIP_LAYER.avoided) return { iso3, name: String(p.city), avoided: String(p.id) };
  return { iso3, name: String(p.name ?? '') };
}
