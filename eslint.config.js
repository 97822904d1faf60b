import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
  { ignores: ['dist/', 'public/geo/', 'node_modules/', 'test-results/', 'bench-results/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // French typography: a narrow no-break space before : ; ? ! and inside « », in any string.
    files: ['src/lib/i18n/**/*.ts'],
    rules: { 'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }] },
  },
  {
    // Only the MapLibre renderer knows MapLibre: everything else draws through the renderer seam.
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    ignores: ['src/lib/map/maplibre/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['maplibre-gl', 'maplibre-gl/*'],
              message: 'Only src/lib/map/maplibre/ may import maplibre-gl.',
            },
          ],
        },
      ],
    },
  },
  {
    // The address is read and written by lib/state/address-bar.ts only: components get it from the state.
    files: ['src/**/*.svelte'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'location', message: 'Use lib/state/address-bar.ts (components never read the address).' },
        { name: 'history', message: 'Use lib/state/address-bar.ts.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'location', message: 'Use lib/state/address-bar.ts.' },
        { object: 'document', property: 'location', message: 'Use lib/state/address-bar.ts.' },
        { object: 'window', property: 'history', message: 'Use lib/state/address-bar.ts.' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
);
