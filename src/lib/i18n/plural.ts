/** Counts in words: the number in the page's locale and the plural form its rules pick (one, few, many, other). */
import { locale } from './locale-state.ts';

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/** The number `n` in the page's locale: 1,234 / 1 234 / 1 234. */
export function num(n: number): string {
  const loc = locale();
  let f = numbers.get(loc);
  if (!f) numbers.set(loc, (f = new Intl.NumberFormat(loc)));
  return f.format(n);
}

/** `forms` picked for `n` by the locale's plural rules, "#" replaced by the number: "# trip" / "# trips". */
export function plural(n: number, forms: PluralForms): string {
  const loc = locale();
  let r = rules.get(loc);
  if (!r) rules.set(loc, (r = new Intl.PluralRules(loc)));
  const form = forms[r.select(n)] ?? forms.other;
  return form.replace('#', num(n));
}

const lists = new Map<string, Intl.ListFormat>();

/** Items joined as the page's language joins them: "A, B and C" / « A, B et C » / «A, B и C». */
export function list(items: readonly string[]): string {
  const loc = locale();
  let f = lists.get(loc);
  if (!f) lists.set(loc, (f = new Intl.ListFormat(loc, { type: 'conjunction' })));
  return f.format(items);
}
