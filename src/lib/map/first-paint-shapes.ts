/**
 * The first paint's SVG (build/first-paint.ts) as country shapes for the WebGL map, so that the
 * first view needs no geometry file: the 1:110m countries are in index.html already.
 *
 * The format, written by `pathData` at build time and read back by `parsePathData`: Web Mercator in
 * a world WORLD units wide (x east from −180°, y south from the top edge at about 85° N), whole
 * units. A polygon's exterior ring starts with an absolute `M x y` and `l`, each of its holes
 * follows it with a relative `m dx dy` (from the previous ring's start); then come relative steps
 * `dx dy dx dy …` (SVG repeats the command; repeated points dropped); `z` closes a ring, whose
 * closing point is not written. The ring's command tells exterior from hole, so a tiny ring that
 * rounding flattens or turns over is still read right. Each country is one `<path>`
 * (`data-c` its iso3, `data-n` its name when the app's data has no record of it); each small state
 * a `<circle data-c cx cy>`.
 */
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { CountryShapes, SmallStatePoints } from './geometry';

/** Width of the whole world in the SVG's units: fine enough that the shapes match the 1:110m file to zoom 2.5. */
export const WORLD = 3000;

/** Longitude, latitude → the SVG's x, y (Web Mercator). */
export const toWorld = ([lon, lat]: Position): [number, number] => [
  ((lon + 180) / 360) * WORLD,
  ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * WORLD,
];

/** The SVG's x, y → longitude, latitude (inverse Web Mercator). */
export const toLonLat = ([x, y]: readonly number[]): [number, number] => [
  (x / WORLD) * 360 - 180,
  (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / WORLD))) * 180) / Math.PI,
];

/** A polygon's or multipolygon's rings as path data in the format above. */
export function pathData(geometry: Polygon | MultiPolygon): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let d = '';
  for (const rings of polygons) {
    let [sx, sy] = [0, 0];
    rings.forEach((ring, r) => {
      const pts = ring.map((p) => toWorld(p).map(Math.round) as [number, number]);
      // The closing point repeats the first: `z` draws that side.
      while (pts.length > 1 && pts.at(-1)![0] === pts[0][0] && pts.at(-1)![1] === pts[0][1]) pts.pop();
      const [X, Y] = pts[0];
      // Pairs after a move are lines: absolute after M (so an `l` first), relative after m.
      d += r === 0 ? `M${X}${num(Y)}l` : `m${X - sx}${num(Y - sy)}`;
      [sx, sy] = [X, Y];
      let [px, py] = [X, Y];
      let first = r === 0;
      for (const [x, y] of pts.slice(1)) {
        if (x === px && y === py) continue;
        d += `${first ? x - px : num(x - px)}${num(y - py)}`;
        [px, py, first] = [x, y, false];
      }
      if (first) d = d.slice(0, -1); // a ring of one point: no lines
      d += 'z';
    });
  }
  return d;
}

/** A number after another: a space before it unless its minus sign separates it. */
const num = (n: number) => (n < 0 ? `${n}` : ` ${n}`);

/** One ring read back: its points in SVG units, and whether it is a hole of the polygon before it. */
export interface PathRing {
  hole: boolean;
  points: [number, number][];
}

/** The next token of path data from `i`: a command letter, a number, or the end. */
const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/y;

/** What a page whose first paint cannot be read gets (it then falls back to the geometry file). */
const unreadable = (what: string) => new Error(`The first paint's map cannot be read: ${what}.`);

/**
 * Reads path data in the format above (and any path of M, m, L, l and Z commands, with implicit
 * repeats); throws on anything else, so a broken page falls back to the geometry file.
 */
export function parsePathData(d: string): PathRing[] {
  const rings: PathRing[] = [];
  let ring: PathRing | null = null;
  let cmd = '';
  const pair: number[] = [];
  let [cx, cy, sx, sy] = [0, 0, 0, 0];
  for (let i = 0; i < d.length;) {
    const ch = d[i];
    if (ch === ' ' || ch === ',' || ch === '\n' || ch === '\t' || ch === '\r') {
      i++;
      continue;
    }
    if ('MmLlZz'.includes(ch)) {
      if (pair.length) throw unreadable('odd coordinates');
      cmd = ch;
      if (ch === 'Z' || ch === 'z') {
        if (!ring) throw unreadable('z');
        ring = null;
        [cx, cy] = [sx, sy];
      }
      i++;
      continue;
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(d);
    if (!m) throw unreadable(ch);
    i += m[0].length;
    if (!cmd || cmd === 'Z' || cmd === 'z') throw unreadable('no command');
    pair.push(Number(m[0]));
    if (pair.length < 2) continue;
    const relative = cmd === cmd.toLowerCase();
    [cx, cy] = relative ? [cx + pair[0], cy + pair[1]] : [pair[0], pair[1]];
    pair.length = 0;
    if (cmd === 'M' || cmd === 'm') {
      [sx, sy] = [cx, cy];
      // Only a relative move right after a closed ring marks a hole.
      ring = { hole: cmd === 'm' && rings.length > 0, points: [[cx, cy]] };
      rings.push(ring);
      cmd = relative ? 'l' : 'L'; // further pairs after a move are lines
    } else {
      if (!ring) throw unreadable('no move');
      ring.points.push([cx, cy]);
    }
  }
  if (pair.length) throw unreadable('odd coordinates');
  return rings;
}

/** Twice the planar area of a lon/lat ring: positive when clockwise (as @mapbox/geojson-rewind reckons). */
function clockwiseArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    a += (ring[i][0] - ring[j][0]) * (ring[j][1] + ring[i][1]);
  return a;
}

/** A ring in lon/lat, closed, at least four positions, wound as the build winds it (exterior clockwise). */
function toGeoRing({ hole, points }: PathRing): Position[] {
  const ring: Position[] = points.map(toLonLat);
  while (ring.length < 3) ring.push(ring.at(-1)!); // a ring rounded to a point or a line stays a (flat) ring
  ring.push(ring[0]);
  const area = clockwiseArea(ring);
  if (area !== 0 && area > 0 === hole) ring.reverse();
  return ring;
}

/** Path data → a Polygon or MultiPolygon in lon/lat: each exterior ring with the holes that follow it. */
export function geometryOf(d: string): Polygon | MultiPolygon {
  const polygons: Position[][][] = [];
  for (const ring of parsePathData(d)) {
    if (ring.hole && polygons.length) polygons.at(-1)!.push(toGeoRing(ring));
    else polygons.push([toGeoRing({ ...ring, hole: false })]);
  }
  if (!polygons.length) throw unreadable('no rings');
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/** An element of the first paint's map as this module needs it (an SVG element in the page, or a stand-in). */
export interface ShapeElement {
  readonly tagName: string;
  getAttribute(name: string): string | null;
}

/**
 * The countries and small-state points drawn by the first paint's `<path>`s and `<circle>`s.
 * `nameOf` gives a country's name from the app's data; a shape without a record there carries its
 * own (`data-n`). Throws when an element cannot be read.
 */
export function shapesFromElements(
  elements: Iterable<ShapeElement>,
  nameOf: (iso3: string) => string | undefined,
): { shapes: CountryShapes; smallStates: SmallStatePoints } {
  const shapes: CountryShapes = { type: 'FeatureCollection', features: [] };
  const smallStates: SmallStatePoints = { type: 'FeatureCollection', features: [] };
  for (const el of elements) {
    const iso3 = el.getAttribute('data-c');
    const name = (iso3 && nameOf(iso3)) ?? el.getAttribute('data-n') ?? iso3 ?? '';
    const tag = el.tagName.toLowerCase();
    if (tag === 'path') {
      const geometry = geometryOf(el.getAttribute('d') ?? '');
      shapes.features.push({ type: 'Feature', properties: { iso3, name }, geometry });
    } else if (tag === 'circle' && iso3) {
      const at = toLonLat([Number(el.getAttribute('cx')), Number(el.getAttribute('cy'))]);
      if (!at.every(Number.isFinite)) throw unreadable(iso3);
      const point: Feature<Point, { iso3: string; name: string }> = {
        type: 'Feature',
        properties: { iso3, name },
        geometry: { type: 'Point', coordinates: at },
      };
      smallStates.features.push(point);
    }
  }
  return { shapes, smallStates };
}

/**
 * The shapes from the first paint's map element (`#first-map`), or null when there is none or it
 * cannot be read: the caller then loads the geometry files instead.
 */
export function shapesFromFirstPaint(
  svg: ParentNode | null,
  nameOf: (iso3: string) => string | undefined,
): ReturnType<typeof shapesFromElements> | null {
  if (!svg) return null;
  try {
    const read = shapesFromElements(svg.querySelectorAll('#fp-world > path, #fp-small > circle'), nameOf);
    return read.shapes.features.length ? read : null;
  } catch {
    return null;
  }
}
