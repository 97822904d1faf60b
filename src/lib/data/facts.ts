/** The treaty facts a panel or table shows for one country, derived from its record. */
import { formatDate } from './format.ts';
import { LAST_DAY_TO_SIGN, pendingWithdrawal, STATUS_LABEL, statusOn, type Status } from './status.ts';

/** What the deposited instrument is called. */
const INSTRUMENT_LABEL = {
  ratification: 'Ratified',
  accession: 'Acceded',
  succession: 'Party by succession',
  unknown: 'Ratified or acceded',
} as const;

/** The fields a status on a day rests on: their uncertainty is the status's. */
export const STATUS_FIELDS: Readonly<Record<Status, readonly (keyof Country)[]>> = {
  party: ['entryIntoForce', 'ratified', 'withdrawalEffective'],
  pending: ['ratified', 'entryIntoForce'],
  signatory: ['signed'],
  withdrawn: ['withdrawalEffective', 'withdrawalNotified'],
  signatureWithdrawn: ['signatureWithdrawn'],
  nonSignatory: ['signed', 'ratified'],
  excluded: [],
  notCovered: [],
};
import type { Country } from './schema.ts';

export interface Fact {
  label: string;
  date: string;
  /** The record's field the fact comes from (so an uncertain fact carries its flag). */
  field: keyof Country;
  /** Shown instead of the date when only the latest possible day is known. */
  text?: string;
}

/** Treaty events in time order, each with a label a reader understands. */
export function treatyFacts(c: Country): Fact[] {
  const facts: Fact[] = [];
  if (c.signed) facts.push({ label: 'Signed', date: c.signed, field: 'signed' });
  if (c.signedDateUnknown)
    facts.push({
      label: 'Signed',
      date: LAST_DAY_TO_SIGN,
      field: 'signed',
      text: `by ${formatDate(LAST_DAY_TO_SIGN)} (the day was not found)`,
    });
  if (c.ratified)
    facts.push({
      label: INSTRUMENT_LABEL[c.ratificationType ?? 'unknown'],
      date: c.ratified,
      field: 'ratified',
    });
  if (c.entryIntoForce) {
    facts.push({
      label: c.entryIntoForceLatestPossible ? 'In force for it, at the latest' : 'In force for it',
      date: c.entryIntoForce,
      field: 'entryIntoForce',
    });
  }
  if (c.signatureWithdrawn)
    facts.push({ label: 'Withdrew its signature', date: c.signatureWithdrawn, field: 'signatureWithdrawn' });
  if (c.withdrawalNotified)
    facts.push({ label: 'Notified its withdrawal', date: c.withdrawalNotified, field: 'withdrawalNotified' });
  if (c.withdrawalEffective)
    facts.push({
      label: 'Withdrawal took effect',
      date: c.withdrawalEffective,
      field: 'withdrawalEffective',
    });
  for (const d of c.declarations12_3)
    facts.push({
      label: 'Accepted the Court’s jurisdiction (Art. 12(3))',
      date: d.date,
      field: 'declarations12_3',
    });
  for (const a of c.announcements)
    facts.push({ label: 'Announced a withdrawal (not notified)', date: a.date, field: 'announcements' });
  return facts.sort((a, b) => a.date.localeCompare(b.date));
}

/** One sentence on the status on `date`, e.g. "State Party since 1 May 2003." */
export function statusSentence(c: Country, date: string): string {
  const s: Status = statusOn(c, date);
  const leaving = pendingWithdrawal(c, date);
  switch (s) {
    case 'party':
      return leaving
        ? `State Party since ${formatDate(c.entryIntoForce!)}; its withdrawal takes effect on ${formatDate(leaving)}.`
        : `State Party since ${formatDate(c.entryIntoForce!)}${c.entryIntoForceLatestPossible ? ' at the latest' : ''}.`;
    case 'pending':
      return `Joined on ${formatDate(c.ratified!)}; the Statute enters into force for it on ${formatDate(c.entryIntoForce!)}.`;
    case 'signatory':
      return c.signed ? `Signed on ${formatDate(c.signed)}, not ratified.` : 'Signed, not ratified.';
    case 'withdrawn':
      return `Was a State Party; its withdrawal took effect on ${formatDate(c.withdrawalEffective!)}.`;
    case 'signatureWithdrawn':
      return `Signed, then said on ${formatDate(c.signatureWithdrawn!)} that it does not intend to become a party.`;
    default:
      return `${STATUS_LABEL[s]}: it has not signed the Rome Statute.`;
  }
}
