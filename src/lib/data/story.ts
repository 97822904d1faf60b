/**
 * What happened in a country since the warrant, as a chain the reader can follow for each visit:
 * the obligation that day → the visit → its outcome → the Court's response; and any visit he avoided.
 */
import type { AppData } from './static-data.ts';
import type { Avoided, Outcome, Trip } from './schema-events.ts';
import type { Stop } from './trips.ts';

export interface VisitStory {
  stop: Stop;
  outcome: Outcome | null;
}

export interface CountryStory {
  visits: VisitStory[];
  avoided: Avoided[];
}

/** The outcome recorded for a trip (only visits to States Parties have one), or null. */
export function outcomeOf(trip: Trip, outcomes: readonly Outcome[]): Outcome | null {
  return outcomes.find((o) => o.iso3 === trip.iso3 && o.visit >= trip.start && o.visit <= trip.end) ?? null;
}

/** The visits to `iso3` (in time order, each with its outcome when it was a State Party) and the avoided ones. */
export function storyOf(iso3: string, stops: readonly Stop[], data: AppData): CountryStory {
  return {
    visits: stops
      .filter((s) => s.trip.iso3 === iso3)
      .map((stop) => ({
        stop,
        outcome: outcomeOf(stop.trip, data.outcomes),
      })),
    avoided: data.avoided.filter((a) => a.iso3 === iso3),
  };
}
