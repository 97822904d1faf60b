import { describe, expect, it } from 'vitest';
import {
  parseMapHash,
  parseQuery,
  serializeQuery,
  withoutMapHash,
  type UrlContext,
} from '../../src/lib/state/url';
import { isCalendarDate } from '../../src/lib/data/schema';

const ctx: UrlContext = {
  isKnown: (iso3) => ['MNG', 'TJK', 'UKR', 'ARM'].includes(iso3),
  isTrip: (id) => id === '2024-09-mongolia',
  range: ['2002-07-01', '2026-11-22'],
  isDate: isCalendarDate,
};

describe('?country=', () => {
  it('opens a known country, whatever the case of the code', () => {
    expect(parseQuery('?country=mng', ctx)).toMatchObject({ country: 'MNG', notices: [] });
  });

  it('ignores an unknown or malformed code with a notice that quotes it as text', () => {
    for (const bad of ['XXX', 'MN', '<script>alert(1)</script>', '%E2%9C%93', '123']) {
      const r = parseQuery(`?country=${bad}`, ctx);
      expect(r.country).toBeNull();
      expect(r.notices).toHaveLength(1);
      expect(r.notices[0]).toMatch(/No country has the code/);
    }
  });

  it('takes the first of repeated keys and says so', () => {
    const r = parseQuery('?country=TJK&country=MNG', ctx);
    expect(r.country).toBe('TJK');
    expect(r.notices[0]).toMatch(/names 2 countries/);
  });
});

describe('?date= and ?trip=', () => {
  it('reads a date inside the range and a known trip', () => {
    expect(parseQuery('?country=ARM&date=2023-06-01&trip=2024-09-mongolia', ctx)).toEqual({
      country: 'ARM',
      trip: '2024-09-mongolia',
      date: '2023-06-01',
      renderer: null,
      notices: [],
    });
  });

  it('reads the renderer a link asks for, and ignores any other with a notice', () => {
    expect(parseQuery('?renderer=svg', ctx).renderer).toBe('svg');
    expect(parseQuery('?renderer=webgl', ctx).renderer).toBe('webgl');
    const bad = parseQuery('?renderer=canvas', ctx);
    expect(bad.renderer).toBeNull();
    expect(bad.notices[0]).toMatch(/cannot be drawn as “canvas”/);
  });

  it('falls back to today, with a notice, for a date that is invalid or out of range', () => {
    for (const [bad, why] of [
      ['2023-02-30', /not a date/],
      ['yesterday', /not a date/],
      ['1999-01-01', /outside 2002-07-01 – 2026-11-22/],
      ['2031-01-01', /outside/],
    ] as const) {
      const r = parseQuery(`?date=${bad}`, ctx);
      expect(r.date, bad).toBeNull();
      expect(r.notices[0], bad).toMatch(why);
    }
  });

  it('ignores an unknown trip with a notice', () => {
    expect(parseQuery('?trip=nowhere', ctx).notices[0]).toMatch(/No trip has the id “nowhere”/);
  });
});

describe('writing the query', () => {
  const today = '2026-11-22';
  it('writes only non-default values and keeps other parameters', () => {
    expect(serializeQuery('?lang=en', { country: 'UKR', trip: null, date: today, today })).toBe(
      '?lang=en&country=UKR',
    );
    expect(
      serializeQuery('?country=UKR&date=2024-01-01', { country: null, trip: null, date: today, today }),
    ).toBe('');
    expect(serializeQuery('', { country: 'MNG', trip: '2024-09-mongolia', date: '2024-09-03', today })).toBe(
      '?country=MNG&trip=2024-09-mongolia&date=2024-09-03',
    );
  });
});

describe('#map= (MapLibre hash)', () => {
  it('reads zoom/lat/lon', () => {
    expect(parseMapHash('#map=3.5/47.9/106.9')).toEqual({
      view: { zoom: 3.5, lat: 47.9, lon: 106.9 },
      notice: null,
    });
  });

  it('no hash is no notice', () => {
    expect(parseMapHash('')).toEqual({ view: null, notice: null });
  });

  it('rejects malformed, out-of-range or repeated views with a notice', () => {
    for (const h of [
      '#map=abc',
      '#map=2/95/10',
      '#map=2/10/500',
      '#map=99/1/1',
      '#map=1//2',
      '#map=1/2/3&map=1/2/3',
      '#map=1/2/3/4/5/6',
    ]) {
      const r = parseMapHash(h);
      expect(r.view, h).toBeNull();
      expect(r.notice, h).toMatch(/could not be read/);
    }
  });

  it('removes only the map part', () => {
    expect(withoutMapHash('#map=abc&x=1')).toBe('#x=1');
    expect(withoutMapHash('#map=abc')).toBe('');
  });
});
