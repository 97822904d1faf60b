import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { dataPlugin, dataDir } from './build/data-plugin.ts';
import { firstPaintPlugin } from './build/first-paint.ts';
import { trimMapLibreCss } from './build/trim-maplibre-css.ts';
import { offlinePlugin } from './build/offline.ts';
import { cspPlugin } from './build/csp.ts';
import { svgMapCss } from './src/lib/map/svg/svg-style.ts';

export default defineConfig({
  // Relative asset URLs: the built site works from any sub-path (https://example.org/some/path/).
  base: './',
  plugins: [svelte(), dataPlugin(), firstPaintPlugin(), offlinePlugin(), cspPlugin(() => [svgMapCss()])],
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
  // MapLibre's stylesheet without the rules for controls the map never adds (build/trim-maplibre-css.ts).
  css: { postcss: { plugins: [trimMapLibreCss()] } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts', 'tests/component/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
  resolve: {
    // $data: the data folder (a synthetic one for benchmarks, through ICC_DATA_DIR).
    alias: { $data: resolve(dataDir()) },
    ...(process.env.VITEST ? { conditions: ['browser'] } : {}),
  },
});
