/**
 * Where each stop's symbol goes on screen, so that no two symbols ever overlap: the layout both
 * renderers draw (the SVG map as offsets in CSS px, the WebGL map as moved points).
 *
 * - Visits to one place (Minsk ×4) become one group marker with their count, unless the group is
 *   open: the reader opened it (a click, the keyboard on one of its visits, the visit selected or the
 *   latest one) or the map is zoomed in far enough (GROUP_OPEN_ZOOM).
 * - Then a collision pass, in date order (so a stop keeps its place while later ones appear during
 *   Play): each symbol goes at its place if that is free, or else at the nearest free spot on rings
 *   around it, with a leader line back to the place. Symbols already placed, and the avoided-visit
 *   symbols (which stay at their place), are in the way; spots outside the box are taken last.
 */

/** A stop to place: its trip id, its number, the place it shares with other visits, its point on screen. */
export interface StopAt {
  id: string;
  n: number;
  place: string;
  x: number;
  y: number;
}

/** A symbol drawn: one stop, or a group of visits to one place. (ax, ay) is the place; (x, y) the symbol. */
export type Placed =
  | { kind: 'stop'; id: string; n: number; place: string; x: number; y: number; ax: number; ay: number }
  | { kind: 'group'; ids: string[]; place: string; x: number; y: number; ax: number; ay: number };

export interface LayoutOptions {
  /** Distance (CSS px) two symbols' centres keep at least. */
  spacing: number;
  /** Places whose visits are shown one by one. */
  open: ReadonlySet<string>;
  /** Whether every group is open (the map is zoomed in). */
  allOpen: boolean;
  /** Symbols that stay where they are and must not be covered (avoided visits): centre and radius. */
  fixed?: readonly { x: number; y: number; r: number }[];
  /** The map box: spots outside it are taken only where nothing inside is free. */
  box?: { width: number; height: number };
}

/** Zoom (MapLibre's) from which the visits to one place are always shown one by one. */
export const GROUP_OPEN_ZOOM = 4.5;

/** The place key of a stop: visits within about 10 km of each other share one. */
export const placeKey = (lon: number, lat: number) => `${lon.toFixed(1)},${lat.toFixed(1)}`;

const r10 = (n: number) => Math.round(n * 10) / 10;

/** Candidate spots around (x, y): the place itself, then rings `step` px apart, nearest first. */
function* spots(x: number, y: number, step: number, rings = 14): Generator<[number, number]> {
  yield [r10(x), r10(y)];
  for (let j = 1; j <= rings; j++) {
    const count = 6 * j;
    for (let i = 0; i < count; i++) {
      // Starting straight up and going round clockwise; alternate rings start half a step on.
      const a = -Math.PI / 2 + ((i + (j % 2) * 0.5) * 2 * Math.PI) / count;
      // Rounded outwards to 0.1 px, as the symbols are placed, so the spacing holds after rounding.
      yield [r10(x + j * step * 1.003 * Math.cos(a)), r10(y + j * step * 1.003 * Math.sin(a))];
    }
  }
}

export function layoutStops(stops: readonly StopAt[], o: LayoutOptions): Placed[] {
  // Visits grouped by place, in date order of their first visit.
  const byPlace = new Map<string, StopAt[]>();
  for (const s of [...stops].sort((a, b) => a.n - b.n)) {
    const list = byPlace.get(s.place);
    if (list) list.push(s);
    else byPlace.set(s.place, [s]);
  }
  const wanted: Placed[] = [];
  for (const [place, list] of byPlace) {
    const [{ x, y }] = list;
    if (list.length > 1 && !o.allOpen && !o.open.has(place))
      wanted.push({ kind: 'group', ids: list.map((s) => s.id), place, x, y, ax: x, ay: y });
    else for (const s of list) wanted.push({ kind: 'stop', ...s, ax: s.x, ay: s.y });
  }
  // In date order (a group at its first visit), so a stop keeps its spot as later ones appear.
  const nOf = new Map(stops.map((s) => [s.id, s.n]));
  const first = (p: Placed) => (p.kind === 'stop' ? p.n : Math.min(...p.ids.map((id) => nOf.get(id)!)));
  wanted.sort((a, b) => first(a) - first(b));

  const placed: Placed[] = [];
  const taken = (x: number, y: number) =>
    placed.some((p) => (p.x - x) ** 2 + (p.y - y) ** 2 < o.spacing ** 2) ||
    (o.fixed ?? []).some((f) => (f.x - x) ** 2 + (f.y - y) ** 2 < (o.spacing / 2 + f.r) ** 2);
  const inside = (x: number, y: number) =>
    !o.box ||
    (x >= o.spacing / 2 &&
      y >= o.spacing / 2 &&
      x <= o.box.width - o.spacing / 2 &&
      y <= o.box.height - o.spacing / 2);
  for (const p of wanted) {
    let spot: [number, number] | null = null;
    let outside: [number, number] | null = null;
    for (const [x, y] of spots(p.ax, p.ay, o.spacing)) {
      if (taken(x, y)) continue;
      if (inside(x, y) || !inside(p.ax, p.ay)) {
        spot = [x, y];
        break;
      }
      outside ??= [x, y];
    }
    const [x, y] = spot ?? outside ?? [p.ax, p.ay];
    placed.push({ ...p, x, y });
  }
  return placed;
}

/** Whether a symbol sits away from its place (and so needs a leader line back to it). */
export const displaced = (p: Placed) => (p.x - p.ax) ** 2 + (p.y - p.ay) ** 2 > 1;
