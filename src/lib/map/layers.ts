/** Source and layer ids, and the layer definitions of the country map. */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { STATUS_ORDER, type Status } from '../data/status';
import { BORDER, HIGHLIGHT, OCEAN, SWATCH } from './palette';

export const SOURCE = { countries: 'countries', smallStates: 'small-states' } as const;
export const LAYER = {
  fill: 'country-fill',
  texture: 'country-texture',
  border: 'country-border',
  highlight: 'country-highlight',
  small: 'small-state',
  smallHit: 'small-state-hit',
} as const;

/** Layers a click or hover can land on, topmost first. */
export const CLICKABLE_LAYERS = [LAYER.smallHit, LAYER.fill] as const;

/** Image id of a status's texture in the map's sprite. */
export const textureImageId = (status: Status) => `texture-${status}`;

/** The empty style the map starts from: no tiles, no glyphs, nothing fetched. */
export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: 'ocean', type: 'background', paint: { 'background-color': OCEAN } }],
  };
}

/**
 * A `match` on iso3 that gives each country the value of its status; countries without a status
 * get the 'notCovered' value.
 */
export function byStatus<T extends string | number>(
  statuses: ReadonlyMap<string, Status>,
  valueOf: (s: Status) => T,
): ExpressionSpecification {
  const groups = new Map<Status, string[]>();
  for (const [iso3, s] of statuses) groups.set(s, [...(groups.get(s) ?? []), iso3]);
  const branches: unknown[] = [];
  for (const s of STATUS_ORDER) {
    const codes = groups.get(s);
    if (codes?.length) branches.push(codes.sort(), valueOf(s));
  }
  const fallback = valueOf('notCovered');
  if (branches.length === 0) return ['literal', fallback] as ExpressionSpecification;
  return ['match', ['get', 'iso3'], ...branches, fallback] as unknown as ExpressionSpecification;
}

const flag = (name: string): ExpressionSpecification => ['boolean', ['feature-state', name], false];

/** The layers, in drawing order, for the given statuses. */
export function countryLayers(statuses: ReadonlyMap<string, Status>): LayerSpecification[] {
  return [
    {
      id: LAYER.fill,
      type: 'fill',
      source: SOURCE.countries,
      paint: { 'fill-color': byStatus(statuses, (s) => SWATCH[s].fill) },
    },
    {
      id: LAYER.texture,
      type: 'fill',
      source: SOURCE.countries,
      paint: { 'fill-pattern': byStatus(statuses, textureImageId) },
    },
    {
      id: LAYER.border,
      type: 'line',
      source: SOURCE.countries,
      paint: { 'line-color': BORDER, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 5, 1.2] },
    },
    {
      id: LAYER.highlight,
      type: 'line',
      source: SOURCE.countries,
      paint: {
        'line-color': HIGHLIGHT,
        'line-width': ['case', flag('selected'), 3, flag('hover'), 2, 0],
      },
    },
    {
      id: LAYER.small,
      type: 'circle',
      source: SOURCE.smallStates,
      paint: {
        'circle-color': byStatus(statuses, (s) => SWATCH[s].fill),
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, 4, 5, 7],
        'circle-stroke-color': ['case', flag('selected'), HIGHLIGHT, flag('hover'), HIGHLIGHT, '#ffffff'],
        'circle-stroke-width': ['case', flag('selected'), 3, flag('hover'), 2.5, 1.5],
      },
    },
    {
      // An invisible, larger target so a small state can be clicked or tapped without precision.
      id: LAYER.smallHit,
      type: 'circle',
      source: SOURCE.smallStates,
      paint: { 'circle-radius': 12, 'circle-opacity': 0 },
    },
  ];
}
