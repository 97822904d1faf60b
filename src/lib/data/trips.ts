/** Questions asked of the trips: which happened by a date, the host's status then, the running tally. */
import type { Country } from './schema.ts';
import type { Trip } from './schema-events.ts';
import { statusOn, type Status } from './status.ts';
import { t } from '../i18n/current.ts';

/** How a stop is drawn and described: the host's status on the day, or occupied territory of Ukraine. */
export type HostKind = Status | 'occupied';

/** A trip with what the map needs: its number in time order and the host's status on arrival. */
export interface Stop {
  trip: Trip;
  /** 1-based, in time order. */
  n: number;
  host: HostKind;
}

/** Numbers the trips in time order and works out each host's status on the day he arrived. */
export function toStops(trips: readonly Trip[], byIso: ReadonlyMap<string, Country>): Stop[] {
  return [...trips]
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id))
    .map((trip, i) => {
      const c = byIso.get(trip.iso3);
      const host: HostKind = trip.occupiedUkraine ? 'occupied' : c ? statusOn(c, trip.start) : 'notCovered';
      return { trip, n: i + 1, host };
    });
}

/** The stops that had begun by `date` (cumulative). */
export function stopsBy(stops: readonly Stop[], date: string): Stop[] {
  return stops.filter((s) => s.trip.start <= date);
}

export interface Tally {
  trips: number;
  toStatesParties: number;
  arrests: number;
  latest: Stop | null;
}

/** "N trips since the warrant · K to States Parties · 0 arrests", as of `date`. */
export function tallyOn(stops: readonly Stop[], date: string, arrests = 0): Tally {
  const done = stopsBy(stops, date);
  return {
    trips: done.length,
    toStatesParties: done.filter((s) => s.host === 'party').length,
    arrests,
    latest: done.at(-1) ?? null,
  };
}

/** The host's situation in words, e.g. "Host: State Party on that day — not arrested". */
export function hostLabel(host: HostKind): string {
  return t.panel.host[host];
}
