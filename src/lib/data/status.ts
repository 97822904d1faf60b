/** Rome Statute status on a given day, derived from a country's dates (never stored). */
import type { Country } from './schema.ts';

/**
 * The classes the map shades. `pending` is a state that has deposited its instrument but for which
 * the Statute is not yet in force (Art. 126(2)); `notCovered` is an area the dataset has no record for.
 */
export type Status =
  'party' | 'pending' | 'signatory' | 'withdrawn' | 'signatureWithdrawn' | 'nonSignatory' | 'notCovered';

/** Legend order: from most to least bound by the Statute. */
export const STATUS_ORDER: readonly Status[] = [
  'party',
  'pending',
  'signatory',
  'withdrawn',
  'signatureWithdrawn',
  'nonSignatory',
  'notCovered',
];

export const STATUS_LABEL: Readonly<Record<Status, string>> = {
  party: 'State Party',
  pending: 'Joined, not yet in force',
  signatory: 'Signed, not ratified',
  withdrawn: 'Withdrew from the Statute',
  signatureWithdrawn: 'Withdrew its signature',
  nonSignatory: 'Never signed',
  notCovered: 'Territory not covered',
};

/** Status of one country on `date` (YYYY-MM-DD); ISO date strings compare correctly as text. */
export function statusOn(c: Country, date: string): Status {
  if (c.withdrawalEffective && date >= c.withdrawalEffective) return 'withdrawn';
  if (c.entryIntoForce && date >= c.entryIntoForce) return 'party';
  if (c.ratified && date >= c.ratified) return 'pending';
  if (c.signatureWithdrawn && date >= c.signatureWithdrawn) return 'signatureWithdrawn';
  if (c.signed && date >= c.signed) return 'signatory';
  return 'nonSignatory';
}

/** Every country's status on `date`, keyed by iso3. */
export function statusesOn(countries: readonly Country[], date: string): ReadonlyMap<string, Status> {
  return new Map(countries.map((c) => [c.iso3, statusOn(c, date)]));
}

/** How many countries fall in each class on that date. */
export function countByStatus(statuses: ReadonlyMap<string, Status>): Record<Status, number> {
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<Status, number>;
  for (const s of statuses.values()) counts[s] += 1;
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
