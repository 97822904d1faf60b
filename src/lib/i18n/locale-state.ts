/**
 * The page's language, on its own (no imports), so the counting helpers (plural.ts) and the
 * catalogue (current.ts) can both read it without importing each other. A build replaces it with
 * its language, fixed (build/i18n-plugin.ts).
 */
import { LOCALE, type Lang } from './langs.ts';

let current: Lang = 'en';

/** The page's language. */
export function lang(): Lang {
  return current;
}

/** The page's locale for the Intl APIs ("fr-FR"). */
export function locale(): string {
  return LOCALE[current];
}

/** Sets the page's language (current.ts: useLanguage). */
export function setLang(next: Lang): void {
  current = next;
}
