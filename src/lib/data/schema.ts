/** The shape of data/countries.json, written once with valibot; types are inferred from it. */
import * as v from 'valibot';

/** True for a real calendar day (rejects 2023-02-30). */
export function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const IsoDate = v.pipe(
  v.string('must be a date written YYYY-MM-DD'),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  v.check(isCalendarDate, 'is not a real calendar date'),
);
export const OptionalDate = v.nullable(IsoDate);
export const Text = v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'));

export const SourceSchema = v.strictObject({
  url: v.pipe(
    v.string('must be a URL'),
    v.url('must be a URL'),
    v.startsWith('https://', 'must be an https:// URL'),
  ),
  title: Text,
});

/** At least one source, each an https URL with a title. */
export const Sources = v.pipe(
  v.array(SourceSchema, 'must be a list'),
  v.minLength(1, 'needs at least one source'),
);

export const Confidence = v.picklist(['high', 'medium', 'low'], 'must be "high", "medium" or "low"');

export const CountrySchema = v.strictObject({
  iso3: v.pipe(
    v.string('must be text'),
    v.regex(/^[A-Z]{3}$/, 'must be three capital letters (ISO 3166-1 alpha-3)'),
  ),
  name: Text,
  signed: OptionalDate,
  ratified: OptionalDate,
  ratificationType: v.nullable(
    v.picklist(['ratification', 'accession'], 'must be "ratification", "accession" or null'),
  ),
  entryIntoForce: OptionalDate,
  /** True when entryIntoForce is only the latest date it can be (the exact one was not found). */
  entryIntoForceLatestPossible: v.optional(v.boolean('must be true or false'), false),
  withdrawalNotified: OptionalDate,
  withdrawalEffective: OptionalDate,
  signatureWithdrawn: OptionalDate,
  declarations12_3: v.array(
    v.strictObject({ date: IsoDate, note: v.string('must be text') }),
    'must be a list',
  ),
  notes: v.string('must be text'),
  confidence: Confidence,
  sources: Sources,
});

export const CountriesFileSchema = v.strictObject({
  asOf: IsoDate,
  description: v.string('must be text'),
  countries: v.array(CountrySchema, 'must be a list'),
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type Country = v.InferOutput<typeof CountrySchema>;
export type CountriesFile = v.InferOutput<typeof CountriesFileSchema>;
