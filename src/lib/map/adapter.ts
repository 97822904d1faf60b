/**
 * Small functions that reflect state into a MapLibre map. Each takes the map as an argument so it
 * can be tested against a fake; only the methods named in MapLike are used.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { STATUS_ORDER, type Status } from '../data/status';
import { LAYER, SOURCE, byStatus, textureImageId } from './layers';
import { SWATCH } from './palette';
import { patternImage } from './patterns';

/** The part of MapLibre's Map these functions use. */
export type MapLike = Pick<
  MapLibreMap,
  'setPaintProperty' | 'setFeatureState' | 'removeFeatureState' | 'addImage' | 'hasImage' | 'getSource'
>;

/** Adds one texture image per status (an empty one for solid classes, so every id exists). */
export function addTextures(map: MapLike, pixelRatio: number): void {
  const size = 16;
  for (const s of STATUS_ORDER) {
    const id = textureImageId(s);
    if (map.hasImage(id)) continue;
    const { texture, ink } = SWATCH[s];
    map.addImage(id, patternImage(texture, ink, size), { pixelRatio: Math.max(1, Math.round(pixelRatio)) });
  }
}

/** What each map was last painted with, so replaying the same statuses (every frame of play) costs nothing. */
const painted = new WeakMap<object, { statuses?: string; emphasis?: string }>();

/** A short signature of a status map: equal for equal statuses. */
function signature(statuses: ReadonlyMap<string, Status>): string {
  let s = '';
  for (const [iso3, st] of statuses) s += `${iso3}${st[0]}${st.length}`;
  return s;
}

/** True (and remembered) when `key` differs from what `map` last got for `what`. */
function changed(map: object, what: 'statuses' | 'emphasis', key: string): boolean {
  const last = painted.get(map) ?? {};
  if (last[what] === key) return false;
  painted.set(map, { ...last, [what]: key });
  return true;
}

/** Shades every country (and small-state symbol) by its status. */
export function setStatuses(map: MapLike, statuses: ReadonlyMap<string, Status>): void {
  if (!changed(map, 'statuses', signature(statuses))) return;
  const fill = byStatus(statuses, (s) => SWATCH[s].fill);
  map.setPaintProperty(LAYER.fill, 'fill-color', fill);
  map.setPaintProperty(LAYER.texture, 'fill-pattern', byStatus(statuses, textureImageId));
  map.setPaintProperty(LAYER.small, 'circle-color', fill);
}

/** Fades the countries whose status is not `focus` (the legend item under the pointer). */
export function setEmphasis(map: MapLike, focus: Status | null, statuses: ReadonlyMap<string, Status>): void {
  if (!changed(map, 'emphasis', focus ? `${focus}:${signature(statuses)}` : '')) return;
  const opacity = focus ? byStatus(statuses, (s) => (s === focus ? 1 : 0.2)) : 1;
  map.setPaintProperty(LAYER.fill, 'fill-opacity', opacity);
  map.setPaintProperty(LAYER.texture, 'fill-opacity', opacity);
  map.setPaintProperty(LAYER.small, 'circle-opacity', opacity);
}

/** Sets a boolean feature-state (hover, selected) on one country in both sources. */
export function setFlag(
  map: MapLike,
  name: 'hover' | 'selected',
  iso3: string | null,
  previous: string | null,
): void {
  for (const source of [SOURCE.countries, SOURCE.smallStates]) {
    if (!map.getSource(source)) continue;
    if (previous) map.setFeatureState({ source, id: previous }, { [name]: false });
    if (iso3) map.setFeatureState({ source, id: iso3 }, { [name]: true });
  }
}
