/**
 * The app's state, by concern: what the reader chose (`selection`), the day shown and Play (`time`),
 * the lesson (`lesson`), the page around the facts (`ui`) and the sources chunk (`sources`). Each
 * keeps its own rules behind private fields; AppState composes them, keeps the rules that cross them
 * (a trip selected moves the date to it; a lesson step sets the date, country and trip) and derives
 * what the map and the panels show. Components get it through Svelte context.
 */
import { getContext, setContext } from 'svelte';
import type { AppData } from '../data/static-data';
import type { Country, Publisher, Territory } from '../data/schema';
import type { MapView } from './url';
import { countByStatus, statusesOn, type Status } from '../data/status';
import { tallyOn, toStops, type Stop, type Tally } from '../data/trips';
import type { LessonStep } from '../data/schema-events';
import { writeAddress } from './address';
import { STATUTE_IN_FORCE } from '../data/statute';
import { timelineEvents, warrantDate } from '../timeline/model';
import { Selection } from './selection.svelte';
import { TimeState } from './time.svelte';
import { LessonState } from './lesson.svelte';
import { UiState } from './ui.svelte';
import { SourcesState } from './sources.svelte';
import { t } from '../i18n/current';
import type { LazyChunk, PrecedentOnMap } from '../data/split-sources';

export type { Hover, MapPhase } from './ui.svelte';

export interface InitialState {
  date: string;
  today: string;
  country?: string | null;
  trip?: string | null;
  notices?: string[];
  /** The link named a map view (#map=): the first selection must not move the camera away from it. */
  linkedView?: boolean;
  /** The renderer the link asks for (`?renderer=`), or null to let the page choose. */
  renderer?: 'svg' | 'webgl' | null;
  /** The map view the link names (#map=), or null. */
  view?: MapView | null;
  /** Fetches the sources chunk (the page's dataset carries `sourcesRef` keys instead of sources, and the precedents without their text). */
  loadSources?: () => Promise<LazyChunk>;
  /** The page's address as loaded (what `link` is built on); a placeholder where there is none. */
  page?: string;
}

/**
 * What the map shows, derived once from the app's state: the map host (MapView.svelte) mirrors each
 * field into whichever renderer draws. Each field is its own derived value, so a renderer call runs
 * only when that value changes (not on every frame of Play).
 */
export interface MapModel {
  readonly statuses: ReadonlyMap<string, Status>;
  /** The legend class the reader points at (the others fade), or null. */
  readonly emphasis: Status | null;
  readonly announced: readonly string[];
  /** The day of the last trip or avoided visit begun by the date: the trips shown are those begun by it. */
  readonly shownThrough: string;
  /** The latest trip begun by the date (its route highlighted), or null. */
  readonly latestTrip: string | null;
  /** The stop ringed: the one pointed at, else the selected trip's. */
  readonly halo: string | null;
  readonly selected: string | null;
  /** The country the keyboard is on (outlined as focused), or null. */
  readonly focused: string | null;
  /** Presentation mode: the projector palette, no stray zoom. */
  readonly presenting: boolean;
  /** The camera the lesson step asks for, or null. */
  readonly lessonView: LessonStep['view'] | null;
  /** The other suspects' visits shown (ids): none unless the Precedents layer is on (or the lesson step asks for it). */
  readonly precedents: readonly string[];
}

export class AppState {
  readonly data: AppData;
  readonly #precedentLayer: () => readonly PrecedentOnMap[];
  readonly selection: Selection;
  readonly time: TimeState;
  readonly lesson: LessonState;
  readonly ui: UiState;
  readonly sources: SourcesState;

  private readonly page: string;
  private readonly today: string;
  readonly linkedView: boolean;
  readonly requestedRenderer: 'svg' | 'webgl' | null;
  readonly initialView: MapView | null;
  readonly byIso: ReadonlyMap<string, Country>;
  /** Dependent territories the map draws, by iso3. */
  readonly territoryByIso: ReadonlyMap<string, Territory>;
  /** Who speaks in the sources, by id: from the sources' chunk (or the dataset, when it has them). */
  get publishers(): ReadonlyMap<string, Omit<Publisher, 'domains'>> {
    return this.sources.publishers ?? this.#ownPublishers;
  }
  readonly #ownPublishers: ReadonlyMap<string, Omit<Publisher, 'domains'>>;
  readonly stops: readonly Stop[];
  readonly statuses: ReadonlyMap<string, Status>;
  readonly counts: Record<Status, number>;
  readonly tally: Tally;
  /** States Parties that had announced a withdrawal, not notified, by the date (iso3, sorted). */
  readonly announced: readonly string[];
  /** What the map shows (see MapModel). */
  readonly map: MapModel;
  /** The Precedents layer's visits at every date (the timeline marks them all); none while it is off. */
  get precedentLayer(): readonly PrecedentOnMap[] {
    return this.#precedentLayer();
  }

  constructor(data: AppData, init: InitialState) {
    this.data = data;
    this.page = init.page ?? 'http://localhost/';
    this.today = init.today;
    this.linkedView = init.linkedView ?? false;
    this.requestedRenderer = init.renderer ?? null;
    this.initialView = init.view ?? null;
    // Static data, never mutated: a plain Map is right here.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.byIso = new Map(data.countries.countries.map((c) => [c.iso3, c]));
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.territoryByIso = new Map(data.territories.map((t) => [t.iso3, t]));
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.#ownPublishers = new Map((data.publishers ?? []).map((p) => [p.id, p]));
    this.stops = toStops(data.trips, this.byIso);
    this.selection = new Selection(this.byIso, this.territoryByIso, this.stops);
    this.time = new TimeState(
      init.date,
      [STATUTE_IN_FORCE, init.today],
      warrantDate(data),
      timelineEvents(data, this.stops),
    );
    this.lesson = new LessonState(data.lesson.steps);
    this.ui = new UiState(init.notices);
    this.sources = new SourcesState(init.loadSources, () => this.ui.notify(t.page.sourcesFailed));
    if (init.country) this.selection.select(init.country);
    // A linked trip opens its host, and the date moves to the visit if the link's date is earlier.
    if (
      init.trip &&
      (!this.selection.iso3 || this.selection.stopOf(init.trip)?.trip.iso3 === this.selection.iso3)
    ) {
      this.selectTrip(init.trip);
    }
    const time = this.time;
    this.statuses = $derived(statusesOn(data.countries.countries, time.date, data.territories));
    this.counts = $derived(countByStatus(this.statuses, this.byIso));
    this.tally = $derived(
      tallyOn(this.stops, time.date, data.outcomes.filter((o) => o.arrested && o.visit <= time.date).length),
    );
    this.announced = $derived(
      data.countries.countries
        .filter(
          (c) => this.statuses.get(c.iso3) === 'party' && c.announcements.some((a) => a.date <= time.date),
        )
        .map((c) => c.iso3),
    );
    const shownThrough = $derived(
      time.events.findLast((e) => (e.kind === 'trip' || e.kind === 'avoided') && e.date <= time.date)?.date ??
        '',
    );
    const latestTrip = $derived(this.tally.latest?.trip.id ?? null);
    const cursor = $derived(this.ui.cursor);
    const halo = $derived(
      this.ui.hover?.trip ?? (cursor?.kind === 'trip' ? cursor.id : null) ?? this.selection.trip,
    );
    const focused = $derived(cursor?.kind === 'country' ? cursor.iso3 : null);
    const lessonView = $derived(this.lesson.step?.view ?? null);
    const layer = $derived.by(() => {
      const on = this.lesson.presenting ? !!this.lesson.step?.precedents : this.ui.precedents;
      if (!on) return [];
      const hidden: readonly string[] = this.lesson.presenting ? [] : this.ui.hiddenPeople;
      return data.precedents.filter((p) => !hidden.includes(p.person));
    });
    this.#precedentLayer = () => layer;
    const precedents = $derived(layer.filter((p) => p.start <= time.date).map((p) => p.id));
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below read the state
    const app = this;
    this.map = {
      get statuses() {
        return app.statuses;
      },
      get emphasis() {
        return app.ui.legendFocus;
      },
      get announced() {
        return app.announced;
      },
      get shownThrough() {
        return shownThrough;
      },
      get latestTrip() {
        return latestTrip;
      },
      get halo() {
        return halo;
      },
      get selected() {
        return app.selection.iso3;
      },
      get focused() {
        return focused;
      },
      get presenting() {
        return app.lesson.presenting;
      },
      get lessonView() {
        return lessonView;
      },
      get precedents() {
        return precedents;
      },
    };
  }

  /** Selects a trip: its host's panel opens, and the date moves to the visit if it had not happened yet. */
  selectTrip(id: string | null): void {
    const stop = this.selection.selectTrip(id);
    if (stop && this.time.date < stop.trip.start) this.time.setDate(stop.trip.start);
  }

  /** Starts the lesson at step `step` (0-based, clamped). */
  startPresenting(step = 0): void {
    this.lesson.goTo(step);
    this.applyStep();
  }

  /** Next: reveals a prediction's answer first, then moves on. */
  nextStep(): void {
    if (this.lesson.next()) this.applyStep();
  }

  prevStep(): void {
    if (this.lesson.prev()) this.applyStep();
  }

  goToStep(step: number): void {
    if (!this.lesson.presenting) return;
    this.lesson.goTo(step);
    this.applyStep();
  }

  /** A step sets the date, the highlighted country and trip (the camera follows in MapView). */
  private applyStep(): void {
    const s = this.lesson.step;
    if (!s) return;
    this.time.pause();
    this.time.setDate(s.date ?? this.time.range[1]);
    this.selection.set(s.country, s.trip);
  }

  /**
   * The address of what is on screen (selection, date, lesson step, camera): the address bar, the
   * lesson's QR code and the printed handout all show this one.
   */
  get link(): string {
    return writeAddress(this.page, {
      country: this.selection.iso3,
      trip: this.selection.trip,
      date: this.time.date,
      today: this.today,
      slide: this.lesson.slide,
      view: this.ui.atWorld ? 'world' : this.ui.view,
      precedents: this.ui.precedents,
    });
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
