import { describe, expect, it } from 'vitest';
import {
  GeometryError,
  SMALL_STATES_MISSING,
  loadShapes,
  loadSmallStates,
  loadSmallStatesOrNone,
} from '../../src/lib/map/geometry';

const base = 'http://127.0.0.1/some/path/';
const answer = (body: string, status = 200) =>
  (async () => new Response(body, { status })) as unknown as typeof fetch;

describe('loading the shapes', () => {
  it('resolves the files against the page, so the site works from a sub-path', async () => {
    let asked = '';
    const fetchFn = (async (url: URL) => {
      asked = url.href;
      return new Response(JSON.stringify({ type: 'FeatureCollection', features: [] }));
    }) as unknown as typeof fetch;
    await loadSmallStates(base, fetchFn);
    expect(asked).toBe('http://127.0.0.1/some/path/geo/small-states.json');
  });

  it.each([
    ['a server error', answer('no', 503), /answered 503/],
    ['a file that is not JSON', answer('<html>'), /not valid JSON/],
    ['a JSON file that is not a topology', answer('{"a":1}'), /not a countries topology/],
    [
      'a failed request',
      (async () => Promise.reject(new TypeError('offline'))) as unknown as typeof fetch,
      /network request failed/,
    ],
    [
      'a request that stalls',
      (async () => Promise.reject(new DOMException('timed out', 'TimeoutError'))) as unknown as typeof fetch,
      /did not answer in time/,
    ],
  ])('says which file failed, and why, on %s', async (_, fetchFn, why) => {
    const p = loadShapes('coarse', base, fetchFn);
    await expect(p).rejects.toBeInstanceOf(GeometryError);
    await expect(loadShapes('coarse', base, fetchFn)).rejects.toThrow(/geo\/countries-110m\.json/);
    await expect(loadShapes('coarse', base, fetchFn)).rejects.toThrow(why);
  });

  it('draws without the small-state symbols when their file fails, and tells the reader', async () => {
    const told: string[] = [];
    const points = await loadSmallStatesOrNone(base, (m) => told.push(m), answer('no', 503));
    expect(points.features).toEqual([]);
    expect(told).toEqual([SMALL_STATES_MISSING]);
  });

  it('says nothing when the small-state symbols load', async () => {
    const told: string[] = [];
    const body = JSON.stringify({ type: 'FeatureCollection', features: [] });
    await loadSmallStatesOrNone(base, (m) => told.push(m), answer(body));
    expect(told).toEqual([]);
  });
});
