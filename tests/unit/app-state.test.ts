import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/lib/state/app-state.svelte';
import { TripClock } from '../../src/lib/map/maplibre/trip-layers';
import { sampleAppData } from '../fixtures/make';

const make = (init: Partial<ConstructorParameters<typeof AppState>[1]> = {}) =>
  new AppState(sampleAppData(), { date: '2026-11-22', today: '2026-11-22', ...init });

describe('AppState', () => {
  it('cannot be written around its rules: the date only changes through setDate, which clamps it; the selection only through its methods', () => {
    const app = make();
    expect(() => {
      (app.time as unknown as { date: string }).date = '1900-01-01';
    }).toThrow(TypeError);
    expect(() => {
      (app.selection as unknown as { iso3: string }).iso3 = 'XXX';
    }).toThrow(TypeError);
    app.time.setDate('1900-01-01');
    expect(app.time.date).toBe('2002-07-01');
  });

  it('derives what the map shows: trips through the date, the latest, the ringed stop, emphasis, lesson', () => {
    const app = make({ date: '2024-01-01' });
    expect([app.map.shownThrough, app.map.latestTrip]).toEqual(['2023-10-17', '2023-10-china']);
    app.time.setDate('2024-09-05');
    expect([app.map.shownThrough, app.map.latestTrip]).toEqual(['2024-09-02', '2024-09-mongolia']);
    expect(app.map.halo).toBeNull();
    app.selectTrip('2023-10-china');
    expect([app.map.halo, app.map.selected]).toEqual(['2023-10-china', 'CHN']);
    app.ui.setHover({ iso3: 'MNG', name: 'Ulaanbaatar', x: 0, y: 0, trip: '2024-09-mongolia' });
    expect(app.map.halo).toBe('2024-09-mongolia'); // the stop pointed at is ringed first
    app.ui.setLegendFocus('party');
    expect(app.map.emphasis).toBe('party');
    expect(app.map.presenting).toBe(false);
    expect(app.map.statuses).toEqual(app.statuses);
  });

  it('its link is the view on screen: selection, date, lesson step and camera, as they change', () => {
    const app = make({ page: 'https://example.org/map/?renderer=svg' });
    expect(app.link).toBe('https://example.org/map/?renderer=svg');
    app.selection.select('MNG');
    app.time.setDate('2024-09-03');
    app.ui.setView({ zoom: 3.5, lat: 47, lon: 103 });
    expect(app.link).toBe('https://example.org/map/?renderer=svg&country=MNG&date=2024-09-03#map=3.5/47/103');
    app.startPresenting(0);
    expect(new URL(app.link).searchParams.get('present')).toBe('1');
    expect(new URL(app.link).searchParams.get('step')).toBe('1');
    expect(new URL(app.link).searchParams.get('date')).toBe(app.time.date);
  });

  it('selecting a trip opens its host and moves the date forward to the visit, never back', () => {
    const app = make({ date: '2024-01-01' });
    app.selectTrip('2024-09-mongolia');
    expect([app.selection.iso3, app.selection.trip, app.time.date]).toEqual([
      'MNG',
      '2024-09-mongolia',
      '2024-09-02',
    ]);
    const later = make({ date: '2025-06-01' });
    later.selectTrip('2024-09-mongolia');
    expect(later.time.date).toBe('2025-06-01');
  });

  it('a ?trip= link opens the host, unless it names another country', () => {
    expect(make({ trip: '2024-09-mongolia' }).selection.iso3).toBe('MNG');
    const other = make({ trip: '2024-09-mongolia', country: 'KGZ' });
    expect([other.selection.iso3, other.selection.trip]).toEqual(['KGZ', null]);
  });

  it('selecting another country clears the trip', () => {
    const app = make();
    app.selectTrip('2024-09-mongolia');
    app.selection.select('CHN');
    expect(app.selection.trip).toBeNull();
  });

  it('play from the end restarts at the warrant; advancing stops at today', () => {
    const app = make();
    app.time.play();
    expect(app.time.date).toBe('2023-03-17');
    app.time.advance(10_000);
    expect([app.time.date, app.time.playing]).toEqual(['2026-11-22', false]);
  });

  it('a lesson step sets the date, the country and the trip', () => {
    const data = sampleAppData();
    data.lesson.steps.push({
      id: 's1',
      date: '2024-09-03',
      view: { center: [104, 47], zoom: 3 },
      country: 'MNG',
      trip: '2024-09-mongolia',
      caption: 'c',
      predict: 'q?',
      reveal: 'a',
      notes: 'n',
      sources: [{ url: 'https://example.org', title: 't' }],
    });
    const app = new AppState(data, { date: '2026-11-22', today: '2026-11-22' });
    app.startPresenting(0);
    expect([app.time.date, app.selection.iso3, app.selection.trip]).toEqual([
      '2024-09-03',
      'MNG',
      '2024-09-mongolia',
    ]);
    app.nextStep();
    expect(app.lesson.slide).toEqual({ step: 0, revealed: true });
    app.lesson.stop();
    expect(app.lesson.slide).toBeNull();
  });
});

describe('TripClock', () => {
  function fake() {
    const states = new Map<string, Record<string, boolean>>();
    const calls: string[] = [];
    const map = {
      setFeatureState: (f: { source: string; id: string | number }, s: Record<string, boolean>) => {
        calls.push(`${f.source}/${f.id}`);
        states.set(`${f.source}/${f.id}`, { ...states.get(`${f.source}/${f.id}`), ...s });
      },
    };
    return { map, states, calls };
  }
  const trips = [
    { id: 'a', start: '2023-10-17' },
    { id: 'b', start: '2024-09-02' },
  ];
  const avoided = [{ id: 'x', start: '2023-08-22' }];

  it('shows what had begun by the date, hides it again when the date moves back, and moves the highlighted route', () => {
    const { map, states } = fake();
    const clock = new TripClock(map as never, trips, avoided);
    clock.update('2024-09-02', 'b');
    expect(states.get('trip-stops/b')).toMatchObject({ shown: true });
    expect(states.get('trip-routes/b')).toMatchObject({ shown: true, latest: true });
    expect(states.get('avoided-visits/x')).toMatchObject({ shown: true });
    clock.update('2024-01-01', 'a');
    expect(states.get('trip-stops/b')).toMatchObject({ shown: false });
    expect(states.get('trip-routes/b')).toMatchObject({ latest: false });
    expect(states.get('trip-routes/a')).toMatchObject({ shown: true, latest: true });
    expect(clock.isShown('2024-09-02')).toBe(false);
  });

  it('touches nothing when nothing changed (every frame of play asks again)', () => {
    const { map, calls } = fake();
    const clock = new TripClock(map as never, trips, avoided);
    clock.update('2024-09-02', 'b');
    calls.length = 0;
    clock.update('2024-09-02', 'b');
    clock.ring(null);
    expect(calls).toEqual([]);
  });
});
