/**
 * The page's language and its messages. A page speaks one language from its first render to its
 * last: choosing another reloads it with `?lang=` (LanguagePicker), so the messages are static,
 * like the data, and set once before the app mounts (main.ts). Component tests set them with
 * `useLanguage` and put English back after.
 */
import { LOCALE, type Lang } from './langs.ts';
import { en } from './en/index.ts';
import type { Messages } from './types.ts';

let current: Lang = 'en';

/** The messages of the page's language: `t.map.legendTitle`, `t.panel.close(name)`. */
export const t: Messages = { ...en };

/** The page's language. */
export function lang(): Lang {
  return current;
}

/** The page's locale for the Intl APIs ("fr-FR"). */
export function locale(): string {
  return LOCALE[current];
}

/** Makes `lang` the page's language, with its messages (loaded by load.ts). */
export function useLanguage(next: Lang, messages: Messages): void {
  current = next;
  Object.assign(t, messages);
}
