// The English originals a translation keeps beside its quotations (“…”) are marked as English on
// another language's page (lib/i18n/quotes.ts, components/panel/Quoted.svelte).
import { afterEach, describe, expect, it } from 'vitest';
import { quoteParts } from '../../src/lib/i18n/quotes';
import { useLanguage } from '../../src/lib/i18n/current';
import { en } from '../../src/lib/i18n/en/index';
import { messages as fr } from '../../src/lib/i18n/fr/index';

afterEach(() => useLanguage('en', en));

const text =
  'La Chambre a répondu que « pour être utiles, les consultations doivent être menées en temps voulu » (en anglais : “in order for consultations to be meaningful, they must be timely”).';

describe('quotations’ originals', () => {
  it('on a French page, the English original is its own part, marked English; the rest is French', () => {
    useLanguage('fr', fr);
    const parts = quoteParts(text);
    expect(parts.filter((p) => p.en).map((p) => p.text)).toEqual([
      '“in order for consultations to be meaningful, they must be timely”',
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts[0]).toEqual({ text: text.slice(0, text.indexOf('“')), en: false });
  });

  it('on the English page nothing is marked (the page is English)', () => {
    expect(quoteParts('He said “no”.')).toEqual([{ text: 'He said “no”.', en: false }]);
  });
});
