/**
 * Screenshots of the built site for looking at (not a test): `npx tsx scripts/shots.ts [out] [view…]`.
 * A view is name=query@WxH, e.g. mongolia=?country=MNG@390x844; add ~nowebgl to switch WebGL off.
 */
import { launch } from '../tests/e2e/browser';
import { serveDist } from '../tests/e2e/server';

const [out = 'test-results/shots', ...views] = process.argv.slice(2);
const site = await serveDist();
const plain = await launch();
const noGl = await launch(['--disable-webgl', '--disable-3d-apis']);
try {
  for (const v of views) {
    const m = /^([\w-]+)=(.*)@(\d+)x(\d+)(~nowebgl)?$/.exec(v);
    if (!m) throw new Error(`cannot read the view ${v}`);
    const [, name, query, w, h, nogl] = m;
    const page = await (nogl ? noGl : plain).newPage({ viewport: { width: Number(w), height: Number(h) } });
    await page.goto(site.url + query);
    await page
      .waitForFunction(
        (mark) => performance.getEntriesByName(mark).length > 0,
        /renderer=webgl/.test(query) ? 'webgl-interactive' : 'map-interactive',
        { timeout: 60_000 },
      )
      .catch(() => console.log(`${name}: no interactive mark`));
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${out}/${name}.png` });
    console.log(`${out}/${name}.png`);
    await page.close();
  }
} finally {
  await plain.close();
  await noGl.close();
  await site.close();
}
