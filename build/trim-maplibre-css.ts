/**
 * A PostCSS step (wired in vite.config.ts) that drops, from MapLibre's stylesheet only, the rules for
 * the parts of MapLibre this map never creates: a third of the first load's CSS, most of it inline
 * SVG icons (the MapLibre logo alone is 13 KB).
 *
 * Driven by the explicit list below: a selector goes when it names a class of an unused part; a rule
 * goes when all its selectors have gone; an @media block when it is empty; an @keyframes when only
 * an unused part animates with it. Everything else (the map and canvas, the control corners,
 * NavigationControl's zoom buttons, the compact AttributionControl, box zoom, touch handling) is
 * kept as MapLibre wrote it. Adding a control to the map means taking it off this list.
 */
import type { AtRule, Plugin, Root, Rule } from 'postcss';

/**
 * Classes of the parts the map does not use (maplibre-renderer.ts): each entry also covers the
 * classes that extend it (`maplibregl-popup` covers `maplibregl-popup-tip`, …).
 */
export const UNUSED_MAPLIBRE_CLASSES = [
  'maplibregl-ctrl-compass', // NavigationControl with showCompass: false; rotation is off
  'maplibregl-ctrl-geolocate', // GeolocateControl
  'maplibregl-user-location', // its location dot and accuracy circle
  'maplibregl-ctrl-fullscreen', // FullscreenControl (full screen is the page's own, in the lesson)
  'maplibregl-ctrl-shrink',
  'maplibregl-pseudo-fullscreen',
  'maplibregl-ctrl-terrain', // TerrainControl
  'maplibregl-ctrl-globe', // GlobeControl
  'maplibregl-ctrl-scale', // ScaleControl
  'maplibregl-ctrl-logo', // LogoControl (maplibreLogo is off)
  'maplibregl-popup', // Popup: the tooltip is the app's own
  'maplibregl-marker', // Marker: stops are a symbol layer
  'maplibregl-cooperative-gesture-screen', // cooperativeGestures is off
  'maplibregl-cooperative-gestures',
] as const;

/** Animations only the unused parts run (the geolocate spinner, the location dot's pulse). */
export const UNUSED_MAPLIBRE_KEYFRAMES = ['maplibregl-spin', 'maplibregl-user-location-dot-pulse'] as const;

/** The stylesheet this step trims (any other CSS passes through untouched). */
export const MAPLIBRE_CSS = /maplibre-gl[\\/]dist[\\/]maplibre-gl\.css$/;

/** Whether a selector names a class of an unused part. */
export function isUnusedSelector(selector: string): boolean {
  const classes = selector.replace(/\[[^\]]*\]/g, '').match(/\.-?[_a-zA-Z][\w-]*/g) ?? [];
  return classes.some((c) =>
    UNUSED_MAPLIBRE_CLASSES.some((u) => c.slice(1) === u || c.slice(1).startsWith(`${u}-`)),
  );
}

/** Trims a parsed stylesheet in place (exported for the unit test and for other PostCSS runners). */
export function trimMapLibreRoot(root: Root): void {
  root.walkRules((rule: Rule) => {
    // Keyframe steps (0%, to) are rules too: they stand or fall with their @keyframes.
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as AtRule).name)) return;
    const kept = rule.selectors.filter((s) => !isUnusedSelector(s));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  root.walkAtRules((at: AtRule) => {
    const unusedKeyframes =
      /keyframes$/i.test(at.name) && (UNUSED_MAPLIBRE_KEYFRAMES as readonly string[]).includes(at.params);
    if (unusedKeyframes || (at.name === 'media' && !at.nodes?.length)) at.remove();
  });
}

/** The PostCSS plugin: trims MapLibre's stylesheet, leaves every other file alone. */
export function trimMapLibreCss(): Plugin {
  return {
    postcssPlugin: 'trim-maplibre-css',
    Once(root) {
      if (MAPLIBRE_CSS.test(root.source?.input.file ?? '')) trimMapLibreRoot(root);
    },
  };
}
