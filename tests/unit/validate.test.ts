import { describe, expect, it } from 'vitest';
import { DataError, parseCountries } from '../../src/lib/data/validate';
import { sampleData } from '../fixtures/make';

/** A copy of the sample data with one change applied to record `i`. */
function broken(i: number, change: (c: Record<string, unknown>) => void): unknown {
  const data = sampleData() as unknown as { countries: Record<string, unknown>[] };
  change(data.countries[i]);
  return data;
}

describe('data validation', () => {
  it('accepts good data', () => {
    expect(parseCountries(sampleData()).countries).toHaveLength(6);
  });

  const cases: [string, unknown, RegExp][] = [
    [
      'a bad iso3',
      broken(1, (c) => (c.iso3 = 'Arm')),
      /record 1 \(iso3 "Arm"\), field "iso3": must be three capital letters/,
    ],
    [
      'an impossible date',
      broken(0, (c) => (c.signed = '2000-02-30')),
      /record 0 \(iso3 "MNG"\), field "signed": is not a real calendar date/,
    ],
    [
      'a date in another format',
      broken(0, (c) => (c.ratified = '11/04/2002')),
      /field "ratified": must be a date written YYYY-MM-DD/,
    ],
    [
      'a missing source',
      broken(2, (c) => (c.sources = [])),
      /record 2 \(iso3 "HUN"\), field "sources": needs at least one source/,
    ],
    [
      'an http source',
      broken(2, (c) => (c.sources = [{ url: 'http://x.org', title: 't' }])),
      /field "sources.0.url": must be an https:\/\/ URL/,
    ],
    [
      'a duplicate iso3',
      broken(3, (c) => (c.iso3 = 'MNG')),
      /record 3 \(iso3 "MNG"\), field "iso3": "MNG" is already used by record 0/,
    ],
    [
      'ratified before signed',
      broken(1, (c) => (c.ratified = '1990-01-01')),
      /record 1 \(iso3 "ARM"\), field "ratified": 1990-01-01 is before signed/,
    ],
    [
      'a wrong type',
      broken(4, (c) => (c.notes = 42)),
      /record 4 \(iso3 "RUS"\), field "notes": must be text/,
    ],
    [
      'a withdrawal of a non-party',
      broken(5, (c) => (c.withdrawalNotified = '2020-01-01')),
      /record 5 \(iso3 "CHN"\), field "withdrawalNotified": only a State Party can withdraw/,
    ],
    [
      'an unexplained entry into force',
      broken(5, (c) => (c.entryIntoForce = '2002-07-01')),
      /record 5 \(iso3 "CHN"\), field "ratified": entry into force without a ratification date/,
    ],
    [
      'a date after asOf',
      broken(3, (c) => (c.signatureWithdrawn = '2030-01-01')),
      /record 3 \(iso3 "KGZ"\), field "signatureWithdrawn": 2030-01-01 is after the dataset's asOf date 2026-11-01/,
    ],
    [
      'a signature after the Statute closed for signature',
      broken(3, (c) => (c.signed = '2001-03-01')),
      /record 3 \(iso3 "KGZ"\), field "signed": 2001-03-01 is outside the period the Statute was open for signature/,
    ],
    [
      'a ratification without a signature (the gap that showed the Philippines as "never signed")',
      broken(0, (c) => (c.signed = null)),
      /record 0 \(iso3 "MNG"\), field "signed": a ratification follows a signature/,
    ],
    [
      'an accession by a state that signed',
      broken(1, (c) => (c.ratificationType = 'accession')),
      /record 1 \(iso3 "ARM"\), field "ratificationType": a state that signed \(1999-10-01\) ratifies/,
    ],
    [
      'a deposit without its type',
      broken(1, (c) => (c.ratificationType = null)),
      /record 1 \(iso3 "ARM"\), field "ratificationType": a state that deposited an instrument needs its type/,
    ],
    [
      'a signature whose day is unknown, without the reason',
      broken(0, (c) => ((c.signed = null), (c.signedDateUnknown = true))),
      /record 0 \(iso3 "MNG"\), field "uncertain": a signature whose day is unknown needs/,
    ],
  ];

  it.each(cases)('rejects %s, naming the file, the record and the field', (_, json, message) => {
    expect(() => parseCountries(json, 'data/countries.json')).toThrow(DataError);
    expect(() => parseCountries(json, 'data/countries.json')).toThrow(message);
    expect(() => parseCountries(json, 'data/countries.json')).toThrow(/^data\/countries\.json: /);
  });
});
