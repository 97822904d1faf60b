/**
 * Where to click on the map: a point inside each country (the centroid of its largest part, when
 * that falls inside it), biggest countries first, and where that point is on screen for a given view.
 */
import { readFileSync } from 'node:fs';
import { geoArea, geoCentroid, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { WORLD, toWorld } from '../../src/lib/map/first-paint-shapes';

export interface Target {
  iso3: string;
  name: string;
  lon: number;
  lat: number;
}

/** Every recorded country with an inside point, largest first. */
export function clickTargets(): Target[] {
  const topo = JSON.parse(readFileSync('public/geo/countries-110m.json', 'utf8')) as Topology;
  const names = new Map<string, string>(
    (
      JSON.parse(readFileSync('data/countries.json', 'utf8')).countries as { iso3: string; name: string }[]
    ).map((c) => [c.iso3, c.name]),
  );
  const shapes = feature(topo, topo.objects.countries as GeometryCollection).features as Feature<
    Polygon | MultiPolygon,
    { iso3: string | null }
  >[];
  return shapes
    .flatMap((f) => {
      const iso3 = f.properties.iso3;
      if (!iso3 || !names.has(iso3)) return [];
      const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      const polygons = parts.map((coordinates) => ({ type: 'Polygon' as const, coordinates }));
      const largest = polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
      const [lon, lat] = geoCentroid(largest);
      if (!geoContains(largest, [lon, lat])) return [];
      return [{ iso3, name: names.get(iso3)!, lon, lat, area: geoArea(f) }];
    })
    .sort((a, b) => b.area - a.area)
    .map(({ iso3, name, lon, lat }) => ({ iso3, name, lon, lat }));
}

/** A MapLibre camera: zoom, centre latitude and longitude, as in `#map=zoom/lat/lon`. */
export interface View {
  zoom: number;
  lat: number;
  lon: number;
}

/** Where a longitude and latitude fall in a map box of `width`×`height` px showing `view` (512 px tiles). */
export function screenPoint(view: View, width: number, height: number, lon: number, lat: number) {
  // The first paint's Web Mercator world, scaled to MapLibre's: 512 px wide at zoom 0.
  const scale = (512 * 2 ** view.zoom) / WORLD;
  const [x, y] = toWorld([lon, lat]);
  const [cx, cy] = toWorld([view.lon, view.lat]);
  return { x: width / 2 + (x - cx) * scale, y: height / 2 + (y - cy) * scale };
}
