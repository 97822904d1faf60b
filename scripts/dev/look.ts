import { launch } from '../../tests/e2e/browser';
import { serveDist } from '../../tests/e2e/server';
const server = await serveDist('dist');
const browser = await launch();
const ready = (page) => page.waitForFunction(() => performance.getEntriesByName('map-interactive').length > 0);
{
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(server.url + (process.env.L ?? 'uk/') + '?date=2024-09-03');
  await ready(page);
  await page.getByRole('button', { name: /Країни|Список країн|Countries|Country list/ }).first().click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/shots/table-${(process.env.L ?? 'uk').replace('/', '') || 'en'}.png` });
  const sw = await page.evaluate(() => document.documentElement.scrollWidth);
  console.log('uk table scrollWidth', sw);
  await page.close();
}
{
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(server.url + 'fr/?date=2025-10-09&precedents=1');
  await ready(page);
  await page.getByRole('button', { name: /Comment les frontières/ }).click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: '/tmp/shots/fr-borders.png' });
  await page.close();
}
await browser.close(); await server.close();
