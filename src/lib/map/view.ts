/**
 * The camera in renderer-agnostic terms: MapLibre's zoom (a world 512·2^zoom CSS px wide) and a
 * centre in longitude and latitude, so a `#map=` link means the same view on either renderer; and the
 * Web Mercator maths that turns a view into the SVG map's pan-and-scale transform and back.
 */
import { WORLD, toLonLat, toWorld } from './first-paint-shapes';
import type { MapView } from '../state/url';
import type { Padding } from './renderer';

export type { MapView };

/**
 * The world view: one world, from 180° W to 180° E (the map draws no copies of it), from south of
 * Cape Horn to north of Greenland's coast: west, south, east, north.
 */
export const WORLD_BOUNDS = [-180, -56, 180, 78] as const;
export type Bounds = readonly [number, number, number, number];

/** Zoom from which the 1:50m shapes replace the 1:110m ones (on both renderers). */
export const DETAIL_ZOOM = 2.5;
export const MIN_ZOOM = 0;
export const MAX_ZOOM = 9;

/** A pan and scale in CSS px: screen = world (first-paint units) × k + (x, y). */
export interface Transform {
  k: number;
  x: number;
  y: number;
}

/** CSS px per world unit at a MapLibre zoom. */
export const scaleAt = (zoom: number) => (512 * 2 ** zoom) / WORLD;
/** The MapLibre zoom at a scale. */
export const zoomAt = (k: number) => Math.log2((k * WORLD) / 512);

/** The transform that shows `view` in a box `width`×`height`. */
export function transformOf(view: MapView, width: number, height: number): Transform {
  const k = scaleAt(view.zoom);
  const [cx, cy] = toWorld([view.lon, view.lat]);
  return { k, x: width / 2 - cx * k, y: height / 2 - cy * k };
}

/** The view a transform shows in a box `width`×`height` (longitude folded into −180…180). */
export function viewOf(t: Transform, width: number, height: number): MapView {
  const [lon, lat] = toLonLat([(width / 2 - t.x) / t.k, (height / 2 - t.y) / t.k]);
  return { zoom: zoomAt(t.k), lat, lon: ((((lon + 180) % 360) + 360) % 360) - 180 };
}

/** The view that fits `bounds` in the box, keeping clear of `padding`, at most `maxZoom`. */
export function fitView(
  bounds: Bounds,
  width: number,
  height: number,
  padding: Padding = { top: 8, right: 8, bottom: 8, left: 8 },
  maxZoom = MAX_ZOOM,
): MapView {
  const [w, s, e, n] = bounds;
  const [x0, y0] = toWorld([w, n]);
  const [x1, y1] = toWorld([e < w ? e + 360 : e, s]);
  const freeW = Math.max(1, width - padding.left - padding.right);
  const freeH = Math.max(1, height - padding.top - padding.bottom);
  const k = Math.min(freeW / Math.max(x1 - x0, 1e-6), freeH / Math.max(y1 - y0, 1e-6), scaleAt(maxZoom));
  const t = {
    k,
    x: padding.left + (freeW - (x1 - x0) * k) / 2 - x0 * k,
    y: padding.top + (freeH - (y1 - y0) * k) / 2 - y0 * k,
  };
  return viewOf(t, width, height);
}

/**
 * Whether `view` shows the world as the page frames it in this box (the view it opens on): a link
 * to it names no camera, so whoever opens it sees the world framed for their own screen.
 */
export function isWorldView(view: MapView, width: number, height: number, padding?: Padding): boolean {
  const a = transformOf(view, width, height);
  const b = transformOf(fitView(WORLD_BOUNDS, width, height, padding), width, height);
  return Math.abs(a.k / b.k - 1) < 0.01 && Math.abs(a.x - b.x) < 2 && Math.abs(a.y - b.y) < 2;
}

/** The view shown in the link's hash format: MapLibre rounds the centre by zoom, the zoom to 2 places. */
export function formatView(v: MapView): string {
  const places = Math.max(0, Math.ceil((v.zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
  const round = (n: number, p: number) => String(Math.round(n * 10 ** p) / 10 ** p);
  return `${round(v.zoom, 2)}/${round(v.lat, places)}/${round(v.lon, places)}`;
}

/**
 * The view that brings [lon, lat] into the free part of the box (clear of `padding`, with a margin),
 * at the same zoom: null when it is already there. The keyboard walk follows the focused country so.
 */
export function follow(
  view: MapView,
  [lon, lat]: readonly [number, number],
  width: number,
  height: number,
  padding: Padding,
): MapView | null {
  const t = transformOf(view, width, height);
  // The copy of the point nearest the centre (the SVG world is drawn once; MapLibre's repeats).
  const near = lon + 360 * Math.round((view.lon - lon) / 360);
  const [wx, wy] = toWorld([near, lat]);
  const [x, y] = [wx * t.k + t.x, wy * t.k + t.y];
  const margin = 40;
  const inside =
    x > padding.left + margin &&
    x < width - padding.right - margin &&
    y > padding.top + margin &&
    y < height - padding.bottom - margin;
  if (inside) return null;
  // Centred in the free part of the box.
  const fx = (padding.left + width - padding.right) / 2;
  const fy = (padding.top + height - padding.bottom) / 2;
  const moved = { k: t.k, x: t.x + (fx - x), y: t.y + (fy - y) };
  return viewOf(moved, width, height);
}

/**
 * The camera that shows `view`'s centre in the middle of the part of the box `padding` leaves free
 * (the lesson's subject clear of its legend and caption bar), at the same zoom.
 */
export function centredIn(
  view: { center: [number, number]; zoom: number },
  padding: Padding,
): { center: [number, number]; zoom: number } {
  const k = scaleAt(view.zoom);
  const [x, y] = toWorld(view.center);
  const dx = (padding.left - padding.right) / 2 / k;
  const dy = (padding.top - padding.bottom) / 2 / k;
  const [lon, lat] = toLonLat([x - dx, y - dy]);
  return { center: [lon, lat], zoom: view.zoom };
}
