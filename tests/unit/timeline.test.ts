import { describe, expect, it } from 'vitest';
import {
  dateAt,
  markGroups,
  stepEvent,
  ticks,
  timeScale,
  timelineEvents,
  type TimelineEvent,
} from '../../src/lib/timeline/model';
import { dateForKey } from '../../src/lib/timeline/keys';
import { toStops } from '../../src/lib/data/trips';
import { sampleAppData } from '../fixtures/make';

describe('timeline scale', () => {
  const scale = timeScale('2002-07-01', '2026-11-22', 1000);

  it('maps the first and last day to the ends and back', () => {
    expect(scale(new Date('2002-07-01T00:00:00Z'))).toBe(0);
    expect(scale(new Date('2026-11-22T00:00:00Z'))).toBe(1000);
    expect(dateAt(scale, 0)).toBe('2002-07-01');
    expect(dateAt(scale, 1000)).toBe('2026-11-22');
    expect(dateAt(scale, -50)).toBe('2002-07-01');
  });

  it('has about one tick per 90 px, in date order, labelled', () => {
    const t = ticks(scale);
    expect(t.length).toBeGreaterThanOrEqual(5);
    expect(t.length).toBeLessThanOrEqual(14);
    expect(t.every((x, i) => i === 0 || x.x > t[i - 1].x)).toBe(true);
    expect(t[0].label).toMatch(/^20\d\d$/);
  });

  it('labels a short span with months', () => {
    const labels = ticks(timeScale('2023-03-01', '2026-11-22', 1200)).map((t) => t.label);
    expect(labels).toEqual(expect.arrayContaining(['2024', 'April']));
  });
});

describe('timeline events', () => {
  const data = sampleAppData();
  const events = timelineEvents(
    data,
    toStops(data.trips, new Map(data.countries.countries.map((c) => [c.iso3, c]))),
  );

  it('marks the warrant, the trips and membership changes in date order', () => {
    const kinds = events.map((e: TimelineEvent) => `${e.date} ${e.kind}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        '2023-03-17 warrant',
        '2023-10-17 trip',
        '2024-02-01 entry',
        '2024-09-02 trip',
        '2026-06-02 withdrawal',
      ]),
    );
    expect([...kinds].sort()).toEqual(kinds);
  });

  it('steps to the next and previous event, and stays put at the ends', () => {
    expect(stepEvent(events, '2023-03-17', 1)).toBe('2023-10-17');
    expect(stepEvent(events, '2023-10-17', -1)).toBe('2023-03-17');
    expect(stepEvent(events, '2030-01-01', 1)).toBeNull();
  });
});

describe('the date handle’s keys', () => {
  const range = ['2002-07-01', '2026-11-22'] as const;
  it('moves by a day, a month (Shift or Page keys), or to either end', () => {
    expect(dateForKey('ArrowRight', '2024-02-28', range)).toBe('2024-02-29');
    expect(dateForKey('ArrowLeft', '2024-03-01', range)).toBe('2024-02-29');
    // Shift+arrow and Page Up/Down: a calendar month, to the month's last day when it is shorter.
    expect(dateForKey('ArrowRight', '2024-01-01', range, true)).toBe('2024-02-01');
    expect(dateForKey('ArrowRight', '2024-01-31', range, true)).toBe('2024-02-29');
    expect(dateForKey('PageUp', '2023-01-31', range)).toBe('2023-02-28');
    expect(dateForKey('PageDown', '2024-03-31', range)).toBe('2024-02-29');
    expect(dateForKey('ArrowLeft', '2024-01-15', range, true)).toBe('2023-12-15');
    expect(dateForKey('Home', '2024-01-31', range)).toBe('2002-07-01');
    expect(dateForKey('End', '2024-01-31', range)).toBe('2026-11-22');
    expect(dateForKey('a', '2024-01-31', range)).toBeNull();
  });
});

describe('timeline marks', () => {
  const ev = (date: string, id: string, kind: TimelineEvent['kind'] = 'avoided'): TimelineEvent => ({
    date,
    kind,
    id,
    label: id,
  });
  const scale = timeScale('2023-01-01', '2026-12-31', 1000);
  const x = (iso: string) => scale(new Date(`${iso}T00:00:00Z`));

  it('draws events on the same pixels with the same look as one mark that names them all', () => {
    const marks = markGroups(
      [ev('2024-05-01', 'a'), ev('2024-05-01', 'b'), ev('2024-05-01', 'w', 'warrant')],
      x,
    );
    expect(marks.map((m) => m.events.map((e) => e.id))).toEqual([['a', 'b'], ['w']]);
  });

  it('keeps events apart that are further apart than a bin', () => {
    expect(markGroups([ev('2024-05-01', 'a'), ev('2024-06-01', 'b')], x)).toHaveLength(2);
  });

  it('holds a bounded number of marks for 10,000 trips', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      ev(new Date(Date.UTC(2023, 3, 1) + (i % 1300) * 864e5).toISOString().slice(0, 10), `t${i}`),
    );
    const marks = markGroups(many, x);
    expect(marks.length).toBeLessThanOrEqual(501);
    expect(marks.reduce((n, m) => n + m.events.length, 0)).toBe(10_000);
  });
});
