/**
 * Textures and outlines drawn only where they show. The textured classes, and the selected and
 * pointed-at countries, each get a small GeoJSON source holding just those countries. Drawn over
 * every country with a per-feature opacity of 0 instead (feature-state), they cost about as much per
 * frame as the rest of the map put together in software WebGL (`npm run bench`).
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Status } from '../../data/status';
import type { CountryShapes } from '../geometry';
import { SOURCE, TEXTURED } from './layers';
import { setFlag } from './adapter';

export type OverlayMap = Pick<MapLibreMap, 'getSource' | 'setFeatureState'>;
type Shape = Polygon | MultiPolygon;
export type Role = 'selected' | 'hover' | 'focus';

const collection = <P>(features: Feature<Shape, P>[]): FeatureCollection<Shape, P> => ({
  type: 'FeatureCollection',
  features,
});

/** The countries whose status has a texture, each with its status. */
export function texturedShapes(
  shapes: CountryShapes,
  statuses: ReadonlyMap<string, Status>,
): FeatureCollection<Shape, { iso3: string; status: Status }> {
  return collection(
    shapes.features.flatMap((f) => {
      const status = f.properties.iso3 ? statuses.get(f.properties.iso3) : undefined;
      if (!status || !TEXTURED.includes(status)) return [];
      return [{ type: 'Feature', geometry: f.geometry, properties: { iso3: f.properties.iso3!, status } }];
    }),
  );
}

/** The outlined countries: the selected one over the pointed-at one, the keyboard's on top. */
export function highlightShapes(
  shapes: CountryShapes,
  roles: Readonly<Record<Role, string | null>>,
): FeatureCollection<Shape, { iso3: string; role: Role }> {
  const features: Feature<Shape, { iso3: string; role: Role }>[] = [];
  for (const role of ['hover', 'selected', 'focus'] as const) {
    const iso3 = roles[role];
    if (!iso3 || (role === 'hover' && iso3 === roles.selected)) continue;
    const f = shapes.features.find((x) => x.properties.iso3 === iso3);
    if (f) features.push({ type: 'Feature', geometry: f.geometry, properties: { iso3, role } });
  }
  return collection(features);
}

/** The states drawn with a dashed outline: announced a withdrawal, not notified. */
export function announcedShapes(
  shapes: CountryShapes,
  iso3s: readonly string[],
): FeatureCollection<Shape, { iso3: string }> {
  return collection(
    shapes.features.flatMap((f) =>
      f.properties.iso3 && iso3s.includes(f.properties.iso3)
        ? [{ type: 'Feature' as const, geometry: f.geometry, properties: { iso3: f.properties.iso3 } }]
        : [],
    ),
  );
}

interface DataSource {
  setData(data: FeatureCollection): unknown;
}

/** Keeps the texture and highlight sources in step with the shapes, statuses and outlined countries. */
export class CountryOverlays {
  private statuses: ReadonlyMap<string, Status> = new Map();
  private texturedKey = '';
  private roles: Record<Role, string | null> = { selected: null, hover: null, focus: null };
  private announced: readonly string[] = [];

  constructor(
    private readonly map: OverlayMap,
    private shapes: CountryShapes,
  ) {}

  private set(source: string, data: FeatureCollection) {
    (this.map.getSource(source) as unknown as DataSource | undefined)?.setData(data);
  }

  /** New shapes (the 1:50m detail): both overlays are drawn again from them. */
  setShapes(shapes: CountryShapes): void {
    this.shapes = shapes;
    this.set(SOURCE.textures, texturedShapes(shapes, this.statuses));
    this.set(SOURCE.highlight, highlightShapes(shapes, this.roles));
    this.set(SOURCE.announced, announcedShapes(shapes, this.announced));
  }

  /** Outlines, dashed, the states that announced a withdrawal they have not notified (redrawn only when the list changes). */
  setAnnounced(iso3s: readonly string[]): void {
    if (iso3s.join() === this.announced.join()) return;
    this.announced = iso3s;
    this.set(SOURCE.announced, announcedShapes(this.shapes, iso3s));
  }

  /** Redraws the textures only when a textured class has gained or lost a country (not every frame of play). */
  setStatuses(statuses: ReadonlyMap<string, Status>): void {
    this.statuses = statuses;
    let key = '';
    for (const [iso3, s] of statuses) if (TEXTURED.includes(s)) key += `${iso3}:${s} `;
    if (key === this.texturedKey) return;
    this.texturedKey = key;
    this.set(SOURCE.textures, texturedShapes(this.shapes, statuses));
  }

  /** Outlines a country as selected or pointed at (null: none), and rings its small-state symbol. */
  outline(role: Role, iso3: string | null): void {
    const previous = this.roles[role];
    if (previous === iso3) return;
    setFlag(this.map, role, iso3, previous);
    this.roles = { ...this.roles, [role]: iso3 };
    this.set(SOURCE.highlight, highlightShapes(this.shapes, this.roles));
  }
}
