/**
 * Offline after one visit: a service worker (Workbox, through vite-plugin-pwa) that precaches the
 * whole built site: the page, its code (both renderers and the lesson), the 1:110m and 1:50m shapes
 * and the open data. It never takes over by itself: a new build waits until the reader chooses to
 * reload (src/lib/offline/), so the page never switches data under them. Paths are relative, so the
 * site works under any sub-path; a web app manifest makes it installable.
 */
import { VitePWA } from 'vite-plugin-pwa';
import type { Lang } from '../src/lib/i18n/langs.ts';
import { CATALOGUES } from './first-paint.ts';
import { SWATCH } from '../src/lib/map/palette.ts';

/** Files the worker precaches (everything the built site holds, as a static host serves it). */
export const PRECACHE = ['**/*.{html,js,css,json,csv,txt,svg,webmanifest}'];

export const offlinePlugin = (lang: Lang = 'en') =>
  VitePWA({
    registerType: 'prompt',
    // Registered by the app (src/lib/offline/register.ts) after the first paint, not by a script in the page.
    injectRegister: false,
    manifest: {
      name: CATALOGUES[lang].app.title,
      short_name: CATALOGUES[lang].app.shortName,
      description: CATALOGUES[lang].app.manifestDescription,
      lang,
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: SWATCH.party.fill,
      icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      globPatterns: PRECACHE,
      // The translations' open data (data/i18n/) is for download, not for the page: not saved offline.
      globIgnores: ['data/i18n/**'],
      // The WebGL map's code is over a megabyte; the 1:50m shapes nearly as much.
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      // Any address of the page (?country=, ?present=, #map=) is the one page.
      navigateFallback: 'index.html',
      // Each language's folder (dist/fr/…) has its own page and worker: the root's worker leaves it to them.
      navigateFallbackDenylist: [/\/data\//, /\/geo\//, ...(lang === 'en' ? [/\/(fr|ru|uk)\//] : [])],
      cleanupOutdatedCaches: true,
    },
  });
