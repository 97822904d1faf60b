/** Chooses the renderer for this browser; the MapLibre code is loaded only when it can run. */
import type { CreateRenderer } from './renderer';

/** What the reader is told when the map's code does not arrive (offline, or a stale page after an update). */
export const CODE_MISSING =
  'The map could not be loaded: its code did not download. Check the connection and try again; if that does not help, reload the page.';

type LoadModule = () => Promise<{ createMapLibreRenderer: CreateRenderer }>;

/** A loader for the renderer, or null when none can draw here (no WebGL, for now). */
export function pickRenderer(
  webgl: boolean,
  load: LoadModule = () => import('./maplibre-renderer'),
): (() => Promise<CreateRenderer>) | null {
  if (!webgl) return null;
  // The browser's own error names a hashed file, which tells a reader nothing.
  return () =>
    load().then(
      (m) => m.createMapLibreRenderer,
      (cause: unknown) => {
        throw new Error(CODE_MISSING, { cause });
      },
    );
}
