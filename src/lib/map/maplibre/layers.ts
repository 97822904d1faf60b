/**
 * Source and layer ids, and the layer definitions of the country map. A country's status reaches
 * the map as feature-state (`status`), so moving through time repaints without laying tiles out again.
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { STATUS_ORDER, type Status } from '../../data/status';
import { ANNOUNCED, BORDER, HIGHLIGHT, OCEAN, PROJECTOR, SWATCH } from '../palette';

export const SOURCE = {
  countries: 'countries',
  smallStates: 'small-states',
  /** Only the countries of a textured class (country-overlays.ts). */
  textures: 'country-textures',
  /** Only the selected, pointed-at and keyboard-focused countries (country-overlays.ts). */
  highlight: 'country-highlight',
  /** Only the states that announced a withdrawal they have not notified (country-overlays.ts). */
  announced: 'country-announced',
} as const;
export const LAYER = {
  fill: 'country-fill',
  texture: 'country-texture',
  border: 'country-border',
  highlight: 'country-highlight',
  focusHalo: 'country-focus-halo',
  focus: 'country-focus',
  announced: 'country-announced',
  small: 'small-state',
  smallHit: 'small-state-hit',
} as const;

/** Layers a click or hover can land on, topmost first. */
export const CLICKABLE_LAYERS = [LAYER.smallHit, LAYER.fill] as const;

const TEXTURE_PREFIX = 'texture-';
/** Image id of a status's texture in the map's sprite. */
export const textureImageId = (status: Status) => `${TEXTURE_PREFIX}${status}`;
/** The statuses drawn with a texture. */
export const TEXTURED = STATUS_ORDER.filter((s) => SWATCH[s].texture !== 'none');

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
      paint: {
        'fill-color': byStatus((s) => SWATCH[s].fill),
        // The borders: the fill's own antialiasing outline, in white. A line layer over every
        // country costs about a fifth of each frame in software WebGL; it is kept for the projector.
        'fill-outline-color': ['interpolate', ['linear'], ['zoom'], 1, 'rgba(255,255,255,0.6)', 4, BORDER],
      },
    },
    {
      id: LAYER.texture,
      type: 'fill',
      source: SOURCE.textures,
      paint: { 'fill-pattern': ['concat', TEXTURE_PREFIX, ['get', 'status']] },
    },
    {
      // Thick dark borders for a projector (adapter.ts setProjector); hidden otherwise.
      id: LAYER.border,
      type: 'line',
      source: SOURCE.countries,
      layout: { visibility: 'none' },
      paint: { 'line-color': PROJECTOR.border, 'line-width': 1.4 },
    },
    {
      id: LAYER.highlight,
      type: 'line',
      source: SOURCE.highlight,
      filter: ['!=', ['get', 'role'], 'focus'],
      paint: { 'line-color': HIGHLIGHT, 'line-width': ['match', ['get', 'role'], 'selected', 3, 2] },
    },
    {
      // The keyboard's focus ring: a white halo under a dashed dark line, over any other outline.
      id: LAYER.focusHalo,
      type: 'line',
      source: SOURCE.highlight,
      filter: ['==', ['get', 'role'], 'focus'],
      paint: { 'line-color': '#ffffff', 'line-width': 7 },
    },
    {
      id: LAYER.focus,
      type: 'line',
      source: SOURCE.highlight,
      filter: ['==', ['get', 'role'], 'focus'],
      paint: { 'line-color': HIGHLIGHT, 'line-width': 3, 'line-dasharray': [2, 1] },
    },
    {
      id: LAYER.announced,
      type: 'line',
      source: SOURCE.announced,
      paint: { 'line-color': ANNOUNCED, 'line-width': 2.5, 'line-dasharray': [2, 1.5] },
    },
    {
      id: LAYER.small,
      type: 'circle',
      source: SOURCE.smallStates,
      paint: {
        'circle-color': byStatus((s) => SWATCH[s].fill),
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, 4, 5, 7],
        'circle-stroke-color': [
          'case',
          ['any', flag('focus'), flag('selected'), flag('hover')],
          HIGHLIGHT,
          '#ffffff',
        ],
        'circle-stroke-width': ['case', flag('focus'), 4, flag('selected'), 3, flag('hover'), 2.5, 1.5],
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
