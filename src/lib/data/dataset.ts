/**
 * The whole dataset: every data file validated on its own, then checked against the others
 * (every iso3 exists, trips fall between the warrant and the dataset's date, outcomes match a trip
 * to a State Party, every source has a publisher…). Any problem throws a DataError naming the file,
 * the record and the field.
 */
import { putinWarrant, SUBJECT } from './statute';
import { BordersFileSchema, type BordersFile } from './schema-borders.ts';
import {
  PublishersFileSchema,
  TerritoriesFileSchema,
  type CountriesFile,
  type Publisher,
  type Source,
  type Territory,
} from './schema.ts';
import {
  AvoidedFileSchema,
  ObligationsFileSchema,
  LessonFileSchema,
  type Lesson,
  OutcomesFileSchema,
  TripsFileSchema,
  WarrantsFileSchema,
  PrecedentsFileSchema,
  type Precedent,
  type Avoided,
  type Obligation,
  type Outcome,
  type Trip,
  type Warrant,
} from './schema-events.ts';
import { DATA_FILES, type DataFileName } from './files.ts';
import type { PrecedentOnMap } from './split-sources.ts';
import { checkLessonSteps, checkOutcomes, rec } from './links.ts';
import { checkLessonText } from './lesson-rules.ts';
import { checkSourcedRecord, type Sourced } from './record-rules.ts';
import { eachSource, indexPublishers, resolveSource } from './sources.ts';
import { statusOn } from './status.ts';
import { checkUnique, DataError, parseCountries, parseWith, type ListSpec } from './validate.ts';

export { DATA_FILES, type DataFileName } from './files.ts';

/** The dataset as the page gets it: the precedents without their long text (it comes with the sources). */
export type PageDataset = Omit<Dataset, 'precedents' | 'publishers'> & {
  precedents: readonly PrecedentOnMap[];
  /** In the sources' chunk on the page (only sources name them); here in tests' unsplit data. */
  publishers?: Dataset['publishers'];
};

export interface Dataset {
  countries: CountriesFile;
  /** Dependent territories the map draws, and whether the Statute applies there. */
  territories: readonly Territory[];
  /** Who speaks in the sources (without their domains: every source names its publisher). */
  publishers: readonly Omit<Publisher, 'domains'>[];
  warrants: readonly Warrant[];
  /** Other suspects' visits to States Parties, and arrests, with what the Court did. */
  precedents: readonly Precedent[];
  trips: readonly Trip[];
  avoided: readonly Avoided[];
  outcomes: readonly Outcome[];
  obligations: readonly Obligation[];
  lesson: Lesson;
  /** How borders are drawn (the dialog), and the rules the geometry build applied. */
  borders: BordersFile;
  /** The date the trips were last checked: nothing may happen after it. */
  asOf: string;
  /** The day the trips were last checked. */
  tripsAsOf: string;
  /** The day the outcomes (the Court's decisions) were last checked. */
  outcomesAsOf: string;
  /** The day the territories' records were last checked. */
  territoriesAsOf: string;
}

const SPEC = {
  territories: { list: 'territories', key: 'iso3' },
  publishers: { list: 'publishers', key: 'id' },
  countries: { list: 'countries', key: 'iso3' },
  warrants: { list: 'warrants', key: 'id' },
  trips: { list: 'trips', key: 'id' },
  avoided: { list: 'avoided', key: 'id' },
  outcomes: { list: 'outcomes', key: 'iso3' },
  obligations: { list: 'obligations', key: 'id' },
  lesson: { list: 'steps', key: 'id' },
  borders: { list: 'policy', key: 'id' },
  precedents: { list: 'visits', key: 'id' },
} satisfies Record<string, ListSpec>;

/** Validates every file and the links between them. */
/**
 * `translated`: the data's long texts are another language's (data/i18n/, translations.ts): the
 * checks that read the lesson's English words (lesson-rules.ts) ran on the English already.
 */
export function parseDataset(raw: Record<DataFileName, unknown>, translated = false): Dataset {
  const countries = parseCountries(raw.countries, DATA_FILES.countries);
  const publishers = parseWith(PublishersFileSchema, raw.publishers, DATA_FILES.publishers, SPEC.publishers);
  const territories = parseWith(
    TerritoriesFileSchema,
    raw.territories,
    DATA_FILES.territories,
    SPEC.territories,
  );
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
  const borders = parseWith(BordersFileSchema, raw.borders, DATA_FILES.borders, SPEC.borders);
  const precedents = parseWith(PrecedentsFileSchema, raw.precedents, DATA_FILES.precedents, SPEC.precedents);

  checkUnique(publishers.publishers, 'id', DATA_FILES.publishers, SPEC.publishers);
  checkUnique(territories.territories, 'iso3', DATA_FILES.territories, SPEC.territories);
  checkUnique(warrants.warrants, 'id', DATA_FILES.warrants, SPEC.warrants);
  checkUnique(trips.trips, 'id', DATA_FILES.trips, SPEC.trips);
  checkUnique(avoided.avoided, 'id', DATA_FILES.avoided, SPEC.avoided);
  checkUnique(obligations.obligations, 'id', DATA_FILES.obligations, SPEC.obligations);
  checkUnique(lesson.steps, 'id', DATA_FILES.lesson, SPEC.lesson);
  checkUnique(precedents.visits, 'id', DATA_FILES.precedents, SPEC.precedents);

  // Who speaks: every source gets its publisher written in (named, or found by its domain).
  const index = indexPublishers(publishers);
  const lists: [DataFileName, ListSpec, readonly object[]][] = [
    ['countries', SPEC.countries, countries.countries],
    ['territories', SPEC.territories, territories.territories],
    ['warrants', SPEC.warrants, warrants.warrants],
    ['trips', SPEC.trips, trips.trips],
    ['avoided', SPEC.avoided, avoided.avoided],
    ['outcomes', SPEC.outcomes, outcomes.outcomes],
    ['obligations', SPEC.obligations, obligations.obligations],
    ['lesson', SPEC.lesson, lesson.steps],
    ['precedents', SPEC.precedents, precedents.visits],
  ];
  for (const [file, spec, records] of lists) {
    records.forEach((r, i) => {
      const name = rec(i, spec.key, String((r as Record<string, unknown>)[spec.key]));
      eachSource(r, (s: Source & { copyAt?: string }, path) => {
        const found = resolveSource(s, index);
        if (typeof found === 'string') throw new DataError(DATA_FILES[file], name, `${path}.url`, found);
        s.publisher = found.publisher.id;
        if (found.copyAt) s.copyAt = found.copyAt;
      });
      if ('confidence' in r) checkSourcedRecord(r as Sourced, DATA_FILES[file], name);
    });
  }

  const byIso = new Map(countries.countries.map((c) => [c.iso3, c]));
  territories.territories.forEach((t, i) => {
    const fail = (field: string, detail: string): never => {
      throw new DataError(DATA_FILES.territories, rec(i, 'iso3', t.iso3), field, detail);
    };
    if (byIso.has(t.iso3)) fail('iso3', `"${t.iso3}" has a record of its own in ${DATA_FILES.countries}`);
    const state = byIso.get(t.state) ?? fail('state', `"${t.state}" is not in ${DATA_FILES.countries}`);
    if (t.coverage !== 'unknown' && t.sources.length === 0)
      fail('sources', `coverage "${t.coverage}" needs the source that says so`);
    if (t.from && t.coverage !== 'state')
      fail('from', 'a date the Statute began to apply needs coverage "state"');
    if (t.from && !(state.entryIntoForce && t.from >= state.entryIntoForce))
      fail('from', `${t.from} is before the Statute entered into force for ${state.iso3}`);
  });

  const asOf = trips.asOf;
  const putin = putinWarrant(warrants.warrants);
  if (!putin)
    throw new DataError(DATA_FILES.warrants, 'top level', 'warrants', 'no warrant for Vladimir Putin');
  const warrantDate = putin.issued;
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

  // Every person a trip or a visit names has a warrant; their first warrant dates their visits.
  const firstWarrant = new Map<string, string>();
  for (const w of warrants.warrants)
    if (!firstWarrant.has(w.personId) || w.issued < firstWarrant.get(w.personId)!)
      firstWarrant.set(w.personId, w.issued);
  const personOf = (file: string, name: string, person: string): string =>
    firstWarrant.get(person) ??
    (() => {
      throw new DataError(
        file,
        name,
        'person',
        `"${person}" has no warrant in ${DATA_FILES.warrants} (personId)`,
      );
    })();

  trips.trips.forEach((t, i) => {
    const name = rec(i, 'id', t.id);
    personOf(DATA_FILES.trips, name, t.person);
    // The routes are his: another person's visits are precedents, drawn as their own symbol.
    if (t.person !== SUBJECT)
      throw new DataError(
        DATA_FILES.trips,
        name,
        'person',
        `"${t.person}" is not the map's subject ("${SUBJECT}"): another person's visits go in ${DATA_FILES.precedents}`,
      );
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

  precedents.visits.forEach((p, i) => {
    const name = rec(i, 'id', p.id);
    const fail = (field: string, detail: string): never => {
      throw new DataError(DATA_FILES.precedents, name, field, detail);
    };
    const since = personOf(DATA_FILES.precedents, name, p.person);
    if (!byIso.has(p.iso3)) fail('iso3', `"${p.iso3}" is not in ${DATA_FILES.countries}`);
    if (p.end < p.start) fail('end', `${p.end} is before start ${p.start}`);
    if (p.start < since) fail('start', `${p.start} is before ${p.person}'s first warrant of ${since}`);
    if (p.end > precedents.asOf) fail('end', `${p.end} is after the file's asOf date ${precedents.asOf}`);
    // A visit not ended by an arrest is a precedent only where the host had to arrest: a State Party.
    if (p.outcome === 'not arrested' && statusOn(byIso.get(p.iso3)!, p.start) !== 'party')
      fail('iso3', `${p.iso3} was not a State Party on ${p.start}`);
    p.decisions.forEach((d, j) => {
      if (d.date < p.start)
        fail(`decisions[${j}].date`, `${d.date} is before the visit it decides on (${p.start})`);
      if (d.date > precedents.asOf)
        fail(`decisions[${j}].date`, `${d.date} is after the file's asOf date ${precedents.asOf}`);
      if (d.kind === 'finding' && d.referral === 'not applicable')
        fail(`decisions[${j}].referral`, 'a finding says whether it referred the matter ("none" if not)');
      if (j > 0 && d.date < p.decisions[j - 1].date)
        fail(`decisions[${j}].date`, `${d.date} is before the decision listed before it`);
    });
  });

  const links = { byIso, trips: trips.trips, warrantDate, asOf };
  checkOutcomes(outcomes.outcomes, links);
  checkLessonSteps(lesson.steps, links);
  if (!translated)
    checkLessonText(lesson.steps, {
      byIso,
      trips: trips.trips,
      records: [
        countries.countries,
        territories.territories,
        warrants.warrants,
        trips.trips,
        avoided.avoided,
        outcomes.outcomes,
        precedents.visits,
      ],
    });

  return {
    lesson,
    borders,
    countries,
    territories: territories.territories,
    publishers: publishers.publishers.map((p) => ({
      id: p.id,
      name: p.name,
      short: p.short,
      kind: p.kind,
      about: p.about,
    })),
    warrants: warrants.warrants,
    precedents: precedents.visits,
    trips: trips.trips,
    avoided: avoided.avoided,
    outcomes: outcomes.outcomes,
    obligations: obligations.obligations,
    asOf,
    tripsAsOf: trips.asOf,
    outcomesAsOf: outcomes.asOf,
    territoriesAsOf: territories.asOf,
  };
}

/** Every area the map draws (iso3 of its shapes) has a record: a country or a territory. */
export function checkDrawnAreas(data: Dataset, drawn: Iterable<string>, geometryFile: string): void {
  const known = new Set([
    ...data.countries.countries.map((c) => c.iso3),
    ...data.territories.map((t) => t.iso3),
  ]);
  const missing = [...drawn].filter((iso3) => !known.has(iso3)).sort();
  if (missing.length)
    throw new DataError(
      DATA_FILES.territories,
      'top level',
      'territories',
      `${geometryFile} draws ${missing.join(', ')}, which have no record here or in ${DATA_FILES.countries}`,
    );
  const drawnSet = new Set(drawn);
  data.territories.forEach((t, i) => {
    if (!drawnSet.has(t.iso3))
      throw new DataError(
        DATA_FILES.territories,
        rec(i, 'iso3', t.iso3),
        'iso3',
        `"${t.iso3}" is not an area ${geometryFile} draws`,
      );
  });
}
