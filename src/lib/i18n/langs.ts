/**
 * The languages the map speaks and how a page picks one: `?lang=` in the address first, then the
 * reader's earlier choice on this device, then the browser's preferred languages, then English.
 * The site's root page applies these rules in a script written into its head before anything is
 * drawn (build/first-paint.ts: languageRedirect); pickLang is the same rules, tested.
 */

export const LANGS = ['en', 'fr', 'ru', 'uk'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language's name in itself, for the picker (a reader looks for their own language's name). */
export const ENDONYM: Readonly<Record<Lang, string>> = {
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  uk: 'Українська',
};

/** The locale the Intl APIs format with (British English: day month year, as the Court writes). */
export const LOCALE: Readonly<Record<Lang, string>> = {
  en: 'en-GB',
  fr: 'fr-FR',
  ru: 'ru-RU',
  uk: 'uk-UA',
};

/** All four are written left to right; `dir` is still set so a future language only adds a line here. */
export const DIR: Readonly<Record<Lang, 'ltr' | 'rtl'>> = { en: 'ltr', fr: 'ltr', ru: 'ltr', uk: 'ltr' };

/** Where the reader's last choice is kept on this device. */
export const STORAGE_KEY = 'icc-map-lang';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** "fr-CA" → "fr"; "uk" → "uk"; anything else → null. */
function baseLang(tag: string): Lang | null {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLang(base) ? base : null;
}

export interface LangChoice {
  lang: Lang;
  /** Where the choice came from: the address, the reader's stored choice, the browser, or the default. */
  from: 'address' | 'stored' | 'browser' | 'default';
  /** The `?lang=` value that was not a language this map has (shown to the reader as a notice). */
  unknown: string | null;
}

/**
 * Picks the page's language. `query` is the address's query string; `stored` the reader's earlier
 * choice (or null); `preferred` the browser's languages (navigator.languages), most preferred first.
 * A `?lang=` decides alone: one the map does not have leaves the page in English, with a notice.
 */
export function pickLang(query: string, stored: string | null, preferred: readonly string[]): LangChoice {
  const asked = new URLSearchParams(query).get('lang');
  if (asked !== null) {
    const lang = baseLang(asked);
    return lang ? { lang, from: 'address', unknown: null } : { lang: 'en', from: 'default', unknown: asked };
  }
  if (stored !== null && baseLang(stored)) return { lang: baseLang(stored)!, from: 'stored', unknown: null };
  for (const tag of preferred) {
    const lang = baseLang(tag);
    if (lang) return { lang, from: 'browser', unknown: null };
  }
  return { lang: 'en', from: 'default', unknown: null };
}

/**
 * The address of `link` (a page in `from`) in language `to`: each language's page is a folder of
 * the site (English at its root, French in fr/…), so the language is in every link, QR code, embed
 * and handout that page makes. The query and hash are kept, less any `lang=`.
 */
export function languagePage(link: string, from: Lang, to: Lang): string {
  const url = new URL(link);
  const up = from === 'en' ? './' : '../';
  const target = new URL(to === 'en' ? up : `${up}${to}/`, url);
  const params = new URLSearchParams(url.search);
  params.delete('lang');
  const query = params.toString();
  return `${target.origin}${target.pathname}${query ? `?${query}` : ''}${url.hash}`;
}
