/* eslint-disable @typescript-eslint/no-explicit-any -- the mutations poke at raw, untyped JSON on purpose */
// The real data files, validated together; and broken copies of them, each rejected with a message
// that names the file, the record and the field.
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { readDataFiles } from '../../build/data-plugin';
import { parseDataset, type DataFileName } from '../../src/lib/data/dataset';
import { DataError } from '../../src/lib/data/validate';
import { openDataFiles } from '../../src/lib/data/open-data';
import { statusOn } from '../../src/lib/data/status';

const raw = readDataFiles();
const data = parseDataset(raw);

describe('the real dataset', () => {
  it('passes every rule', () => {
    expect(data.trips.length).toBeGreaterThan(20);
    expect(data.avoided.length).toBeGreaterThan(1);
    expect(data.warrants.some((w) => w.person.includes('Putin') && w.issued === '2023-03-17')).toBe(true);
  });

  it('has Mongolia 2024 and Tajikistan 2025 as visits to States Parties, with an outcome for each', () => {
    const partyVisits = data.trips.filter((t) => {
      const c = data.countries.countries.find((x) => x.iso3 === t.iso3)!;
      return !t.occupiedUkraine && statusOn(c, t.start) === 'party';
    });
    expect(partyVisits.map((t) => `${t.iso3} ${t.start.slice(0, 4)}`)).toEqual(
      expect.arrayContaining(['MNG 2024', 'TJK 2025']),
    );
    for (const t of partyVisits) {
      expect(
        data.outcomes.some((o) => o.iso3 === t.iso3 && o.visit >= t.start && o.visit <= t.end),
        t.id,
      ).toBe(true);
    }
  });

  it('records the Court’s finding against Mongolia', () => {
    const mng = data.outcomes.find((o) => o.iso3 === 'MNG')!;
    expect(mng.arrested).toBe(false);
    expect(mng.courtStatus).toBe('finding');
    expect(mng.court.some((d) => /87\(7\)/.test(d.decision) && d.date.startsWith('2024-10'))).toBe(true);
  });
});

/** A deep copy of the real files with one change applied. */
function mutate(change: (r: Record<DataFileName, any>) => void): Record<DataFileName, unknown> {
  const copy = structuredClone(raw) as Record<DataFileName, any>;
  change(copy);
  return copy;
}

const mutations: [string, (r: Record<DataFileName, any>) => void, RegExp][] = [
  [
    'a trip to an unknown country',
    (r) => (r.trips.trips[0].iso3 = 'XXX'),
    /^data\/trips\.json: record 0 \(id "[^"]+"\), field "iso3": "XXX" is not in data\/countries\.json/,
  ],
  [
    'a lower-case iso3',
    (r) => (r.trips.trips[1].iso3 = 'mng'),
    /^data\/trips\.json: record 1 .*field "iso3": must be three capital letters/,
  ],
  [
    'a trip before the warrant',
    (r) => (r.trips.trips[2].start = '2023-03-16'),
    /^data\/trips\.json: record 2 .*field "start": 2023-03-16 is before the arrest warrant of 2023-03-17/,
  ],
  [
    'a trip in the future',
    (r) => (r.trips.trips[3].end = '2099-01-01'),
    /^data\/trips\.json: record 3 .*field "end": 2099-01-01 is after the dataset's asOf date/,
  ],
  [
    'a trip that ends before it starts',
    (r) => (r.trips.trips[4].end = '2023-03-17'),
    /^data\/trips\.json: record 4 .*field "end": 2023-03-17 is before start/,
  ],
  [
    'an impossible date',
    (r) => (r.trips.trips[5].start = '2024-02-30'),
    /^data\/trips\.json: record 5 .*field "start": is not a real calendar date/,
  ],
  [
    'a misspelt field',
    (r) => (r.trips.trips[0].strat = '2024-01-01'),
    /^data\/trips\.json: record 0 .*field "strat": is not a field this record can have/,
  ],
  [
    'an avoided visit without warrantLink',
    (r) => delete r.avoided.avoided[1].warrantLink,
    /^data\/avoided\.json: record 1 .*field "warrantLink": is missing/,
  ],
  [
    'a lesson step naming an unknown trip',
    (r) => (r.lesson.steps[4].trip = 'nowhere'),
    /^data\/lesson\.json: record 4 \(id "[^"]+"\), field "trip": "nowhere" is not in data\/trips\.json/,
  ],
  [
    'a prediction without its answer',
    (r) => (r.lesson.steps[4].reveal = null),
    /^data\/lesson\.json: record 4 .*field "reveal": a prediction step needs both/,
  ],
  [
    'a trip without a source',
    (r) => (r.trips.trips[6].sources = []),
    /^data\/trips\.json: record 6 .*field "sources": needs at least one source/,
  ],
  [
    'a duplicate trip id',
    (r) => (r.trips.trips[7].id = r.trips.trips[0].id),
    /^data\/trips\.json: record 7 .*field "id": ".*" is already used by record 0/,
  ],
  [
    'a latitude as text',
    (r) => (r.trips.trips[8].lat = '47.9'),
    /^data\/trips\.json: record 8 .*field "lat": must be a number/,
  ],
  [
    'an unknown kind of trip',
    (r) => (r.trips.trips[9].kind = 'holiday'),
    /^data\/trips\.json: record 9 .*field "kind": must be one of/,
  ],
  [
    'occupied Ukraine outside Ukraine',
    (r) => ((r.trips.trips[0].occupiedUkraine = true), (r.trips.trips[0].iso3 = 'RUS')),
    /^data\/trips\.json: record 0 .*field "iso3": a visit to occupied Ukraine must have iso3 "UKR"/,
  ],
  [
    'an avoided visit in a non-party',
    (r) => (r.avoided.avoided[0].iso3 = 'CHN'),
    /^data\/avoided\.json: record 0 .*field "iso3": CHN was not a State Party on/,
  ],
  [
    'an avoided visit with an http source',
    (r) => (r.avoided.avoided[0].sources[0].url = 'http://example.org'),
    /^data\/avoided\.json: record 0 .*field "sources\.0\.url": must be an https:\/\/ URL/,
  ],
  [
    'an outcome with no matching trip',
    (r) => (r.outcomes.outcomes[0].visit = '2023-05-05'),
    /^data\/outcomes\.json: record 0 \(iso3 "[A-Z]{3}"\), field "visit": no trip to/,
  ],
  [
    'an outcome with a bad court status',
    (r) => (r.outcomes.outcomes[0].courtStatus = 'maybe'),
    /^data\/outcomes\.json: record 0 .*field "courtStatus"/,
  ],
  [
    'a warrant without charges',
    (r) => (r.warrants.warrants[0].charges = []),
    /^data\/warrants\.json: record 0 .*field "charges": needs at least one charge/,
  ],
  [
    'an obligation without plain words',
    (r) => (r.obligations.obligations[0].plain = ' '),
    /^data\/obligations\.json: record 0 .*field "plain": must not be empty/,
  ],
  [
    'a country with a number for a name',
    (r) => (r.countries.countries[3].name = 7),
    /^data\/countries\.json: record 3 .*field "name": must be text/,
  ],
  [
    'a withdrawal before entry into force',
    (r) => {
      const c = r.countries.countries.find((x: { iso3: string }) => x.iso3 === 'HUN');
      c.withdrawalNotified = '2001-01-01';
    },
    /^data\/countries\.json: record \d+ \(iso3 "HUN"\), field "withdrawalNotified"/,
  ],
];

describe('broken data fails with the file, the record and the field', () => {
  it.each(mutations)('%s', (_, change, message) => {
    const broken = mutate(change);
    expect(() => parseDataset(broken)).toThrow(DataError);
    expect(() => parseDataset(broken)).toThrow(message);
  });
});

describe('open data', () => {
  const files = openDataFiles(raw, data, '2026-11-22');

  it('publishes every file as JSON with a generated date and a licence, and CSV twins', () => {
    expect(Object.keys(files).sort()).toEqual(
      [
        'avoided.csv',
        'avoided.json',
        'countries.csv',
        'countries.json',
        'lesson.json',
        'obligations.json',
        'outcomes.json',
        'trips.csv',
        'trips.json',
        'warrants.json',
      ].sort(),
    );
    const trips = JSON.parse(files['trips.json']);
    expect(trips.generated).toBe('2026-11-22');
    expect(trips.licence).toMatch(/CC BY 4\.0/);
    expect(trips.trips).toHaveLength(data.trips.length);
  });

  it('writes one CSV row per record, with the documented columns', () => {
    const countries = csvParse(files['countries.csv']);
    expect(countries).toHaveLength(data.countries.countries.length);
    expect(countries.columns).toEqual(
      expect.arrayContaining([
        'iso3',
        'name',
        'signed',
        'ratified',
        'entryIntoForce',
        'withdrawalEffective',
        'sources',
      ]),
    );
    const trips = csvParse(files['trips.csv']);
    expect(trips).toHaveLength(data.trips.length);
    expect(trips.find((t) => t.iso3 === 'MNG')?.city).toBe('Ulaanbaatar');
  });
});
