/**
 * The first paint's map element (`#first-map`, written into index.html by build/first-paint.ts),
 * held once found: the SVG renderer adopts it (svg-renderer.svelte.ts), and the shapes every
 * renderer starts from are read from it (first-paint-shapes.ts), also after it has left the page.
 */
let found: SVGSVGElement | null = null;

/** The first paint's map, or null when the page has none. The first call must come before the boot shell goes (main.ts). */
export function firstPaintMap(): SVGSVGElement | null {
  if (found) return found;
  const el = typeof document === 'undefined' ? null : document.getElementById('first-map');
  found = el instanceof SVGSVGElement ? el : null;
  return found;
}
