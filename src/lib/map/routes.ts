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
import { AVOIDED_ICON, HALO_ICON, PRECEDENT_ICON, groupIconId, stopIconId } from './stop-shapes';
import { placeKey } from './stop-layout';

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
  /** The place it shares with other visits to the same city (stop-layout.ts groups them). */
  place: string;
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

/** Every icon the trip layers can ask for: each stop's, and each group marker a place can need. */
export function iconIds(stops: FeatureCollection<Point, StopProps>): string[] {
  const perPlace = new Map<string, StopProps[]>();
  for (const { properties: p } of stops.features)
    perPlace.set(p.place, [...(perPlace.get(p.place) ?? []), p]);
  const groups = [...perPlace.values()].flatMap((list) =>
    list.slice(1).flatMap((_, i) => [...new Set(list.map((p) => p.host))].map((h) => groupIconId(h, i + 2))),
  );
  return [
    AVOIDED_ICON,
    HALO_ICON,
    PRECEDENT_ICON,
    ...stops.features.map((f) => stopIconId(f.properties.host, f.properties.n)),
    ...new Set(groups),
  ];
}

/** GeoJSON for the routes and stops of every trip (the map filters them by date). */
export function tripFeatures(stops: readonly Stop[]): {
  routes: FeatureCollection<MultiLineString, RouteProps>;
  stops: FeatureCollection<Point, StopProps>;
} {
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
      place: placeKey(s.trip.lon, s.trip.lat),
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

/** What a precedent's point carries: its id, whose visit, its host and its first day. */
export interface PrecedentProps {
  id: string;
  person: string;
  iso3: string;
  city: string;
  start: string;
}

/** Other suspects' visits (data/precedents.json) as points, oldest first. */
export function precedentFeatures(
  visits: readonly {
    id: string;
    person: string;
    iso3: string;
    city: string;
    start: string;
    lat: number;
    lon: number;
  }[],
): FeatureCollection<Point, PrecedentProps> {
  return {
    type: 'FeatureCollection',
    features: [...visits]
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((v) => ({
        type: 'Feature',
        id: v.id,
        geometry: { type: 'Point', coordinates: [v.lon, v.lat] },
        properties: { id: v.id, person: v.person, iso3: v.iso3, city: v.city, start: v.start },
      })),
  };
}
