// Choosing the page's language: the rules (langs.ts), the script the pages run before drawing
// (build/first-paint.ts: languageRedirect), which must follow the same rules, and the links between
// the language pages.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LANGS, languagePage, pickLang, STORAGE_KEY, type Lang } from '../../src/lib/i18n/langs';
import { languageRedirect } from '../../build/first-paint';

/** Runs a page's redirect script with a given address, stored choice and browser languages; returns where it went. */
function redirect(
  page: Lang,
  search: string,
  stored: string | null,
  languages: readonly string[],
  storage: 'ok' | 'refused' = 'ok',
): string | null {
  let went: string | null = null;
  const location = { search, hash: '#map=2/10/20', replace: (to: string) => (went = to) };
  const localStorage = {
    getItem: (k: string) => {
      if (storage === 'refused') throw new Error('SecurityError');
      return k === STORAGE_KEY ? stored : null;
    },
  };
  new Function('location', 'localStorage', 'navigator', languageRedirect(page))(location, localStorage, {
    languages,
  });
  return went;
}

describe('the language a page picks', () => {
  it('takes ?lang= first, then the reader’s stored choice, then the browser’s languages', () => {
    expect(pickLang('?lang=fr', 'ru', ['uk']).lang).toBe('fr');
    expect(pickLang('', 'ru', ['uk']).lang).toBe('ru');
    expect(pickLang('', null, ['de-DE', 'uk-UA', 'fr']).lang).toBe('uk');
    expect(pickLang('', null, ['de', 'es']).lang).toBe('en');
    expect(pickLang('?lang=FR-ca', null, []).lang).toBe('fr');
  });

  it('keeps a ?lang= it does not have, for the notice, and stays in English', () => {
    expect(pickLang('?lang=de', 'fr', ['ru'])).toEqual({ lang: 'en', from: 'default', unknown: 'de' });
  });

  it('the root page’s script goes where the rules say, keeping the rest of the address', () => {
    expect(redirect('en', '?lang=fr&country=MNG', null, [])).toBe('fr/?country=MNG#map=2/10/20');
    expect(redirect('en', '?country=MNG&lang=uk', null, [])).toBe('uk/?country=MNG#map=2/10/20');
    expect(redirect('en', '', 'ru', ['fr'])).toBe('ru/#map=2/10/20');
    expect(redirect('en', '', null, ['uk-UA', 'ru'])).toBe('uk/#map=2/10/20');
    expect(redirect('en', '', 'en', ['fr'])).toBeNull();
    expect(redirect('en', '', null, ['fr'], 'refused')).toBe('fr/#map=2/10/20');
    expect(redirect('en', '?lang=xx', 'fr', ['fr'])).toBeNull();
  });

  it('another language’s page moves only for an explicit ?lang=', () => {
    expect(redirect('fr', '', 'ru', ['uk'])).toBeNull();
    expect(redirect('fr', '?lang=ru&date=2024-09-03', null, [])).toBe('../ru/?date=2024-09-03#map=2/10/20');
    expect(redirect('ru', '?lang=en', null, [])).toBe('../#map=2/10/20');
    expect(redirect('uk', '?lang=uk', null, [])).toBeNull();
  });

  it('the root page’s script and pickLang agree on every address, stored choice and browser', () => {
    const tag = fc.oneof(
      fc.constantFrom(...LANGS, 'de', 'FR-be', 'uk_UA', 'ru-RU', 'zz', ''),
      fc.string({ maxLength: 5 }),
    );
    fc.assert(
      fc.property(fc.option(tag), fc.option(tag), fc.array(tag, { maxLength: 4 }), (asked, stored, langs) => {
        const search = asked === null ? '' : `?lang=${encodeURIComponent(asked)}`;
        const want = pickLang(search, stored, langs).lang;
        const went = redirect('en', search, stored, langs);
        expect(went === null ? 'en' : went.split('/')[0]).toBe(want);
      }),
    );
  });
});

describe('links between the language pages', () => {
  const root = 'https://example.org/map/';
  it('each language is a folder of the site; the address’s query and camera go along', () => {
    expect(languagePage(`${root}?country=MNG#map=3/47/106`, 'en', 'fr')).toBe(
      `${root}fr/?country=MNG#map=3/47/106`,
    );
    expect(languagePage(`${root}fr/?country=MNG`, 'fr', 'uk')).toBe(`${root}uk/?country=MNG`);
    expect(languagePage(`${root}ru/?lang=ru&date=2024-09-03`, 'ru', 'en')).toBe(`${root}?date=2024-09-03`);
    expect(languagePage(`${root}uk/index.html?present=1&step=2`, 'uk', 'fr')).toBe(
      `${root}fr/?present=1&step=2`,
    );
  });
});
