/** The tally as one sentence, for screen readers (Tally.svelte shows the same, styled). */
import type { AppState } from '../state/app-state.svelte';
import { formatDate } from '../data/format';
import { t } from '../i18n/current';
import { num } from '../i18n/plural';

export function tallyText(app: AppState): string {
  const tally = app.tally;
  if (app.time.date < app.time.warrantDate) return t.timeline.tallyBefore(formatDate(app.time.warrantDate));
  return t.timeline.tally(
    t.timeline.trips(tally.trips),
    num(tally.toStatesParties),
    t.timeline.arrests(tally.arrests),
  );
}
