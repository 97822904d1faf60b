import { describe, expect, it } from 'vitest';
import { CODE_MISSING, pickRenderer } from '../../src/lib/map/pick-renderer';
import type { CreateRenderer } from '../../src/lib/map/renderer';

describe('picking the renderer', () => {
  it('offers none without WebGL', () => {
    expect(pickRenderer(false)).toBeNull();
  });

  it('hands over the MapLibre renderer once its code has loaded', async () => {
    const create = (async () => ({})) as unknown as CreateRenderer;
    const load = pickRenderer(true, async () => ({ createMapLibreRenderer: create }))!;
    expect(await load()).toBe(create);
  });

  it('tells the reader in plain words when the code does not download, not with a hashed file name', async () => {
    const failed = new TypeError(
      'Failed to fetch dynamically imported module: https://x/assets/maplibre-renderer-Ab12.js',
    );
    const load = pickRenderer(true, () => Promise.reject(failed))!;
    await expect(load()).rejects.toThrow(CODE_MISSING);
    await expect(load()).rejects.toMatchObject({ cause: failed });
  });
});
