/** Chooses the renderer for this browser; the MapLibre code is loaded only when it can run. */
import type { CreateRenderer } from './renderer';

/** A loader for the renderer, or null when none can draw here (no WebGL, for now). */
export function pickRenderer(webgl: boolean): (() => Promise<CreateRenderer>) | null {
  if (!webgl) return null;
  return () => import('./maplibre-renderer').then((m) => m.createMapLibreRenderer);
}
