import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/lib/state/app-state.svelte';
import { APP_DATA } from '../../src/lib/data/static-data';
import { describeCountry, describeStop } from '../../src/lib/state/describe';
import { stopsInOrder } from '../../src/lib/state/map-keys';

const app = (date: string) => new AppState(APP_DATA, { date, today: '2026-12-02' });

describe('what the map says when the keyboard walks it', () => {
  it('names the country, its status on the date, his visits and their outcome, and what Enter does', () => {
    expect(describeCountry(app('2026-12-02'), 'MNG')).toMatch(
      /^Mongolia — State Party since 1 July 2002 — visited 2\s*–\s*3 September 2024, not arrested — Enter for details$/,
    );
  });

  it('says only what had happened by the date', () => {
    expect(describeCountry(app('2024-01-01'), 'MNG')).toBe(
      'Mongolia — State Party since 1 July 2002 — Enter for details',
    );
  });

  it('tells trips to the occupied areas of Ukraine from visits, and sums up many', () => {
    expect(describeCountry(app('2026-12-02'), 'UKR')).toMatch(
      /went to the areas Russia occupies 4 times, most recently/,
    );
  });

  it('says the summits he stayed away from', () => {
    expect(describeCountry(app('2026-12-02'), 'ZAF')).toMatch(/he stayed away from .*BRICS/);
  });

  it('numbers a stop among those shown by the date', () => {
    const a = app('2024-09-05');
    const s = a.stops.find((x) => x.trip.id === '2024-09-mongolia')!;
    expect(describeStop(a, s)).toMatch(
      /^Trip 18 of 18: Ulaanbaatar, Mongolia, 2\s*–\s*3 September 2024 — .* — a State Party that day, not arrested — Enter for details$/,
    );
  });

  it('walks the stops in date order, trips and avoided visits together, up to the date', () => {
    const a = app('2023-09-01');
    const order = stopsInOrder(a);
    const dateOf = (c: (typeof order)[number]) =>
      c.kind === 'trip'
        ? a.stops.find((s) => s.trip.id === c.id)!.trip.start
        : c.kind === 'avoided'
          ? a.data.avoided.find((x) => x.id === c.id)!.start
          : '';
    const dates = order.map(dateOf);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((d) => d <= '2023-09-01')).toBe(true);
    expect(order.some((c) => c.kind === 'avoided')).toBe(true);
    expect(order.every((c) => c.kind !== 'country')).toBe(true);
    expect(order.length).toBeLessThan(stopsInOrder(app('2026-12-02')).length);
  });
});
