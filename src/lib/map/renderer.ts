/**
 * The seam between the app and whatever draws the map. Two renderers implement it: the SVG map
 * (svg/, d3-geo maths and d3-zoom, adopting the first paint's SVG) and the MapLibre map (maplibre/,
 * WebGL). The map host (MapView.svelte, through start-map.ts) creates one, mirrors the app's map
 * model into it, and destroys it; nothing else knows which one draws.
 */
import type { Status } from '../data/status';
import type { CountryShapes, SmallStatePoints } from './geometry';
import type { FeatureCollection, MultiLineString, Point } from 'geojson';
import type { AvoidedProps, PrecedentProps, RouteProps, StopProps } from './routes';
import type { MapView } from './view';
import type { Placed } from './stop-layout';

export type { MapView };

/** What is under the pointer: a country, a stop or an avoided visit; x, y in CSS px within the map box. */
export interface HoverHit {
  iso3: string | null;
  name: string;
  x: number;
  y: number;
  trip?: string;
  avoided?: string;
  /** Another suspect's visit (the Precedents layer). */
  precedent?: string;
  /** A group marker: the place its visits share (stop-layout.ts). */
  group?: string;
}

export interface RendererEvents {
  /** The reader clicked, tapped or pressed Enter on a country (null: on the sea). */
  select(iso3: string | null): void;
  /** The reader clicked a trip's stop. */
  selectTrip(id: string): void;
  /** The pointer is over a country, stop or avoided visit (null: nothing). */
  hover(h: HoverHit | null): void;
  /** The shaded map is first visible. */
  painted(): void;
  /** Countries first respond to clicks. */
  interactive(): void;
  /** The camera came to rest at a new view (the app writes it into the address). */
  view(v: MapView): void;
  /** Something the renderer could not do, for a notice; the map goes on. */
  error(message: string): void;
  /** The stop symbols were laid out again (stop-layout.ts): where each is drawn now, in CSS px. */
  laidOut(placed: readonly Placed[]): void;
  /** The renderer can no longer draw (a lost WebGL context): the host replaces it. */
  lost(message: string): void;
}

export interface TripFeatures {
  routes: FeatureCollection<MultiLineString, RouteProps>;
  stops: FeatureCollection<Point, StopProps>;
  avoided: FeatureCollection<Point, AvoidedProps>;
}

export interface RendererOptions {
  statuses: ReadonlyMap<string, Status>;
  selected: string | null;
  reducedMotion: boolean;
  /** The page URL, to resolve further geometry files from (works under any sub-path). */
  base: string;
  /** The first-view shapes and the small-state points. */
  shapes: CountryShapes;
  smallStates: SmallStatePoints;
  /** Other suspects' visits, all of them: the renderer shows those `setPrecedents` names. */
  precedents: FeatureCollection<Point, PrecedentProps>;
  /** The trip overlay, all of it: the renderer shows what had begun by `shownThrough`. */
  trips: TripFeatures;
  shownThrough: string;
  latestTrip: string | null;
  /** The camera to open at (a link's #map=, or the view of the renderer this one replaces); null: the world. */
  view: MapView | null;
  /** Where the world view is framed in the box (clear of the tools and the legend), read when needed. */
  frame(): Padding;
  /** Accessible name of the map. */
  label: string;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface CountryRenderer {
  /** Which renderer this is (for the page's data attribute, tests and the benchmark). */
  readonly kind: 'svg' | 'webgl';
  setStatuses(statuses: ReadonlyMap<string, Status>): void;
  setSelected(iso3: string | null): void;
  /** Outlines the country the keyboard is on (a focus ring: a white halo under a dark line), or none. */
  setFocused(iso3: string | null): void;
  /** Pans the camera by (dx, dy) CSS px: positive moves the view right and down. */
  panBy(dx: number, dy: number): void;
  /** Shows trips and avoided visits that had begun by `through`, with `latest` highlighted. */
  setTrips(through: string, latest: string | null): void;
  /** Shows these precedents (ids; none while the Precedents layer is off). */
  setPrecedents(ids: readonly string[]): void;
  /** Rings one stop (the selected trip), or none. */
  setTripHalo(id: string | null): void;
  /** Outlines, dashed, the states that announced a withdrawal they have not notified to the UN. */
  setAnnounced(iso3s: readonly string[]): void;
  /** Fades every country that is not of this status (null: none faded). */
  setEmphasis(status: Status | null): void;
  /** Brings a country into view if it is not, keeping clear of `padding` (CSS px; the open panel). */
  reveal(iso3: string, padding: Padding): void;
  resetView(): void;
  /** Zooms in (1) or out (−1) by a zoom level, about the centre. */
  zoomBy(delta: number): void;
  /**
   * Moves the camera to a view: a flight, or a jump when `jump` is set and under reduced motion. With
   * `padding`, the view's centre goes to the middle of the part of the box it leaves free.
   */
  goTo(view: { center: [number, number]; zoom: number }, jump?: boolean, padding?: Padding): void;
  /** The camera now. */
  getView(): MapView;
  /** Presentation mode: projector palette, and no zoom from a stray scroll, trackpad or key. */
  setPresentation(on: boolean): void;
  /** Gives the map keyboard focus (a panel closing, say). */
  focus(): void;
  /** A picture of the map as it is now, for printing: a data URL (SVG or PNG), or null. */
  snapshot(): string | null;
  destroy(): void;
}

export type CreateRenderer = (
  container: HTMLElement,
  options: RendererOptions,
  events: RendererEvents,
) => Promise<CountryRenderer>;
