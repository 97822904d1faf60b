/** Small helpers for the benchmark's figures. */

/** The value below which a share `p` (0–1) of the values lie (nearest rank). */
export function percentile(xs: readonly number[], p: number): number {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export const median = (xs: readonly number[]) => percentile(xs, 0.5);
export const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : 'n/a');
export const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
export const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
export const list = (xs: readonly number[]) => xs.map((x) => x.toFixed(0)).join(', ');

/** A ratio against a target, e.g. "0.21× (target ≤ 0.25×: met)". */
export function ratio(ours: number, theirs: number, target: number): string {
  const r = ours / theirs;
  if (!Number.isFinite(r)) return 'n/a';
  return `${r.toFixed(2)}× (target ≤ ${target}×: ${r <= target ? 'met' : 'NOT met'})`;
}

/** "(target < 50 ms: met)" or "(target < 50 ms: NOT met)". */
export const verdict = (ok: boolean, target: string) => `(target ${target}: ${ok ? 'met' : 'NOT met'})`;
