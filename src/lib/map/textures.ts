/**
 * Each texture's marks on a 12-unit tile, defined once for every drawing of it: the SVG map (first paint
 * and SVG renderer, svg-markup.ts), the legend's swatches (Swatch.svelte), and the WebGL map, which
 * rasterises these marks (maplibre/patterns.ts, through `covers`) at its own tile size.
 */
import type { Texture } from './palette';

export const TILE = 12;
/** How big a tile is on the map's screen (CSS px), whatever the zoom, on both renderers. */
export const TILE_PX = 10;

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

type Segment = [number, number, number, number];

/** A path's straight segments (the marks use M, L, H, V and their relative forms only). */
function segments(d: string): Segment[] {
  const tokens = d.match(/[MLHVmlhv]|-?\d*\.?\d+/g) ?? [];
  const out: Segment[] = [];
  let x = 0;
  let y = 0;
  let cmd = 'M';
  for (let i = 0; i < tokens.length;) {
    if (/[A-Za-z]/.test(tokens[i])) cmd = tokens[i++];
    const n = () => Number(tokens[i++]);
    const rel = cmd === cmd.toLowerCase();
    const [x0, y0] = [x, y];
    switch (cmd.toUpperCase()) {
      case 'H':
        x = (rel ? x : 0) + n();
        break;
      case 'V':
        y = (rel ? y : 0) + n();
        break;
      default: {
        const [dx, dy] = [n(), n()];
        [x, y] = rel ? [x + dx, y + dy] : [dx, dy];
      }
    }
    if (cmd.toUpperCase() !== 'M') out.push([x0, y0, x, y]);
  }
  return out;
}

function distanceToSegment(px: number, py: number, [x0, y0, x1, y1]: Segment): number {
  const [dx, dy] = [x1 - x0, y1 - y0];
  const t = Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(px - (x0 + t * dx), py - (y0 + t * dy));
}

/**
 * Whether tile point (x, y) (0–TILE, repeating) is under the marks: what a raster renderer asks of
 * each pixel to draw the same texture as the SVG ones.
 */
export function covers(m: Marks, x: number, y: number): boolean {
  const px = ((x % TILE) + TILE) % TILE;
  const py = ((y % TILE) + TILE) % TILE;
  if (m.kind === 'dots') {
    // Dots near an edge show again on the far side of the next tile.
    return m.at.some(([cx, cy]) =>
      [-TILE, 0, TILE].some((ox) =>
        [-TILE, 0, TILE].some((oy) => Math.hypot(px - cx - ox, py - cy - oy) <= m.r),
      ),
    );
  }
  return segments(m.d).some((s) => distanceToSegment(px, py, s) <= m.width / 2);
}
