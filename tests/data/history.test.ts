// Every status the map shows, on every day from the Statute's entry into force to the dataset's date,
// is one the record allows: no "never signed" after a signature, no "State Party" before entry into
// force, no withdrawal before it took effect. And every area the map draws has a record.
import { describe, expect, it } from 'vitest';
import { readDataFiles, drawnAreas } from '../../build/data-plugin';
import { checkDrawnAreas, parseDataset } from '../../src/lib/data/dataset';
import { addDays } from '../../src/lib/data/format';
import { LAST_DAY_TO_SIGN, statusOn, territoryStatusOn, type Status } from '../../src/lib/data/status';
import type { Country } from '../../src/lib/data/schema';
import { DataError } from '../../src/lib/data/validate';

const data = parseDataset(readDataFiles());
const START = '2002-07-01';
const END = data.countries.asOf;

/** What the record says a state's status may be on `day`, whatever the map shows. */
function allowed(c: Country, day: string): Status[] {
  if (c.withdrawalEffective && day >= c.withdrawalEffective) return ['withdrawn'];
  if (c.entryIntoForce && day >= c.entryIntoForce) return ['party'];
  if (c.ratified && day >= c.ratified) return ['pending'];
  if (c.signatureWithdrawn && day >= c.signatureWithdrawn) return ['signatureWithdrawn'];
  // Anyone who ratified signed first (Art. 125), and signing closed on 31 December 2000.
  const signed =
    c.signed ?? (c.signedDateUnknown || c.ratificationType === 'ratification' ? LAST_DAY_TO_SIGN : null);
  if (signed && day >= signed) return ['signatory'];
  return ['nonSignatory'];
}

/** The days each record's status can change: each date it holds, and the day after. */
function changeDays(c: Country): string[] {
  const dates = [
    c.signed,
    c.ratified,
    c.entryIntoForce,
    c.withdrawalNotified,
    c.withdrawalEffective,
    c.signatureWithdrawn,
  ];
  const days = new Set([START, END]);
  for (const d of dates)
    if (d && d >= START && d <= END) [addDays(d, -1), d, addDays(d, 1)].forEach((x) => days.add(x));
  return [...days].filter((d) => d >= START && d <= END);
}

describe('status history, 1 July 2002 to the dataset’s date', () => {
  it('is, for every country on every day its status can change, a status its record allows', () => {
    const wrong: string[] = [];
    for (const c of data.countries.countries)
      for (const day of changeDays(c)) {
        const s = statusOn(c, day);
        if (!allowed(c, day).includes(s))
          wrong.push(`${c.iso3} on ${day}: ${s}, record allows ${allowed(c, day)}`);
      }
    expect(wrong).toEqual([]);
  });

  it('shows no State Party that ratified as "never signed" on any day (the 2002–2011 gap)', () => {
    const wrong: string[] = [];
    for (let day = START; day <= END; day = addDays(day, 7))
      for (const c of data.countries.countries)
        if (c.ratificationType === 'ratification' && statusOn(c, day) === 'nonSignatory')
          wrong.push(`${c.iso3} ${day}`);
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('shows the Philippines, Czechia and Mexico as signatories before they ratified (1 January 2005; the Philippines still in 2010)', () => {
    const byIso = new Map(data.countries.countries.map((c) => [c.iso3, c]));
    for (const iso3 of ['PHL', 'CZE', 'MEX'])
      expect(statusOn(byIso.get(iso3)!, '2005-01-01'), iso3).toBe('signatory');
    expect(statusOn(byIso.get('PHL')!, '2010-01-01')).toBe('signatory');
    expect(statusOn(byIso.get('CZE')!, '2010-01-01')).toBe('party');
  });

  it('counts 124 States Parties on the dataset’s date (Hungary’s withdrawal in effect, flagged uncertain)', () => {
    const parties = data.countries.countries.filter((c) => statusOn(c, END) === 'party');
    expect(parties).toHaveLength(124);
    expect(
      data.countries.countries.find((c) => c.iso3 === 'HUN')!.uncertain.withdrawalEffective,
    ).toBeTruthy();
  });

  it('never shows an announced, un-notified withdrawal as a withdrawal (Burkina Faso, Mali, Niger, Venezuela)', () => {
    for (const iso3 of ['BFA', 'MLI', 'NER', 'VEN', 'AFG']) {
      const c = data.countries.countries.find((x) => x.iso3 === iso3)!;
      expect(c.announcements.length, iso3).toBeGreaterThan(0);
      expect(statusOn(c, END), iso3).toBe('party');
    }
  });

  it('gives dependent territories the status of their state, or "excluded" until an extension took effect', () => {
    const byIso = new Map(data.countries.countries.map((c) => [c.iso3, c]));
    const t = (iso3: string) => data.territories.find((x) => x.iso3 === iso3)!;
    const on = (iso3: string, day: string) => territoryStatusOn(t(iso3), byIso.get(t(iso3).state), day);
    expect(on('GRL', '2003-01-01')).toBe('excluded');
    expect(on('GRL', '2005-01-01')).toBe('party');
    expect(on('BMU', '2009-01-01')).toBe('excluded');
    expect(on('BMU', '2011-01-01')).toBe('party');
    expect(on('NCL', '2003-01-01')).toBe('party');
    expect(on('PRI', END)).toBe('signatureWithdrawn');
    expect(on('JEY', END)).toBe('notCovered');
  });
});

describe('the areas the map draws', () => {
  const drawn = drawnAreas();
  it('each have a record: a country or a territory', () => {
    expect(() => checkDrawnAreas(data, drawn, 'geo')).not.toThrow();
  });
  it('fail the build, naming the file, for a territory record the map does not draw', () => {
    const without = drawn.filter((iso3) => iso3 !== 'GRL');
    expect(() => checkDrawnAreas(data, without, 'geo')).toThrow(DataError);
    expect(() => checkDrawnAreas(data, without, 'geo')).toThrow(
      /^data\/territories\.json: record \d+ \(iso3 "GRL"\), field "iso3": "GRL" is not an area geo draws/,
    );
  });
  it('fail the build for a drawn area with no record', () => {
    expect(() => checkDrawnAreas(data, [...drawn, 'ZZZ'], 'geo')).toThrow(
      /geo draws ZZZ, which have no record/,
    );
  });
});
