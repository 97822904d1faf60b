import { launch } from '../../tests/e2e/browser';
import { serveDist } from '../../tests/e2e/server';
const site = await serveDist('dist');
const b = await launch();
for (const q of ['', '?country=MNG']) {
  const page = await b.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(site.url + q);
  await page.waitForFunction(() => performance.getEntriesByName('map-interactive').length > 0, null, { timeout: 60000 });
  await page.waitForTimeout(1000);
  const r = await page.evaluate(() => {
    const wide = [...document.querySelectorAll('body *')]
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.right > 392 && r.width > 0)
      .slice(0, 12)
      .map(({ e, r }) => `${e.tagName}.${e.className} ${Math.round(r.left)}..${Math.round(r.right)}`);
    return { sw: document.documentElement.scrollWidth, wide };
  });
  console.log(q, JSON.stringify(r, null, 1));
  await page.close();
}
await b.close();
await site.close();
