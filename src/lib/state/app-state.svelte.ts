/**
 * The one state object. Its fields are the only writable state; everything else is derived. Its
 * methods are the only way to change it. Components get it through Svelte context.
 */
import { getContext, setContext } from 'svelte';
import type { AppData } from '../data/static-data';
import type { Country, Territory } from '../data/schema';
import type { Publisher, Source } from '../data/schema';
import type { MapView } from './url';
import { sourcesOf, type Cites } from '../data/split-sources';
import { countByStatus, statusesOn, type Status } from '../data/status';
import { tallyOn, toStops, type Stop, type Tally } from '../data/trips';
import { addDays } from '../data/format';
import { clampStep, nextSlide, prevSlide, type Slide } from './presentation';
import type { LessonStep } from '../data/schema-events';
import { writeAddress } from './address';
import { STATUTE_IN_FORCE } from '../data/statute';
import { stepEvent, timelineEvents, warrantDate, type TimelineEvent } from '../timeline/model';

/** What is under the pointer (a country, a stop, an avoided visit), with where to draw its tooltip (CSS px in the map box). */
export interface Hover {
  iso3: string | null;
  name: string;
  x: number;
  y: number;
  trip?: string;
  avoided?: string;
}

/** Where the map stands: loading, drawn, or failed (with why). */
export type MapPhase = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string };

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
  /** Fetches the sources chunk (the page's dataset carries `sourcesRef` keys instead of sources). */
  loadSources?: () => Promise<Record<string, Source[]>>;
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
  /** Presentation mode: the projector palette, no stray zoom. */
  readonly presenting: boolean;
  /** The camera the lesson step asks for, or null. */
  readonly lessonView: LessonStep['view'] | null;
}

export class AppState {
  /** iso3 of the open country panel, or null. */
  #selected = $state<string | null>(null);
  /** id of the selected trip (a stop clicked, or a link), or null. */
  #selectedTrip = $state<string | null>(null);
  /** The day the map shows (YYYY-MM-DD): statuses, and the trips up to it. */
  #date = $state<string>('');
  #playing = $state(false);
  #hover = $state<Hover | null>(null);
  /** A legend class the reader points at: the map brings its countries forward. */
  #legendFocus = $state<Status | null>(null);
  #notices = $state<string[]>([]);
  #mapPhase = $state<MapPhase>({ kind: 'loading' });
  /** Bumped to ask the map to load its geometry again after a failure. */
  #retryToken = $state(0);
  /** The map's camera, as the renderer last reported it (the address carries it as #map=). */
  #view = $state<MapView | null>(null);
  /** Which renderer draws the map now (null: none yet). */
  #rendererKind = $state<'svg' | 'webgl' | null>(null);
  /** Bumped to ask the map to take keyboard focus (a panel closing). */
  #focusToken = $state(0);
  /** The lesson step on screen, or null when not presenting. */
  #slide = $state<Slide | null>(null);
  /** Presenter notes shown (N). */
  #notesOpen = $state(false);
  /** A picture of the map for printing (WebGL canvases print blank), or null. */
  #printImage = $state<string | null>(null);

  // Read-only from outside: every change goes through the methods below, which keep the rules.
  get selected() {
    return this.#selected;
  }
  get selectedTrip() {
    return this.#selectedTrip;
  }
  get date() {
    return this.#date;
  }
  get playing() {
    return this.#playing;
  }
  get hover() {
    return this.#hover;
  }
  get legendFocus() {
    return this.#legendFocus;
  }
  get notices() {
    return this.#notices;
  }
  get mapPhase() {
    return this.#mapPhase;
  }
  get retryToken() {
    return this.#retryToken;
  }
  get view() {
    return this.#view;
  }
  get rendererKind() {
    return this.#rendererKind;
  }
  get focusToken() {
    return this.#focusToken;
  }
  get slide() {
    return this.#slide;
  }
  get notesOpen() {
    return this.#notesOpen;
  }
  get printImage() {
    return this.#printImage;
  }
  /** The sources chunk once it has come (null: not yet). */
  private sourceTable = $state.raw<Record<string, Source[]> | null>(null);
  private sourcesRequested = false;
  private readonly loadSources: InitialState['loadSources'];

  readonly data: AppData;
  private readonly page: string;
  private readonly today: string;
  readonly linkedView: boolean;
  readonly requestedRenderer: 'svg' | 'webgl' | null;
  readonly initialView: MapView | null;
  readonly byIso: ReadonlyMap<string, Country>;
  /** Dependent territories the map draws, by iso3. */
  readonly territoryByIso: ReadonlyMap<string, Territory>;
  /** Who speaks in the sources, by id. */
  readonly publishers: ReadonlyMap<string, Omit<Publisher, 'domains'>>;
  readonly stops: readonly Stop[];
  readonly events: readonly TimelineEvent[];
  readonly warrantDate: string;
  /** First and last day the timeline can show. */
  readonly range: readonly [string, string];
  readonly statuses: ReadonlyMap<string, Status>;
  readonly counts: Record<Status, number>;
  readonly selectedCountry: Country | null;
  /** The territory whose panel is open, or null. */
  readonly selectedTerritory: Territory | null;
  readonly tally: Tally;
  /** States Parties that had announced a withdrawal, not notified, by the date (iso3, sorted). */
  readonly announced: readonly string[];
  /** The last trip or avoided visit that had begun by the date: the map's filters change only when it does. */
  readonly shownThrough: string;
  /** The lesson step on screen, or null. */
  readonly lessonStep: LessonStep | null;
  /** What the map shows (see MapModel). */
  readonly map: MapModel;

  constructor(data: AppData, init: InitialState) {
    this.data = data;
    this.page = init.page ?? 'http://localhost/';
    this.today = init.today;
    this.linkedView = init.linkedView ?? false;
    this.loadSources = init.loadSources;
    this.requestedRenderer = init.renderer ?? null;
    this.initialView = init.view ?? null;
    // Static data, never mutated: a plain Map is right here.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.byIso = new Map(data.countries.countries.map((c) => [c.iso3, c]));
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.territoryByIso = new Map(data.territories.map((t) => [t.iso3, t]));
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.publishers = new Map(data.publishers.map((p) => [p.id, p]));
    this.stops = toStops(data.trips, this.byIso);
    this.events = timelineEvents(data, this.stops);
    this.warrantDate = warrantDate(data);
    this.range = [STATUTE_IN_FORCE, init.today];
    this.#date = this.clamp(init.date);
    this.#selected = init.country && this.hasRecord(init.country) ? init.country : null;
    this.#notices = init.notices ?? [];
    // A linked trip opens its host, and the date moves to the visit if the link's date is earlier.
    if (
      init.trip &&
      (!this.selected || this.stops.find((s) => s.trip.id === init.trip)?.trip.iso3 === this.selected)
    ) {
      this.selectTrip(init.trip);
    }
    this.statuses = $derived(statusesOn(this.data.countries.countries, this.date, this.data.territories));
    this.counts = $derived(countByStatus(this.statuses, this.byIso));
    this.selectedCountry = $derived(this.selected ? (this.byIso.get(this.selected) ?? null) : null);
    this.selectedTerritory = $derived(
      this.selected ? (this.territoryByIso.get(this.selected) ?? null) : null,
    );
    this.tally = $derived(
      tallyOn(
        this.stops,
        this.date,
        this.data.outcomes.filter((o) => o.arrested && o.visit <= this.date).length,
      ),
    );
    this.announced = $derived(
      this.data.countries.countries
        .filter(
          (c) => this.statuses.get(c.iso3) === 'party' && c.announcements.some((a) => a.date <= this.date),
        )
        .map((c) => c.iso3),
    );
    this.lessonStep = $derived(this.slide ? (this.data.lesson.steps[this.slide.step] ?? null) : null);
    this.shownThrough = $derived(
      this.events.findLast((e) => (e.kind === 'trip' || e.kind === 'avoided') && e.date <= this.date)?.date ??
        '',
    );
    const latestTrip = $derived(this.tally.latest?.trip.id ?? null);
    const halo = $derived(this.hover?.trip ?? this.selectedTrip);
    const lessonView = $derived(this.lessonStep?.view ?? null);
    const presenting = $derived(this.slide !== null);
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below read the state
    const app = this;
    this.map = {
      get statuses() {
        return app.statuses;
      },
      get emphasis() {
        return app.legendFocus;
      },
      get announced() {
        return app.announced;
      },
      get shownThrough() {
        return app.shownThrough;
      },
      get latestTrip() {
        return latestTrip;
      },
      get halo() {
        return halo;
      },
      get selected() {
        return app.selected;
      },
      get presenting() {
        return presenting;
      },
      get lessonView() {
        return lessonView;
      },
    };
  }

  private clamp(date: string): string {
    const [lo, hi] = this.range;
    return date < lo ? lo : date > hi ? hi : date;
  }

  /** Whether `iso3` has a record: a country or a dependent territory. */
  hasRecord(iso3: string): boolean {
    return this.byIso.has(iso3) || this.territoryByIso.has(iso3);
  }

  /** Opens a country's (or territory's) panel; an iso3 without a record closes it instead. */
  selectCountry(iso3: string | null): void {
    this.#selected = iso3 && this.hasRecord(iso3) ? iso3 : null;
    if (
      this.selectedTrip &&
      this.stops.find((s) => s.trip.id === this.selectedTrip)?.trip.iso3 !== this.selected
    ) {
      this.#selectedTrip = null;
    }
  }

  /** Selects a trip: its host's panel opens, and the date moves to the visit if it had not happened yet. */
  selectTrip(id: string | null): void {
    const stop = id ? this.stops.find((s) => s.trip.id === id) : undefined;
    if (!stop) {
      this.#selectedTrip = null;
      return;
    }
    this.#selectedTrip = stop.trip.id;
    this.#selected = this.byIso.has(stop.trip.iso3) ? stop.trip.iso3 : null;
    if (this.date < stop.trip.start) this.#date = stop.trip.start;
  }

  closePanel(): void {
    this.#selected = null;
    this.#selectedTrip = null;
  }

  setDate(date: string): void {
    this.#date = this.clamp(date);
  }

  /** Moves to the next (1) or previous (−1) event on the timeline; stays put at either end. */
  step(dir: 1 | -1): void {
    const to = stepEvent(this.events, this.date, dir);
    if (to) this.setDate(to);
  }

  play(): void {
    // From the end, a new play starts again at the warrant.
    if (this.date >= this.range[1]) this.#date = this.warrantDate;
    this.#playing = true;
  }

  pause(): void {
    this.#playing = false;
  }

  /** Moves the date on by `days` while playing; stops at the end. */
  advance(days: number): void {
    const next = addDays(this.date, days);
    this.setDate(next);
    if (next >= this.range[1]) this.#playing = false;
  }

  /** Starts the lesson at step `step` (0-based, clamped). */
  startPresenting(step = 0): void {
    this.#slide = { step: clampStep(step, this.data.lesson.steps.length), revealed: false };
    this.applyStep();
  }

  stopPresenting(): void {
    this.#slide = null;
    this.#notesOpen = false;
  }

  /** Next: reveals a prediction's answer first, then moves on. */
  nextStep(): void {
    if (!this.slide) return;
    const before = this.slide.step;
    this.#slide = nextSlide(this.data.lesson.steps, this.slide);
    if (this.slide.step !== before) this.applyStep();
  }

  prevStep(): void {
    if (!this.slide) return;
    this.#slide = prevSlide(this.data.lesson.steps, this.slide);
    this.applyStep();
  }

  goToStep(step: number): void {
    if (!this.slide) return;
    this.#slide = { step: clampStep(step, this.data.lesson.steps.length), revealed: false };
    this.applyStep();
  }

  reveal(): void {
    if (this.slide && this.lessonStep?.predict) this.#slide = { ...this.slide, revealed: true };
  }

  toggleNotes(): void {
    this.#notesOpen = !this.notesOpen;
  }

  setPrintImage(url: string | null): void {
    this.#printImage = url;
  }

  /** A step sets the date, the highlighted country and trip (the camera follows in MapView). */
  private applyStep(): void {
    const s = this.slide && this.data.lesson.steps[this.slide.step];
    if (!s) return;
    this.#playing = false;
    this.#date = this.clamp(s.date ?? this.range[1]);
    this.#selected = s.country;
    this.#selectedTrip = s.trip;
  }

  /** The renderer reports where its camera came to rest. */
  /**
   * The address of what is on screen (selection, date, lesson step, camera): the address bar, the
   * lesson's QR code and the printed handout all show this one.
   */
  get link(): string {
    return writeAddress(this.page, {
      country: this.selected,
      trip: this.selectedTrip,
      date: this.date,
      today: this.today,
      slide: this.slide,
      view: this.view,
    });
  }

  setView(view: MapView): void {
    this.#view = view;
  }

  setRendererKind(kind: 'svg' | 'webgl' | null): void {
    this.#rendererKind = kind;
  }

  /** Gives the map keyboard focus (the renderer takes it). */
  focusMap(): void {
    this.#focusToken += 1;
  }

  setHover(hover: Hover | null): void {
    this.#hover = hover;
  }

  setLegendFocus(status: Status | null): void {
    this.#legendFocus = status;
  }

  notify(message: string): void {
    if (!this.notices.includes(message)) this.#notices = [...this.notices, message];
  }

  dismissNotice(message: string): void {
    this.#notices = this.notices.filter((n) => n !== message);
  }

  setMapPhase(phase: MapPhase): void {
    this.#mapPhase = phase;
  }

  retryMap(): void {
    this.#mapPhase = { kind: 'loading' };
    this.#retryToken += 1;
  }

  /** The sources of a record; the first ask for sources that are not here yet fetches their chunk. */
  sourcesOf(record: Cites, { fetch = true } = {}): readonly Source[] {
    if (fetch && record.sourcesRef && !this.sourceTable) this.requestSources();
    return sourcesOf(record, this.sourceTable);
  }

  /** Fetches the sources chunk once (a panel, the lesson or the first touch of the page asks for it). */
  requestSources(): void {
    if (this.sourcesRequested || !this.loadSources) return;
    this.sourcesRequested = true;
    // Out of the render that asked: a state change inside a derivation is not allowed.
    queueMicrotask(() =>
      this.loadSources!().then(
        (table) => (this.sourceTable = table),
        () => {
          this.sourcesRequested = false;
          this.notify(
            'The list of sources could not be downloaded; the facts are all here. Reload to try again.',
          );
        },
      ),
    );
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
