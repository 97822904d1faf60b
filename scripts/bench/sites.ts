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

/** A page of a site and what marks it sets: `done` is the last, set when it is fully loaded. */
export interface BenchPage {
  name: string;
  site: Site;
  path: string;
  marks: readonly string[];
  done: string;
}

/** The marks this map sets, and the two every page sets (the reference pages only these). */
export const MAP_MARKS = ['map-painted', 'map-interactive', 'webgl-painted', 'webgl-interactive'] as const;
export const PLAIN_MARKS = ['map-painted', 'map-interactive'] as const;
