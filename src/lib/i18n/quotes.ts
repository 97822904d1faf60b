/**
 * A translated text of the data keeps the English original of a quotation beside its translation,
 * in English quotation marks: fr « … » (en anglais : “…”), ru/uk «…» (англ. “…”) (data/i18n/; the
 * page's own quotations use « »). quoteParts cuts a text into its own words and those originals, so
 * that the page can mark the originals as English (a screen reader then reads them in English).
 */
import { lang } from './current.ts';

export interface QuotePart {
  text: string;
  /** An English original (“…”) on another language's page. */
  en: boolean;
}

export function quoteParts(text: string): QuotePart[] {
  if (lang() === 'en' || !text.includes('“')) return [{ text, en: false }];
  return text
    .split(/(“[^”]*”)/)
    .filter((s) => s !== '')
    .map((s) => ({ text: s, en: s.startsWith('“') }));
}
