// The slowest frames while the timeline plays, with what ran in them (not the benchmark).
import { launch } from '../../tests/e2e/browser';
import { serveDist } from '../../tests/e2e/server';
const [dir = 'dist', query = '?date=2023-03-17', ms = '3000'] = process.argv.slice(2);
const site = await serveDist(dir);
const b = await launch();
const p = await b.newPage({ viewport: { width: 1280, height: 720 } });
await p.goto(site.url + query);
await p.waitForFunction(() => performance.getEntriesByName('map-interactive').length > 0);
await p.waitForTimeout(1500);
await p.evaluate(`window.__f = []; new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__f.push({
  t: Math.round(e.startTime), d: Math.round(e.duration), block: Math.round(e.blockingDuration),
  render: e.renderStart ? Math.round(e.startTime + e.duration - e.renderStart) : 0,
  style: Math.round(e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0),
  scripts: e.scripts.map((s) => Math.round(s.duration) + ' ' + s.invoker + ' ' + (s.sourceFunctionName || '') + ' ' + (s.sourceURL || '').split('/').pop())
}))).observe({ type: 'long-animation-frame' });
window.__t = []; new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__t.push(Math.round(e.startTime) + '+' + Math.round(e.duration)))).observe({ type: 'longtask' });`);
await p.getByRole('button', { name: /Play/ }).click();
await p.waitForTimeout(Number(ms));
const f = (await p.evaluate('window.__f')) as { d: number }[];
console.log(
  f
    .sort((a, b) => b.d - a.d)
    .slice(0, 6)
    .map((x) => JSON.stringify(x))
    .join('\n'),
);
console.log(
  'long tasks',
  await p.evaluate('window.__t'),
  'now',
  await p.evaluate('Math.round(performance.now())'),
);
await b.close();
await site.close();
