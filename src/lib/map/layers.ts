/**
 * Source and layer ids, and the layer definitions of the country map. A country's status reaches
 * the map as feature-state (`status`), so moving through time repaints without laying tiles out again.
 */
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
/** The statuses drawn with a texture, one layer each. */
export const TEXTURED = STATUS_ORDER.filter((s) => SWATCH[s].texture !== 'none');
export const textureLayer = (status: Status) => `${LAYER.texture}-${status}`;

/** The empty style the map starts from: no tiles, no glyphs, nothing fetched. */
export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: 'ocean', type: 'background', paint: { 'background-color': OCEAN } }],
  };
}

const status: ExpressionSpecification = ['feature-state', 'status'];

/** A `match` on the feature-state status: each status's value, and 'notCovered' for the rest. */
export function byStatus<T extends string | number>(valueOf: (s: Status) => T): ExpressionSpecification {
  const branches = STATUS_ORDER.filter((s) => s !== 'notCovered').flatMap((s) => [s, valueOf(s)]);
  return [
    'match',
    ['coalesce', status, 'notCovered'],
    ...branches,
    valueOf('notCovered'),
  ] as unknown as ExpressionSpecification;
}

/** 1 for countries of `focus` (or all, when null), `dim` for the others. */
export function emphasis(focus: Status | null, dim = 0.2): ExpressionSpecification | number {
  return focus ? ['case', ['==', ['coalesce', status, 'notCovered'], focus], 1, dim] : 1;
}

const flag = (name: string): ExpressionSpecification => ['boolean', ['feature-state', name], false];

/** The layers, in drawing order. */
export function countryLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.fill,
      type: 'fill',
      source: SOURCE.countries,
      paint: { 'fill-color': byStatus((s) => SWATCH[s].fill) },
    },
    // One layer per texture, shown where the status matches (fill-pattern cannot read feature-state).
    ...TEXTURED.map((s): LayerSpecification => ({
      id: textureLayer(s),
      type: 'fill',
      source: SOURCE.countries,
      paint: { 'fill-pattern': textureImageId(s), 'fill-opacity': ['case', ['==', status, s], 1, 0] },
    })),
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
        'circle-color': byStatus((s) => SWATCH[s].fill),
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
