// Validates the real data file, so a bad edit fails the tests as well as the build.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseCountries } from '../../src/lib/data/validate';
import { statusOn } from '../../src/lib/data/status';

const data = parseCountries(JSON.parse(readFileSync('data/countries.json', 'utf8')));
const get = (iso3: string) => data.countries.find((c) => c.iso3 === iso3)!;

describe('data/countries.json', () => {
  it('covers every UN member state plus Palestine, the Cook Islands, Kosovo, Taiwan, the Holy See and Western Sahara', () => {
    expect(data.countries.length).toBe(199);
    for (const iso3 of ['PSE', 'COK', 'XKX', 'TWN', 'VAT', 'ESH']) expect(get(iso3), iso3).toBeDefined();
  });

  it('shows the known changes of 2023–2026', () => {
    expect(statusOn(get('ARM'), '2024-02-01')).toBe('party');
    expect(statusOn(get('UKR'), '2025-01-01')).toBe('party');
    expect(statusOn(get('HUN'), '2026-06-02')).toBe('withdrawn');
    expect(statusOn(get('MNG'), '2024-09-03')).toBe('party');
    expect(statusOn(get('TJK'), '2025-10-09')).toBe('party');
    expect(statusOn(get('RUS'), data.asOf)).toBe('signatureWithdrawn');
  });
});
