// Overlapping stop labels on the SVG map, old build vs new: `npx tsx scripts/dev/overlaps.ts DIST…`.
import { launch } from '../../tests/e2e/browser';
import { serveDist } from '../../tests/e2e/server';
const b = await launch();
for (const dist of process.argv.slice(2)) {
  const site = await serveDist(dist);
  for (const [w, h] of [
    [1280, 720],
    [1920, 1080],
  ]) {
    const page = await b.newPage({ viewport: { width: w, height: h } });
    await page.goto(site.url + '?renderer=svg');
    await page.waitForFunction(() => performance.getEntriesByName('map-interactive').length > 0, null, {
      timeout: 60000,
    });
    await page.waitForTimeout(1000);
    const r = await page.evaluate(() => {
      const boxes = [...document.querySelectorAll('.svg-map .stop text')].map((e) =>
        e.getBoundingClientRect(),
      );
      let pairs = 0;
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [p, q] = [boxes[i], boxes[j]];
          if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom) pairs++;
        }
      const sizes = boxes.map((b) => b.height);
      return { labels: boxes.length, overlappingPairs: pairs, digitBoxHeight: Math.min(...sizes).toFixed(1) };
    });
    console.log(dist, `${w}x${h}`, JSON.stringify(r));
    await page.close();
  }
  await site.close();
}
await b.close();
