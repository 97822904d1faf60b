/**
 * Texture tiles for the map's fill-pattern layer: the same marks as the SVG map and the legend
 * (lib/map/textures.ts), rasterised as raw RGBA pixels (no canvas needed), each pixel's coverage
 * sampled 4×4 so the lines are smooth.
 */
import type { Texture } from '../palette';
import { TEXTURE_MARKS, TILE, covers } from '../textures';

export interface PatternImage {
  width: number;
  height: number;
  data: Uint8Array;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const SAMPLES = 4;

/** How much of pixel (x, y) of a size×size tile a texture's marks cover (0–1); the tile repeats seamlessly. */
export function coverage(texture: Texture, x: number, y: number, size: number): number {
  if (texture === 'none') return 0;
  const marks = TEXTURE_MARKS[texture];
  const unit = TILE / size;
  let hits = 0;
  for (let i = 0; i < SAMPLES; i++)
    for (let j = 0; j < SAMPLES; j++)
      if (covers(marks, (x + (i + 0.5) / SAMPLES) * unit, (y + (j + 0.5) / SAMPLES) * unit)) hits++;
  return hits / (SAMPLES * SAMPLES);
}

/** A transparent tile with the texture's marks in `ink` at `alpha` (0–1). */
export function patternImage(texture: Texture, ink: string, size = 16, alpha = 0.5): PatternImage {
  const [r, g, b] = hexToRgb(ink);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const c = coverage(texture, x, y, size);
      if (c === 0) continue;
      data.set([r, g, b, Math.round(alpha * c * 255)], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}
