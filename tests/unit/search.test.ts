import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { normalize, searchCountries } from '../../src/lib/data/search';
import type { Country } from '../../src/lib/data/schema';

const countries: Country[] = JSON.parse(readFileSync('data/countries.json', 'utf8')).countries;
const first = (q: string) => searchCountries(q, countries)[0]?.country.iso3;

describe('country search', () => {
  it('finds countries by their common spellings, with or without accents', () => {
    expect(first('Türkiye')).toBe('TUR');
    expect(first('turkey')).toBe('TUR');
    expect(first("Côte d'Ivoire")).toBe('CIV');
    expect(first('cote')).toBe('CIV');
    expect(first('Ivory Coast')).toBe('CIV');
    expect(first('Burma')).toBe('MMR');
    expect(first('UK')).toBe('GBR');
    expect(first('mong')).toBe('MNG');
    expect(first('tajik')).toBe('TJK');
  });

  it('says which other name matched', () => {
    expect(searchCountries('Ivory', countries)[0]).toMatchObject({ via: 'Ivory Coast' });
    expect(searchCountries('Mongolia', countries)[0]).toMatchObject({ via: null });
  });

  it('puts names that start with the query first, and caps the list', () => {
    const r = searchCountries('sa', countries).map((m) => m.country.name);
    expect(r.length).toBeLessThanOrEqual(8);
    expect(r[0]).toMatch(/^Sa/);
  });

  it('finds nothing for nothing', () => {
    expect(searchCountries('   ', countries)).toEqual([]);
    expect(searchCountries('zzzz', countries)).toEqual([]);
    expect(normalize('São Tomé and Príncipe')).toBe('sao tome and principe');
  });
});
