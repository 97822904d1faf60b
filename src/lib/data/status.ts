/** Rome Statute status on a given day, derived from a country's dates (never stored). */
import type { Country, Territory } from './schema.ts';
import { t } from '../i18n/current.ts';

/**
 * The classes the map shades. `pending` is a state that has deposited its instrument but for which
 * the Statute is not yet in force (Art. 126(2)); `excluded` is a dependent territory that a declaration of
 * its state leaves outside the Statute; `notCovered` is an area the dataset has no record for.
 */
export type Status =
  | 'party'
  | 'pending'
  | 'signatory'
  | 'withdrawn'
  | 'signatureWithdrawn'
  | 'nonSignatory'
  | 'excluded'
  | 'notCovered';

/** Legend order: from most to least bound by the Statute. */
export const STATUS_ORDER: readonly Status[] = [
  'party',
  'pending',
  'signatory',
  'withdrawn',
  'signatureWithdrawn',
  'nonSignatory',
  'excluded',
  'notCovered',
];

/**
 * Each class's label in the page's language (t.map.status), read when used: the same object stays
 * valid whichever language the messages are in.
 */
export const STATUS_LABEL: Readonly<Record<Status, string>> = Object.freeze(
  Object.defineProperties(
    {} as Record<Status, string>,
    Object.fromEntries(STATUS_ORDER.map((s) => [s, { enumerable: true, get: () => t.map.status[s] }])),
  ),
);

/** The Statute was open for signature until 31 December 2000 (Art. 125(1)). */
export const LAST_DAY_TO_SIGN = '2000-12-31';

/** Status of one country on `date` (YYYY-MM-DD); ISO date strings compare correctly as text. */
export function statusOn(c: Country, date: string): Status {
  if (c.withdrawalEffective && date >= c.withdrawalEffective) return 'withdrawn';
  if (c.entryIntoForce && date >= c.entryIntoForce) return 'party';
  if (c.ratified && date >= c.ratified) return 'pending';
  if (c.signatureWithdrawn && date >= c.signatureWithdrawn) return 'signatureWithdrawn';
  if ((c.signed && date >= c.signed) || (c.signedDateUnknown && date >= LAST_DAY_TO_SIGN)) return 'signatory';
  return 'nonSignatory';
}

/**
 * A dependent territory's status on `date`: its state's, from the day the Statute applies there;
 * "excluded" while a declaration leaves it out; "notCovered" when no record was found.
 */
export function territoryStatusOn(t: Territory, state: Country | undefined, date: string): Status {
  if (t.coverage === 'unknown' || !state) return 'notCovered';
  if (
    t.coverage === 'excluded' ||
    (t.from && date < t.from && state.entryIntoForce && date >= state.entryIntoForce)
  )
    return 'excluded';
  return statusOn(state, date);
}

/** Every country's (and territory's) status on `date`, keyed by iso3. */
export function statusesOn(
  countries: readonly Country[],
  date: string,
  territories: readonly Territory[] = [],
): ReadonlyMap<string, Status> {
  const map = new Map(countries.map((c) => [c.iso3, statusOn(c, date)]));
  if (territories.length) {
    const byIso = new Map(countries.map((c) => [c.iso3, c]));
    for (const t of territories) map.set(t.iso3, territoryStatusOn(t, byIso.get(t.state), date));
  }
  return map;
}

/** How many countries fall in each class on that date (`only`: count just these iso3, e.g. the countries, not territories). */
export function countByStatus(
  statuses: ReadonlyMap<string, Status>,
  only?: { has(iso3: string): boolean },
): Record<Status, number> {
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<Status, number>;
  for (const [iso3, s] of statuses) if (!only || only.has(iso3)) counts[s] += 1;
  return counts;
}

/** A withdrawal notified but not yet in effect on `date`: still a State Party, leaving on that day. */
export function pendingWithdrawal(c: Country, date: string): string | null {
  return c.withdrawalNotified &&
    date >= c.withdrawalNotified &&
    c.withdrawalEffective &&
    date < c.withdrawalEffective
    ? c.withdrawalEffective
    : null;
}
