/**
 * What the map says aloud when the keyboard walks it: one sentence per country or stop, for the
 * map's live region ("Mongolia — State Party since 1 December 2002 — visited 2–3 September 2024, not
 * arrested — Enter for details"). Facts as of the map's date, from the same data as the panel.
 */
import type { AppState } from './app-state.svelte';
import type { Stop } from '../data/trips';
import type { Avoided } from '../data/schema-events';
import { statusSentence } from '../data/facts';
import { STATUS_LABEL } from '../data/status';
import { formatRange } from '../data/format';

/** Whether he was arrested on this visit (the outcomes record it; none so far). */
function arrested(app: AppState, s: Stop): boolean {
  return app.data.outcomes.some(
    (o) => o.iso3 === s.trip.iso3 && o.visitStart <= s.trip.end && o.visitEnd >= s.trip.start && o.arrested,
  );
}

/** "a State Party that day, not arrested" for a visit to a State Party; nothing otherwise. */
function onArrest(app: AppState, s: Stop): string {
  if (s.host !== 'party') return '';
  return arrested(app, s) ? ', arrested' : ', not arrested';
}

export function nameOf(app: AppState, iso3: string): string {
  return app.byIso.get(iso3)?.name ?? app.territoryByIso.get(iso3)?.name ?? iso3;
}

/** The focused country: its status on the date, his visits there by the date, the summits he stayed away from. */
export function describeCountry(app: AppState, iso3: string): string {
  const date = app.time.date;
  const c = app.byIso.get(iso3);
  const status = c ? statusSentence(c, date).replace(/\.$/, '') : STATUS_LABEL[app.statusOf(iso3)];
  const here = app.stops.filter((s) => s.trip.iso3 === iso3 && s.trip.start <= date);
  const parts = [nameOf(app, iso3), status];
  const said = [
    [here.filter((s) => !s.trip.occupiedUkraine), 'visited'],
    [here.filter((s) => s.trip.occupiedUkraine), 'went to the areas Russia occupies'],
  ] as const;
  for (const [visits, verb] of said) {
    const last = visits.at(-1);
    if (last && visits.length > 2)
      parts.push(
        `${verb} ${visits.length} times, most recently ${formatRange(last.trip.start, last.trip.end)}`,
      );
    else
      for (const s of visits)
        parts.push(`${verb} ${formatRange(s.trip.start, s.trip.end)}${onArrest(app, s)}`);
  }
  for (const a of app.data.avoided.filter((x) => x.iso3 === iso3 && x.start <= date))
    parts.push(`he stayed away from ${a.event}, ${formatRange(a.start, a.end)}`);
  parts.push('Enter for details');
  return parts.join(' — ');
}

/** A stop: its number, place, dates and what happened. */
export function describeStop(app: AppState, s: Stop): string {
  const shown = app.stops.filter((x) => x.trip.start <= app.time.date).length;
  const where = `${s.trip.city}, ${nameOf(app, s.trip.iso3)}`;
  const host =
    s.host === 'occupied'
      ? ' in the areas of Ukraine Russia occupies'
      : s.host === 'party'
        ? ` — a State Party that day${onArrest(app, s)}`
        : '';
  return `Trip ${s.n} of ${shown}: ${where}, ${formatRange(s.trip.start, s.trip.end)} — ${s.trip.kind === 'occupied territory' ? 'a trip' : s.trip.kind}${host} — Enter for details`;
}

/** An avoided visit: the summit he did not attend, and where. */
export function describeAvoided(app: AppState, a: Avoided): string {
  return `Stayed away: ${a.event}, ${a.city}, ${nameOf(app, a.iso3)}, ${formatRange(a.start, a.end)} — Enter for details`;
}
