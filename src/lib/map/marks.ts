/**
 * User Timing marks the benchmark reads. `map-painted`: the first frame with the shaded map (usually
 * the first paint's SVG); `map-interactive`: the first frame in which a click on a country opens it
 * (the static map once the app runs, or the WebGL map); `webgl-painted` and `webgl-interactive`: the
 * same for the full interactive map (zoom, hover, trips).
 */
export type MarkName = 'map-painted' | 'map-interactive' | 'webgl-painted' | 'webgl-interactive';

/** Sets a mark unless it is already set: the first of the two maps to get there sets it. */
export function markOnce(name: MarkName): void {
  if (!performance.getEntriesByName(name, 'mark').length) performance.mark(name);
}
