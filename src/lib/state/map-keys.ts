/**
 * The map's keyboard, on both renderers (the map host listens on the map box and calls `onMapKey`):
 *
 * - ← → ↑ ↓ move to the neighbouring country in that direction (walk.ts); the map follows and the
 *   live region says where you are. The first arrow starts at the open country, or the one nearest
 *   the centre.
 * - Shift + arrows pan; + and − zoom; Home goes back to the world view.
 * - ] and [ move to the next and previous stop in date order (trips and summits he stayed away
 *   from, as far as the map's date).
 * - Enter or Space opens what the keyboard is on: the country's panel, or the stop's host at that visit.
 */
import type { AppState } from './app-state.svelte';
import type { CountryRenderer, Padding } from '../map/renderer';
import { follow } from '../map/view';
import { nearest, neighbour, type Direction, type LabelPoints } from '../map/walk';
import type { MapCursor } from './ui.svelte';
import { describeAvoided, describeCountry, describeStop, nameOf } from './describe';
import { t } from '../i18n/current';

export interface MapKeyContext {
  app: AppState;
  renderer: CountryRenderer;
  points: LabelPoints;
  /** The map box's size, and the part of it a panel covers. */
  box: () => { width: number; height: number; padding: Padding };
}

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};
const PAN: Record<Direction, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/** Trips and avoided visits begun by the map's date, in date order. */
export function stopsInOrder(app: AppState): MapCursor[] {
  const date = app.time.date;
  const list = [
    ...app.stops
      .filter((s) => s.trip.start <= date)
      .map((s) => ({ date: s.trip.start, c: { kind: 'trip', id: s.trip.id } })),
    ...app.data.avoided
      .filter((a) => a.start <= date)
      .map((a) => ({ date: a.start, c: { kind: 'avoided', id: a.id } })),
  ] as { date: string; c: MapCursor }[];
  return list.sort((a, b) => a.date.localeCompare(b.date)).map((x) => x.c);
}

/** A cursor as a string, to compare two. */
const keyOf = (c: MapCursor) => (c.kind === 'country' ? c.iso3 : `${c.kind}:${c.id}`);

/** The sentence for a cursor. */
export function describeCursor(app: AppState, c: MapCursor): string {
  if (c.kind === 'country') return describeCountry(app, c.iso3);
  if (c.kind === 'trip') {
    const s = app.stops.find((x) => x.trip.id === c.id);
    return s ? describeStop(app, s) : '';
  }
  const a = app.data.avoided.find((x) => x.id === c.id);
  return a ? describeAvoided(app, a) : '';
}

/** Where a cursor is on the map: its country's point, or the stop's place. */
function placeOf(ctx: MapKeyContext, c: MapCursor): readonly [number, number] | null {
  if (c.kind === 'country') return ctx.points.get(c.iso3) ?? null;
  const e =
    c.kind === 'trip'
      ? ctx.app.stops.find((s) => s.trip.id === c.id)?.trip
      : ctx.app.data.avoided.find((a) => a.id === c.id);
  return e ? [e.lon, e.lat] : null;
}

/** Puts the keyboard on `c`: the map outlines it, follows it, and says it. */
export function moveCursor(ctx: MapKeyContext, c: MapCursor): void {
  const { app, renderer } = ctx;
  app.ui.setCursor(c);
  const at = placeOf(ctx, c);
  if (at) {
    const { width, height, padding } = ctx.box();
    const to = follow(renderer.getView(), at, width, height, padding);
    if (to) renderer.goTo({ center: [to.lon, to.lat], zoom: to.zoom }, true);
  }
  app.ui.announce(describeCursor(app, c));
}

/** Where the walk starts: the open country, else the one nearest the map's centre. */
function startingCountry(ctx: MapKeyContext): string | null {
  const open = ctx.app.selection.iso3;
  if (open && ctx.points.has(open)) return open;
  const v = ctx.renderer.getView();
  return nearest(ctx.points, v.lon, v.lat);
}

/** Where the keyboard starts when it is on nothing yet. */
export function startingCursor(ctx: MapKeyContext): MapCursor | null {
  const iso3 = startingCountry(ctx);
  return iso3 ? { kind: 'country', iso3 } : null;
}

/** Opens what the keyboard is on. */
function open(app: AppState, c: MapCursor): void {
  if (c.kind === 'country') app.selection.select(c.iso3);
  else if (c.kind === 'trip') app.selectTrip(c.id);
  else {
    const a = app.data.avoided.find((x) => x.id === c.id);
    if (a) app.selection.select(a.iso3);
  }
}

/** Handles a key pressed on the map; true when it did something. */
export function onMapKey(ctx: MapKeyContext, e: KeyboardEvent): boolean {
  const { app, renderer } = ctx;
  // In the lesson the keys are the clicker's (page-keys.ts); with a modifier, the browser's.
  if (app.lesson.presenting || e.ctrlKey || e.metaKey || e.altKey) return false;
  const dir = ARROWS[e.key];
  const cursor = app.ui.cursor;
  if (dir && e.shiftKey) {
    const [x, y] = PAN[dir];
    renderer.panBy(x * 120, y * 120);
  } else if (dir) {
    const from = cursor?.kind === 'country' ? cursor.iso3 : startingCountry(ctx);
    if (!from) return false;
    const to = cursor?.kind === 'country' ? neighbour(ctx.points, from, dir) : from;
    if (to) moveCursor(ctx, { kind: 'country', iso3: to });
    else {
      const name = nameOf(app, from);
      app.ui.announce(
        dir === 'left'
          ? t.map.noCountryWest(name)
          : dir === 'right'
            ? t.map.noCountryEast(name)
            : dir === 'up'
              ? t.map.noCountryNorth(name)
              : t.map.noCountrySouth(name),
      );
    }
  } else if (e.key === ']' || e.key === '[') {
    const stops = stopsInOrder(app);
    if (stops.length === 0) {
      app.ui.announce(t.map.noTrips);
    } else {
      const i = cursor ? stops.map(keyOf).indexOf(keyOf(cursor)) : -1;
      const next =
        e.key === ']'
          ? i < 0
            ? 0
            : Math.min(i + 1, stops.length - 1)
          : i < 0
            ? stops.length - 1
            : Math.max(i - 1, 0);
      moveCursor(ctx, stops[next]);
    }
  } else if (e.key === 'Enter' || e.key === ' ') {
    const c = cursor ?? startingCursor(ctx);
    if (!c) return false;
    app.ui.setCursor(c);
    open(app, c);
  } else if (e.key === '+' || e.key === '=') renderer.zoomBy(1);
  else if (e.key === '-' || e.key === '_') renderer.zoomBy(-1);
  else if (e.key === 'Home') {
    renderer.resetView();
    app.ui.announce(t.map.worldViewSaid);
  } else return false;
  e.preventDefault();
  return true;
}
