/** The lesson's step model: where Next and Back go, what a step shows, and `?present=1&step=N`. */
import type { LessonStep } from '../data/schema-events';
import { t } from '../i18n/current';

export interface Slide {
  /** 0-based step index. */
  step: number;
  /** On a prediction step: whether the answer is shown. */
  revealed: boolean;
}

export const clampStep = (n: number, count: number) =>
  Math.min(Math.max(0, Math.floor(n)), Math.max(0, count - 1));

/** Next: on an unrevealed prediction step, reveal first; otherwise the next step (stays on the last). */
export function nextSlide(steps: readonly LessonStep[], s: Slide): Slide {
  if (steps[s.step]?.predict && !s.revealed) return { step: s.step, revealed: true };
  return {
    step: clampStep(s.step + 1, steps.length),
    revealed: s.step + 1 >= steps.length ? s.revealed : false,
  };
}

/** Back: the previous step, asked afresh (stays on the first). */
export function prevSlide(steps: readonly LessonStep[], s: Slide): Slide {
  return { step: clampStep(s.step - 1, steps.length), revealed: false };
}

/** The caption to show: "{parties}" filled in; on a prediction step, the question until revealed, then the answer. */
export function captionOf(step: LessonStep, revealed: boolean, parties: number): string {
  const text = step.caption.replaceAll('{parties}', String(parties));
  return step.predict && revealed && step.reveal ? `${text} ${step.reveal}` : text;
}

/** Reads `?present=1&step=N` (N from 1); a bad step number starts at the first, with a notice. */
export function parsePresent(search: string, count: number): { slide: Slide | null; notice: string | null } {
  const params = new URLSearchParams(search);
  if (params.get('present') !== '1') return { slide: null, notice: null };
  const raw = params.get('step');
  if (raw === null) return { slide: { step: 0, revealed: false }, notice: null };
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > count) {
    return {
      slide: { step: 0, revealed: false },
      notice: t.lesson.badStep(count),
    };
  }
  return { slide: { step: n - 1, revealed: false }, notice: null };
}

/** Writes (or removes) `present` and `step` in a query string. */
export function serializePresent(search: string, slide: Slide | null): string {
  const params = new URLSearchParams(search);
  if (slide) {
    params.set('present', '1');
    params.set('step', String(slide.step + 1));
  } else {
    params.delete('present');
    params.delete('step');
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
