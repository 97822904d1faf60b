/** Loads the country shapes shipped in public/geo and turns TopoJSON into GeoJSON. */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { t } from '../i18n/current';

export interface CountryProps {
  iso3: string | null;
  name: string;
}
export type CountryShapes = FeatureCollection<Polygon | MultiPolygon, CountryProps>;
/** A clickable point for each small state; `km2`, its area, only in the geometry file. */
export type SmallStatePoints = FeatureCollection<Point, CountryProps & { km2?: number }>;

/** The files, relative to the page, so the build works from any sub-path. */
export const GEO_FILES = {
  coarse: 'geo/countries-110m.json',
  detailed: 'geo/countries-50m.json',
  smallStates: 'geo/small-states.json',
} as const;

/** A geometry file that could not be loaded; the message is meant for the reader. */
export class GeometryError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(t.map.geometryError(file, reason));
    this.name = 'GeometryError';
  }
}

/** How long a geometry file may take before the reader is told and offered a retry. */
export const GEO_TIMEOUT_MS = 20_000;

async function getJson(base: string, file: string, fetchFn: typeof fetch): Promise<unknown> {
  let res: Response;
  try {
    res = await fetchFn(new URL(file, base), { signal: AbortSignal.timeout(GEO_TIMEOUT_MS) });
  } catch (e) {
    const stalled = e instanceof DOMException && (e.name === 'TimeoutError' || e.name === 'AbortError');
    throw new GeometryError(file, stalled ? t.map.geoTimeout : t.map.geoNetwork);
  }
  if (!res.ok) throw new GeometryError(file, t.map.geoStatus(res.status));
  try {
    return await res.json();
  } catch {
    throw new GeometryError(file, t.map.geoNotJson);
  }
}

/** Converts a topology's `countries` object to GeoJSON, checking it has the expected shape. */
export function topologyToShapes(topo: unknown, file: string): CountryShapes {
  const topology = topo as Topology<{ countries: GeometryCollection<CountryProps> }>;
  if (topology?.type !== 'Topology' || !topology.objects?.countries)
    throw new GeometryError(file, t.map.geoNotTopology);
  return feature(topology, topology.objects.countries) as CountryShapes;
}

/** Loads one level of country detail. `base` is the page's URL (document.baseURI). */
export async function loadShapes(
  level: 'coarse' | 'detailed',
  base: string,
  fetchFn: typeof fetch = fetch,
): Promise<CountryShapes> {
  const file = GEO_FILES[level];
  return topologyToShapes(await getJson(base, file, fetchFn), file);
}

/** Loads the clickable points for small states. */
export async function loadSmallStates(
  base: string,
  fetchFn: typeof fetch = fetch,
): Promise<SmallStatePoints> {
  const json = (await getJson(base, GEO_FILES.smallStates, fetchFn)) as SmallStatePoints;
  if (json?.type !== 'FeatureCollection')
    throw new GeometryError(GEO_FILES.smallStates, t.map.geoNotCollection);
  return json;
}

/** What the reader is told when the small-state symbols are missing: the map works without them. */
export const SMALL_STATES_MISSING = t.map.smallStatesMissing;

/**
 * The small-state points, or none when they cannot be loaded: the countries can still be drawn, so
 * this is a notice (`onMissing`), not a failed map.
 */
export function loadSmallStatesOrNone(
  base: string,
  onMissing: (message: string) => void,
  fetchFn: typeof fetch = fetch,
): Promise<SmallStatePoints> {
  return loadSmallStates(base, fetchFn).catch(() => {
    onMissing(SMALL_STATES_MISSING);
    return { type: 'FeatureCollection', features: [] };
  });
}
