import { launch } from '../../tests/e2e/browser';
import { serveDist } from '../../tests/e2e/server';
const site = await serveDist('dist');
const b = await launch();
const p = await b.newPage({ viewport: { width: 1280, height: 720 } });
p.on('console', (m) => console.log('console', m.type(), m.text()));
p.on('pageerror', (e) => console.log('pageerror', e.message));
await p.goto(site.url + (process.argv[2] ?? '?country=MNG'));
await p.waitForTimeout(4000);
console.log(
  await p.evaluate(() =>
    performance.getEntriesByType('mark').map((m) => `${m.name} ${Math.round(m.startTime)}`),
  ),
);
console.log(
  await p.evaluate(() => [document.querySelector('.map-box')?.getAttribute('data-renderer'), location.hash]),
);
await b.close();
await site.close();
