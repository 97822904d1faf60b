/**
 * The country records, bundled with the page. They are validated at build time (the data-check
 * plugin in vite.config.ts) and by tests/data, so the browser receives only data that passed.
 */
import raw from '../../../data/countries.json';
import type { CountriesFile, Country } from './schema.ts';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** The whole dataset, frozen. */
export const DATASET: CountriesFile = deepFreeze(raw as unknown as CountriesFile);

/** Countries by iso3. */
export const COUNTRY_BY_ISO: ReadonlyMap<string, Country> = new Map(
  DATASET.countries.map((c) => [c.iso3, c]),
);
