import { launch } from '../tests/e2e/browser';
import { serveDist } from '../tests/e2e/server';
const site = await serveDist('dist');
const b = await launch();
const nogl = await launch(['--disable-webgl', '--disable-3d-apis']);
async function shot(br: typeof b, name: string, path: string, vp = { width: 1280, height: 720 }, blockJs = false, wait = 'map-interactive') {
  const ctx = await br.newContext({ viewport: vp });
  const p = await ctx.newPage();
  p.on('pageerror', (e) => console.log('ERR', e));
  p.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
  if (blockJs) await p.route(/\.js$/, (r) => r.abort());
  await p.goto(site.url + path);
  if (wait === 'none') await p.waitForTimeout(500);
  else await p.waitForFunction((n) => performance.getEntriesByName(n).length > 0, wait, { timeout: 30000 });
  await p.waitForTimeout(300);
  await p.screenshot({ path: `test-results/${name}.png` });
  console.log(name, await p.evaluate(`performance.getEntriesByType('mark').map(m => m.name + ' ' + Math.round(m.startTime)).join(', ')`));
  await ctx.close();
}
await shot(b, 'fp-boot', '', undefined, true, 'map-painted');
await shot(b, 'fp-app', '');
await shot(nogl, 'fp-nogl', '', undefined, false, 'none');
await shot(b, 'fp-boot-phone', '', { width: 390, height: 844 }, true, 'map-painted');
await shot(b, 'fp-app-phone', '', { width: 390, height: 844 });
await shot(nogl, 'fp-nogl-date', '?date=2005-01-01', undefined, false, 'map-painted');
await b.close(); await nogl.close(); await site.close();
