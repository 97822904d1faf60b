/**
 * The handout's map: a self-contained SVG drawn from the first paint's shapes (vector, on any
 * machine and whichever renderer is on screen: no canvas is read), shaded by status on the map's
 * date, with the routes, the stops laid out as on screen (stop-layout.ts, at the paper's scale) and
 * the avoided visits; framed on the world, or on the selected country and its region.
 */
import { parsePathData, toWorld, WORLD } from './first-paint-shapes';
import { paints } from './svg/svg-markup';
import { BORDER, HIGHLIGHT } from './palette';
import { shownCount, type TripModel } from './svg/trip-model';
import { displaced, layoutStops } from './stop-layout';
import {
  AVOIDED_LAYERS,
  AVOIDED_R,
  GROUP_STACK,
  groupLabel,
  inkOn,
  PARTY_RING,
  shapePath,
  STACK_EDGE,
  STOP_FONT,
  STOP_R,
  STOP_SHAPE,
  STOP_SPACING,
  stopFill,
  type IconLayer,
} from './stop-shapes';
import type { Status } from '../data/status';
import { WORLD_BOUNDS } from './view';

/** The countries' outlines as the first paint drew them (path data in world units), and the small states. */
export interface PrintShapes {
  countries: { iso3: string | null; d: string }[];
  small: { iso3: string; cx: number; cy: number }[];
}

/** Reads the shapes from the first paint's SVG (before the map adopts it); null without one. */
export function readPrintShapes(svg: SVGSVGElement | null): PrintShapes | null {
  if (!svg) return null;
  const countries = [...svg.querySelectorAll<SVGPathElement>('#fp-world > path')].map((p) => ({
    iso3: p.dataset.c ?? null,
    d: p.getAttribute('d') ?? '',
  }));
  const small = [...svg.querySelectorAll<SVGCircleElement>('#fp-small circle')].map((c) => ({
    iso3: c.dataset.c ?? '',
    cx: Number(c.getAttribute('cx')),
    cy: Number(c.getAttribute('cy')),
  }));
  return countries.length ? { countries, small } : null;
}

/** A box in world units: x0, y0, x1, y1. */
export type WorldBox = [number, number, number, number];

const [W, S, E, N] = WORLD_BOUNDS;
export const WORLD_BOX: WorldBox = [...toWorld([W, N]), ...toWorld([E, S])] as WorldBox;

/**
 * The frame for a country: its outline's box, grown to show its region (at least a sixth of the
 * world's width), in the aspect of the printed map; the world when it has no shape.
 */
export function regionBox(shapes: PrintShapes, iso3: string, aspect: number): WorldBox {
  const shape = shapes.countries.find((c) => c.iso3 === iso3);
  const dot = shapes.small.find((c) => c.iso3 === iso3);
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const add = ([x, y]: readonly number[]) => {
    [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  };
  if (shape) {
    // A country across the 180° meridian (Russia, Fiji) is framed on its largest side.
    const rings = parsePathData(shape.d).filter((r) => !r.hole);
    const biggest = rings.reduce<{ w: number; pts: [number, number][] } | null>((best, r) => {
      const xs = r.points.map((p) => p[0]);
      const ys = r.points.map((p) => p[1]);
      const w = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
      return !best || w > best.w ? { w, pts: r.points } : best;
    }, null);
    for (const r of rings) {
      const far = biggest && Math.abs(r.points[0][0] - biggest.pts[0][0]) > WORLD / 2;
      if (!far) r.points.forEach(add);
    }
  } else if (dot) add([dot.cx, dot.cy]);
  else return WORLD_BOX;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  let w = Math.max((x1 - x0) * 3, WORLD / 6);
  let h = Math.max((y1 - y0) * 3, w / aspect);
  w = Math.max(w, h * aspect);
  h = w / aspect;
  return [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
}

const f1 = (n: number) => String(Math.round(n * 10) / 10);
const f3 = (n: number) => String(Math.round(n * 1000) / 1000);
const layer = (l: IconLayer) =>
  `<path d="${l.d}" fill="${l.fill ?? 'none'}"${l.stroke ? ` stroke="${l.stroke}" stroke-width="${l.width}"` : ''}/>`;

export interface PrintMapInput {
  shapes: PrintShapes;
  statusOf: (iso3: string | null) => Status;
  model: TripModel;
  through: string;
  latest: string | null;
  /** The country outlined (the panel's), or null. */
  selected: string | null;
  box: WorldBox;
  /** The printed map's width in CSS px (symbols are sized for it). */
  widthPx: number;
  /** Symbols' size on paper relative to the screen's. */
  symbolScale?: number;
}

/** The map as an SVG document (for an `<img>`): countries, routes, stops, avoided visits. */
export function printMapSvg(o: PrintMapInput): string {
  const [x0, y0, x1, y1] = o.box;
  const k = o.widthPx / (x1 - x0);
  const scale = o.symbolScale ?? 0.7;
  const px = 1 / k; // one CSS px of paper, in world units
  const shapes = o.shapes.countries
    .map((c) => `<path class="fp-${o.statusOf(c.iso3)}" d="${c.d}"/>`)
    .join('');
  const small = o.shapes.small
    .map((c) => `<circle class="fp-${o.statusOf(c.iso3)}" cx="${c.cx}" cy="${c.cy}" r="${f1(3 * px)}"/>`)
    .join('');
  const selected = o.selected ? o.shapes.countries.find((c) => c.iso3 === o.selected) : undefined;
  const outline = selected
    ? `<path d="${selected.d}" fill="none" stroke="${HIGHLIGHT}" stroke-width="${f1(2.5 * px)}"/>`
    : '';
  const routes = o.model.routes
    .slice(0, shownCount(o.model.routes, o.through))
    .map(
      (r) =>
        `<path d="${r.d}" fill="none" stroke="${r.id === o.latest ? PARTY_RING : '#26292d'}" stroke-opacity="${r.id === o.latest ? 1 : 0.6}" stroke-width="${f1((r.id === o.latest ? 2.5 : 1.2) * px)}"/>`,
    )
    .join('');
  // The stops laid out at the paper's scale, as on screen.
  const stops = o.model.stops.slice(0, shownCount(o.model.stops, o.through));
  const avoided = o.model.avoided.slice(0, shownCount(o.model.avoided, o.through));
  const toPx = (p: { x: number; y: number }) => ({ x: (p.x - x0) * k, y: (p.y - y0) * k });
  const placed = layoutStops(
    stops.map((s) => ({ id: s.id, n: s.n, place: s.place, ...toPx(s) })),
    {
      spacing: STOP_SPACING * scale,
      open: new Set(stops.filter((s) => s.id === o.latest).map((s) => s.place)),
      allOpen: false,
      fixed: avoided.map((a) => ({ ...toPx(a), r: AVOIDED_R * scale })),
      box: { width: o.widthPx, height: (y1 - y0) * k },
    },
  );
  const byId = new Map(stops.map((s) => [s.id, s]));
  const at = (x: number, y: number) => `translate(${f1(x / k + x0)},${f1(y / k + y0)}) scale(${px * scale})`;
  const leaders = placed
    .filter(displaced)
    .map(
      (p) =>
        `<g transform="${at(p.ax, p.ay)}"><circle r="2.5" fill="#111"/><path d="M0,0L${f1((p.x - p.ax) / scale)},${f1((p.y - p.ay) / scale)}" stroke="#111" stroke-width="1.5"/></g>`,
    )
    .join('');
  const text = (label: string, fill: string, y: number, size: number) =>
    `<text y="${y}" fill="${inkOn(fill)}" font-size="${size}" font-weight="bold" font-family="system-ui,sans-serif" text-anchor="middle" dominant-baseline="central">${label}</text>`;
  const symbols = placed
    .map((p) => {
      const first = byId.get(p.kind === 'stop' ? p.id : p.ids[0])!;
      const last = p.kind === 'stop' ? first : byId.get(p.ids.at(-1)!)!;
      const d = shapePath(STOP_SHAPE[last.host], STOP_R);
      const fill = stopFill(last.host);
      const ring =
        last.host === 'party' ? `<path d="${d}" fill="none" stroke="${PARTY_RING}" stroke-width="7"/>` : '';
      const stack =
        p.kind === 'group'
          ? GROUP_STACK.map(
              ([x, y]) =>
                `<path d="${d}" fill="${fill}" stroke="${STACK_EDGE}" stroke-width="1.5" transform="translate(${x},${y})"/>`,
            ).join('')
          : '';
      const label =
        p.kind === 'stop'
          ? text(String(p.n), fill, last.host === 'signatory' ? 2.5 : 0.5, STOP_FONT)
          : text(groupLabel(p.ids.length), fill, 0.5, STOP_FONT - 2);
      return `<g transform="${at(p.x, p.y)}">${stack}${ring}<path d="${d}" fill="${fill}" stroke="#fff" stroke-width="2.5"/>${label}</g>`;
    })
    .join('');
  const avoid = avoided
    .map((a) => {
      const q = toPx(a);
      return `<g transform="${at(q.x, q.y)}">${AVOIDED_LAYERS.map(layer).join('')}</g>`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${[x0, y0, x1 - x0, y1 - y0].map(f1).join(' ')}">` +
    // Textures keep a tile of about 8 px on paper, as on screen, whatever the zoom.
    paints().replace(/patternTransform="scale\([^)]*\)"/g, `patternTransform="scale(${f3(8 / (12 * k))})"`) +
    `<rect x="${x0}" y="${y0}" width="${x1 - x0}" height="${y1 - y0}" fill="#ffffff"/>` +
    `<g stroke="${BORDER}" stroke-width="${f1(0.5 * px)}" stroke-linejoin="round">${shapes}<g stroke="#fff">${small}</g></g>` +
    outline +
    routes +
    leaders +
    avoid +
    symbols +
    `</svg>`
  );
}

/** The SVG as a data URL for an `<img>`. */
export const svgDataUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
