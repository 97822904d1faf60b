/**
 * Vite plugin: validates every data file when the build (or dev server) starts, failing with a
 * message that names the file, the record and the field; then publishes the open data in dist/data/.
 */
import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { DATA_FILES, parseDataset, type DataFileName } from '../src/lib/data/dataset.ts';
import { openDataFiles } from '../src/lib/data/open-data.ts';
import { todayIso } from '../src/lib/data/format.ts';

/** The folder the data comes from: data/, or another one for benchmarks (ICC_DATA_DIR). */
export const dataDir = () => process.env.ICC_DATA_DIR ?? 'data';

/** Reads every data file as JSON; a missing or malformed file is named in the error. */
export function readDataFiles(dir = dataDir()): Record<DataFileName, unknown> {
  const raw = {} as Record<DataFileName, unknown>;
  for (const [name, file] of Object.entries(DATA_FILES) as [DataFileName, string][]) {
    let text: string;
    try {
      text = readFileSync(`${dir}/${file.replace(/^data\//, '')}`, 'utf8');
    } catch {
      throw new Error(`${file}: the file is missing`);
    }
    try {
      raw[name] = JSON.parse(text);
    } catch (cause) {
      throw new Error(`${file}: not valid JSON (${(cause as Error).message})`, { cause });
    }
  }
  return raw;
}

export function dataPlugin(): Plugin {
  let files: Record<string, string> = {};
  return {
    name: 'data-check',
    buildStart() {
      if (process.env.VITEST) return; // tests validate the data themselves (tests/data)
      try {
        const raw = readDataFiles();
        files = openDataFiles(raw, parseDataset(raw), todayIso());
      } catch (e) {
        this.error((e as Error).message);
      }
      for (const file of Object.values(DATA_FILES))
        this.addWatchFile(`${dataDir()}/${file.replace(/^data\//, '')}`);
    },
    generateBundle() {
      for (const [name, source] of Object.entries(files)) {
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source });
      }
    },
  };
}
