/** What a dependent territory's record means on a day, in one line a reader understands. */
import { formatDate } from './format.ts';
import { nameIn } from './obligations.ts';
import type { Country, Territory } from './schema.ts';
import { STATUS_LABEL, statusOn } from './status.ts';
import { t } from '../i18n/current.ts';

/** "Covered by France's ratification.", "Left out of Denmark's ratification until 1 October 2004.", … */
export function territoryLine(area: Territory, state: Country | undefined, date: string): string {
  if (!state || area.coverage === 'unknown')
    return state ? t.map.territoryNoRecordOf(nameIn(state)) : t.map.territoryNoRecord;
  if (area.coverage === 'excluded') return t.map.territoryExcluded(nameIn(state));
  const s = statusOn(state, date);
  if (area.from && date < area.from && (s === 'party' || s === 'pending'))
    return t.map.territoryExcludedUntil(nameIn(state), formatDate(area.from));
  if (s === 'party') return t.map.territoryCovered(nameIn(state));
  if (s === 'pending') return t.map.territoryPending(nameIn(state, true));
  return t.map.territoryNotParty(nameIn(state), STATUS_LABEL[s].toLowerCase());
}
