/**
 * What the page shows around the facts: the pointer's hover, the legend class pointed at, notices,
 * and the map host's condition (its load phase, renderer, camera, the requests to retry or take
 * focus) and the size of the phone's panel sheet. None of it is in the address except the camera.
 */
import type { Status } from '../data/status';
import type { MapView } from './url';
import type { HoverHit } from '../map/renderer';

/** What is under the pointer (a country, a stop, an avoided visit), as the renderer reports it. */
export type Hover = HoverHit;

/** Where the keyboard is on the map: a country, a trip's stop or an avoided visit. */
export type MapCursor =
  { kind: 'country'; iso3: string } | { kind: 'trip'; id: string } | { kind: 'avoided'; id: string };

/** Where the map stands: loading, drawn, or failed (with why). */
export type MapPhase = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string };

/** How much of a phone's screen the panel's bottom sheet takes (SheetHandle.svelte). */
export type SheetSize = 'peek' | 'half' | 'full';
export const SHEET_SIZES: readonly SheetSize[] = ['peek', 'half', 'full'];

export class UiState {
  #sheet = $state<SheetSize>('half');
  #hover = $state<Hover | null>(null);
  /** A legend class the reader points at: the map brings its countries forward. */
  #legendFocus = $state<Status | null>(null);
  #notices = $state<string[]>([]);
  #mapPhase = $state<MapPhase>({ kind: 'loading' });
  /** Bumped to ask the map to load its geometry again after a failure. */
  #retryToken = $state(0);
  /** The map's camera, as the renderer last reported it (the address carries it as #map=). */
  #view = $state<MapView | null>(null);
  #atWorld = $state(false);
  /** Which renderer draws the map now (null: none yet). */
  #rendererKind = $state<'svg' | 'webgl' | null>(null);
  /** Bumped to ask the map to take keyboard focus (a panel closing). */
  #focusToken = $state(0);

  #cursor = $state<MapCursor | null>(null);
  /** What the map's live region says (one sentence per keyboard move). */
  #announcement = $state('');
  #shortcutsOpen = $state(false);
  /** The Precedents layer (other suspects' visits): off unless the reader or the link turns it on. */
  #precedents = $state(false);
  /** The persons the reader took out of the Precedents layer (the legend's filter). */
  #hiddenPeople = $state<readonly string[]>([]);

  constructor(notices: readonly string[] = []) {
    this.#notices = [...notices];
  }

  get hover() {
    return this.#hover;
  }
  get precedents(): boolean {
    return this.#precedents;
  }
  setPrecedents(on: boolean): void {
    this.#precedents = on;
  }
  get hiddenPeople(): readonly string[] {
    return this.#hiddenPeople;
  }
  /** Shows or hides one person's visits on the Precedents layer. */
  showPerson(id: string, shown: boolean): void {
    const rest = this.#hiddenPeople.filter((p) => p !== id);
    this.#hiddenPeople = shown ? rest : [...rest, id];
  }
  get sheet() {
    return this.#sheet;
  }
  setSheet(size: SheetSize): void {
    this.#sheet = size;
  }
  get legendFocus() {
    return this.#legendFocus;
  }
  get notices(): readonly string[] {
    return this.#notices;
  }
  get mapPhase() {
    return this.#mapPhase;
  }
  get retryToken() {
    return this.#retryToken;
  }
  /** Whether the camera is on the world view the page opens on (a link then names no camera). */
  get atWorld(): boolean {
    return this.#atWorld;
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

  get cursor() {
    return this.#cursor;
  }
  get announcement() {
    return this.#announcement;
  }
  get shortcutsOpen() {
    return this.#shortcutsOpen;
  }

  setCursor(cursor: MapCursor | null): void {
    this.#cursor = cursor;
  }

  /** Says `text` in the map's live region (polite). The same text twice is said twice. */
  announce(text: string): void {
    this.#announcement = this.#announcement === text ? `${text}\u00a0` : text;
  }

  setShortcutsOpen(open: boolean): void {
    this.#shortcutsOpen = open;
  }

  setHover(hover: Hover | null): void {
    this.#hover = hover;
  }

  setLegendFocus(status: Status | null): void {
    this.#legendFocus = status;
  }

  notify(message: string): void {
    if (!this.#notices.includes(message)) this.#notices = [...this.#notices, message];
  }

  dismissNotice(message: string): void {
    this.#notices = this.#notices.filter((n) => n !== message);
  }

  setMapPhase(phase: MapPhase): void {
    this.#mapPhase = phase;
  }

  retryMap(): void {
    this.#mapPhase = { kind: 'loading' };
    this.#retryToken += 1;
  }

  /** The renderer reports where its camera came to rest (`atWorld`: on the world view). */
  setView(view: MapView, atWorld = false): void {
    this.#view = view;
    this.#atWorld = atWorld;
  }

  setRendererKind(kind: 'svg' | 'webgl' | null): void {
    this.#rendererKind = kind;
  }

  /** Gives the map keyboard focus (the renderer takes it). */
  focusMap(): void {
    this.#focusToken += 1;
  }
}
