/**
 * The lesson: which step is on screen (and whether its prediction is revealed), and the presenter
 * notes. What a step does to the map (its date, country and trip) is AppState's rule, as it crosses
 * concerns: the methods that move to another step return whether they did.
 */
import type { LessonStep } from '../data/schema-events';
import { clampStep, nextSlide, prevSlide, type Slide } from './presentation';

export class LessonState {
  /** The step on screen, or null when not presenting. */
  #slide = $state<Slide | null>(null);
  #notesOpen = $state(false);
  readonly steps: readonly LessonStep[];
  /** The lesson step on screen, or null. */
  readonly step: LessonStep | null;

  constructor(steps: readonly LessonStep[]) {
    this.steps = steps;
    this.step = $derived(this.#slide ? (this.steps[this.#slide.step] ?? null) : null);
  }

  get slide(): Slide | null {
    return this.#slide;
  }
  get notesOpen(): boolean {
    return this.#notesOpen;
  }
  get presenting(): boolean {
    return this.#slide !== null;
  }

  /** Shows step `step` (0-based, clamped), answer hidden. */
  goTo(step: number): void {
    this.#slide = { step: clampStep(step, this.steps.length), revealed: false };
  }

  stop(): void {
    this.#slide = null;
    this.#notesOpen = false;
  }

  /** Next: reveals a prediction's answer first, then moves on. True when the step changed. */
  next(): boolean {
    if (!this.#slide) return false;
    const before = this.#slide.step;
    this.#slide = nextSlide(this.steps, this.#slide);
    return this.#slide.step !== before;
  }

  /** True when presenting (the step is shown again from its start). */
  prev(): boolean {
    if (!this.#slide) return false;
    this.#slide = prevSlide(this.steps, this.#slide);
    return true;
  }

  reveal(): void {
    if (this.#slide && this.step?.predict) this.#slide = { ...this.#slide, revealed: true };
  }

  toggleNotes(): void {
    this.#notesOpen = !this.#notesOpen;
  }
}
