/** The timeline's maths: its events, the scale from dates to pixels, ticks, and stepping. */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { isoToDate, dateToIso } from '../data/format';
import type { AppData } from '../data/static-data';
import type { Stop } from '../data/trips';
import { putinWarrant, STATUTE_IN_FORCE } from '../data/statute';
import { t, locale } from '../i18n/current';

export type EventKind = 'trip' | 'avoided' | 'entry' | 'withdrawal' | 'warrant' | 'precedent';

export interface TimelineEvent {
  date: string;
  kind: EventKind;
  id: string;
  label: string;
  stop?: Stop;
}

/** The date of the arrest warrant for Vladimir Putin (the data's checks make sure there is one). */
export function warrantDate(data: AppData): string {
  return putinWarrant(data.warrants)!.issued;
}

/** Every dated thing the timeline marks, in date order. */
export function timelineEvents(data: AppData, stops: readonly Stop[]): TimelineEvent[] {
  const events: TimelineEvent[] = [
    {
      date: warrantDate(data),
      kind: 'warrant',
      id: 'warrant',
      label: t.timeline.warrantEvent,
    },
  ];
  for (const s of stops) {
    events.push({
      date: s.trip.start,
      kind: 'trip',
      id: s.trip.id,
      label: `${s.n}. ${s.trip.city}`,
      stop: s,
    });
  }
  for (const a of data.avoided) {
    events.push({
      date: a.start,
      kind: 'avoided',
      id: a.id,
      label: t.timeline.avoidedEvent(a.event, a.city),
    });
  }
  for (const c of data.countries.countries) {
    if (c.entryIntoForce && c.entryIntoForce > STATUTE_IN_FORCE) {
      events.push({
        date: c.entryIntoForce,
        kind: 'entry',
        id: `entry-${c.iso3}`,
        label: t.timeline.entryEvent(c.name),
      });
    }
    if (c.withdrawalEffective) {
      events.push({
        date: c.withdrawalEffective,
        kind: 'withdrawal',
        id: `withdrawal-${c.iso3}`,
        label: t.timeline.withdrawalEvent(c.name),
      });
    }
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** The first event date after (dir 1) or before (dir −1) `date`, or null at either end. */
export function stepEvent(events: readonly TimelineEvent[], date: string, dir: 1 | -1): string | null {
  if (dir === 1) return events.find((e) => e.date > date)?.date ?? null;
  for (let i = events.length - 1; i >= 0; i--) if (events[i].date < date) return events[i].date;
  return null;
}

/** A UTC time scale from the domain's days to [0, width] px. */
export function timeScale(start: string, end: string, width: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain([isoToDate(start), isoToDate(end)])
    .range([0, width]);
}

const tickFormats = new Map<string, Record<'year' | 'month' | 'day', Intl.DateTimeFormat>>();

/**
 * A tick's label in the page's language, as d3's multi-scale format chooses (2024, April, July…): the
 * year on 1 January, the month on the first of a month, else the day and month. Ticks are UTC days.
 */
function tickLabel(d: Date): string {
  const loc = locale();
  let f = tickFormats.get(loc);
  if (!f) {
    const at = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(loc, { timeZone: 'UTC', ...o });
    f = {
      year: at({ year: 'numeric' }),
      month: at({ month: 'long' }),
      day: at({ day: 'numeric', month: 'short' }),
    };
    tickFormats.set(loc, f);
  }
  if (d.getUTCDate() !== 1) return f.day.format(d);
  return (d.getUTCMonth() === 0 ? f.year : f.month).format(d);
}

/** Tick positions and labels, about one per 90 px (2024, April, July…). */
export function ticks(scale: ScaleTime<number, number>): { x: number; label: string; date: string }[] {
  const [x0, x1] = scale.range();
  const count = Math.max(2, Math.floor((x1 - x0) / 90));
  return scale.ticks(count).map((d) => ({ x: scale(d), label: tickLabel(d), date: dateToIso(d) }));
}

/** The day under pixel `x`, clamped to the scale's domain. */
export function dateAt(scale: ScaleTime<number, number>, x: number): string {
  const [r0, r1] = scale.range();
  return dateToIso(scale.invert(Math.min(r1, Math.max(r0, x))));
}

/** Events drawn as one mark: those of one look (kind, and host for trips) within a `bin` of pixels. */
export interface MarkGroup {
  key: string;
  kind: EventKind;
  /** Where it is drawn: the first event's position. */
  x: number;
  events: TimelineEvent[];
}

/**
 * The marks the track draws: events that would sit on the same pixels with the same look are one
 * mark (its title names them all), so the track holds at most a few marks per `bin` px whatever the
 * number of trips (10,000 trips would otherwise be 10,000 elements under a few hundred pixels).
 */
export function markGroups(
  events: readonly TimelineEvent[],
  x: (iso: string) => number,
  bin = 2,
): MarkGroup[] {
  const groups = new Map<string, MarkGroup>();
  for (const e of events) {
    const at = x(e.date);
    const key = `${e.kind}-${e.stop?.host ?? ''}-${Math.round(at / bin)}`;
    const g = groups.get(key);
    if (g) g.events.push(e);
    else groups.set(key, { key, kind: e.kind, x: at, events: [e] });
  }
  return [...groups.values()];
}
