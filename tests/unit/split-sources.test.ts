import { describe, expect, it } from 'vitest';
import { splitSources, sourcesOf } from '../../src/lib/data/split-sources';

const src = (n: number) => ({ url: `https://example.org/${n}`, title: `Source ${n}` });

describe('the sources chunk', () => {
  it('takes every list out of the page’s data, at any depth, and gives each back by its reference', () => {
    const data = {
      trips: [{ id: 'a', sources: [src(1)], court: [{ sources: [src(2), src(3)] }] }],
      lesson: { steps: [{ sources: [src(4)] }, { sources: [] }] },
    };
    const original = structuredClone(data);
    const table = splitSources(data);
    expect(JSON.stringify(data)).not.toContain('example.org');
    expect(sourcesOf(data.trips[0], table)).toEqual(original.trips[0].sources);
    expect(sourcesOf(data.trips[0].court[0], table)).toEqual(original.trips[0].court[0].sources);
    expect(sourcesOf(data.lesson.steps[0], table)).toEqual(original.lesson.steps[0].sources);
    expect(sourcesOf(data.lesson.steps[1], table)).toEqual([]);
  });

  it('gives no sources for a reference until the chunk has come', () => {
    const data = { sources: [src(1)] };
    splitSources(data);
    expect(sourcesOf(data, null)).toEqual([]);
  });
});
