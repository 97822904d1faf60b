/** What a dependent territory's record means on a day, in one line a reader understands. */
import { formatDate } from './format.ts';
import { nameIn } from './obligations.ts';
import type { Country, Territory } from './schema.ts';
import { STATUS_LABEL, statusOn } from './status.ts';

/** "Covered by France's ratification.", "Left out of Denmark's ratification until 1 October 2004.", … */
export function territoryLine(t: Territory, state: Country | undefined, date: string): string {
  if (!state || t.coverage === 'unknown')
    return `No record was found of whether the Statute applies here${state ? ` (a territory of ${nameIn(state)})` : ''}.`;
  const of = `${nameIn(state)}’s`;
  if (t.coverage === 'excluded') return `Left out of ${of} ratification.`;
  const s = statusOn(state, date);
  if (t.from && date < t.from && (s === 'party' || s === 'pending'))
    return `Left out of ${of} ratification until ${formatDate(t.from)}.`;
  if (s === 'party') return `Covered by ${of} ratification.`;
  if (s === 'pending') return `${of[0].toUpperCase()}${of.slice(1)} ratification, once in force, covers it.`;
  return `A territory of ${nameIn(state)}: ${STATUS_LABEL[s].toLowerCase()}, not a party.`;
}
