/**
 * The page's language and its messages. A page speaks one language from its first render to its
 * last: each language is a build of its own (build/i18n-plugin.ts compiles the words into its code
 * and replaces this module), and choosing another opens that language's page (LanguagePicker). In
 * unit and component tests this module is what runs: English, or the language a test sets with
 * `useLanguage` (and puts back after).
 */
import { en } from './en/index.ts';
import type { Lang } from './langs.ts';
import { setLang } from './locale-state.ts';
import type { Messages } from './types.ts';

export { lang, locale } from './locale-state.ts';

/** The messages of the page's language: `t.app.title`, `t.panel.closeOn(name)`. */
export const t: Messages = { ...en };

/** Makes `lang` the page's language, with its messages. */
export function useLanguage(next: Lang, messages: Messages): void {
  setLang(next);
  Object.assign(t, messages);
}
