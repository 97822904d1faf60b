// Click → panel on a few countries (not the benchmark): `npx tsx scripts/dev/click-time.ts [dir] [query] [css]`.
import { launch } from '../../tests/e2e/browser';
import { serveDist } from '../../tests/e2e/server';
import { atClickView, clickLatencies } from '../bench/clicks';
import { clickTargets } from '../bench/targets';
import { percentile } from '../bench/stats';
const [dir = 'dist', query = '', css = ''] = process.argv.slice(2);
const site = await serveDist(dir);
const b = await launch(process.env.FLAGS ? process.env.FLAGS.split(' ') : []);
const p = await b.newPage({ viewport: { width: 1280, height: 720 } });
await p.goto(atClickView(site.url + query));
await p.waitForFunction(() => performance.getEntriesByName('map-interactive').length > 0);
if (css) await p.addStyleTag({ content: css });
await p.waitForTimeout(1500);
const { timed, missed } = await clickLatencies(p, clickTargets(), '.map', Number(process.env.N ?? 20));
const q = (f: (t: (typeof timed)[0]) => number, x: number) => percentile(timed.map(f), x).toFixed(0);
console.log(
  `p50 ${q((t) => t.total, 0.5)} p95 ${q((t) => t.total, 0.95)}; input ${q((t) => t.input, 0.5)} processing ${q((t) => t.processing, 0.5)} (p95 ${q((t) => t.processing, 0.95)}) presentation ${q((t) => t.presentation, 0.5)} (p95 ${q((t) => t.presentation, 0.95)}); missed ${missed.join(' ')}`,
);
await b.close();
await site.close();
