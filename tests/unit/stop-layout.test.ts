import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { displaced, layoutStops, type Placed, type StopAt } from '../../src/lib/map/stop-layout';

const SPACING = 37;
const options = { spacing: SPACING, open: new Set<string>(), allOpen: false };
const minsk = [8, 12, 21, 22].map((n) => ({ id: `minsk-${n}`, n, place: 'minsk', x: 300, y: 200 }));
const distance = (a: Placed, b: Placed) => Math.hypot(a.x - b.x, a.y - b.y);
const closestPair = (placed: Placed[]) => {
  let min = Infinity;
  for (let i = 0; i < placed.length; i++)
    for (let j = i + 1; j < placed.length; j++) min = Math.min(min, distance(placed[i], placed[j]));
  return min;
};

describe('the stop layout', () => {
  it('draws the visits to one place as one group marker holding them all, in date order', () => {
    const placed = layoutStops([...minsk].reverse(), options);
    expect(placed).toHaveLength(1);
    expect(placed[0]).toMatchObject({ kind: 'group', place: 'minsk', x: 300, y: 200 });
    expect(placed[0].kind === 'group' && placed[0].ids).toEqual([
      'minsk-8',
      'minsk-12',
      'minsk-21',
      'minsk-22',
    ]);
  });

  it('opens a group into its visits when asked, or when the map is zoomed in, each clear of the others', () => {
    for (const o of [
      { ...options, open: new Set(['minsk']) },
      { ...options, allOpen: true },
    ]) {
      const placed = layoutStops(minsk, o);
      expect(placed.map((p) => p.kind === 'stop' && p.n)).toEqual([8, 12, 21, 22]);
      expect(closestPair(placed)).toBeGreaterThanOrEqual(SPACING);
      // The first visit stays on the city; the others have a leader line back to it.
      expect(placed.map(displaced)).toEqual([false, true, true, true]);
      for (const p of placed) expect([p.ax, p.ay]).toEqual([300, 200]);
    }
  });

  it('never lets two symbols overlap, wherever the stops are', () => {
    const stop = fc.record({
      x: fc.integer({ min: 0, max: 300 }),
      y: fc.integer({ min: 0, max: 200 }),
      p: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(stop, { minLength: 2, maxLength: 30 }), fc.boolean(), (list, allOpen) => {
        const stops: StopAt[] = list.map((s, i) => ({
          id: `t${i}`,
          n: i + 1,
          place: `p${s.p}-${s.x}`,
          x: s.x,
          y: s.y,
        }));
        const placed = layoutStops(stops, { ...options, allOpen, box: { width: 800, height: 500 } });
        expect(closestPair(placed)).toBeGreaterThanOrEqual(SPACING - 0.2);
        // Every stop is drawn: alone, or in its group.
        const drawn = placed.flatMap((p) => (p.kind === 'stop' ? [p.id] : p.ids));
        expect(drawn.sort()).toEqual(stops.map((s) => s.id).sort());
      }),
      { numRuns: 300 },
    );
  });

  it('keeps each stop where it was as later ones appear (Play adds stops in date order)', () => {
    const all: StopAt[] = Array.from({ length: 12 }, (_, i) => ({
      id: `t${i}`,
      n: i + 1,
      place: `p${i}`,
      x: 200 + (i % 4) * 9,
      y: 150 + Math.floor(i / 4) * 7,
    }));
    const final = layoutStops(all, options);
    for (let k = 1; k < all.length; k++) {
      const early = layoutStops(all.slice(0, k), options);
      for (const p of early)
        expect(final.find((q) => q.kind === 'stop' && p.kind === 'stop' && q.id === p.id)).toEqual(p);
    }
  });

  it('keeps clear of the avoided-visit symbols, and inside the map box where it can', () => {
    const fixed = [{ x: 100, y: 100, r: 12 }];
    const [p] = layoutStops([{ id: 'a', n: 1, place: 'a', x: 100, y: 100 }], { ...options, fixed });
    expect(Math.hypot(p.x - 100, p.y - 100)).toBeGreaterThanOrEqual(SPACING / 2 + 12);
    // A stop at the very edge of the box stays on its place if that is free; a second one goes inwards.
    const edge = layoutStops(
      [
        { id: 'a', n: 1, place: 'a', x: 20, y: 20 },
        { id: 'b', n: 2, place: 'b', x: 22, y: 22 },
      ],
      { ...options, box: { width: 400, height: 300 } },
    );
    expect(edge[1].x).toBeGreaterThanOrEqual(SPACING / 2);
    expect(edge[1].y).toBeGreaterThanOrEqual(SPACING / 2);
  });
});
