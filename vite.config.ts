import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { dataPlugin } from './build/data-plugin.ts';

export default defineConfig({
  // Relative asset URLs: the built site works from any sub-path (https://example.org/some/path/).
  base: './',
  plugins: [svelte(), dataPlugin()],
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts', 'tests/component/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
});
