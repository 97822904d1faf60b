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
    'a border policy with nothing to say',
    (r) => (r.borders.policy = []),
    /^data\/borders\.json: .*field "policy": must say how borders are drawn/,
  ],
  [
    'a border rule merging into a code that is not one',
    (r) => (r.borders.mergeInto = { SOL: 'somalia' }),
    /^data\/borders\.json: .*field "mergeInto\.SOL": must be three capital letters/,
  ],
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
  // Country codes: unknown, lower-case or the wrong length, wherever a record names a country.
  [
    'a four-letter iso3',
    (r) => (r.trips.trips[0].iso3 = 'UKRA'),
    /^data\/trips\.json: record 0 \(id "2023-03-mariupol"\), field "iso3": must be three capital letters/,
  ],
  [
    'an avoided visit in an unknown country',
    (r) => (r.avoided.avoided[0].iso3 = 'ZZZ'),
    /^data\/avoided\.json: record 0 \(id "[^"]+"\), field "iso3": "ZZZ" is not in data\/countries\.json/,
  ],
  [
    'a two-letter iso3 in an avoided visit',
    (r) => (r.avoided.avoided[0].iso3 = 'ZA'),
    /^data\/avoided\.json: record 0 \(id "[^"]+"\), field "iso3": must be three capital letters/,
  ],
  [
    'an outcome in an unknown country',
    (r) => (r.outcomes.outcomes[0].iso3 = 'XXX'),
    /^data\/outcomes\.json: record 0 \(iso3 "XXX"\), field "iso3": "XXX" is not in data\/countries\.json/,
  ],
  [
    'a lower-case iso3 in an outcome',
    (r) => (r.outcomes.outcomes[0].iso3 = 'mng'),
    /^data\/outcomes\.json: record 0 \(iso3 "mng"\), field "iso3": must be three capital letters/,
  ],
  [
    'a lower-case iso3 in the countries file',
    (r) => (r.countries.countries[0].iso3 = 'afg'),
    /^data\/countries\.json: record 0 \(iso3 "afg"\), field "iso3": must be three capital letters/,
  ],
  [
    'a two-letter code in the countries file',
    (r) => (r.countries.countries[1].iso3 = 'AO'),
    /^data\/countries\.json: record 1 \(iso3 "AO"\), field "iso3": must be three capital letters/,
  ],
  [
    'the same country twice',
    (r) => (r.countries.countries[1].iso3 = r.countries.countries[0].iso3),
    /^data\/countries\.json: record 1 \(iso3 "AFG"\), field "iso3": "AFG" is already used by record 0/,
  ],
  [
    'a lesson step in an unknown country',
    (r) => (r.lesson.steps[2].country = 'XXX'),
    /^data\/lesson\.json: record 2 \(id "occupied"\), field "country": "XXX" is not in data\/countries\.json/,
  ],
  // Dates that do not exist, or fall outside the warrant–asOf window.
  [
    'a thirteenth month',
    (r) => (r.trips.trips[1].start = '2023-13-01'),
    /^data\/trips\.json: record 1 \(id "2023-03-sevastopol"\), field "start": is not a real calendar date/,
  ],
  [
    '30 February 2023',
    (r) => (r.trips.trips[1].end = '2023-02-30'),
    /^data\/trips\.json: record 1 \(id "2023-03-sevastopol"\), field "end": is not a real calendar date/,
  ],
  [
    'a date in words',
    (r) => (r.trips.trips[1].start = 'spring 2024'),
    /^data\/trips\.json: record 1 .*field "start": must be a date written YYYY-MM-DD \(got "spring 2024"\)/,
  ],
  [
    'a date as a number',
    (r) => (r.trips.trips[1].start = 20240101),
    /^data\/trips\.json: record 1 .*field "start": must be a date written YYYY-MM-DD \(got 20240101\)/,
  ],
  [
    'an avoided visit before the warrant',
    (r) => (r.avoided.avoided[0].start = '2022-08-22'),
    /^data\/avoided\.json: record 0 \(id "[^"]+"\), field "start": 2022-08-22 is before the arrest warrant of 2023-03-17/,
  ],
  [
    'an avoided visit that ends before it starts',
    (r) => (r.avoided.avoided[2].end = '2024-11-01'),
    /^data\/avoided\.json: record 2 \(id "[^"]+"\), field "end": 2024-11-01 is before start/,
  ],
  [
    'an avoided visit after the dataset’s date',
    (r) => (r.avoided.avoided[1].end = '2099-01-01'),
    /^data\/avoided\.json: record 1 \(id "[^"]+"\), field "end": 2099-01-01 is after the dataset's asOf date/,
  ],
  [
    'a court decision before the warrant',
    (r) => (r.outcomes.outcomes[0].court[0].date = '2023-01-01'),
    /^data\/outcomes\.json: record 0 \(iso3 "MNG"\), field "court\.0\.date": 2023-01-01 is before the arrest warrant/,
  ],
  [
    'a reaction after the dataset’s date',
    (r) => (r.outcomes.outcomes[0].reactions[0].date = '2099-01-01'),
    /^data\/outcomes\.json: record 0 \(iso3 "MNG"\), field "reactions\.0\.date": 2099-01-01 is after the dataset's asOf date/,
  ],
  [
    'a warrant issued after the dataset’s date',
    (r) => (r.warrants.warrants[1].issued = '2099-01-01'),
    /^data\/warrants\.json: record 1 \(id "[^"]+"\), field "issued": 2099-01-01 is after the dataset's asOf date/,
  ],
  // Sources.
  [
    'a trip with no sources field',
    (r) => delete r.trips.trips[0].sources,
    /^data\/trips\.json: record 0 \(id "2023-03-mariupol"\), field "sources": is missing/,
  ],
  [
    'a country with an empty list of sources',
    (r) => (r.countries.countries[2].sources = []),
    /^data\/countries\.json: record 2 \(iso3 "ALB"\), field "sources": needs at least one source/,
  ],
  [
    'a source that is not a URL',
    (r) => (r.trips.trips[0].sources[1].url = 'kyivindependent.com'),
    /^data\/trips\.json: record 0 .*field "sources\.1\.url": must be a URL/,
  ],
  [
    'an ftp source',
    (r) => (r.countries.countries[0].sources[0].url = 'ftp://treaties.un.org/x'),
    /^data\/countries\.json: record 0 \(iso3 "AFG"\), field "sources\.0\.url": must be an https:\/\/ URL/,
  ],
  [
    'an http source for a court decision',
    (r) => (r.outcomes.outcomes[0].court[0].sources[0].url = 'http://www.icc-cpi.int/'),
    /^data\/outcomes\.json: record 0 \(iso3 "MNG"\), field "court\.0\.sources\.0\.url": must be an https:\/\/ URL/,
  ],
  // Duplicate ids.
  [
    'a duplicate avoided-visit id',
    (r) => (r.avoided.avoided[2].id = r.avoided.avoided[1].id),
    /^data\/avoided\.json: record 2 \(id "[^"]+"\), field "id": "[^"]+" is already used by record 1/,
  ],
  [
    'a duplicate lesson step id',
    (r) => (r.lesson.steps[3].id = 'occupied'),
    /^data\/lesson\.json: record 3 \(id "occupied"\), field "id": "occupied" is already used by record 2/,
  ],
  [
    'a second outcome for the same visit',
    (r) => r.outcomes.outcomes.push(structuredClone(r.outcomes.outcomes[0])),
    /^data\/outcomes\.json: record 2 \(iso3 "MNG"\), field "visit": a second outcome for MNG on 2024-09-03/,
  ],
  // Wrong types, unknown and missing fields.
  [
    'sources as one string instead of a list',
    (r) => (r.trips.trips[0].sources = 'https://kyivindependent.com/'),
    /^data\/trips\.json: record 0 .*field "sources": must be a list/,
  ],
  [
    'null where text is expected',
    (r) => (r.trips.trips[2].event = null),
    /^data\/trips\.json: record 2 \(id "2023-04-kherson-region"\), field "event": must be text \(got null\)/,
  ],
  [
    'null where a source is expected',
    (r) => (r.avoided.avoided[0].sources[0] = null),
    /^data\/avoided\.json: record 0 .*field "sources\.0": must be an object with named fields \(got null\)/,
  ],
  [
    '"no" instead of false',
    (r) => (r.outcomes.outcomes[1].arrested = 'no'),
    /^data\/outcomes\.json: record 1 \(iso3 "TJK"\), field "arrested": must be true or false/,
  ],
  [
    'a lesson view centred on a string',
    (r) => (r.lesson.steps[2].view.center = '37.5,47.1'),
    /^data\/lesson\.json: record 2 \(id "occupied"\), field "view\.center": must be \[longitude, latitude\]/,
  ],
  [
    'an unknown field in a source',
    (r) => (r.trips.trips[0].sources[0].publsher = 'tass'),
    /^data\/trips\.json: record 0 .*field "sources\.0\.publsher": is not a field this record can have/,
  ],
  [
    'an unknown field in where a trip came from',
    (r) => (r.trips.trips[0].from.country = 'UKR'),
    /^data\/trips\.json: record 0 .*field "from\.country": is not a field this record can have/,
  ],
  [
    'an unknown field in an Article 12(3) declaration',
    (r) => {
      const c = r.countries.countries.find((x: { iso3: string }) => x.iso3 === 'UKR');
      c.declarations12_3[0].lodged = '2014-04-17';
    },
    /^data\/countries\.json: record \d+ \(iso3 "UKR"\), field "declarations12_3\.0\.lodged": is not a field/,
  ],
  [
    'a misspelt list name next to the real one',
    (r) => (r.avoided.avoids = []),
    /^data\/avoided\.json: top level, field "avoids": is not a field this record can have/,
  ],
  [
    'a country without its confidence',
    (r) => delete r.countries.countries[0].confidence,
    /^data\/countries\.json: record 0 \(iso3 "AFG"\), field "confidence": is missing/,
  ],
  // Values outside their list.
  [
    'a confidence that is not high, medium or low',
    (r) => (r.trips.trips[10].confidence = 'certain'),
    /^data\/trips\.json: record 10 \(id "2024-05-china"\), field "confidence": must be "high", "medium" or "low"/,
  ],
  [
    'an unknown warrant link',
    (r) => (r.avoided.avoided[3].warrantLink = 'implied'),
    /^data\/avoided\.json: record 3 \(id "[^"]+"\), field "warrantLink": must be "stated", "reported" or "not stated"/,
  ],
  [
    'an unknown ratification type',
    (r) => (r.countries.countries[2].ratificationType = 'signature'),
    /^data\/countries\.json: record 2 \(iso3 "ALB"\), field "ratificationType": must be "ratification", "accession", "succession" or null/,
  ],
  [
    'a source whose publisher is not known (no kind: who is speaking?)',
    (r) => (r.trips.trips[2].sources[0] = { url: 'https://unknown-news.example/x', title: 'A page' }),
    /^data\/trips\.json: record 2 .*field "sources\.0\.url": no publisher is known for unknown-news\.example/,
  ],
  [
    'a source read on a mirror without naming the original publisher',
    (r) => (r.countries.countries[1].sources[0] = { url: 'https://www.liquisearch.com/x', title: 'A copy' }),
    /^data\/countries\.json: record 1 .*field "sources\.0\.url": liquisearch\.com only copies others' work/,
  ],
  [
    'a publisher id that does not exist',
    (r) => (r.outcomes.outcomes[0].court[0].sources[0].publisher = 'nobody'),
    /^data\/outcomes\.json: record 0 .*field "court\.0\.sources\.0\.url": "nobody" is not a publisher/,
  ],
  [
    'a source title’s language that is not a two-letter code',
    (r) => (r.trips.trips[2].sources[0].lang = 'Spanish'),
    /^data\/trips\.json: record 2 .*field "sources\.0\.lang": must be a two-letter language code/,
  ],
  [
    'a source title marked English (the default: left out)',
    (r) => (r.trips.trips[2].sources[0].lang = 'en'),
    /^data\/trips\.json: record 2 .*field "sources\.0\.lang": leave it out for an English title/,
  ],
  [
    'a publisher of an unknown kind',
    (r) => (r.publishers.publishers[0].kind = 'blog'),
    /^data\/publishers\.json: record 0 .*field "kind": must be one of: court, un/,
  ],
  [
    'a research remark in the public notes',
    (r) => (r.trips.trips[3].notes = 'Date read via mirror of the Kremlin site.'),
    /^data\/trips\.json: record 3 .*field "notes": "read via" reads like a research note/,
  ],
  [
    'a medium-confidence record that does not say which fact is uncertain',
    (r) => ((r.trips.trips[4].confidence = 'medium'), (r.trips.trips[4].uncertain = {})),
    /^data\/trips\.json: record 4 .*field "uncertain": confidence "medium" needs the uncertain fact named/,
  ],
  [
    'an uncertainty flag on a field the record does not have',
    (r) => (r.avoided.avoided[0].uncertain = { landing: 'why' }),
    /^data\/avoided\.json: record 0 .*field "uncertain\.landing": "landing" is not a fact of this record/,
  ],
  [
    'a high-confidence record with an uncertain fact',
    (r) => ((r.trips.trips[5].confidence = 'high'), (r.trips.trips[5].uncertain = { start: 'why' })),
    /^data\/trips\.json: record 5 .*field "confidence": "high" cannot go with an uncertain fact \(start\)/,
  ],
  [
    'a territory of a state that is not in the dataset',
    (r) => (r.territories.territories[0].state = 'XXX'),
    /^data\/territories\.json: record 0 .*field "state": "XXX" is not in data\/countries\.json/,
  ],
  [
    'a territory that has a country record of its own',
    (r) => (r.territories.territories[0].iso3 = 'FRA'),
    /^data\/territories\.json: record 0 \(iso3 "FRA"\), field "iso3": "FRA" has a record of its own/,
  ],
  [
    'a lesson caption whose landing date contradicts its trip',
    (r) =>
      (r.lesson.steps[4].caption = r.lesson.steps[4].caption.replace('2 September 2024', '3 September 2024')),
    /^data\/lesson\.json: record 4 \(id "mongolia"\), field "caption": says he arrived on 3 September 2024, but trip "2024-09-mongolia" starts on 2 September 2024/,
  ],
  [
    'a lesson date that no record holds',
    (r) => (r.lesson.steps[1].notes += ' Compare 5 May 2005.'),
    /^data\/lesson\.json: record 1 .*field "notes": 5 May 2005 is not a date any record holds/,
  ],
  [
    'a count of States Parties typed into the lesson',
    (r) => (r.lesson.steps[1].caption = r.lesson.steps[1].caption.replace('{parties}', '125')),
    /^data\/lesson\.json: record 1 .*field "caption": "125 States Parties": write \{parties\}/,
  ],
  [
    'a lesson step about a trip that names neither its place nor its country',
    (r) => {
      const s = r.lesson.steps[6];
      for (const k of ['caption', 'predict', 'reveal', 'notes'])
        if (s[k]) s[k] = s[k].replace(/Dushanbe|Tajikistan/g, 'there');
    },
    /^data\/lesson\.json: record 6 .*field "caption": names neither Dushanbe nor Tajikistan/,
  ],
  [
    'a lesson view zoomed past the map',
    (r) => (r.lesson.steps[4].view.zoom = 12),
    /^data\/lesson\.json: record 4 \(id "mongolia"\), field "view\.zoom": must be ≤ 9/,
  ],
  // Records that contradict another file.
  [
    'an outcome for a country he did not visit',
    (r) => (r.outcomes.outcomes[0].iso3 = 'FRA'),
    /^data\/outcomes\.json: record 0 \(iso3 "FRA"\), field "visit": no trip to FRA covers 2024-09-03 in data\/trips\.json/,
  ],
  [
    'an outcome whose stay ends before it starts',
    (r) => (r.outcomes.outcomes[0].visitEnd = '2024-09-01'),
    /^data\/outcomes\.json: record 0 \(iso3 "MNG"\), field "visitEnd": 2024-09-01 is before visitStart 2024-09-02/,
  ],
  [
    'an outcome whose official day is outside the stay',
    (r) => (r.outcomes.outcomes[1].visitStart = '2025-10-10'),
    /^data\/outcomes\.json: record 1 \(iso3 "TJK"\), field "visit": 2025-10-09 is not between visitStart/,
  ],
  [
    'an outcome stay longer than the trip',
    (r) => (r.outcomes.outcomes[0].visitEnd = '2024-09-20'),
    /^data\/outcomes\.json: record 0 \(iso3 "MNG"\), field "visitEnd": 2024-09-20 is after trip "2024-09-mongolia" ends/,
  ],
  [
    'an avoided visit in a state that had left the Court',
    (r) => {
      r.avoided.avoided[0].iso3 = 'HUN';
      r.avoided.avoided[0].start = r.avoided.avoided[0].end = '2026-11-01';
    },
    /^data\/avoided\.json: record 0 \(id "[^"]+"\), field "iso3": HUN was not a State Party on 2026-11-01/,
  ],
  [
    'a lesson step showing a trip to another country',
    (r) => (r.lesson.steps[2].country = 'MNG'),
    /^data\/lesson\.json: record 2 \(id "occupied"\), field "trip": "2023-03-mariupol" went to UKR, not to the step's country MNG/,
  ],
  [
    'a trip whose person has no warrant',
    (r) => (r.trips.trips[0].person = 'nobody'),
    /^data\/trips\.json: record 0 \(id "[^"]+"\), field "person": "nobody" has no warrant in data\/warrants\.json/,
  ],
  [
    "a trip of someone other than the map's subject (their visits are precedents)",
    (r) => (r.trips.trips[0].person = 'al-bashir'),
    /^data\/trips\.json: record 0 \(id "[^"]+"\), field "person": "al-bashir" is not the map's subject \("putin"\): another person's visits go in data\/precedents\.json/,
  ],
  [
    'a precedent whose person has no warrant',
    (r) => (r.precedents.visits[0].person = 'nobody'),
    /^data\/precedents\.json: record 0 \(id "al-bashir-2010-07-chad"\), field "person": "nobody" has no warrant/,
  ],
  [
    "a precedent before the person's first warrant",
    (r) => (r.precedents.visits[0].start = '2008-01-01'),
    /^data\/precedents\.json: record 0 .*field "start": 2008-01-01 is before al-bashir's first warrant of 2009-03-04/,
  ],
  [
    'a Court decision dated before the visit it decides on',
    (r) => (r.precedents.visits[8].decisions[0].date = '2015-01-01'),
    /^data\/precedents\.json: record 8 \(id "al-bashir-2015-06-south-africa"\), field "decisions\[0\]\.date": 2015-01-01 is before the visit/,
  ],
  [
    'decisions out of date order',
    (r) => (r.precedents.visits[11].decisions[1].date = '2017-12-01'),
    /^data\/precedents\.json: record 11 .*field "decisions\[1\]\.date": 2017-12-01 is before the decision listed before it/,
  ],
  [
    'a visit without arrest to a country that was not a State Party',
    (r) => (r.precedents.visits[0].iso3 = 'RUS'),
    /^data\/precedents\.json: record 0 .*field "iso3": RUS was not a State Party on 2010-07-21/,
  ],
  [
    'a finding that does not say whether it referred',
    (r) => (r.precedents.visits[3].decisions[0].referral = 'not applicable'),
    /^data\/precedents\.json: record 3 .*field "decisions\[0\]\.referral": a finding says whether it referred/,
  ],
  [
    'a precedent with an unknown outcome',
    (r) => (r.precedents.visits[0].outcome = 'escaped'),
    /^data\/precedents\.json: record 0 .*field "outcome": must be one of/,
  ],
  [
    'a warrant with an unknown status',
    (r) => (r.warrants.warrants[0].status = 'gone'),
    /^data\/warrants\.json: record 0 .*field "status": must be one of/,
  ],
  [
    'a lesson step dated before its trip',
    (r) => (r.lesson.steps[4].date = '2024-08-01'),
    /^data\/lesson\.json: record 4 \(id "mongolia"\), field "date": 2024-08-01 is before trip "2024-09-mongolia" starts/,
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
        'borders.json',
        'countries.csv',
        'countries.json',
        'lesson.json',
        'obligations.json',
        'outcomes.json',
        'precedents.json',
        'publishers.json',
        'README.txt',
        'territories.json',
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

  it('writes one CSV row per record, with the documented columns, after a byte-order mark', () => {
    // Excel on Windows reads UTF-8 only after a byte-order mark ("Côte d'Ivoire", "Türkiye").
    for (const f of ['countries.csv', 'trips.csv', 'avoided.csv'])
      expect(files[f].charCodeAt(0), f).toBe(0xfeff);
    const parse = (f: string) => csvParse(files[f].slice(1));
    const countries = parse('countries.csv');
    expect(countries.find((c) => c.iso3 === 'CIV')?.name).toMatch(/^Côte d.Ivoire$/);
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
    const trips = parse('trips.csv');
    expect(trips).toHaveLength(data.trips.length);
    expect(trips.find((t) => t.iso3 === 'MNG')?.city).toBe('Ulaanbaatar');
    // Who is speaking travels with every source, and a copy names the original it stands for.
    expect(trips.find((t) => t.iso3 === 'MNG')?.sources).toMatch(
      /\((state-owned media|independent press|the Court)\)/,
    );
    const warrant = JSON.parse(files['warrants.json']);
    expect(warrant.warrants).toHaveLength(data.warrants.length);
    expect(countries.find((c) => c.iso3 === 'MLT')?.uncertain).toMatch(/^signed: /);
  });

  it('describes every CSV column in README.txt', () => {
    for (const f of ['countries.csv', 'trips.csv', 'avoided.csv']) {
      const section = files['README.txt'].split(`\n${f}\n`)[1]?.split('\n\n')[0] ?? '';
      for (const column of csvParse(files[f].slice(1)).columns)
        expect(section, `${f}: ${column}`).toMatch(new RegExp(`^  ${column}: \\S`, 'm'));
    }
  });
});
