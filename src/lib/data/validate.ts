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

function recordName(file: unknown, index: number | undefined): string {
  if (index === undefined) return 'top level';
  const rec = (file as { countries?: { iso3?: unknown }[] })?.countries?.[index];
  const id = typeof rec?.iso3 === 'string' ? ` (iso3 "${rec.iso3}")` : '';
  return `record ${index}${id}`;
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
  if (c.signatureWithdrawn && !c.signed)
    fail('signatureWithdrawn', 'only a signatory can withdraw its signature');
  if (c.signatureWithdrawn && c.ratified)
    fail('signatureWithdrawn', 'a state that ratified cannot withdraw its signature');
  for (const k of ['signed', 'ratified', 'withdrawalNotified', 'signatureWithdrawn'] as const) {
    const d = c[k];
    if (d && d > asOf) fail(k, `${d} is after the dataset's asOf date ${asOf}`);
  }
}

/** Validates data/countries.json; `file` is the name used in error messages. */
export function parseCountries(json: unknown, file = 'data/countries.json'): CountriesFile {
  const result = v.safeParse(CountriesFileSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path ?? [];
    const index = path.length >= 2 && path[0]?.key === 'countries' ? Number(path[1]?.key) : undefined;
    const field =
      path.length >= 3
        ? path
            .slice(2)
            .map((p) => String(p.key))
            .join('.')
        : String(path.at(-1)?.key ?? '(file)');
    const got = JSON.stringify(issue.input);
    throw new DataError(
      file,
      recordName(json, index),
      field,
      `${issue.message} (got ${got === undefined ? 'nothing' : got})`,
    );
  }
  const data = result.output;
  const seen = new Map<string, number>();
  data.countries.forEach((c, i) => {
    const rec = recordName(data, i);
    const prev = seen.get(c.iso3);
    if (prev !== undefined)
      throw new DataError(file, rec, 'iso3', `"${c.iso3}" is already used by record ${prev}`);
    seen.set(c.iso3, i);
    checkCountry(c, file, rec, data.asOf);
  });
  return data;
}
