/**
 * Each texture's marks on a 12-unit tile, defined once for the SVG drawings: the SVG map (first paint
 * and SVG renderer, svg-markup.ts) and the legend's swatches (Swatch.svelte). The WebGL map rasterises
 * the same textures (maplibre/patterns.ts) at its own tile size.
 */
import type { Texture } from './palette';

export const TILE = 12;

export type Marks =
  { kind: 'path'; d: string; width: number } | { kind: 'dots'; at: [number, number][]; r: number };

export const TEXTURE_MARKS: Record<Exclude<Texture, 'none'>, Marks> = {
  dots: {
    kind: 'dots',
    at: [
      [3, 3],
      [9, 9],
    ],
    r: 1.3,
  },
  diagonal: { kind: 'path', d: 'M-3 3l6-6M0 12L12 0M9 15l6-6', width: 1.6 },
  cross: { kind: 'path', d: 'M-3 3l6-6M0 12L12 0M9 15l6-6M-3 9l6 6M0 0l12 12M9-3l6 6', width: 1.4 },
  horizontal: { kind: 'path', d: 'M0 1h12M0 7h12', width: 1.4 },
  vertical: { kind: 'path', d: 'M1 0v12M7 0v12', width: 1.4 },
};

/** The marks as SVG markup (for the first paint, written as a string at build time). */
export function marksMarkup(m: Marks): string {
  return m.kind === 'dots'
    ? m.at.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="${m.r}"/>`).join('')
    : `<path d="${m.d}" stroke-width="${m.width}"/>`;
}
