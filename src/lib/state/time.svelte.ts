/**
 * The day the map shows and the timeline's play: statuses and trips are those of `date`, which stays
 * inside `range` (the Statute's entry into force to today) whatever asks for it.
 */
import { addDays } from '../data/format';
import { stepEvent, type TimelineEvent } from '../timeline/model';

export class TimeState {
  /** The day the map shows (YYYY-MM-DD). */
  #date = $state('');
  #playing = $state(false);
  /** First and last day the timeline can show. */
  readonly range: readonly [string, string];
  /** The day the Putin warrant was issued: Play starts there. */
  readonly warrantDate: string;
  readonly events: readonly TimelineEvent[];

  constructor(
    date: string,
    range: readonly [string, string],
    warrantDate: string,
    events: readonly TimelineEvent[],
  ) {
    this.range = range;
    this.warrantDate = warrantDate;
    this.events = events;
    this.#date = this.clamp(date);
  }

  get date(): string {
    return this.#date;
  }
  get playing(): boolean {
    return this.#playing;
  }

  clamp(date: string): string {
    const [lo, hi] = this.range;
    return date < lo ? lo : date > hi ? hi : date;
  }

  setDate(date: string): void {
    this.#date = this.clamp(date);
  }

  /** Moves to the next (1) or previous (−1) event on the timeline; stays put at either end. */
  step(dir: 1 | -1): void {
    const to = stepEvent(this.events, this.#date, dir);
    if (to) this.setDate(to);
  }

  play(): void {
    // From the end, a new play starts again at the warrant.
    if (this.#date >= this.range[1]) this.#date = this.warrantDate;
    this.#playing = true;
  }

  pause(): void {
    this.#playing = false;
  }

  /** Moves the date on by `days` while playing; stops at the end. */
  advance(days: number): void {
    const next = addDays(this.#date, days);
    this.setDate(next);
    if (next >= this.range[1]) this.#playing = false;
  }
}
