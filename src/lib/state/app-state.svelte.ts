/**
 * The one state object. Its fields are the only writable state; everything else is derived. Its
 * methods are the only way to change it. Components get it through Svelte context.
 */
import { getContext, setContext } from 'svelte';
import type { CountriesFile, Country } from '../data/schema';
import { countByStatus, statusesOn, type Status } from '../data/status';

/** A country under the pointer, with where to draw its tooltip (CSS px in the map box). */
export interface Hover {
  iso3: string | null;
  name: string;
  x: number;
  y: number;
}

/** Where the country shapes stand: loading, drawn, failed (with why), or no WebGL. */
export type MapPhase =
  { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string } | { kind: 'no-webgl' };

export class AppState {
  /** iso3 of the open country panel, or null. */
  selected = $state<string | null>(null);
  /** The day the map shows statuses for (YYYY-MM-DD). */
  date = $state<string>('');
  hover = $state<Hover | null>(null);
  /** A legend class the reader points at: the map brings its countries forward. */
  legendFocus = $state<Status | null>(null);
  notices = $state<string[]>([]);
  mapPhase = $state<MapPhase>({ kind: 'loading' });
  /** Bumped to ask the map to load its geometry again after a failure. */
  retryToken = $state(0);

  readonly data: CountriesFile;
  readonly byIso: ReadonlyMap<string, Country>;
  readonly statuses: ReadonlyMap<string, Status>;
  readonly counts: Record<Status, number>;
  readonly selectedCountry: Country | null;

  constructor(data: CountriesFile, init: { date: string; country?: string | null; notices?: string[] }) {
    this.data = data;
    // Static data, never mutated: a plain Map is right here.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.byIso = new Map(data.countries.map((c) => [c.iso3, c]));
    this.date = init.date;
    this.selected = init.country && this.byIso.has(init.country) ? init.country : null;
    this.notices = init.notices ?? [];
    this.statuses = $derived(statusesOn(this.data.countries, this.date));
    this.counts = $derived(countByStatus(this.statuses));
    this.selectedCountry = $derived(this.selected ? (this.byIso.get(this.selected) ?? null) : null);
  }

  /** Opens a country's panel; an iso3 without a record (a territory, say) closes it instead. */
  selectCountry(iso3: string | null): void {
    this.selected = iso3 && this.byIso.has(iso3) ? iso3 : null;
  }

  closePanel(): void {
    this.selected = null;
  }

  setHover(hover: Hover | null): void {
    this.hover = hover;
  }

  setLegendFocus(status: Status | null): void {
    this.legendFocus = status;
  }

  notify(message: string): void {
    if (!this.notices.includes(message)) this.notices = [...this.notices, message];
  }

  dismissNotice(message: string): void {
    this.notices = this.notices.filter((n) => n !== message);
  }

  setMapPhase(phase: MapPhase): void {
    this.mapPhase = phase;
  }

  retryMap(): void {
    this.mapPhase = { kind: 'loading' };
    this.retryToken += 1;
  }

  /** Status of a country on the current date ('notCovered' when the dataset has no record). */
  statusOf(iso3: string | null): Status {
    return (iso3 && this.statuses.get(iso3)) || 'notCovered';
  }
}

const KEY = Symbol('app-state');

/** Makes `state` available to every component below the caller. */
export function provideAppState(state: AppState): AppState {
  return setContext(KEY, state);
}

/** The AppState provided by an ancestor. */
export function useAppState(): AppState {
  const state = getContext<AppState | undefined>(KEY);
  if (!state) throw new Error('useAppState: no AppState was provided');
  return state;
}
