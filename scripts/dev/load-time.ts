// A quick look (not the benchmark): marks and long tasks of one load of a built site.
import { launch } from '../../tests/e2e/browser';
import { serveDist } from '../../tests/e2e/server';
const [dir = 'dist', query = ''] = process.argv.slice(2);
const site = await serveDist(dir);
const b = await launch();
const p = await b.newPage({ viewport: { width: 1280, height: 720 } });
await p.addInitScript(() => {
  (window as unknown as { __long: string[] }).__long = [];
  new PerformanceObserver((l) =>
    l
      .getEntries()
      .forEach((e) =>
        (window as unknown as { __long: string[] }).__long.push(
          `${Math.round(e.startTime)}+${Math.round(e.duration)}`,
        ),
      ),
  ).observe({ type: 'longtask', buffered: true });
});
const t0 = Date.now();
await p.goto(site.url + query);
await p.waitForFunction(() => performance.getEntriesByName('map-interactive').length > 0, null, {
  timeout: 120_000,
});
console.log('wall', Date.now() - t0, 'ms');
await p.waitForTimeout(1500);
console.log(
  await p.evaluate(() =>
    performance.getEntriesByType('mark').map((m) => `${m.name} ${Math.round(m.startTime)}`),
  ),
);
console.log('long tasks', await p.evaluate(() => (window as unknown as { __long: string[] }).__long));
await b.close();
await site.close();
