/**
 * Trip geometry for the map: routes along the great circle (d3-geo's interpolation), or, where that
 * would leave the map's world view over the pole (Moscow → Anchorage), the straight course on the
 * map; a route over the 180° meridian cut there into two pieces, each inside the one world the map
 * draws (RFC 7946's antimeridian cutting). Routes are schematic: the path of a flight is not known.
 */
import { geoDistance, geoInterpolate } from 'd3-geo';
import type { Feature, FeatureCollection, MultiLineString, Point } from 'geojson';
import type { Stop, HostKind } from '../data/trips';
import type { Avoided } from '../data/schema-events';
import { AVOIDED_ICON, HALO_ICON, stopIconId } from './stop-shapes';

/** Where a trip starts when the data names no other place. */
export const MOSCOW = { city: 'Moscow', lat: 55.76, lon: 37.62 } as const;

/**
 * Points along the great circle from `a` to `b` ([lon, lat]); each longitude within 180° of the
 * previous one, so the line may run past ±180 instead of jumping across the map.
 */
export function greatCircle(a: [number, number], b: [number, number], maxStepDeg = 2): [number, number][] {
  const steps = Math.max(2, Math.ceil((geoDistance(a, b) * 180) / Math.PI / maxStepDeg));
  const at = geoInterpolate(a, b);
  const points: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const [lon, lat] = at(i / steps);
    const prev = points.at(-1);
    let x = lon;
    if (prev) while (x - prev[0] > 180) x -= 360;
    if (prev) while (prev[0] - x > 180) x += 360;
    points.push([Math.round(x * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4]);
  }
  return points;
}

/** Northernmost (and southernmost) latitude a route may reach: the world view's edge (view.ts). */
export const ROUTE_MAX_LAT = 75;

/** Points from `a` to `b` in a straight line on the map (longitude the short way round, unwrapped). */
export function straightCourse(a: [number, number], b: [number, number], steps = 60): [number, number][] {
  let dLon = b[0] - a[0];
  while (dLon > 180) dLon -= 360;
  while (dLon < -180) dLon += 360;
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps;
    const p: [number, number] = [a[0] + dLon * t, a[1] + (b[1] - a[1]) * t];
    return [Math.round(p[0] * 1e4) / 1e4, Math.round(p[1] * 1e4) / 1e4];
  });
}

/** An unwrapped line cut where it crosses ±180°, each piece's longitudes within −180…180. */
export function cutAtAntimeridian(line: readonly [number, number][]): [number, number][][] {
  const wrap = (lon: number) => lon - 360 * Math.floor((lon + 180) / 360);
  const pieces: [number, number][][] = [];
  let piece: [number, number][] = [];
  let copy = line.length ? Math.floor((line[0][0] + 180) / 360) : 0;
  for (let i = 0; i < line.length; i++) {
    const [lon, lat] = line[i];
    const c = Math.floor((lon + 180) / 360);
    if (i > 0 && c !== copy) {
      // The crossing, interpolated at the meridian between the two points.
      const [plon, plat] = line[i - 1];
      const edge = c > copy ? 180 + 360 * copy : -180 + 360 * copy;
      const t = (edge - plon) / (lon - plon);
      const latAt = Math.round((plat + (lat - plat) * t) * 1e4) / 1e4;
      piece.push([c > copy ? 180 : -180, latAt]);
      pieces.push(piece);
      piece = [[c > copy ? -180 : 180, latAt]];
      copy = c;
    }
    piece.push([wrap(lon), lat]);
  }
  if (piece.length > 1) pieces.push(piece);
  return pieces.filter((p) => p.length > 1);
}

/** A trip's route from `a` to `b`, as pieces inside the one world. */
export function routeLine(a: [number, number], b: [number, number]): [number, number][][] {
  const arc = greatCircle(a, b);
  const polar = arc.some((p) => Math.abs(p[1]) > ROUTE_MAX_LAT);
  return cutAtAntimeridian(polar ? straightCourse(a, b) : arc);
}

export interface StopProps {
  id: string;
  n: number;
  start: string;
  end: string;
  iso3: string;
  city: string;
  host: HostKind;
  /**
   * Place on a small ring that keeps repeated visits to one city apart, as "k/count" ("0/1": the
   * city itself). A string, because the map's tiles cannot carry arrays in feature properties.
   */
  slot: string;
}
export interface RouteProps {
  id: string;
  n: number;
  start: string;
  host: HostKind;
}
export interface AvoidedProps {
  id: string;
  start: string;
  iso3: string;
  city: string;
}

/** Spreads the k-th of `count` visits to one place on a small ring (px); a single visit stays put. */
export function ringOffset(k: number, count: number, radius = 13): [number, number] {
  if (count <= 1) return [0, 0];
  const angle = -Math.PI / 2 + (2 * Math.PI * k) / count;
  return [Math.round(radius * Math.cos(angle) * 10) / 10, Math.round(radius * Math.sin(angle) * 10) / 10];
}

/** Every icon the trip layers can ask for. */
export function iconIds(stops: FeatureCollection<Point, StopProps>): string[] {
  return [
    AVOIDED_ICON,
    HALO_ICON,
    ...stops.features.map((f) => stopIconId(f.properties.host, f.properties.n)),
  ];
}

/** The ring slots the stops use, e.g. ["0/1", "0/4", "1/4", …]. */
export function slotsOf(stops: FeatureCollection<Point, StopProps>): string[] {
  return [...new Set(stops.features.map((f) => f.properties.slot))].sort();
}

/** GeoJSON for the routes and stops of every trip (the map filters them by date). */
export function tripFeatures(stops: readonly Stop[]): {
  routes: FeatureCollection<MultiLineString, RouteProps>;
  stops: FeatureCollection<Point, StopProps>;
} {
  const perPlace = new Map<string, Stop[]>();
  for (const s of stops) {
    const key = `${s.trip.lat.toFixed(1)},${s.trip.lon.toFixed(1)}`;
    perPlace.set(key, [...(perPlace.get(key) ?? []), s]);
  }
  const slots = new Map<string, string>();
  for (const group of perPlace.values())
    group.forEach((s, k) => slots.set(s.trip.id, `${k}/${group.length}`));

  const routes: Feature<MultiLineString, RouteProps>[] = stops.map((s) => {
    const from = s.trip.from ?? MOSCOW;
    return {
      type: 'Feature',
      properties: { id: s.trip.id, n: s.n, start: s.trip.start, host: s.host },
      geometry: {
        type: 'MultiLineString',
        coordinates: routeLine([from.lon, from.lat], [s.trip.lon, s.trip.lat]),
      },
    };
  });
  const points: Feature<Point, StopProps>[] = stops.map((s) => ({
    type: 'Feature',
    properties: {
      id: s.trip.id,
      n: s.n,
      start: s.trip.start,
      end: s.trip.end,
      iso3: s.trip.iso3,
      city: s.trip.city,
      host: s.host,
      slot: slots.get(s.trip.id)!,
    },
    geometry: { type: 'Point', coordinates: [s.trip.lon, s.trip.lat] },
  }));
  return {
    routes: { type: 'FeatureCollection', features: routes },
    stops: { type: 'FeatureCollection', features: points },
  };
}

/** GeoJSON for the summits he stayed away from. */
export function avoidedFeatures(avoided: readonly Avoided[]): FeatureCollection<Point, AvoidedProps> {
  return {
    type: 'FeatureCollection',
    features: avoided.map((a) => ({
      type: 'Feature',
      properties: { id: a.id, start: a.start, iso3: a.iso3, city: a.city },
      geometry: { type: 'Point', coordinates: [a.lon, a.lat] },
    })),
  };
}
