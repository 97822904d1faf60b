/**
 * The data the page needs, bundled with it: the dataset the build validated (build/data-plugin.ts),
 * with every source's publisher written in. The browser never sees raw, unchecked JSON.
 */
import dataset from 'virtual:icc-data';
import type { PageDataset } from './dataset.ts';

/** What AppState is built from: the validated dataset (the precedents' long text apart, or not). */
export type AppData = PageDataset;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

export const APP_DATA: AppData = deepFreeze(dataset);

/** The English name of a country or territory: on another language's page the data carries it as `nameEn` (localize.ts). */
export function englishName(r: { name: string }): string {
  return (r as { nameEn?: string }).nameEn ?? r.name;
}
