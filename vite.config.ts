import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';
import { parseCountries } from './src/lib/data/validate.ts';

/** Fails the build (and the dev server) when data/countries.json breaks a rule. */
function dataCheck(): Plugin {
  return {
    name: 'data-check',
    buildStart() {
      if (process.env.VITEST) return; // tests validate the data themselves (tests/data)
      const file = 'data/countries.json';
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(file, 'utf8'));
      } catch (e) {
        this.error(`${file}: not valid JSON (${(e as Error).message})`);
      }
      try {
        parseCountries(json, file);
      } catch (e) {
        this.error((e as Error).message);
      }
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the built site works from any sub-path (https://example.org/some/path/).
  base: './',
  plugins: [svelte(), dataCheck()],
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts', 'tests/component/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
});
