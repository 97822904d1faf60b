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
import { t } from '../i18n/current';

/** Whether he was arrested on this visit (the outcomes record it; none so far). */
function arrested(app: AppState, s: Stop): boolean {
  return app.data.outcomes.some(
    (o) => o.iso3 === s.trip.iso3 && o.visitStart <= s.trip.end && o.visitEnd >= s.trip.start && o.arrested,
  );
}

export function nameOf(app: AppState, iso3: string): string {
  return app.byIso.get(iso3)?.name ?? app.territoryByIso.get(iso3)?.name ?? iso3;
}

/** One visit to a country: its dates, and for a State Party whether he was arrested. */
function visitPart(app: AppState, s: Stop): string {
  const dates = formatRange(s.trip.start, s.trip.end);
  if (s.trip.occupiedUkraine) return t.map.wentOccupied(dates);
  if (s.host !== 'party') return t.map.visited(dates);
  return arrested(app, s) ? t.map.visitedArrested(dates) : t.map.visitedNotArrested(dates);
}

/** The focused country: its status on the date, his visits there by the date, the summits he stayed away from. */
export function describeCountry(app: AppState, iso3: string): string {
  const date = app.time.date;
  const c = app.byIso.get(iso3);
  const status = c ? statusSentence(c, date).replace(/\.$/, '') : STATUS_LABEL[app.statusOf(iso3)];
  const here = app.stops.filter((s) => s.trip.iso3 === iso3 && s.trip.start <= date);
  const parts = [nameOf(app, iso3), status];
  for (const occupied of [false, true]) {
    const visits = here.filter((s) => s.trip.occupiedUkraine === occupied);
    const last = visits.at(-1);
    if (last && visits.length > 2) {
      const dates = formatRange(last.trip.start, last.trip.end);
      parts.push(
        occupied ? t.map.wentOccupiedTimes(visits.length, dates) : t.map.visitedTimes(visits.length, dates),
      );
    } else for (const s of visits) parts.push(visitPart(app, s));
  }
  for (const a of app.data.avoided.filter((x) => x.iso3 === iso3 && x.start <= date))
    parts.push(t.map.stayedAwayFrom(a.event, formatRange(a.start, a.end)));
  parts.push(t.map.enterForDetails);
  return parts.join(' — ');
}

/** A stop: its number, place, dates and what happened. */
export function describeStop(app: AppState, s: Stop): string {
  const shown = app.stops.filter((x) => x.trip.start <= app.time.date).length;
  const where = `${s.trip.city}, ${nameOf(app, s.trip.iso3)}`;
  const dates = formatRange(s.trip.start, s.trip.end);
  const kind = t.map.tripKind[s.trip.kind];
  if (s.host === 'occupied') return t.map.stopOccupied(s.n, shown, where, dates, kind);
  if (s.host !== 'party') return t.map.stop(s.n, shown, where, dates, kind);
  return arrested(app, s)
    ? t.map.stopPartyArrested(s.n, shown, where, dates, kind)
    : t.map.stopParty(s.n, shown, where, dates, kind);
}

/** An avoided visit: the summit he did not attend, and where. */
export function describeAvoided(app: AppState, a: Avoided): string {
  return t.map.avoidedStop(a.event, a.city, nameOf(app, a.iso3), formatRange(a.start, a.end));
}
