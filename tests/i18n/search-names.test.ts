// Finding a country by its name in any of the map's languages, on any page.
import { describe, expect, it } from 'vitest';
import { namesModule, readDataFiles } from '../../build/data-plugin';
import { parseDataset } from '../../src/lib/data/dataset';
import { searchCountries } from '../../src/lib/data/search';
import { localizeNames } from '../../src/lib/data/localize';

const dataset = parseDataset(readDataFiles('data'));
const names: Record<string, string[]> = JSON.parse(namesModule(dataset).replace(/^export default |;$/g, ''));
const countries = dataset.countries.countries;

describe('search in every language', () => {
  it('every country has its names in English, French, Russian and Ukrainian, with the map’s overrides', () => {
    expect(names.DEU).toEqual(['Germany', 'Allemagne', 'Германия', 'Німеччина']);
    expect(names.PSE).toEqual(['Palestine', 'Палестина']);
    expect(names.VAT).toContain('Saint-Siège');
    for (const c of countries) expect(names[c.iso3].length, c.iso3).toBeGreaterThanOrEqual(1);
  });

  it('an English page finds Mongolia typed in Russian or Ukrainian, and says by which name', () => {
    const [ru] = searchCountries('Монголия', countries, 8, names);
    expect(ru.country.iso3).toBe('MNG');
    expect(ru.via).toBe('Монголия');
    expect(searchCountries('таджик', countries, 8, names)[0].country.iso3).toBe('TJK');
    // Before the names have come, a Cyrillic query finds nothing rather than failing.
    expect(searchCountries('Монголия', countries)).toEqual([]);
  });

  it('a French page finds a country by its French, English or Ukrainian name', () => {
    const french = new Map(countries.map((c) => [c.iso3, names[c.iso3][1] ?? c.name]));
    const local = localizeNames(dataset, french).countries.countries;
    expect(searchCountries('Allem', local, 8, names)[0].country.name).toBe('Allemagne');
    const viaEnglish = searchCountries('Germany', local, 8, names)[0];
    expect([viaEnglish.country.name, viaEnglish.via]).toEqual(['Allemagne', 'Germany']);
    expect(searchCountries('Німеччина', local, 8, names)[0].country.iso3).toBe('DEU');
  });
});
