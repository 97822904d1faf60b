/**
 * What is under a point of the map: a trip's stop or a group marker, an avoided visit, or a country.
 * Symbols can sit close together (the layout keeps them apart by their size, stop-layout.ts), so the
 * stops near the point are gathered with a box query and the one drawn nearest the point is taken.
 */
import type { Point } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { CLICKABLE_LAYERS } from './layers';
import { TRIP_LAYER } from './trip-layers';
import { STOP_R } from '../stop-shapes';

export type PickMap = Pick<MapLibreMap, 'queryRenderedFeatures' | 'project'>;

export interface Hit {
  iso3: string | null;
  name: string;
  trip?: string;
  avoided?: string;
  precedent?: string;
  group?: string;
}

/** Radius (px, at normal size) within which a stop's symbol answers. */
export const STOP_RADIUS = STOP_R + 3;

/** Of the symbols, the one drawn nearest (px, py), within `radius`. */
export function nearestDrawn<T extends { x: number; y: number }>(
  stops: readonly T[],
  px: number,
  py: number,
  radius = STOP_RADIUS,
) {
  let best: T | null = null;
  let bestD = radius * radius;
  for (const s of stops) {
    const d = (s.x - px) ** 2 + (s.y - py) ** 2;
    if (d <= bestD) [best, bestD] = [s, d];
  }
  return best;
}

/** What is under (px, py): stops and avoided visits first, then countries. Trips not yet begun do not answer. */
export function pickAt(
  map: PickMap,
  [px, py]: [number, number],
  isShown: (start: string) => boolean,
  scale = 1,
  isPrecedentShown: (id: string) => boolean = () => false,
): Hit | null {
  const reach = STOP_RADIUS * scale + 8;
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
    const drawn = stops.map((f) => {
      const c = map.project((f.geometry as Point).coordinates as [number, number]);
      return { x: c.x, y: c.y, p: f.properties };
    });
    const s = nearestDrawn(drawn, px, py, STOP_RADIUS * scale);
    if (s) {
      const hit = { iso3: (s.p.iso3 as string | null) ?? null, name: String(s.p.city) };
      return s.p.group ? { ...hit, group: String(s.p.group) } : { ...hit, trip: String(s.p.id) };
    }
  }
  const f = map
    .queryRenderedFeatures([px, py], {
      layers: [TRIP_LAYER.precedents, TRIP_LAYER.avoided, ...CLICKABLE_LAYERS],
    })
    .find((x) =>
      x.layer.id === TRIP_LAYER.precedents
        ? isPrecedentShown(String(x.properties.id))
        : x.layer.id !== TRIP_LAYER.avoided || isShown(String(x.properties.start)),
    );
  if (!f) return null;
  const p = f.properties;
  const iso3 = (p.iso3 as string | null) ?? null;
  if (f.layer.id === TRIP_LAYER.avoided) return { iso3, name: String(p.city), avoided: String(p.id) };
  if (f.layer.id === TRIP_LAYER.precedents) return { iso3, name: String(p.city), precedent: String(p.id) };
  return { iso3, name: String(p.name ?? '') };
}
