/**
 * Turns unknown JSON into typed, checked records, or throws a DataError that names the file, the
 * record and the field. Used by the build (vite.config.ts) and by tests; the browser gets data that
 * has already passed.
 */
import * as v from 'valibot';
import { CountriesFileSchema, type CountriesFile, type Country } from './schema.ts';

/** A data file that breaks a rule: the message names file, record and field. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly record: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: ${record}, field "${field}": ${detail}`);
    this.name = 'DataError';
  }
}

/** The list a record sits in, and the key that names a record in messages. */
export interface ListSpec {
  list: string;
  key: string;
}

function recordName(file: unknown, spec: ListSpec, index: number | undefined): string {
  if (index === undefined) return 'top level';
  const rec = (file as Record<string, Record<string, unknown>[] | undefined>)?.[spec.list]?.[index];
  const id = rec?.[spec.key];
  return `record ${index}${typeof id === 'string' ? ` (${spec.key} "${id}")` : ''}`;
}

/** A reader's wording for an issue: valibot's own for the shape of a record is too terse. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' || issue.type === 'object') {
    if (issue.expected === 'never') return 'is not a field this record can have';
    if (issue.received === 'undefined') return 'is missing';
    if (issue.expected === 'Object') return 'must be an object with named fields';
  }
  return issue.message;
}

/** Parses `json` with `schema`; the first problem becomes a DataError naming file, record and field. */
export function parseWith<S extends v.GenericSchema>(
  schema: S,
  json: unknown,
  file: string,
  spec: ListSpec,
): v.InferOutput<S> {
  const result = v.safeParse(schema, json);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = issue.path ?? [];
  const inList = path.length >= 2 && path[0]?.key === spec.list;
  const index = inList ? Number(path[1]?.key) : undefined;
  const fieldPath = inList ? path.slice(2) : path;
  const field = fieldPath.length
    ? fieldPath.map((p) => String(p.key)).join('.')
    : inList
      ? '(record)'
      : '(file)';
  const got = JSON.stringify(issue.input);
  throw new DataError(
    file,
    recordName(json, spec, index),
    field,
    `${describeIssue(issue)} (got ${got === undefined ? 'nothing' : got})`,
  );
}

/** Throws when two records share a key. */
export function checkUnique<T>(
  records: readonly T[],
  key: keyof T & string,
  file: string,
  spec: ListSpec,
): void {
  const seen = new Map<unknown, number>();
  records.forEach((r, i) => {
    const prev = seen.get(r[key]);
    if (prev !== undefined) {
      throw new DataError(
        file,
        recordName({ [spec.list]: records }, spec, i),
        key,
        `"${String(r[key])}" is already used by record ${prev}`,
      );
    }
    seen.set(r[key], i);
  });
}

/** Date-order and cross-record rules that a schema cannot say. */
function checkCountry(c: Country, file: string, rec: string, asOf: string): void {
  const fail = (field: string, detail: string) => {
    throw new DataError(file, rec, field, detail);
  };
  const before = (a: keyof Country, b: keyof Country) => {
    const x = c[a] as string | null;
    const y = c[b] as string | null;
    if (x && y && x > y) fail(b, `${y} is before ${String(a)} ${x}`);
  };
  before('signed', 'ratified');
  before('ratified', 'entryIntoForce');
  before('entryIntoForce', 'withdrawalNotified');
  before('withdrawalNotified', 'withdrawalEffective');
  before('signed', 'signatureWithdrawn');
  // The Statute was open for signature from 17 July 1998 to 31 December 2000 (Art. 125(1)); after
  // that a state can only accede. A ratification needs that signature; an accession has none.
  if (c.signed && (c.signed < '1998-07-17' || c.signed > '2000-12-31'))
    fail(
      'signed',
      `${c.signed} is outside the period the Statute was open for signature (17 July 1998 – 31 December 2000)`,
    );
  if (c.ratified && !c.ratificationType && !c.uncertain.ratificationType)
    fail(
      'ratificationType',
      'a state that deposited an instrument needs its type ("ratification", "accession", "succession"), or "uncertain": { "ratificationType": "…why…" }',
    );
  if (c.ratificationType && !c.ratified)
    fail('ratified', `a "${c.ratificationType}" needs the date its instrument was deposited`);
  if (c.ratificationType === 'ratification' && !c.signed && !c.signedDateUnknown)
    fail(
      'signed',
      'a ratification follows a signature: add the date it signed (or "signedDateUnknown": true, with the reason in "uncertain"), or record the instrument as an accession',
    );
  if (c.signed && c.signedDateUnknown) fail('signedDateUnknown', `the signature date is known (${c.signed})`);
  if (c.signedDateUnknown && !c.uncertain.signed)
    fail('uncertain', 'a signature whose day is unknown needs "uncertain": { "signed": "…why…" }');
  if (c.ratificationType === 'accession' && c.signedDateUnknown)
    fail('ratificationType', 'a state that signed ratifies; an accession is made without signing');
  if (c.ratificationType === 'accession' && c.signed)
    fail(
      'ratificationType',
      `a state that signed (${c.signed}) ratifies; an accession is made without signing`,
    );
  if (c.ratified && !c.entryIntoForce)
    fail('entryIntoForce', 'a ratified state needs its entry-into-force date');
  if (c.entryIntoForce && !c.ratified && c.confidence === 'high') {
    fail(
      'ratified',
      'entry into force without a ratification date: add it, or lower the confidence and explain in notes',
    );
  }
  if (c.withdrawalEffective && !c.withdrawalNotified)
    fail('withdrawalNotified', 'a withdrawal needs its notification date');
  if (c.withdrawalNotified && !c.entryIntoForce)
    fail('withdrawalNotified', 'only a State Party can withdraw');
  if (c.signatureWithdrawn && !c.signed && !c.signedDateUnknown)
    fail('signatureWithdrawn', 'only a signatory can withdraw its signature');
  if (c.signatureWithdrawn && c.ratified)
    fail('signatureWithdrawn', 'a state that ratified cannot withdraw its signature');
  for (const k of ['signed', 'ratified', 'withdrawalNotified', 'signatureWithdrawn'] as const) {
    const d = c[k];
    if (d && d > asOf) fail(k, `${d} is after the dataset's asOf date ${asOf}`);
  }
  c.announcements.forEach((a, i) => {
    if (a.date > asOf) fail(`announcements.${i}.date`, `${a.date} is after the dataset's asOf date ${asOf}`);
  });
}

const COUNTRIES: ListSpec = { list: 'countries', key: 'iso3' };

/** Validates data/countries.json; `file` is the name used in error messages. */
export function parseCountries(json: unknown, file = 'data/countries.json'): CountriesFile {
  const data = parseWith(CountriesFileSchema, json, file, COUNTRIES);
  checkUnique(data.countries, 'iso3', file, COUNTRIES);
  data.countries.forEach((c, i) => checkCountry(c, file, recordName(data, COUNTRIES, i), data.asOf));
  return data;
}
