/**
 * The sources, which come in their own chunk (the page's dataset carries `sourcesRef` keys): the
 * first ask for sources that are not here yet fetches it, once.
 */
import type { Source } from '../data/schema';
import { sourcesOf, type Cites } from '../data/split-sources';

export class SourcesState {
  /** The sources chunk once it has come (null: not yet). */
  #table = $state.raw<Record<string, Source[]> | null>(null);
  #requested = false;
  readonly #load: (() => Promise<Record<string, Source[]>>) | undefined;
  readonly #onFail: () => void;

  constructor(load: (() => Promise<Record<string, Source[]>>) | undefined, onFail: () => void) {
    this.#load = load;
    this.#onFail = onFail;
  }

  /** The sources of a record; with `fetch`, asking for ones not here yet fetches their chunk. */
  of(record: Cites, { fetch = true } = {}): readonly Source[] {
    if (fetch && record.sourcesRef && !this.#table) this.request();
    return sourcesOf(record, this.#table);
  }

  /** Fetches the chunk once (a panel, the lesson or the first touch of the page asks for it). */
  request(): void {
    if (this.#requested || !this.#load) return;
    this.#requested = true;
    const load = this.#load;
    // Out of the render that asked: a state change inside a derivation is not allowed.
    queueMicrotask(() =>
      load().then(
        (table) => (this.#table = table),
        () => {
          this.#requested = false;
          this.#onFail();
        },
      ),
    );
  }
}
