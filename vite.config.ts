import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { dataPlugin, dataDir } from './build/data-plugin.ts';
import { firstPaintPlugin } from './build/first-paint.ts';
import { trimMapLibreCss } from './build/trim-maplibre-css.ts';
import { offlinePlugin } from './build/offline.ts';
import { cspPlugin } from './build/csp.ts';
import { svgMapCss } from './src/lib/map/svg/svg-style.ts';
import { buildLang, i18nPlugin } from './build/i18n-plugin.ts';
import { en } from './src/lib/i18n/en/index.ts';

export default defineConfig(({ mode }) => {
  // One build per language: `vite build` is English, in dist/; `vite build --mode fr` French, in dist/fr/.
  const lang = buildLang(mode);
  return {
    // Relative asset URLs: the built site works from any sub-path (https://example.org/some/path/).
    base: './',
    plugins: [
      i18nPlugin(lang, Object.keys(en)),
      svelte(),
      dataPlugin(lang),
      firstPaintPlugin(lang),
      offlinePlugin(lang),
      cspPlugin(() => [svgMapCss()]),
    ],
    build: {
      target: 'es2022',
      chunkSizeWarningLimit: 1200,
      outDir: lang === 'en' ? 'dist' : `dist/${lang}`,
      // The English build comes first and starts afresh; the others add their folders beside it.
      emptyOutDir: lang === 'en',
    },
    // MapLibre's stylesheet without the rules for controls the map never adds (build/trim-maplibre-css.ts).
    css: { postcss: { plugins: [trimMapLibreCss()] } },
    test: {
      include: [
        'tests/unit/**/*.test.ts',
        'tests/i18n/**/*.test.ts',
        'tests/data/**/*.test.ts',
        'tests/component/**/*.test.ts',
      ],
      environment: 'node',
      setupFiles: ['tests/setup.ts'],
    },
    resolve: {
      // $data: the data folder (a synthetic one for benchmarks, through ICC_DATA_DIR).
      alias: { $data: resolve(dataDir()) },
      ...(process.env.VITEST ? { conditions: ['browser'] } : {}),
    },
  };
});
