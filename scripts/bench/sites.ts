/** Building and serving what the benchmark loads: this map, the reference pages, synthetic-data copies. */
import { execSync } from 'node:child_process';
import { serveDist, SUB_PATH } from '../../tests/e2e/server';

export interface Site {
  url: string;
  dir: string;
  prefix: string;
  close(): Promise<void>;
}

/** Builds the map into `outDir`, from data/ or from another data folder. */
export function buildMap(outDir: string, dataDir?: string) {
  execSync(`npx vite build --outDir ${outDir} --emptyOutDir --logLevel error`, {
    stdio: 'inherit',
    env: { ...process.env, ...(dataDir ? { ICC_DATA_DIR: dataDir } : {}) },
  });
}

/** Builds the two reference pages into bench-results/reference. */
export function buildReference() {
  execSync('npx vite build --config scripts/bench/reference/vite.config.ts', { stdio: 'inherit' });
}

export async function serve(dir: string): Promise<Site> {
  return { ...(await serveDist(dir)), dir, prefix: SUB_PATH };
}

/**
 * A page of a site and what marks it sets: `done` is the last, set when it is fully loaded;
 * `surface`, the element the map is drawn in (clicks and drags aim inside it).
 */
export interface BenchPage {
  name: string;
  site: Site;
  path: string;
  marks: readonly string[];
  done: string;
  surface: string;
}

/** The pages one run compares: this map on each renderer, and the two reference pages. */
export interface Pages {
  /** This map as it starts here, unasked: the renderer the page picks (the SVG map, on this machine). */
  svg: BenchPage;
  /** This map with `?renderer=webgl`: MapLibre, whatever the machine. */
  webgl: BenchPage;
  maplibre: BenchPage;
  d3: BenchPage;
}

/** `path` with `param` added to its query, before any hash. */
export function withParam(path: string, param: string): string {
  const [before, hash] = path.split('#');
  return `${before}${before.includes('?') ? '&' : '?'}${param}${hash === undefined ? '' : `#${hash}`}`;
}

/** The marks this map sets, and the two every page sets (the reference pages only these). */
export const MAP_MARKS = ['map-painted', 'map-interactive', 'webgl-painted', 'webgl-interactive'] as const;
export const PLAIN_MARKS = ['map-painted', 'map-interactive'] as const;
