/**
 * The two plain reference pages the benchmark measures the map against, built in the same run from
 * the same Natural Earth file the map loads when zoomed in (public/geo/countries-50m.json):
 * a bare MapLibre choropleth (maplibre.html) and a d3-geo SVG choropleth (svg.html). Both shade
 * countries by status on the day of the build, in flat colours, and say which country was clicked.
 */
import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { readDataFiles } from '../../../build/data-plugin.ts';
import { parseDataset } from '../../../src/lib/data/dataset.ts';
import { statusOn } from '../../../src/lib/data/status.ts';
import { todayIso } from '../../../src/lib/data/format.ts';
import { OCEAN, SWATCH } from '../../../src/lib/map/palette.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');

/** `virtual:reference`: each country's flat fill on the day of the build, and the sea colour. */
function referenceData(): Plugin {
  const id = 'virtual:reference';
  return {
    name: 'reference-data',
    resolveId: (source) => (source === id ? '\0' + id : null),
    load(source) {
      if (source !== '\0' + id) return null;
      const { countries } = parseDataset(readDataFiles(resolve(root, 'data')));
      const today = todayIso();
      const fills = Object.fromEntries(
        countries.countries.map((c) => [c.iso3, SWATCH[statusOn(c, today)].fill]),
      );
      return `export const FILLS = ${JSON.stringify(fills)};
export const NO_DATA = ${JSON.stringify(SWATCH.notCovered.fill)};
export const OCEAN = ${JSON.stringify(OCEAN)};`;
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  publicDir: resolve(root, 'public'),
  plugins: [referenceData()],
  logLevel: 'error',
  build: {
    outDir: resolve(root, 'bench-results/reference'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rollupOptions: { input: { maplibre: resolve(here, 'maplibre.html'), svg: resolve(here, 'svg.html') } },
  },
});
