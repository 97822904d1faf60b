// Element ids used more than once on the page (not a test): `npx tsx scripts/dev/dup-ids.ts [query]`.
import { launch } from '../../tests/e2e/browser';
import { serveDist } from '../../tests/e2e/server';
const [query = '?country=MNG'] = process.argv.slice(2);
const site = await serveDist('dist');
const b = await launch();
const p = await b.newPage({ viewport: { width: 1280, height: 720 } });
await p.goto(site.url + query);
await p.waitForFunction(() => performance.getEntriesByName('map-interactive').length > 0);
await p.waitForTimeout(1000);
console.log(
  await p.evaluate(() => {
    const n = new Map<string, number>();
    for (const el of document.querySelectorAll('[id]')) n.set(el.id, (n.get(el.id) ?? 0) + 1);
    return [...n].filter(([, c]) => c > 1);
  }),
);
await b.close();
await site.close();
