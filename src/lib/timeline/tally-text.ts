/** The tally as one sentence, for screen readers (Tally.svelte shows the same, styled). */
import type { AppState } from '../state/app-state.svelte';
import { formatDate, plural } from '../data/format';

export function tallyText(app: AppState): string {
  const t = app.tally;
  if (app.time.date < app.time.warrantDate)
    return `Before the arrest warrant (${formatDate(app.time.warrantDate)}).`;
  return `${plural(t.trips, 'trip', 'trips')} since the warrant, ${t.toStatesParties} to States Parties, ${plural(t.arrests, 'arrest', 'arrests')}.`;
}
