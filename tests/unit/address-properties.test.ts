// The address parsers against thousands of generated addresses (fast-check): they never throw, never
// accept a value they should not, and quote what they ignore as short, control-free text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseMapHash, parseQuery, serializeQuery } from '../../src/lib/state/url';
import { parsePresent } from '../../src/lib/state/presentation';

const KNOWN = new Set(['MNG', 'TJK', 'UKR', 'FRA']);
const TRIPS = new Set(['2024-09-mongolia']);
const ctx = {
  isKnown: (c: string) => KNOWN.has(c),
  isTrip: (id: string) => TRIPS.has(id),
  range: ['2002-07-01', '2026-12-02'] as const,
  isDate: (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)),
};
const key = fc.constantFrom('country', 'date', 'trip', 'present', 'step', 'renderer', 'map', 'x', '');
const value = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'MNG',
    'mng',
    '<b>x</b>',
    '2024-09-03',
    '2024-02-30',
    '9'.repeat(300),
    'svg',
    'webgl',
    '1',
    '-1',
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
const query = fc
  .array(fc.tuple(key, value), { maxLength: 6 })
  .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`);

describe('the address parsers, on any address', () => {
  it('read a query without throwing, and keep only known codes, trips, dates in range and renderers', () => {
    fc.assert(
      fc.property(query, (q) => {
        const r = parseQuery(q, ctx);
        if (r.country) expect(KNOWN.has(r.country)).toBe(true);
        if (r.trip) expect(TRIPS.has(r.trip)).toBe(true);
        if (r.date) expect(r.date >= ctx.range[0] && r.date <= ctx.range[1]).toBe(true);
        if (r.renderer) expect(['svg', 'webgl']).toContain(r.renderer);
        for (const n of r.notices) {
          // eslint-disable-next-line no-control-regex -- the point is that none gets through
          expect(n).not.toMatch(/[\u0000-\u001f\u007f]/);
          // A quoted value is cut to 24 characters: a notice never carries a long address.
          expect(n.length).toBeLessThan(200);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('write back what they read: the same choices, defaults left out', () => {
    fc.assert(
      fc.property(query, (q) => {
        const r = parseQuery(q, ctx);
        const again = parseQuery(
          serializeQuery(q, {
            country: r.country,
            trip: r.trip,
            date: r.date ?? '2026-12-02',
            today: '2026-12-02',
          }),
          ctx,
        );
        expect([again.country, again.trip, again.date]).toEqual([r.country, r.trip, r.date]);
      }),
      { numRuns: 2000 },
    );
  });

  it('read any hash: a view within range, or none with a notice', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const { view, notice } = parseMapHash(`#map=${a}/${b}`);
        if (view) {
          expect(view.zoom).toBeGreaterThanOrEqual(0);
          expect(Math.abs(view.lat)).toBeLessThanOrEqual(90);
          expect(Math.abs(view.lon)).toBeLessThanOrEqual(180);
        } else expect(notice).toMatch(/could not be read/);
      }),
      { numRuns: 3000 },
    );
  });

  it('read any lesson step: a step of the lesson, or the first with a notice', () => {
    fc.assert(
      fc.property(value, (v) => {
        const { slide, notice } = parsePresent(`?present=1&step=${encodeURIComponent(v)}`, 9);
        expect(slide!.step).toBeGreaterThanOrEqual(0);
        expect(slide!.step).toBeLessThan(9);
        if (notice) expect(slide!.step).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });
});
