// The byte budget of a first visit, gzipped: a change that bloats the first load fails CI.
// Deterministic (bytes, not times); measured on the built site in dist/.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** The budget for everything a first visit downloads, gzip -9, in KiB (587 KiB when it was set; 605 with the first paint in index.html). */
const BUDGET_KIB = 620;

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

describe('first-load byte budget', () => {
  it(`stays under ${BUDGET_KIB} KiB gzipped: page, scripts, styles, worker and the first-view shapes`, () => {
    // Every script and style in assets/ is fetched on a first visit (the MapLibre chunk and its worker too).
    const assets = readdirSync('dist/assets').filter((f) => /\.(js|css)$/.test(f));
    const files = [
      'dist/index.html',
      ...assets.map((f) => `dist/assets/${f}`),
      'dist/geo/countries-110m.json',
      'dist/geo/small-states.json',
    ];
    const total = files.reduce((sum, f) => sum + gz(f), 0) / 1024;
    expect(assets.some((f) => f.startsWith('maplibre-gl-worker'))).toBe(true);
    expect(total).toBeLessThan(BUDGET_KIB);
    // The detailed shapes are not part of the first load.
    expect(files.some((f) => f.includes('50m'))).toBe(false);
  });
});
