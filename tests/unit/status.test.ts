import { describe, expect, it } from 'vitest';
import { countByStatus, pendingWithdrawal, statusOn, statusesOn } from '../../src/lib/data/status';
import { statusSentence, treatyFacts } from '../../src/lib/data/facts';
import { country, sampleData } from '../fixtures/make';

const data = sampleData();
const byIso = (iso3: string) => data.countries.find((c) => c.iso3 === iso3)!;

describe('status on a date', () => {
  it('Armenia is a signatory before ratifying, joined-not-in-force after, and a State Party from entry into force', () => {
    expect(statusOn(byIso('ARM'), '2023-06-01')).toBe('signatory');
    expect(statusOn(byIso('ARM'), '2023-12-01')).toBe('pending');
    expect(statusOn(byIso('ARM'), '2024-01-31')).toBe('pending');
    expect(statusOn(byIso('ARM'), '2024-02-01')).toBe('party');
  });

  it('Hungary stays a State Party until its withdrawal takes effect, then has withdrawn', () => {
    expect(statusOn(byIso('HUN'), '2026-06-01')).toBe('party');
    expect(pendingWithdrawal(byIso('HUN'), '2026-06-01')).toBe('2026-06-02');
    expect(statusOn(byIso('HUN'), '2026-06-02')).toBe('withdrawn');
    expect(pendingWithdrawal(byIso('HUN'), '2026-06-02')).toBeNull();
  });

  it('a signatory that withdrew its signature is shown as such only from that day', () => {
    expect(statusOn(byIso('RUS'), '2016-11-29')).toBe('signatory');
    expect(statusOn(byIso('RUS'), '2016-11-30')).toBe('signatureWithdrawn');
  });

  it('a country that never signed, and any country before it signed, is a non-signatory', () => {
    expect(statusOn(byIso('CHN'), '2026-01-01')).toBe('nonSignatory');
    expect(statusOn(byIso('KGZ'), '1998-01-01')).toBe('nonSignatory');
  });

  it('counts every class on a date', () => {
    const counts = countByStatus(statusesOn(data.countries, '2026-11-01'));
    expect(counts).toMatchObject({
      party: 2,
      withdrawn: 1,
      signatory: 1,
      signatureWithdrawn: 1,
      nonSignatory: 1,
      pending: 0,
    });
  });
});

describe('facts for the panel', () => {
  it('lists treaty events in date order with readable labels', () => {
    expect(treatyFacts(byIso('HUN')).map((f) => f.label)).toEqual([
      'Signed',
      'Ratified',
      'In force for it',
      'Notified its withdrawal',
      'Withdrawal took effect',
    ]);
  });

  it('says when only the latest possible entry-into-force date is known', () => {
    const gmb = country('GMB', 'Gambia', {
      entryIntoForce: '2002-10-01',
      entryIntoForceLatestPossible: true,
      confidence: 'low',
    });
    expect(statusOn(gmb, '2002-10-01')).toBe('party');
    expect(statusSentence(gmb, '2024-01-01')).toBe('State Party since 1 October 2002 at the latest.');
    expect(treatyFacts(gmb)[0].label).toBe('In force for it, at the latest');
  });

  it('says in words when a State Party is leaving', () => {
    expect(statusSentence(byIso('HUN'), '2025-12-01')).toBe(
      'State Party since 1 July 2002; its withdrawal takes effect on 2 June 2026.',
    );
    expect(statusSentence(byIso('ARM'), '2023-12-01')).toContain(
      'enters into force for it on 1 February 2024',
    );
  });
});
