/**
 * What the reader has chosen: the country (or territory) whose panel is open and the trip selected.
 * The address carries both (`?country=`, `?trip=`). A trip selected belongs to the country open:
 * choosing another country drops it.
 */
import type { Country, Territory } from '../data/schema';
import type { Stop } from '../data/trips';

export class Selection {
  /** iso3 of the open panel, or null. */
  #iso3 = $state<string | null>(null);
  /** id of the selected trip (a stop clicked, or a link), or null. */
  #trip = $state<string | null>(null);
  readonly #countries: ReadonlyMap<string, Country>;
  readonly #territories: ReadonlyMap<string, Territory>;
  readonly #stops: readonly Stop[];
  /** The country whose panel is open, or null. */
  readonly country: Country | null;
  /** The territory whose panel is open, or null. */
  readonly territory: Territory | null;

  constructor(
    countries: ReadonlyMap<string, Country>,
    territories: ReadonlyMap<string, Territory>,
    stops: readonly Stop[],
  ) {
    this.#countries = countries;
    this.#territories = territories;
    this.#stops = stops;
    this.country = $derived(this.#iso3 ? (this.#countries.get(this.#iso3) ?? null) : null);
    this.territory = $derived(this.#iso3 ? (this.#territories.get(this.#iso3) ?? null) : null);
  }

  get iso3(): string | null {
    return this.#iso3;
  }
  get trip(): string | null {
    return this.#trip;
  }

  /** Whether `iso3` has a record: a country or a dependent territory. */
  hasRecord(iso3: string): boolean {
    return this.#countries.has(iso3) || this.#territories.has(iso3);
  }

  /** The stop of trip `id`, if there is one. */
  stopOf(id: string | null): Stop | undefined {
    return id ? this.#stops.find((s) => s.trip.id === id) : undefined;
  }

  /** Opens a country's (or territory's) panel; an iso3 without a record closes it instead. */
  select(iso3: string | null): void {
    this.#iso3 = iso3 && this.hasRecord(iso3) ? iso3 : null;
    if (this.#trip && this.stopOf(this.#trip)?.trip.iso3 !== this.#iso3) this.#trip = null;
  }

  /** Selects a trip and opens its host's panel; returns its stop (undefined, and nothing selected, for an unknown id). */
  selectTrip(id: string | null): Stop | undefined {
    const stop = this.stopOf(id);
    this.#trip = stop?.trip.id ?? null;
    if (stop) this.#iso3 = this.#countries.has(stop.trip.iso3) ? stop.trip.iso3 : null;
    return stop;
  }

  /** Sets both at once (a lesson step names its country and trip). */
  set(iso3: string | null, trip: string | null): void {
    this.#iso3 = iso3 && this.hasRecord(iso3) ? iso3 : null;
    this.#trip = this.stopOf(trip)?.trip.id ?? null;
  }

  close(): void {
    this.#iso3 = null;
    this.#trip = null;
  }
}
