/** Texture tiles for the map's fill-pattern layer, drawn as raw RGBA pixels (no canvas needed). */
import type { Texture } from '../palette';

export interface PatternImage {
  width: number;
  height: number;
  data: Uint8Array;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Whether pixel (x, y) of a size×size tile is inked for a texture; the tile repeats seamlessly. */
export function inked(texture: Texture, x: number, y: number, size: number): boolean {
  const s = size / 8;
  switch (texture) {
    case 'diagonal':
      return Math.floor(((x + y) % size) / s) === 0;
    case 'cross':
      return Math.floor(((x + y) % size) / s) === 0 || Math.floor(((x - y + size) % size) / s) === 0;
    case 'horizontal':
      return y % (size / 2) < s / 2;
    case 'vertical':
      return x % (size / 2) < s / 2;
    case 'dots': {
      const c = size / 4;
      const dx = (x % (size / 2)) - c + 0.5;
      const dy = (y % (size / 2)) - c + 0.5;
      return dx * dx + dy * dy <= (s * 1.2) ** 2;
    }
    default:
      return false;
  }
}

/** A transparent tile with the texture's marks in `ink` at `alpha` (0–1). */
export function patternImage(texture: Texture, ink: string, size = 16, alpha = 0.5): PatternImage {
  const [r, g, b] = hexToRgb(ink);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!inked(texture, x, y, size)) continue;
      const i = (y * size + x) * 4;
      data.set([r, g, b, Math.round(alpha * 255)], i);
    }
  }
  return { width: size, height: size, data };
}
