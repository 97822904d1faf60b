/**
 * Walking the map with the keyboard: each country a point (the centroid of its largest part, so
 * France is in Europe and the United States not in Canada), and the arrow keys move to the nearest
 * country in that direction, measured on the Web Mercator plane the map is drawn in (across the 180°
 * meridian too). Both renderers share it: the map host asks it, and tells the renderer what to outline.
 */
import { geoArea, geoCentroid } from 'd3-geo';
import type { Polygon } from 'geojson';
import type { CountryShapes, SmallStatePoints } from './geometry';

export type Direction = 'left' | 'right' | 'up' | 'down';
export type LabelPoints = ReadonlyMap<string, readonly [number, number]>;

/** One [lon, lat] per iso3 that `keep` accepts: the largest part's centroid, or a small state's point. */
export function labelPoints(
  shapes: CountryShapes,
  smallStates: SmallStatePoints,
  keep: (iso3: string) => boolean,
): LabelPoints {
  const points = new Map<string, readonly [number, number]>();
  for (const f of shapes.features) {
    const iso3 = f.properties.iso3;
    if (!iso3 || !keep(iso3)) continue;
    const parts: Polygon[] =
      f.geometry.type === 'Polygon'
        ? [f.geometry]
        : f.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
    const largest = parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
    const [lon, lat] = geoCentroid(largest);
    points.set(iso3, [lon, lat]);
  }
  for (const f of smallStates.features) {
    const iso3 = f.properties.iso3;
    if (iso3 && keep(iso3) && !points.has(iso3)) {
      const [lon, lat] = f.geometry.coordinates;
      points.set(iso3, [lon, lat]);
    }
  }
  return points;
}

/** Web Mercator y for a latitude (north is negative, as on screen). */
const mercatorY = (lat: number) =>
  (-Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360)) * 180) / Math.PI;

const UNIT: Record<Direction, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/**
 * The country to move to from `from` in `dir`: among the points near that direction, the one
 * with the smallest distance weighted by how far off the direction it lies (45° first, then 75°);
 * null at the edge.
 */
export function neighbour(points: LabelPoints, from: string, dir: Direction): string | null {
  const at = points.get(from);
  if (!at) return null;
  const [ux, uy] = UNIT[dir];
  // Within 45° of the direction first (what the eye calls "to the east"); only where there is none, 75°.
  for (const cone of [Math.SQRT1_2, 0.26]) {
    let best: string | null = null;
    let bestScore = Infinity;
    for (const [iso3, [lon, lat]] of points) {
      if (iso3 === from) continue;
      // The shorter way round the world.
      const dx = ((((lon - at[0]) % 360) + 540) % 360) - 180;
      const dy = mercatorY(lat) - mercatorY(at[1]);
      const dist = Math.hypot(dx, dy);
      if (dist === 0) continue;
      const cos = (dx * ux + dy * uy) / dist;
      if (cos < cone) continue;
      const score = dist * (1 + 2 * (1 - cos));
      if (score < bestScore) [best, bestScore] = [iso3, score];
    }
    if (best) return best;
  }
  return null;
}

/** The country whose point is nearest [lon, lat] (where the walk starts: the map's centre). */
export function nearest(points: LabelPoints, lon: number, lat: number): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const [iso3, [x, y]] of points) {
    const dx = ((((x - lon) % 360) + 540) % 360) - 180;
    const d = Math.hypot(dx, mercatorY(y) - mercatorY(lat));
    if (d < bestD) [best, bestD] = [iso3, d];
  }
  return best;
}
