/**
 * The SVG map's markup: every country as a `<path>` (in the first paint's Web Mercator world,
 * first-paint-shapes.ts) with its iso3 and status class, a dot for each small state, and one
 * definition of each status's fill and texture. The build writes it into index.html (the first
 * paint); the SVG renderer adopts that, or builds the same from the shapes when a page has none.
 */
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { Status } from '../../data/status';
import { BORDER, SWATCH } from '../palette';
import { TEXTURE_MARKS, marksMarkup } from '../textures';
import { WORLD, pathData, toWorld } from '../first-paint-shapes';
import { WORLD_BOUNDS } from '../view';

/** Stroke widths, patterns and dots are drawn for a 1500-unit world, then scaled: they look the same at any WORLD. */
export const SCALE = WORLD / 1500;

/** Escapes text for an attribute value. */
export const attr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One fill per status: a flat colour, or a pattern with its texture. */
export function paints(): string {
  const defs: string[] = [];
  const rules: string[] = [];
  for (const [status, s] of Object.entries(SWATCH)) {
    if (s.texture === 'none') {
      rules.push(`.fp-${status}{fill:${s.fill}}`);
      continue;
    }
    defs.push(
      `<pattern id="fp-${status}" class="fp-pattern" width="12" height="12" patternUnits="userSpaceOnUse" patternTransform="scale(${SCALE})">` +
        `<rect width="12" height="12" fill="${s.fill}"/>` +
        `<g fill="${s.ink}" stroke="${s.ink}" opacity=".5">${marksMarkup(TEXTURE_MARKS[s.texture])}</g></pattern>`,
    );
    rules.push(`.fp-${status}{fill:url(#fp-${status})}`);
  }
  return `<defs>${defs.join('')}<style>${rules.join('')}</style></defs>`;
}

export interface MarkupInput {
  countries: readonly Feature<Polygon | MultiPolygon, { iso3: string | null; name: string | null }>[];
  smallStates: readonly Feature<Point, { iso3: string | null }>[];
  statusOf: (iso3: string | null) => Status;
  /** Whether the app's data has a record (and so a name) for a country. */
  hasRecord: (iso3: string) => boolean;
}

/** The `<svg id="first-map">`, framed on WORLD_BOUNDS (a viewBox the SVG renderer replaces by its own camera). */
export function mapMarkup({ countries, smallStates, statusOf, hasRecord }: MarkupInput): string {
  const [w, s, e, n] = WORLD_BOUNDS;
  const [x0, y0] = toWorld([w, n]);
  const [x1, y1] = toWorld([e, s]);
  const box = [x0, y0, x1 - x0, y1 - y0].map((v) => Math.round(v));
  const shapes = countries
    .map((f) => {
      const { iso3, name } = f.properties;
      const id = iso3 ? ` data-c="${iso3}"` : '';
      // A shape the app's data does not name (a disputed area) carries its own name.
      const named = (!iso3 || !hasRecord(iso3)) && name ? ` data-n="${attr(name)}"` : '';
      return `<path class="fp-${statusOf(iso3)}"${id}${named} d="${pathData(f.geometry)}"/>`;
    })
    .join('');
  const dots = smallStates
    .map((f) => {
      const [cx, cy] = toWorld(f.geometry.coordinates).map(Math.round);
      const iso3 = f.properties.iso3;
      return `<circle class="fp-${statusOf(iso3)}" data-c="${iso3}" cx="${cx}" cy="${cy}" r="${4 * SCALE}"/>`;
    })
    .join('');
  return (
    `<svg id="first-map" viewBox="${box.join(' ')}" preserveAspectRatio="xMidYMid meet" aria-hidden="true">` +
    paints() +
    `<g id="fp-world" stroke="${BORDER}" stroke-width="${0.6 * SCALE}" stroke-linejoin="round">${shapes}<g id="fp-small">${dots}</g></g></svg>`
  );
}
