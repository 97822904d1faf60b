/** The treaty facts a panel or table shows for one country, derived from its record. */
import { formatDate } from './format.ts';
import { pendingWithdrawal, STATUS_LABEL, statusOn, type Status } from './status.ts';
import type { Country } from './schema.ts';

export interface Fact {
  label: string;
  date: string;
}

/** Treaty events in time order, each with a label a reader understands. */
export function treatyFacts(c: Country): Fact[] {
  const facts: Fact[] = [];
  if (c.signed) facts.push({ label: 'Signed', date: c.signed });
  if (c.ratified)
    facts.push({ label: c.ratificationType === 'accession' ? 'Acceded' : 'Ratified', date: c.ratified });
  if (c.entryIntoForce) {
    facts.push({
      label: c.entryIntoForceLatestPossible ? 'In force for it, at the latest' : 'In force for it',
      date: c.entryIntoForce,
    });
  }
  if (c.signatureWithdrawn) facts.push({ label: 'Withdrew its signature', date: c.signatureWithdrawn });
  if (c.withdrawalNotified) facts.push({ label: 'Notified its withdrawal', date: c.withdrawalNotified });
  if (c.withdrawalEffective) facts.push({ label: 'Withdrawal took effect', date: c.withdrawalEffective });
  for (const d of c.declarations12_3)
    facts.push({ label: 'Accepted the Court’s jurisdiction (Art. 12(3))', date: d.date });
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
        : `State Party since ${c.entryIntoForceLatestPossible ? 'at least ' : ''}${formatDate(c.entryIntoForce!)}.`;
    case 'pending':
      return `Joined on ${formatDate(c.ratified!)}; the Statute enters into force for it on ${formatDate(c.entryIntoForce!)}.`;
    case 'signatory':
      return `Signed on ${formatDate(c.signed!)}, not ratified.`;
    case 'withdrawn':
      return `Was a State Party; its withdrawal took effect on ${formatDate(c.withdrawalEffective!)}.`;
    case 'signatureWithdrawn':
      return `Signed, then withdrew its signature on ${formatDate(c.signatureWithdrawn!)}.`;
    default:
      return `${STATUS_LABEL[s]}: it has not signed the Rome Statute.`;
  }
}
