/** The treaty facts a panel or table shows for one country, derived from its record. */
import { formatDate } from './format.ts';
import { LAST_DAY_TO_SIGN, pendingWithdrawal, STATUS_LABEL, statusOn, type Status } from './status.ts';
import { t } from '../i18n/current.ts';

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
  if (c.signed) facts.push({ label: t.panel.factSigned, date: c.signed, field: 'signed' });
  if (c.signedDateUnknown)
    facts.push({
      label: t.panel.factSigned,
      date: LAST_DAY_TO_SIGN,
      field: 'signed',
      text: t.panel.signedBy(formatDate(LAST_DAY_TO_SIGN)),
    });
  if (c.ratified)
    facts.push({
      label: t.panel.instrument[c.ratificationType ?? 'unknown'],
      date: c.ratified,
      field: 'ratified',
    });
  if (c.entryIntoForce) {
    facts.push({
      label: c.entryIntoForceLatestPossible ? t.panel.factInForceLatest : t.panel.factInForce,
      date: c.entryIntoForce,
      field: 'entryIntoForce',
    });
  }
  if (c.signatureWithdrawn)
    facts.push({
      label: t.panel.factSignatureWithdrawn,
      date: c.signatureWithdrawn,
      field: 'signatureWithdrawn',
    });
  if (c.withdrawalNotified)
    facts.push({
      label: t.panel.factWithdrawalNotified,
      date: c.withdrawalNotified,
      field: 'withdrawalNotified',
    });
  if (c.withdrawalEffective)
    facts.push({
      label: t.panel.factWithdrawalEffective,
      date: c.withdrawalEffective,
      field: 'withdrawalEffective',
    });
  for (const d of c.declarations12_3)
    facts.push({
      label: t.panel.factDeclaration,
      date: d.date,
      field: 'declarations12_3',
    });
  for (const a of c.announcements)
    facts.push({ label: t.panel.factAnnounced, date: a.date, field: 'announcements' });
  return facts.sort((a, b) => a.date.localeCompare(b.date));
}

/** One sentence on the status on `date`, e.g. "State Party since 1 May 2003." */
export function statusSentence(c: Country, date: string): string {
  const s: Status = statusOn(c, date);
  const leaving = pendingWithdrawal(c, date);
  switch (s) {
    case 'party':
      return leaving
        ? t.panel.partyLeavingSince(formatDate(c.entryIntoForce!), formatDate(leaving))
        : t.panel.partySince(formatDate(c.entryIntoForce!), !!c.entryIntoForceLatestPossible);
    case 'pending':
      return t.panel.pendingSince(formatDate(c.ratified!), formatDate(c.entryIntoForce!));
    case 'signatory':
      return c.signed ? t.panel.signedOn(formatDate(c.signed)) : t.panel.signedNoDate;
    case 'withdrawn':
      return t.panel.withdrawnOn(formatDate(c.withdrawalEffective!));
    case 'signatureWithdrawn':
      return t.panel.signatureWithdrawnOn(formatDate(c.signatureWithdrawn!));
    default:
      return t.panel.notSigned(STATUS_LABEL[s]);
  }
}
