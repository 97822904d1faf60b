import { describe, expect, it } from 'vitest';
import { parseMapHash, parseQuery, serializeQuery, withoutMapHash } from '../../src/lib/state/url';

const known = (iso3: string) => ['MNG', 'TJK', 'UKR'].includes(iso3);

describe('?country=', () => {
  it('opens a known country, whatever the case of the code', () => {
    expect(parseQuery('?country=mng', known)).toEqual({ country: 'MNG', notices: [] });
  });

  it('ignores an unknown or malformed code with a notice that quotes it as text', () => {
    for (const bad of ['XXX', 'MN', '<script>alert(1)</script>', '%E2%9C%93', '123']) {
      const r = parseQuery(`?country=${bad}`, known);
      expect(r.country).toBeNull();
      expect(r.notices).toHaveLength(1);
      expect(r.notices[0]).toMatch(/No country has the code/);
    }
  });

  it('takes the first of repeated keys and says so', () => {
    const r = parseQuery('?country=TJK&country=MNG', known);
    expect(r.country).toBe('TJK');
    expect(r.notices[0]).toMatch(/names 2 countries/);
  });

  it('writes only a non-default selection and keeps other parameters', () => {
    expect(serializeQuery('?lang=en', { country: 'UKR' })).toBe('?lang=en&country=UKR');
    expect(serializeQuery('?country=UKR', { country: null })).toBe('');
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
