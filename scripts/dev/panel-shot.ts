import { launch } from '../../tests/e2e/browser';
import { serveDist } from '../../tests/e2e/server';
const site = await serveDist('dist');
const b = await launch();
for (const [iso, sel] of [['JOR', '#precedents-title'], ['ZAF', '#precedents-title']]) {
  const c = await b.newContext({ viewport: { width: 1280, height: 2000 }, serviceWorkers: 'block' });
  const p = await c.newPage();
  await p.goto(`${site.url}?country=${iso}`);
  await p.locator(sel).waitFor({ timeout: 15000 });
  await p.waitForTimeout(4500); // sources arrive
  await p.locator(sel).scrollIntoViewIfNeeded();
  await p.locator('[data-testid="country-panel"]').screenshot({ path: `/tmp/s2/panel-${iso}.png` });
  await c.close();
}
await b.close();
await site.close();
