/**
 * The WebGL map's stops, where the layout puts them (stop-layout.ts): after each move, and when what
 * shows changes, the stops are laid out on screen for the camera now and written back as points
 * where their symbols go (a stop, or a group marker for several visits to one place), with leader
 * lines from each displaced symbol to its place. The SVG map draws the same layout (svg/trip-model.ts).
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { GROUP_OPEN_ZOOM, displaced, layoutStops, type Placed } from '../stop-layout';
import { AVOIDED_R, PROJECTOR_SCALE, STOP_SPACING, groupIconId, stopIconId } from '../stop-shapes';
import type { AvoidedProps, StopProps } from '../routes';
import { TRIP_SOURCE } from './trip-layers';

export type PlacerMap = Pick<MapLibreMap, 'project' | 'unproject' | 'getZoom' | 'getSource' | 'getContainer'>;

/** What a placed symbol carries: a stop's own properties, or a group's place and visits. */
export interface PlacedProps {
  id: string;
  icon: string;
  n: number;
  iso3: string;
  city: string;
  start: string;
  trip?: string;
  group?: string;
}

type Located<P> = { p: P; lon: number; lat: number };

export class StopPlacer {
  private opened: string | null = null;
  private through = '';
  private trips: (string | null)[] = [];
  private presenting = false;
  private readonly stops: Located<StopProps>[];
  private readonly avoided: Located<AvoidedProps>[];
  /** The layout last drawn (for tests and picking). */
  placed: Placed[] = [];

  constructor(
    private readonly map: PlacerMap,
    private readonly laidOut: (placed: readonly Placed[]) => void,
    stops: FeatureCollection<Point, StopProps>,
    avoided: FeatureCollection<Point, AvoidedProps>,
  ) {
    const located = <P>(f: Feature<Point, P>) => ({
      p: f.properties,
      lon: f.geometry.coordinates[0],
      lat: f.geometry.coordinates[1],
    });
    this.stops = stops.features.map(located).sort((a, b) => a.p.n - b.p.n);
    this.avoided = avoided.features.map(located);
  }

  /** What shows and what is open: the map's date, the ringed and latest trips, the projector. */
  set(o: {
    through?: string;
    trips?: (string | null)[];
    presenting?: boolean;
    opened?: string | null;
  }): void {
    if (o.through !== undefined) this.through = o.through;
    if (o.trips) this.trips = o.trips;
    if (o.presenting !== undefined) this.presenting = o.presenting;
    if (o.opened !== undefined) this.opened = o.opened;
    this.place();
  }

  /** Lays the symbols out for the camera now and writes them into the map's sources. */
  place(): void {
    const shown = this.stops.filter((s) => s.p.start <= this.through);
    const at = (lon: number, lat: number) => {
      const { x, y } = this.map.project([lon, lat]);
      return { x, y };
    };
    const open = new Set(shown.filter((s) => this.trips.includes(s.p.id)).map((s) => s.p.place));
    if (this.opened) open.add(this.opened);
    const spacing = STOP_SPACING * (this.presenting ? PROJECTOR_SCALE : 1);
    const box = this.map.getContainer();
    this.placed = layoutStops(
      shown.map((s) => ({ id: s.p.id, n: s.p.n, place: s.p.place, ...at(s.lon, s.lat) })),
      {
        spacing,
        open,
        allOpen: this.map.getZoom() >= GROUP_OPEN_ZOOM,
        fixed: this.avoided
          .filter((a) => a.p.start <= this.through)
          .map((a) => ({ ...at(a.lon, a.lat), r: AVOIDED_R * (spacing / STOP_SPACING) })),
        box: { width: box.clientWidth, height: box.clientHeight },
      },
    );
    const byId = new Map(this.stops.map((s) => [s.p.id, s.p]));
    const lonLat = (x: number, y: number): [number, number] => {
      const c = this.map.unproject([x, y]);
      return [c.lng, c.lat];
    };
    const symbols: Feature<Point, PlacedProps>[] = this.placed.map((q) => {
      const first = byId.get(q.kind === 'stop' ? q.id : q.ids[0])!;
      const last = q.kind === 'stop' ? first : byId.get(q.ids.at(-1)!)!;
      const common = { iso3: first.iso3, city: first.city, start: first.start };
      const properties: PlacedProps =
        q.kind === 'stop'
          ? { ...common, id: q.id, trip: q.id, n: q.n, icon: stopIconId(first.host, first.n) }
          : {
              ...common,
              id: `group:${q.place}`,
              group: q.place,
              n: first.n,
              icon: groupIconId(last.host, q.ids.length),
            };
      return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: lonLat(q.x, q.y) } };
    });
    const leaders: Feature<LineString | Point>[] = this.placed.filter(displaced).flatMap((q) => {
      const from = lonLat(q.ax, q.ay);
      return [
        {
          type: 'Feature',
          properties: {},
          geometry: { type: 'LineString', coordinates: [from, lonLat(q.x, q.y)] },
        },
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: from } },
      ];
    });
    const source = (id: string) => this.map.getSource(id) as GeoJSONSource | undefined;
    source(TRIP_SOURCE.stops)?.setData({ type: 'FeatureCollection', features: symbols });
    source(TRIP_SOURCE.leaders)?.setData({ type: 'FeatureCollection', features: leaders });
    this.laidOut(this.placed);
  }
}
