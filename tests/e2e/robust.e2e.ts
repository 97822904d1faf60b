// Robustness in the browser: random and malformed addresses never break the page, and nothing from
// the address is ever rendered as HTML. Deterministic: the same 60 addresses every run, each checked
// once the app has read the address and shown its notices. The volume (thousands of addresses) is in
// the parsers' property tests (tests/unit/address-properties.test.ts).
import { describe, expect, it } from 'vitest';
import { useSite, watchPolicy } from './harness';

const site = useSite();

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><b>bold</b>',
  'javascript:alert(1)',
  '%00%01%1f',
  '%E0%A4%A',
  '🇺🇦🇷🇺',
  'Ｍｏｎｇｏｌｉａ',
  '../../etc/passwd',
  '9'.repeat(400),
  '-1e309',
  'NaN',
  '2024-02-30',
  '1999-12-31',
  '2099-01-01',
  '2024-9-3',
  'MNG',
  'mng',
  'XKX',
  'ZZZ',
  '2024-09-mongolia',
  '1',
  '0',
  '',
];
const KEYS = ['country', 'date', 'trip', 'present', 'step', 'map', 'renderer', 'utm_source', 'Country', ''];

/** A random address: a query with repeated, unknown and known keys, and a hash. */
function randomAddress(rand: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const parts: string[] = [];
  const n = Math.floor(rand() * 5);
  for (let i = 0; i < n; i++) {
    const value = rand() < 0.7 ? pick(NASTY) : String(Math.floor(rand() * 1e6));
    parts.push(`${pick(KEYS)}=${rand() < 0.5 ? encodeURIComponent(value) : value}`);
  }
  const hashes = [
    '',
    '#map=abc',
    '#map=2/47/106',
    '#map=99/999/999',
    `#map=${pick(NASTY)}`,
    '#map=1/2/3&map=4/5/6',
    '#%',
  ];
  return `?${parts.join('&')}${pick(hashes)}`;
}

describe('fuzzed addresses', () => {
  it('60 random and malformed addresses: the page renders, no uncaught error, nothing from the address as HTML', async () => {
    const context = await site.browser.newContext({
      viewport: { width: 1024, height: 640 },
      reducedMotion: 'reduce',
      serviceWorkers: 'block',
    });
    await watchPolicy(context);
    // The map itself is not under test here: its code and shapes are not fetched, so 500 loads stay quick.
    await context.route(/maplibre|\/geo\//, (route) => route.abort());
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e}`));
    const rand = mulberry32(2026);
    let withNotice = 0;
    for (let i = 0; i < 60; i++) {
      const address = randomAddress(rand);
      await page.goto(site.url + address);
      // Settled: the app has read the address and shown any notices about it.
      await page.waitForFunction(() => document.documentElement.dataset.linkRead === 'yes', null, {
        timeout: 15_000,
      });
      const r = await page.evaluate(
        `({ pwned: typeof window.__pwned, injected: document.querySelectorAll('.notices b, .notices img, .notices script, .present b').length, notices: document.querySelectorAll('.notice').length })`,
      );
      const { pwned, injected, notices } = r as { pwned: string; injected: number; notices: number };
      expect(pwned, address).toBe('undefined');
      expect(injected, address).toBe(0);
      if (notices > 0) withNotice++;
    }
    expect(errors).toEqual([]);
    // Most random addresses carry something unreadable, and the reader is told.
    expect(withNotice).toBeGreaterThan(25);
    await context.close();
  }, 600_000);

  it('quotes ignored input as text in the notice', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    await watchPolicy(context);
    await context.route(/maplibre|\/geo\//, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${site.url}?country=${encodeURIComponent('<b>x</b>')}`);
    await page.locator('.page').waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('.notice').first().textContent()).toContain('“<b>x</b>”');
    expect(await page.locator('.notices b').count()).toBe(0);
    await context.close();
  });
});
