/**
 * The trip overlay in the SVG map's world (first-paint-shapes.ts units): each route as path data,
 * each stop and avoided visit as a point with what its symbol needs, sorted by the day it began so
 * that "what had begun by a date" is a prefix of each list.
 */
import { bisector } from 'd3-array';
import type { TripFeatures } from '../renderer';
import type { HostKind } from '../../data/trips';
import { toWorld } from '../first-paint-shapes';
import { layoutStops, type Placed } from '../stop-layout';
import { AVOIDED_R, STOP_SPACING } from '../stop-shapes';

export interface SvgRoute {
  id: string;
  start: string;
  d: string;
}
export interface SvgStop {
  id: string;
  n: number;
  start: string;
  iso3: string;
  city: string;
  host: HostKind;
  place: string;
  x: number;
  y: number;
}
export interface SvgAvoided {
  id: string;
  start: string;
  iso3: string;
  city: string;
  x: number;
  y: number;
}
export interface TripModel {
  routes: SvgRoute[];
  stops: SvgStop[];
  avoided: SvgAvoided[];
}

const round = (n: number) => Math.round(n * 10) / 10;
const byStart = <T extends { start: string }>(a: T, b: T) => a.start.localeCompare(b.start);

/** The overlay's geometry, once: it never changes with the date, only how much of it shows. */
export function tripModel(t: TripFeatures): TripModel {
  const routes = t.routes.features
    .map((f) => ({
      id: f.properties.id,
      start: f.properties.start,
      d: f.geometry.coordinates
        .map((line) => `M${line.map((p) => toWorld(p).map(round).join(',')).join('L')}`)
        .join(''),
    }))
    .sort(byStart);
  const stops = t.stops.features
    .map((f) => {
      const [x, y] = toWorld(f.geometry.coordinates);
      return { ...f.properties, x: round(x), y: round(y) };
    })
    .sort(byStart);
  const avoided = t.avoided.features
    .map((f) => {
      const [x, y] = toWorld(f.geometry.coordinates);
      return { ...f.properties, x: round(x), y: round(y) };
    })
    .sort(byStart);
  return { routes, stops, avoided };
}

const after = bisector((x: { start: string }) => x.start).right;

/** How many items of a list sorted by `start` had begun by `through`. */
export const shownCount = (list: readonly { start: string }[], through: string) => after(list, through);

/**
 * The stops and avoided visits shown through a date, laid out on screen (stop-layout.ts) for a
 * camera: screen = world × k + (x, y). The open places: the reader's, and those of the given trips.
 */
export function svgLayout(
  model: TripModel,
  through: string,
  camera: { k: number; x: number; y: number; width: number; height: number },
  o: { trips: readonly (string | null)[]; opened: string | null; allOpen: boolean; spacing: number },
): Placed[] {
  const shown = model.stops.slice(0, shownCount(model.stops, through));
  const px = (p: { x: number; y: number }) => ({
    x: p.x * camera.k + camera.x,
    y: p.y * camera.k + camera.y,
  });
  const open = new Set(shown.filter((s) => o.trips.includes(s.id)).map((s) => s.place));
  if (o.opened) open.add(o.opened);
  const avoided = model.avoided.slice(0, shownCount(model.avoided, through));
  return layoutStops(
    shown.map((s) => ({ id: s.id, n: s.n, place: s.place, ...px(s) })),
    {
      spacing: o.spacing,
      open,
      allOpen: o.allOpen,
      fixed: avoided.map((a) => ({ ...px(a), r: AVOIDED_R * (o.spacing / STOP_SPACING) })),
      box: { width: camera.width, height: camera.height },
    },
  );
}
