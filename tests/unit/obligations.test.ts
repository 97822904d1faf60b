import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { obligationsFor } from '../../src/lib/data/obligations';
import type { Obligation } from '../../src/lib/data/schema-events';
import { country } from '../fixtures/make';

const all: Obligation[] = JSON.parse(readFileSync('data/obligations.json', 'utf8')).obligations;
const ids = (v: { articles: Obligation[] }) => v.articles.map((a) => a.id);

describe('obligations by status', () => {
  it('a State Party must arrest and surrender him; official capacity gives no immunity', () => {
    const v = obligationsFor(
      country('MNG', 'Mongolia', { ratified: '2002-04-11', entryIntoForce: '2002-07-01' }),
      '2024-09-03',
      all,
    );
    expect(v.plain).toMatch(
      /Mongolia is a State Party: if Vladimir Putin is on its territory it must arrest him/,
    );
    expect(v.plain).toMatch(/Article 27/);
    expect(ids(v)).toEqual(['art86', 'art89', 'art27', 'art98', 'art87-7']);
  });

  it('before the warrant, a State Party’s duty is stated in general terms', () => {
    const mng = country('MNG', 'Mongolia', { ratified: '2002-04-11', entryIntoForce: '2002-07-01' });
    expect(obligationsFor(mng, '2010-01-01', all).plain).toMatch(
      /arrest and surrender anyone the Court has a warrant for \(the warrant for Vladimir Putin came on 17 March 2023\)/,
    );
  });

  it('names that need "the" read as sentences', () => {
    const phl = country('PHL', 'Philippines', {
      ratified: '2011-08-30',
      entryIntoForce: '2011-11-01',
      withdrawalNotified: '2018-03-17',
      withdrawalEffective: '2019-03-17',
    });
    expect(obligationsFor(phl, '2024-01-01', all).plain).toMatch(
      /^The Philippines left the Statute on 17 March 2019/,
    );
  });

  it('a State Party that is leaving is bound until its withdrawal takes effect', () => {
    const hun = country('HUN', 'Hungary', {
      ratified: '2001-11-30',
      entryIntoForce: '2002-07-01',
      withdrawalNotified: '2025-06-02',
      withdrawalEffective: '2026-06-02',
    });
    expect(obligationsFor(hun, '2025-12-01', all).plain).toMatch(
      /withdrawal takes effect on 2 June 2026; until then it is bound/,
    );
    const after = obligationsFor(hun, '2026-06-02', all);
    // It left after the warrant: Article 127(2) keeps its duty in proceedings begun before; never "free".
    expect(after.plain).toMatch(
      /Hungary left the Statute on 2 June 2026, after the warrant was issued\. Under Article 127\(2\)/,
    );
    expect(after.plain).not.toMatch(/no longer has to arrest/);
    const bdi = country('BDI', 'Burundi', {
      ratified: '2004-09-21',
      entryIntoForce: '2004-12-01',
      withdrawalNotified: '2016-10-27',
      withdrawalEffective: '2017-10-27',
    });
    expect(obligationsFor(bdi, '2024-01-01', all).plain).toMatch(
      /Burundi left the Statute on 27 October 2017 \(Article 127\), before the warrant/,
    );
    expect(ids(after)[0]).toBe('art127');
  });

  it('a signatory has no duty to arrest, only not to defeat the treaty’s purpose', () => {
    const v = obligationsFor(country('KGZ', 'Kyrgyzstan', { signed: '1998-12-08' }), '2025-11-25', all);
    expect(v.plain).toMatch(/no duty to arrest him/);
    expect(v.plain).toMatch(/Article 18/);
    expect(ids(v)).toEqual(['art18-vclt', 'non-party']);
  });

  it('a non-party has no duty under the Statute', () => {
    const v = obligationsFor(country('CHN', 'China'), '2024-05-16', all);
    expect(v.plain).toMatch(
      /China is not a party to the Statute, so the Statute gives it no duty to arrest him/,
    );
    expect(ids(v)).toEqual(['non-party']);
  });

  it('a state that withdrew its signature has no duty under the Statute', () => {
    const v = obligationsFor(
      country('USA', 'United States', { signed: '2000-12-31', signatureWithdrawn: '2002-05-06' }),
      '2025-08-15',
      all,
    );
    expect(v.plain).toMatch(/said on 6 May 2002 that it will not become a party/);
  });

  it('a state that has joined but is not yet bound is told when it will be', () => {
    const arm = country('ARM', 'Armenia', {
      signed: '1999-10-01',
      ratified: '2023-11-14',
      entryIntoForce: '2024-02-01',
    });
    expect(obligationsFor(arm, '2023-12-01', all).plain).toMatch(
      /enters into force for it on 1 February 2024/,
    );
  });

  it('Ukraine: its Article 12(3) declarations, membership since 2025, and occupied territory in the Court’s jurisdiction', () => {
    const ukr = country('UKR', 'Ukraine', {
      signed: '2000-01-20',
      ratified: '2024-10-25',
      entryIntoForce: '2025-01-01',
      declarations12_3: [
        { date: '2014-04-17', note: '' },
        { date: '2015-09-08', note: '' },
      ],
    });
    const v = obligationsFor(ukr, '2025-06-01', all);
    expect(v.plain).toMatch(/declarations in 2014 and 2015 \(Article 12\(3\)\)/);
    expect(v.plain).toMatch(/State Party since 1 January 2025/);
    expect(v.plain).toMatch(/visits there are trips into the Court’s jurisdiction/);
    expect(ids(v)[0]).toBe('art12-3');
    // Before it joined, Article 12(3) already bound it to cooperate: never "no duty to arrest".
    const before = obligationsFor(ukr, '2023-06-01', all).plain;
    expect(before).toMatch(/^Ukraine accepted the Court’s jurisdiction .* arrest and surrender included/);
    expect(before).not.toMatch(/no duty to arrest/);
    expect(obligationsFor(ukr, '2010-01-01', all).plain).not.toMatch(/occupied/i);
  });

  it('every article the text cites exists in data/obligations.json', () => {
    for (const id of [
      'art86',
      'art89',
      'art27',
      'art98',
      'art87-7',
      'art127',
      'art18-vclt',
      'non-party',
      'art12-3',
      'art126',
    ]) {
      expect(
        all.some((o) => o.id === id),
        id,
      ).toBe(true);
    }
  });
});
