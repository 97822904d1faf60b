import { describe, expect, it } from 'vitest';
import { readAddress, writeAddress, type AddressState } from '../../src/lib/state/address';

const PAGE = 'https://example.org/maps/icc/';
const base: AddressState = {
  country: null,
  trip: null,
  date: '2026-12-02',
  today: '2026-12-02',
  slide: null,
  view: null,
};
const ctx = {
  isKnown: (iso3: string) => ['MNG', 'TJK'].includes(iso3),
  isTrip: (id: string) => id === '2024-09-mongolia',
  range: ['2002-07-01', '2026-12-02'] as const,
  isDate: (s: string) => /^\d{4}-\d\d-\d\d$/.test(s),
  steps: 9,
};

describe('writeAddress', () => {
  it('leaves the defaults out: today, no country, no lesson, no camera yet', () => {
    expect(writeAddress(PAGE, base)).toBe(PAGE);
  });

  it('writes the selection, the date, the lesson step and the camera', () => {
    const link = writeAddress(PAGE, {
      ...base,
      country: 'MNG',
      trip: '2024-09-mongolia',
      date: '2024-09-03',
      slide: { step: 4, revealed: true },
      view: { zoom: 3.5, lat: 47, lon: 103 },
    });
    const url = new URL(link);
    expect(url.pathname).toBe('/maps/icc/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      country: 'MNG',
      trip: '2024-09-mongolia',
      date: '2024-09-03',
      present: '1',
      step: '5',
    });
    expect(url.hash).toBe('#map=3.5/47/103');
  });

  it('keeps the parameters it does not own, and takes out those the view no longer has', () => {
    const link = writeAddress(`${PAGE}?renderer=svg&country=TJK&present=1&step=2#map=2/0/0&x=1`, base);
    expect(link).toBe(`${PAGE}?renderer=svg#map=2/0/0&x=1`);
  });

  it('names no camera on the world view, so each screen frames the world its own way', () => {
    expect(
      writeAddress(`${PAGE}?country=MNG#map=2/0/0&x=1`, { ...base, country: 'MNG', view: 'world' }),
    ).toBe(`${PAGE}?country=MNG#x=1`);
    expect(writeAddress(`${PAGE}#map=2/0/0`, { ...base, view: 'world' })).toBe(PAGE);
  });

  it('carries the Precedents layer as ?precedents=1, both ways', () => {
    const link = writeAddress(PAGE, { ...base, precedents: true });
    expect(link).toBe(`${PAGE}?precedents=1`);
    expect(readAddress(new URL(link), ctx).precedents).toBe(true);
    expect(readAddress(new URL(PAGE), ctx).precedents).toBe(false);
  });

  it('reads back what it wrote', () => {
    const state: AddressState = {
      ...base,
      country: 'TJK',
      date: '2025-10-09',
      slide: { step: 6, revealed: false },
      view: { zoom: 4, lat: 38.5, lon: 68.8 },
    };
    const url = new URL(writeAddress(PAGE, state));
    const read = readAddress(url, ctx);
    expect(read.query.country).toBe('TJK');
    expect(read.query.date).toBe('2025-10-09');
    expect(read.slide).toEqual({ step: 6, revealed: false });
    expect(read.view).toEqual({ zoom: 4, lat: 38.5, lon: 68.8 });
    expect(read.notices).toEqual([]);
  });

  it('reads a bad camera as a notice and the hash without it', () => {
    const read = readAddress({ search: '?step=x&present=1', hash: '#map=abc&x=1' }, ctx);
    expect(read.view).toBeNull();
    expect(read.cleanHash).toBe('#x=1');
    expect(read.notices).toHaveLength(2);
  });
});
