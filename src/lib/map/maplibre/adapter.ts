/**
 * Small functions that reflect state into a MapLibre map. Each takes the map as an argument so it
 * can be tested against a fake; only the methods named in MapLike are used.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { STATUS_ORDER, type Status } from '../../data/status';
import { LAYER, SOURCE, byStatus, emphasis, textureImageId } from './layers';
import { OCEAN, PROJECTOR, SWATCH } from '../palette';
import { patternImage } from './patterns';
import { TILE_PX } from '../textures';

/** The part of MapLibre's Map these functions use. */
export type MapLike = Pick<
  MapLibreMap,
  | 'setPaintProperty'
  | 'setLayoutProperty'
  | 'setFeatureState'
  | 'removeFeatureState'
  | 'addImage'
  | 'hasImage'
  | 'getSource'
>;

/** Adds one texture image per status (an empty one for solid classes, so every id exists). */
export function addTextures(map: MapLike, pixelRatio: number): void {
  // TILE_PX CSS px on screen, drawn at the screen's pixel density.
  const ratio = Math.max(1, Math.round(pixelRatio));
  const size = TILE_PX * ratio;
  for (const s of STATUS_ORDER) {
    const id = textureImageId(s);
    if (map.hasImage(id)) continue;
    const { texture, ink } = SWATCH[s];
    map.addImage(id, patternImage(texture, ink, size), { pixelRatio: ratio });
  }
}

/** What each map was last given, so only changes reach it (every frame of play asks again). */
const shown = new WeakMap<object, { statuses: Map<string, Status>; emphasis?: Status | null }>();
const memo = (map: object) => {
  if (!shown.has(map)) shown.set(map, { statuses: new Map() });
  return shown.get(map)!;
};

/** Shades every country (and small-state symbol) by its status: feature-state, changed ones only. */
export function setStatuses(map: MapLike, statuses: ReadonlyMap<string, Status>): void {
  const last = memo(map).statuses;
  for (const [iso3, status] of statuses) {
    if (last.get(iso3) === status) continue;
    last.set(iso3, status);
    for (const source of [SOURCE.countries, SOURCE.smallStates])
      map.setFeatureState({ source, id: iso3 }, { status });
  }
}

/** Fades the countries whose status is not `focus` (the legend item under the pointer). */
export function setEmphasis(map: MapLike, focus: Status | null): void {
  const m = memo(map);
  if (m.emphasis === focus) return;
  m.emphasis = focus;
  map.setPaintProperty(LAYER.fill, 'fill-opacity', emphasis(focus));
  map.setPaintProperty(LAYER.small, 'circle-opacity', emphasis(focus));
  // The texture layer holds only textured countries, each with its status as a property.
  map.setPaintProperty(
    LAYER.texture,
    'fill-opacity',
    focus ? ['case', ['==', ['get', 'status'], focus], 1, 0.2] : 1,
  );
}

/** Switches the projector palette on or off: white sea, dark and thicker borders, thicker routes. */
export function setProjector(map: MapLike, on: boolean): void {
  const fills = on ? (PROJECTOR.fills as Record<Status, string>) : null;
  map.setPaintProperty('ocean', 'background-color', on ? PROJECTOR.ocean : OCEAN);
  map.setPaintProperty(
    LAYER.fill,
    'fill-color',
    byStatus((s) => fills?.[s] ?? SWATCH[s].fill),
  );
  // Thick dark borders on a projector; otherwise the fill's own white outline draws them (layers.ts).
  map.setLayoutProperty(LAYER.border, 'visibility', on ? 'visible' : 'none');
  map.setPaintProperty('trip-routes', 'line-width', on ? 3 : 1.6);
  map.setPaintProperty('trip-route-latest', 'line-width', on ? 5 : 3.5);
}

/** Sets a boolean feature-state (hover, selected) on one small state's symbol (countries: country-overlays.ts). */
export function setFlag(
  map: Pick<MapLike, 'getSource' | 'setFeatureState'>,
  name: 'hover' | 'selected' | 'focus',
  iso3: string | null,
  previous: string | null,
): void {
  const source = SOURCE.smallStates;
  if (!map.getSource(source)) return;
  if (previous) map.setFeatureState({ source, id: previous }, { [name]: false });
  if (iso3) map.setFeatureState({ source, id: iso3 }, { [name]: true });
}
