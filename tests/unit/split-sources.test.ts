import { describe, expect, it } from 'vitest';
import {
  precedentTextOf,
  splitPrecedentText,
  splitSources,
  sourcesOf,
  type PrecedentOnMap,
} from '../../src/lib/data/split-sources';
import { readDataFiles } from '../../build/data-plugin';
import { parseDataset } from '../../src/lib/data/dataset';

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

describe('the precedents’ text', () => {
  it('leaves the first download with what the map needs, and the chunk with every summary and decision', () => {
    const data = parseDataset(readDataFiles('data'));
    const page = structuredClone(data) as unknown as { precedents: Record<string, unknown>[] };
    splitSources(page);
    const table = splitPrecedentText(page.precedents);
    const jordan = data.precedents.find((p) => p.id === 'al-bashir-2017-03-jordan')!;
    const onMap = page.precedents.find((p) => p.id === jordan.id) as unknown as PrecedentOnMap;
    expect(JSON.stringify(page)).not.toContain(jordan.decisions[0].holding);
    expect(JSON.stringify(page)).not.toContain(jordan.summary);
    expect(onMap).toMatchObject({ city: 'Amman', iso3: 'JOR', start: jordan.start, outcome: 'not arrested' });
    const text = precedentTextOf(onMap, table)!;
    expect(text.summary).toBe(jordan.summary);
    expect(text.decisions.map((d) => d.holding)).toEqual(jordan.decisions.map((d) => d.holding));
    expect(precedentTextOf(onMap, null)).toBeNull();
    // Data that was never split (tests, the open data) answers with its own text.
    expect(precedentTextOf(jordan, null)?.summary).toBe(jordan.summary);
  });
});
