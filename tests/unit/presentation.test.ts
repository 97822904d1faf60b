import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  captionOf,
  nextSlide,
  parsePresent,
  prevSlide,
  serializePresent,
} from '../../src/lib/state/presentation';
import type { LessonStep } from '../../src/lib/data/schema-events';

const steps: LessonStep[] = JSON.parse(readFileSync('data/lesson.json', 'utf8')).steps;
const mongolia = steps.findIndex((s) => s.id === 'mongolia');

describe('the lesson', () => {
  it('tells the story in order: warrant, duties, trips, Mongolia and the finding, Tajikistan, summits, what happened before, questions', () => {
    expect(steps.map((s) => s.id)).toEqual([
      'warrant',
      'duties',
      'occupied',
      'trips',
      'mongolia',
      'finding',
      'tajikistan',
      'stayed-away',
      'before',
      'questions',
    ]);
    expect(steps.every((s) => s.sources.length > 0)).toBe(true);
  });

  it('Next reveals the answer on a prediction step before moving on; Back asks it afresh', () => {
    let s = { step: mongolia, revealed: false };
    s = nextSlide(steps, s);
    expect(s).toEqual({ step: mongolia, revealed: true });
    s = nextSlide(steps, s);
    expect(s).toEqual({ step: mongolia + 1, revealed: false });
    expect(prevSlide(steps, s)).toEqual({ step: mongolia, revealed: false });
  });

  it('stays within the first and last steps', () => {
    expect(prevSlide(steps, { step: 0, revealed: false }).step).toBe(0);
    const last = { step: steps.length - 1, revealed: false };
    expect(nextSlide(steps, last).step).toBe(steps.length - 1);
  });

  it('hides the outcome until it is revealed, and fills in the number of States Parties', () => {
    const m = steps[mongolia];
    expect(captionOf(m, false, 124)).toMatch(/Did Mongolia arrest him\?$/);
    expect(captionOf(m, true, 124)).toMatch(/Did Mongolia arrest him\? No\./);
    expect(captionOf(steps[1], false, 123)).toMatch(/^The 123 States Parties/);
  });
});

describe('?present=1&step=N', () => {
  it('opens a step directly, counting from 1', () => {
    expect(parsePresent('?present=1&step=5', 9)).toEqual({
      slide: { step: 4, revealed: false },
      notice: null,
    });
    expect(parsePresent('?present=1', 9).slide).toEqual({ step: 0, revealed: false });
    expect(parsePresent('?country=MNG', 9).slide).toBeNull();
  });

  it('starts at step 1, with a notice, for a step that does not exist', () => {
    for (const bad of ['0', '10', 'x', '2.5', '-1']) {
      const r = parsePresent(`?present=1&step=${bad}`, 9);
      expect(r.slide, bad).toEqual({ step: 0, revealed: false });
      expect(r.notice, bad).toMatch(/steps 1 to 9/);
    }
  });

  it('writes and removes itself, keeping other parameters', () => {
    expect(serializePresent('?country=MNG', { step: 2, revealed: false })).toBe(
      '?country=MNG&present=1&step=3',
    );
    expect(serializePresent('?country=MNG&present=1&step=3', null)).toBe('?country=MNG');
  });
});
