// The byte budget of a first visit, gzipped: a change that bloats the first load fails CI.
// The files are the ones a cold load in Chromium really fetches until the WebGL map answers clicks
// and the network is quiet; their sizes are those of the built files (gzip -9), so the figure is
// deterministic.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { useSite, visit, waitForMark } from './harness';
import { networkQuiet } from './network';

/**
 * The budget for everything a first visit downloads, gzip -9, in KiB (587 KiB when it was set; 605
 * with the first paint in index.html; 555 with presentation mode loaded on demand, MapLibre's
 * stylesheet trimmed and the first view's shapes read from the first paint).
 */
const BUDGET_KIB = 565;

const site = useSite();

describe('first-load byte budget', () => {
  it(`stays under ${BUDGET_KIB} KiB gzipped: everything a first visit fetches until the map is interactive`, async () => {
    const fetched = new Set<string>();
    const { page, context } = await visit(site, '', undefined, async (c) =>
      c.on('requestfinished', (r) => {
        const u = new URL(r.url());
        if (u.protocol.startsWith('http')) fetched.add(u.pathname);
      }),
    );
    await waitForMark(page, 'webgl-interactive');
    await networkQuiet(page);
    await context.close();
    const prefix = new URL(site.url).pathname;
    const files = [...fetched].map((p) => p.slice(prefix.length) || 'index.html').sort();
    const sizes = files.map((f) => gzipSync(readFileSync(`dist/${f}`), { level: 9 }).length);
    const total = sizes.reduce((a, b) => a + b, 0) / 1024;
    const listing = files.map((f, i) => `${(sizes[i] / 1024).toFixed(1)} KiB ${f}`).join('\n');

    expect(files, listing).toContain('index.html');
    expect(files.some((f) => /^assets\/maplibre-gl-worker-[\w-]+\.js$/.test(f))).toBe(true);
    expect(files.some((f) => /^assets\/maplibre-renderer-[\w-]+\.js$/.test(f))).toBe(true);
    // Not part of a first visit: any geometry file (the first view's shapes are in index.html; the
    // detailed ones come when zoomed in) and presentation mode (a lesson).
    expect(files.filter((f) => f.startsWith('geo/') || f.includes('Presentation'))).toEqual([]);
    expect(total, listing).toBeLessThan(BUDGET_KIB);
  });
});
