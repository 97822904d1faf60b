// MapLibre's stylesheet as the build ships it (build/trim-maplibre-css.ts through vite.config.ts):
// every rule the map's own controls need, none for the controls it never adds.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { preprocessCSS, resolveConfig } from 'vite';
import {
  UNUSED_MAPLIBRE_CLASSES,
  UNUSED_MAPLIBRE_KEYFRAMES,
  isUnusedSelector,
} from '../../build/trim-maplibre-css';

const file = createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.css');
const original = readFileSync(file, 'utf8');
let trimmed: string;

beforeAll(async () => {
  // The project's own Vite config, so the test covers the wiring as well as the step.
  const config = await resolveConfig({ configFile: 'vite.config.ts', logLevel: 'silent' }, 'build');
  trimmed = (await preprocessCSS(original, file, config)).code;
});

/** The selectors of every rule in a stylesheet, outside @keyframes. */
const selectors = (css: string) =>
  [...css.replace(/@keyframes[^{]+\{(?:[^{}]*\{[^}]*\})*[^}]*\}/g, '').matchAll(/([^{};]+)\{[^{}]*\}/g)]
    .flatMap((m) => m[1].split(','))
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('@'));

describe('the trimmed MapLibre stylesheet', () => {
  it.each([
    '.maplibregl-map',
    '.maplibregl-canvas',
    '.maplibregl-canvas-container.maplibregl-interactive',
    '.maplibregl-canvas-container.maplibregl-touch-drag-pan',
    '.maplibregl-ctrl-top-left .maplibregl-ctrl',
    '.maplibregl-ctrl-bottom-right',
    '.maplibregl-ctrl-group button',
    '.maplibregl-ctrl button .maplibregl-ctrl-icon',
    '.maplibregl-ctrl button.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon',
    '.maplibregl-ctrl button.maplibregl-ctrl-zoom-out .maplibregl-ctrl-icon',
    '.maplibregl-ctrl.maplibregl-ctrl-attrib',
    '.maplibregl-ctrl-attrib.maplibregl-compact',
    '.maplibregl-ctrl-attrib-button',
    '.maplibregl-ctrl-attrib.maplibregl-compact .maplibregl-ctrl-attrib-inner',
    '.maplibregl-attrib-empty',
    '.maplibregl-boxzoom',
  ])('keeps the rule for %s', (selector) => {
    expect(selectors(trimmed)).toContain(selector);
  });

  it('keeps the zoom icons for forced-colours (high-contrast) mode', () => {
    const forced = trimmed.match(/@media\s*\(forced-colors:\s*active\)\s*\{(.*?)\}\s*\}/gs) ?? [];
    expect(forced.some((m) => m.includes('maplibregl-ctrl-zoom-in'))).toBe(true);
  });

  it.each([
    '.maplibregl-ctrl-geolocate',
    '.maplibregl-ctrl-compass',
    '.maplibregl-ctrl-fullscreen',
    '.maplibregl-ctrl-globe',
    '.maplibregl-ctrl-terrain',
    '.maplibregl-ctrl-scale',
    '.maplibregl-ctrl-logo',
    '.maplibregl-popup',
    '.maplibregl-marker',
    '.maplibregl-user-location-dot',
    '.maplibregl-cooperative-gesture-screen',
  ])('drops every rule for %s', (cls) => {
    expect(original).toContain(cls);
    expect(trimmed).not.toContain(cls);
  });

  it('keeps the used half of a rule shared with an unused control', () => {
    // MapLibre writes `.maplibregl-canvas-container.maplibregl-interactive, … .maplibregl-ctrl-compass { cursor: grab }`.
    expect(trimmed).toMatch(/\.maplibregl-canvas-container\.maplibregl-interactive\{[^}]*cursor:grab/);
  });

  it('drops the unused animations, and no kept rule refers to one', () => {
    for (const name of UNUSED_MAPLIBRE_KEYFRAMES) {
      expect(original).toContain(`@keyframes ${name}`);
      expect(trimmed).not.toContain(name);
    }
  });

  it('has no class on its list that MapLibre no longer writes (a stale list would silently keep rules)', () => {
    for (const cls of UNUSED_MAPLIBRE_CLASSES) expect(original, cls).toContain(`.${cls}`);
  });

  it('is much smaller than MapLibre’s whole stylesheet', () => {
    expect(trimmed.length).toBeLessThan(original.length / 4);
  });
});

describe('which selectors go', () => {
  it('matches a listed class and the classes that extend it, and nothing else', () => {
    expect(isUnusedSelector('.maplibregl-popup-anchor-top .maplibregl-popup-tip')).toBe(true);
    expect(isUnusedSelector('[dir=rtl] .maplibregl-popup-anchor-left')).toBe(true);
    expect(
      isUnusedSelector('.maplibregl-ctrl button.maplibregl-ctrl-geolocate:disabled .maplibregl-ctrl-icon'),
    ).toBe(true);
    expect(isUnusedSelector('.maplibregl-ctrl button.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon')).toBe(
      false,
    );
    expect(isUnusedSelector('.maplibregl-ctrl-attrib.maplibregl-compact')).toBe(false);
    expect(isUnusedSelector('.maplibregl-map:fullscreen')).toBe(false);
  });
});
