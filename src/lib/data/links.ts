/**
 * Rules that tie outcomes and lesson steps to the trips and countries they name: an outcome needs
 * the trip it is about, inside its stay; a lesson step shows a trip that exists, in its own country,
 * on a date when it had happened.
 */
import type { Country } from './schema.ts';
import type { LessonStep, Outcome, Trip } from './schema-events.ts';
import { DATA_FILES } from './files.ts';
import { statusOn } from './status.ts';
import { DataError } from './validate.ts';

/** What the cross-file rules look up. */
export interface Links {
  byIso: ReadonlyMap<string, Country>;
  trips: readonly Trip[];
  /** The first arrest warrant for Vladimir Putin. */
  warrantDate: string;
  asOf: string;
}

/** How a record is named in messages: `record 3 (id "…")`. */
export const rec = (i: number, key: string, id: string) => `record ${i} (${key} "${id}")`;

/** Each outcome: a known State Party, a trip that covers its stay, dates up to the dataset's date. */
export function checkOutcomes(outcomes: readonly Outcome[], { byIso, trips, warrantDate, asOf }: Links) {
  const seen = new Set<string>();
  outcomes.forEach((o, i) => {
    const fail = (field: string, detail: string): never => {
      throw new DataError(DATA_FILES.outcomes, rec(i, 'iso3', o.iso3), field, detail);
    };
    const notLater = (date: string, field: string) => {
      if (date > asOf) fail(field, `${date} is after the dataset's asOf date ${asOf}`);
    };
    const c = byIso.get(o.iso3) ?? fail('iso3', `"${o.iso3}" is not in ${DATA_FILES.countries}`);
    if (seen.has(`${o.iso3}/${o.visit}`)) fail('visit', `a second outcome for ${o.iso3} on ${o.visit}`);
    seen.add(`${o.iso3}/${o.visit}`);
    const trip =
      trips.find((t) => t.iso3 === o.iso3 && t.start <= o.visit && o.visit <= t.end) ??
      fail('visit', `no trip to ${o.iso3} covers ${o.visit} in ${DATA_FILES.trips}`);
    if (o.visitEnd < o.visitStart) fail('visitEnd', `${o.visitEnd} is before visitStart ${o.visitStart}`);
    if (o.visit < o.visitStart || o.visit > o.visitEnd)
      fail('visit', `${o.visit} is not between visitStart ${o.visitStart} and visitEnd ${o.visitEnd}`);
    if (o.visitStart < trip.start)
      fail('visitStart', `${o.visitStart} is before trip "${trip.id}" starts on ${trip.start}`);
    if (o.visitEnd > trip.end)
      fail('visitEnd', `${o.visitEnd} is after trip "${trip.id}" ends on ${trip.end}`);
    if (statusOn(c, o.visit) !== 'party') fail('iso3', `${o.iso3} was not a State Party on ${o.visit}`);
    o.court.forEach((d, j) => {
      if (d.date < warrantDate)
        fail(`court.${j}.date`, `${d.date} is before the arrest warrant of ${warrantDate}`);
      notLater(d.date, `court.${j}.date`);
    });
    o.reactions.forEach((r, j) => notLater(r.date, `reactions.${j}.date`));
    if (o.courtStatus === 'finding' && o.court.length === 0)
      fail('court', 'courtStatus "finding" needs the decision');
  });
}

/** Each lesson step names only countries and trips that exist, and no date after the dataset's. */
export function checkLessonSteps(steps: readonly LessonStep[], { byIso, trips, asOf }: Links) {
  steps.forEach((s, i) => {
    const fail = (field: string, detail: string) => {
      throw new DataError(DATA_FILES.lesson, rec(i, 'id', s.id), field, detail);
    };
    if (s.country && !byIso.has(s.country))
      fail('country', `"${s.country}" is not in ${DATA_FILES.countries}`);
    const trip = s.trip ? trips.find((t) => t.id === s.trip) : undefined;
    if (s.trip && !trip) fail('trip', `"${s.trip}" is not in ${DATA_FILES.trips}`);
    if (trip && s.country && trip.iso3 !== s.country)
      fail('trip', `"${trip.id}" went to ${trip.iso3}, not to the step's country ${s.country}`);
    if (trip && s.date && s.date < trip.start)
      fail('date', `${s.date} is before trip "${trip.id}" starts on ${trip.start}`);
    if (s.date && s.date > asOf) fail('date', `${s.date} is after the dataset's asOf date ${asOf}`);
    if (!!s.predict !== !!s.reveal)
      fail(s.predict ? 'reveal' : 'predict', 'a prediction step needs both a question and its answer');
  });
}
