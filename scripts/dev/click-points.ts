// Which country each benchmark click point lands on, on the SVG map (not the benchmark).
import { launch } from '../../tests/e2e/browser';
import { serveDist } from '../../tests/e2e/server';
import { atClickView, onScreen } from '../bench/clicks';
import { clickTargets } from '../bench/targets';
const site = await serveDist('dist');
const b = await launch();
const p = await b.newPage({ viewport: { width: 1280, height: 720 } });
await p.goto(atClickView(site.url));
await p.waitForFunction(() => performance.getEntriesByName('map-interactive').length > 0);
await p.waitForTimeout(1000);
const pts = await onScreen(p, clickTargets(), '.map');
const hits = await p.evaluate(
  (ps) =>
    ps.map(
      (q) =>
        document.elementFromPoint(q.x, q.y)?.closest('[data-iso3]')?.getAttribute('data-iso3') ??
        document.elementFromPoint(q.x, q.y)?.outerHTML.slice(0, 80),
    ),
  pts.map(({ x, y }) => ({ x, y })),
);
pts.slice(0, 60).forEach((q, i) => console.log(q.iso3, hits[i], Math.round(q.x), Math.round(q.y)));
console.log(await p.evaluate(() => location.hash));
await b.close();
await site.close();
