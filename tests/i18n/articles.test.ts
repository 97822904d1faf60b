// English's "the" before some country names ("the Netherlands") stays in English sentences.
import { afterEach, describe, expect, it } from 'vitest';
import { nameIn, takesThe } from '../../src/lib/data/obligations';
import { APP_DATA } from '../../src/lib/data/static-data';
import { useLanguage } from '../../src/lib/i18n/current';
import { en } from '../../src/lib/i18n/en/index';
import { messages as fr } from '../../src/lib/i18n/fr/index';

const netherlands = APP_DATA.countries.countries.find((c) => c.iso3 === 'NLD')!;

afterEach(() => useLanguage('en', en));

describe('names in sentences', () => {
  it('an English sentence says "the Netherlands"', () => {
    expect(nameIn(netherlands, true)).toBe('The Netherlands');
  });

  it('another language’s page never puts the English article before a name', () => {
    useLanguage('fr', fr);
    expect(takesThe(netherlands)).toBe(false);
    expect(nameIn(netherlands)).toBe(netherlands.name);
  });
});
