/**
 * The whole dataset: every data file validated on its own, then checked against the others
 * (every iso3 exists, trips fall between the warrant and the dataset's date, outcomes match a trip
 * to a State Party…). Any problem throws a DataError naming the file, the record and the field.
 */
import type { CountriesFile } from './schema.ts';
import {
  AvoidedFileSchema,
  ObligationsFileSchema,
  LessonFileSchema,
  type Lesson,
  OutcomesFileSchema,
  TripsFileSchema,
  WarrantsFileSchema,
  type Avoided,
  type Obligation,
  type Outcome,
  type Trip,
  type Warrant,
} from './schema-events.ts';
import { DATA_FILES, type DataFileName } from './files.ts';
import { checkLessonSteps, checkOutcomes, rec } from './links.ts';
import { statusOn } from './status.ts';
import { checkUnique, DataError, parseCountries, parseWith, type ListSpec } from './validate.ts';

export { DATA_FILES, type DataFileName } from './files.ts';

export interface Dataset {
  countries: CountriesFile;
  warrants: readonly Warrant[];
  trips: readonly Trip[];
  avoided: readonly Avoided[];
  outcomes: readonly Outcome[];
  obligations: readonly Obligation[];
  lesson: Lesson;
  /** The date the trips were last checked: nothing may happen after it. */
  asOf: string;
}

const SPEC = {
  warrants: { list: 'warrants', key: 'id' },
  trips: { list: 'trips', key: 'id' },
  avoided: { list: 'avoided', key: 'id' },
  outcomes: { list: 'outcomes', key: 'iso3' },
  obligations: { list: 'obligations', key: 'id' },
  lesson: { list: 'steps', key: 'id' },
} satisfies Record<string, ListSpec>;

/** Validates every file and the links between them. */
export function parseDataset(raw: Record<DataFileName, unknown>): Dataset {
  const countries = parseCountries(raw.countries, DATA_FILES.countries);
  const warrants = parseWith(WarrantsFileSchema, raw.warrants, DATA_FILES.warrants, SPEC.warrants);
  const trips = parseWith(TripsFileSchema, raw.trips, DATA_FILES.trips, SPEC.trips);
  const avoided = parseWith(AvoidedFileSchema, raw.avoided, DATA_FILES.avoided, SPEC.avoided);
  const outcomes = parseWith(OutcomesFileSchema, raw.outcomes, DATA_FILES.outcomes, SPEC.outcomes);
  const obligations = parseWith(
    ObligationsFileSchema,
    raw.obligations,
    DATA_FILES.obligations,
    SPEC.obligations,
  );
  const lesson = parseWith(LessonFileSchema, raw.lesson, DATA_FILES.lesson, SPEC.lesson);

  checkUnique(warrants.warrants, 'id', DATA_FILES.warrants, SPEC.warrants);
  checkUnique(trips.trips, 'id', DATA_FILES.trips, SPEC.trips);
  checkUnique(avoided.avoided, 'id', DATA_FILES.avoided, SPEC.avoided);
  checkUnique(obligations.obligations, 'id', DATA_FILES.obligations, SPEC.obligations);
  checkUnique(lesson.steps, 'id', DATA_FILES.lesson, SPEC.lesson);

  const byIso = new Map(countries.countries.map((c) => [c.iso3, c]));
  const asOf = trips.asOf;
  const putin = warrants.warrants.filter((w) => /Putin/.test(w.person));
  if (putin.length === 0)
    throw new DataError(DATA_FILES.warrants, 'top level', 'warrants', 'no warrant for Vladimir Putin');
  const warrantDate = putin.map((w) => w.issued).sort()[0];
  warrants.warrants.forEach((w, i) => {
    if (w.issued > asOf)
      throw new DataError(
        DATA_FILES.warrants,
        rec(i, 'id', w.id),
        'issued',
        `${w.issued} is after the dataset's asOf date ${asOf}`,
      );
  });

  /** Checks that apply to trips and avoided visits alike. */
  const checkEvent = (file: string, e: Trip | Avoided, name: string) => {
    const fail = (field: string, detail: string) => {
      throw new DataError(file, name, field, detail);
    };
    if (!byIso.has(e.iso3)) fail('iso3', `"${e.iso3}" is not in ${DATA_FILES.countries}`);
    if (e.end < e.start) fail('end', `${e.end} is before start ${e.start}`);
    if (e.start < warrantDate) fail('start', `${e.start} is before the arrest warrant of ${warrantDate}`);
    if (e.end > asOf) fail('end', `${e.end} is after the dataset's asOf date ${asOf}`);
  };

  trips.trips.forEach((t, i) => {
    const name = rec(i, 'id', t.id);
    checkEvent(DATA_FILES.trips, t, name);
    if (t.occupiedUkraine && t.iso3 !== 'UKR') {
      throw new DataError(DATA_FILES.trips, name, 'iso3', 'a visit to occupied Ukraine must have iso3 "UKR"');
    }
  });

  avoided.avoided.forEach((a, i) => {
    const name = rec(i, 'id', a.id);
    checkEvent(DATA_FILES.avoided, a, name);
    if (statusOn(byIso.get(a.iso3)!, a.start) !== 'party') {
      throw new DataError(DATA_FILES.avoided, name, 'iso3', `${a.iso3} was not a State Party on ${a.start}`);
    }
  });

  const links = { byIso, trips: trips.trips, warrantDate, asOf };
  checkOutcomes(outcomes.outcomes, links);
  checkLessonSteps(lesson.steps, links);

  return {
    lesson,
    countries,
    warrants: warrants.warrants,
    trips: trips.trips,
    avoided: avoided.avoided,
    outcomes: outcomes.outcomes,
    obligations: obligations.obligations,
    asOf,
  };
}
