/**
 * The data the page needs, bundled with it. Every file is validated at build time (build/data-plugin.ts)
 * and by tests/data, so the browser receives only data that passed.
 */
import countries from '$data/countries.json';
import trips from '$data/trips.json';
import avoided from '$data/avoided.json';
import outcomes from '$data/outcomes.json';
import warrants from '$data/warrants.json';
import obligations from '$data/obligations.json';
import lesson from '$data/lesson.json';
import type { CountriesFile } from './schema.ts';
import type { Avoided, Lesson, Obligation, Outcome, Trip, Warrant } from './schema-events.ts';

/** What AppState is built from. */
export interface AppData {
  countries: CountriesFile;
  trips: readonly Trip[];
  avoided: readonly Avoided[];
  outcomes: readonly Outcome[];
  warrants: readonly Warrant[];
  obligations: readonly Obligation[];
  lesson: Lesson;
  /** The day the outcomes (the Court's decisions) were last checked. */
  outcomesAsOf: string;
  /** The day the trips were last checked. */
  tripsAsOf: string;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

export const APP_DATA: AppData = deepFreeze({
  countries: countries as unknown as CountriesFile,
  trips: trips.trips as unknown as Trip[],
  avoided: avoided.avoided as unknown as Avoided[],
  outcomes: outcomes.outcomes as unknown as Outcome[],
  warrants: warrants.warrants as unknown as Warrant[],
  obligations: obligations.obligations as unknown as Obligation[],
  lesson: lesson as unknown as Lesson,
  outcomesAsOf: outcomes.asOf,
  tripsAsOf: trips.asOf,
});
