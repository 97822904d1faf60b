import { describe, expect, it } from 'vitest';
import { WORLD_BOUNDS, fitView, isWorldView } from '../../src/lib/map/view';

const frame = { top: 56, right: 56, bottom: 8, left: 360 };

describe('isWorldView', () => {
  it('knows the world view the page opens on, in the box and frame it was fitted to', () => {
    const world = fitView(WORLD_BOUNDS, 1280, 480, frame);
    expect(isWorldView(world, 1280, 480, frame)).toBe(true);
    // Rounded as a link rounds it (formatView), it is still the world view.
    const rounded = { zoom: Math.round(world.zoom * 100) / 100, lat: world.lat, lon: world.lon };
    expect(isWorldView(rounded, 1280, 480, frame)).toBe(true);
  });

  it('is not the world view once moved or zoomed, or on a box of another shape', () => {
    const world = fitView(WORLD_BOUNDS, 1280, 480, frame);
    expect(isWorldView({ ...world, lon: world.lon + 5 }, 1280, 480, frame)).toBe(false);
    expect(isWorldView({ ...world, zoom: world.zoom + 0.3 }, 1280, 480, frame)).toBe(false);
    expect(isWorldView(world, 320, 340, { top: 54, right: 8, bottom: 51, left: 8 })).toBe(false);
  });
});
