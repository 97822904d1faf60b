/**
 * The sources and the precedents' long text, which come in their own chunk (the page's dataset
 * carries `sourcesRef` keys and the precedents without their text): the first ask for something not
 * here yet fetches it, once.
 */
import type { Publisher, Source } from '../data/schema';
import {
  precedentTextOf,
  sourcesOf,
  type Cites,
  type LazyChunk,
  type PrecedentOnMap,
  type PrecedentText,
} from '../data/split-sources';

export class SourcesState {
  /** The chunk once it has come (null: not yet). */
  #chunk = $state.raw<LazyChunk | null>(null);
  #requested = false;
  readonly #load: (() => Promise<LazyChunk>) | undefined;
  readonly #onFail: () => void;

  constructor(load: (() => Promise<LazyChunk>) | undefined, onFail: () => void) {
    this.#load = load;
    this.#onFail = onFail;
  }

  /** The sources of a record; with `fetch`, asking for ones not here yet fetches their chunk. */
  of(record: Cites, { fetch = true } = {}): readonly Source[] {
    if (fetch && record.sourcesRef && !this.#chunk) this.request();
    return sourcesOf(record, this.#chunk?.sources ?? null);
  }

  /** A precedent's summary, decisions and notes; null until the chunk has come (asking fetches it). */
  precedentText(p: PrecedentOnMap): PrecedentText | null {
    const text = precedentTextOf(p, this.#chunk?.precedents ?? null);
    if (!text) this.request();
    return text;
  }

  /** Who speaks in the sources, by id, once the chunk has come (null before, or when it has none). */
  get publishers(): ReadonlyMap<string, Omit<Publisher, 'domains'>> | null {
    const list = this.#chunk?.publishers;
    if (!list) return null;
    // Built once per chunk: the chunk never changes after it has come.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    return (this.#publishers ??= new Map(list.map((p) => [p.id, p])));
  }
  #publishers: Map<string, Omit<Publisher, 'domains'>> | undefined;

  /** Whether the chunk's fetch failed and was not retried (what is waiting for it says so). */
  get failed(): boolean {
    return this.#failed;
  }
  #failed = $state(false);

  /** Fetches the chunk once (a panel, the lesson or the first touch of the page asks for it). */
  request(): void {
    if (this.#requested || !this.#load) return;
    this.#requested = true;
    const load = this.#load;
    // Out of the render that asked: a state change inside a derivation is not allowed.
    queueMicrotask(() => {
      this.#failed = false;
      return load().then(
        (chunk) => (this.#chunk = chunk),
        () => {
          this.#requested = false;
          this.#failed = true;
          this.#onFail();
        },
      );
    });
  }
}
