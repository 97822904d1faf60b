/**
 * The seam between the app and whatever draws the countries. MapLibre (WebGL) is one renderer; an
 * SVG one drawn with d3-geo can implement the same interface for machines without WebGL, with no
 * change to state or components.
 */
import type { Status } from '../data/status';
import type { CountryShapes, SmallStatePoints } from './geometry';
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { AvoidedProps, RouteProps, StopProps } from './routes';

export interface RendererEvents {
  /** The reader clicked, tapped or pressed Enter on a country (null: on the sea). */
  select(iso3: string | null): void;
  /** The reader clicked a trip's stop. */
  selectTrip(id: string): void;
  /** The pointer is over a country, stop or avoided visit (null: nothing). x, y are CSS px within the map box. */
  hover(
    h: { iso3: string | null; name: string; x: number; y: number; trip?: string; avoided?: string } | null,
  ): void;
  /** The shaded map is first visible. */
  painted(): void;
  /** Countries first respond to clicks. */
  interactive(): void;
  /** The renderer failed after it started (a lost context, a failed detail load). */
  error(message: string): void;
}

export interface RendererOptions {
  statuses: ReadonlyMap<string, Status>;
  selected: string | null;
  reducedMotion: boolean;
  /** The page URL, to resolve further geometry files from (works under any sub-path). */
  base: string;
  /** The first-view shapes and the small-state points, loaded before the renderer starts. */
  shapes: CountryShapes;
  smallStates: SmallStatePoints;
  /** The trip overlay, all of it: the renderer shows what had begun by `shownThrough`. */
  trips: {
    routes: FeatureCollection<LineString, RouteProps>;
    stops: FeatureCollection<Point, StopProps>;
    avoided: FeatureCollection<Point, AvoidedProps>;
  };
  shownThrough: string;
  latestTrip: string | null;
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
  setStatuses(statuses: ReadonlyMap<string, Status>): void;
  setSelected(iso3: string | null): void;
  /** Shows trips and avoided visits that had begun by `through`, with `latest` highlighted. */
  setTrips(through: string, latest: string | null): void;
  /** Rings one stop (the selected trip), or none. */
  setTripHalo(id: string | null): void;
  /** Outlines, dashed, the states that announced a withdrawal they have not notified to the UN. */
  setAnnounced(iso3s: readonly string[]): void;
  /** Fades every country that is not of this status (null: none faded). */
  setEmphasis(status: Status | null): void;
  /** Brings a country into view if it is not, keeping clear of `padding` (CSS px; the open panel). */
  reveal(iso3: string, padding: Padding): void;
  resetView(): void;
  /** Moves the camera to a lesson step's view (a jump under reduced motion). */
  goTo(view: { center: [number, number]; zoom: number }): void;
  /** Presentation mode: projector palette, and no zoom from a stray scroll, trackpad or key. */
  setPresentation(on: boolean): void;
  /** A PNG of the map as it is now (for printing: WebGL canvases print blank). */
  snapshot(): string | null;
  destroy(): void;
}

export type CreateRenderer = (
  container: HTMLElement,
  options: RendererOptions,
  events: RendererEvents,
) => Promise<CountryRenderer>;
