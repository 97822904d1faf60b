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

const HttpsUrl = v.pipe(
  v.string('must be a URL'),
  v.url('must be a URL'),
  v.startsWith('https://', 'must be an https:// URL'),
);

/** A publisher's id in data/publishers.json. */
export const PublisherId = v.pipe(
  v.string('must be text'),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'),
);

export const SourceSchema = v.strictObject({
  /** The page that was read. */
  url: HttpsUrl,
  title: Text,
  /** Who is speaking (data/publishers.json); by default the publisher of the URL's domain. Required for a copy. */
  publisher: v.optional(PublisherId),
  /** The original's address, when `url` is a copy (a mirror, a repost) read in its place. */
  original: v.optional(HttpsUrl),
  /** The day it was published, when known. */
  date: v.optional(IsoDate),
  /** The language of its title (ISO 639-1), when not English: a screen reader reads it in that language. */
  lang: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^[a-z]{2}$/, 'must be a two-letter language code (ISO 639-1: "fr", "nl", "ru")'),
      v.check((l) => l !== 'en', 'leave it out for an English title (English is the default)'),
    ),
  ),
});

/**
 * What a record says about its own uncertainty: field name → why that fact is uncertain. The page
 * shows the flag on that fact only, never on the certain facts beside it.
 */
export const Uncertainties = v.optional(
  v.record(
    v.pipe(v.string(), v.regex(/^[a-zA-Z0-9_]+$/, 'must name a field of the record')),
    v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must say why the fact is uncertain')),
    'must be an object: field name → reason',
  ),
  {},
);

/** How the research went (mirrors read, searches that failed): kept with the record, never shown. */
export const Research = v.optional(v.string('must be text'), '');

/** At least one source, each an https URL with a title. */
export const Sources = v.pipe(
  v.array(SourceSchema, 'must be a list'),
  v.minLength(1, 'needs at least one source'),
);

export const Confidence = v.picklist(['high', 'medium', 'low'], 'must be "high", "medium" or "low"');

export const Iso3 = v.pipe(
  v.string('must be text'),
  v.regex(/^[A-Z]{3}$/, 'must be three capital letters (ISO 3166-1 alpha-3)'),
);

export const CountrySchema = v.strictObject({
  iso3: Iso3,
  name: Text,
  signed: OptionalDate,
  /**
   * True when the state signed (it ratified, or a source says it signed) but the day was not found:
   * the signature then counts from 31 December 2000, the last day the Statute was open for signature.
   */
  signedDateUnknown: v.optional(v.boolean('must be true or false'), false),
  ratified: OptionalDate,
  /** How it became bound: ratification (after signing), accession (without signing) or succession (Montenegro). */
  ratificationType: v.nullable(
    v.picklist(
      ['ratification', 'accession', 'succession'],
      'must be "ratification", "accession", "succession" or null',
    ),
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
  /**
   * Withdrawals announced by a government but not notified to the UN Secretary-General: shown as
   * announcements, never as withdrawals (Art. 127 counts only a written notification).
   */
  announcements: v.optional(
    v.array(
      v.strictObject({
        date: IsoDate,
        what: Text,
        sources: Sources,
      }),
      'must be a list',
    ),
    [],
  ),
  /** Shown to readers. */
  notes: v.string('must be text'),
  research: Research,
  confidence: Confidence,
  uncertain: Uncertainties,
  sources: Sources,
});

export const CountriesFileSchema = v.strictObject({
  asOf: IsoDate,
  description: v.string('must be text'),
  countries: v.array(CountrySchema, 'must be a list'),
});

/**
 * A dependent territory the map draws: whether the Statute applies there. A ratification covers the
 * whole territory of the state unless a declaration excludes part of it, and a later declaration can
 * extend it.
 */
export const TerritorySchema = v.strictObject({
  iso3: Iso3,
  name: Text,
  /** The state it belongs to, or that administers it. */
  state: Iso3,
  /**
   * "state": it shares the state's position under the Statute (from `from`, when that differs);
   * "excluded": a declaration of the state excludes it; "unknown": no record of either was found.
   */
  coverage: v.picklist(['state', 'excluded', 'unknown'], 'must be "state", "excluded" or "unknown"'),
  /** The day the Statute began to apply there, when that is not the state's own entry into force. */
  from: OptionalDate,
  /** For the reader: the instrument that covers or excludes it, in one sentence. */
  instrument: Text,
  notes: v.string('must be text'),
  research: Research,
  confidence: Confidence,
  uncertain: Uncertainties,
  sources: v.array(SourceSchema, 'must be a list'),
});

export const TerritoriesFileSchema = v.strictObject({
  asOf: IsoDate,
  description: v.optional(v.string('must be text')),
  territories: v.array(TerritorySchema, 'must be a list'),
});

export const SOURCE_KINDS = [
  'court',
  'un',
  'government',
  'russian-government',
  'state-media',
  'press',
  'ngo',
  'academic',
  'reference',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

const Host = v.pipe(
  v.string('must be text'),
  v.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'must be a host name such as tass.com'),
);

/** Who speaks in a source: one entry per publisher, found by its domains. */
export const PublisherSchema = v.strictObject({
  id: PublisherId,
  name: Text,
  /** What the source links show after a statement, when the name is long ("ICC"). */
  short: v.optional(Text),
  kind: v.picklist(SOURCE_KINDS, `must be one of: ${SOURCE_KINDS.join(', ')}`),
  /** A few words a reader can weigh the source by ("Russian state news agency"). */
  about: v.optional(Text),
  domains: v.array(Host, 'must be a list'),
});

export const PublishersFileSchema = v.strictObject({
  asOf: IsoDate,
  description: v.optional(v.string('must be text')),
  publishers: v.array(PublisherSchema, 'must be a list'),
  /** Sites that only copy others' work (mirrors, reposts): a source there must name its publisher. */
  copyHosts: v.array(v.strictObject({ host: Host, about: Text }), 'must be a list'),
});

/** A source; the build adds `copyAt`, the copy host it was read on, when it is a copy. */
export type Source = v.InferOutput<typeof SourceSchema> & { copyAt?: string };
export type Territory = v.InferOutput<typeof TerritorySchema>;
export type TerritoriesFile = v.InferOutput<typeof TerritoriesFileSchema>;
export type Publisher = v.InferOutput<typeof PublisherSchema>;
export type PublishersFile = v.InferOutput<typeof PublishersFileSchema>;
export type Country = v.InferOutput<typeof CountrySchema>;
export type CountriesFile = v.InferOutput<typeof CountriesFileSchema>;
