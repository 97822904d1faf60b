// A Chromium trace of clicks on the map (not the benchmark): the longest events of the frames after them.
import { launch } from '../../tests/e2e/browser';
import { serveDist } from '../../tests/e2e/server';
import { atClickView, onScreen } from '../bench/clicks';
import { clickTargets } from '../bench/targets';
const [dir = 'dist', query = '', css = ''] = process.argv.slice(2);
const site = await serveDist(dir);
const b = await launch();
const p = await b.newPage({ viewport: { width: 1280, height: 720 } });
await p.goto(atClickView(site.url + query));
await p.waitForFunction(() => performance.getEntriesByName('map-interactive').length > 0);
if (css) await p.addStyleTag({ content: css });
await p.waitForTimeout(1500);
const pts = (await onScreen(p, clickTargets(), '.map')).slice(0, 12);
const cdp = await p.context().newCDPSession(p);
const events: { name: string; dur?: number; ph: string; tid: number; ts: number; args?: unknown }[] = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
await cdp.send('Tracing.start', {
  categories: 'devtools.timeline,blink,cc,gpu,viz,disabled-by-default-devtools.timeline',
  transferMode: 'ReportEvents',
});
for (const q of pts.slice(0, 6)) {
  await p.mouse.move(q.x, q.y);
  await p.waitForTimeout(300);
  await p.mouse.click(q.x, q.y);
  await p.waitForTimeout(600);
  await p.keyboard.press('Escape');
  await p.waitForTimeout(600);
}
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.end');
await done;
const threads = new Map<number, string>();
for (const e of events) if (e.name === 'thread_name') threads.set(e.tid, (e.args as { name: string }).name);
const main = [...threads].find(([, n]) => n === 'CrRendererMain')![0];
const X = events.filter((e) => e.ph === 'X' && e.dur).sort((a, b) => a.ts - b.ts);
const clicks = X.filter(
  (e) =>
    e.tid === main &&
    e.name === 'EventDispatch' &&
    (e.args as { data?: { type?: string } })?.data?.type === 'click',
);
for (const c of clicks) {
  const t0 = c.ts;
  const frame = X.find((e) => e.tid === main && e.name === 'ProxyMain::BeginMainFrame' && e.ts > t0);
  if (!frame) continue;
  const inFrame = X.filter(
    (e) => e.tid === main && e.ts >= frame.ts && e.ts + e.dur! <= frame.ts + frame.dur!,
  );
  const sumOf = (n: string) => inFrame.filter((e) => e.name === n).reduce((s, e) => s + e.dur! / 1000, 0);
  const raster = X.filter(
    (e) => e.name === 'RasterTask' && e.ts > frame.ts && e.ts < frame.ts + frame.dur! + 60_000,
  );
  if (process.env.TILES)
    console.log(
      raster
        .filter(
          (e) =>
            e.ts <
            (X.find((d) => d.name === 'Display::DrawAndSwap' && d.ts > frame.ts + frame.dur!)?.ts ??
              Infinity),
        )
        .map((e) => JSON.stringify((e.args as { tileData?: unknown })?.tileData ?? e.args))
        .join('\n'),
    );
  const swap = X.find((e) => e.name === 'Display::DrawAndSwap' && e.ts > frame.ts + frame.dur!);
  console.log(
    `click handler ${(c.dur! / 1000).toFixed(1)} ms; frame starts +${((frame.ts - t0) / 1000).toFixed(0)} ms, ` +
      `lasts ${(frame.dur! / 1000).toFixed(1)}: style ${sumOf('UpdateLayoutTree').toFixed(1)}, layout ${sumOf('Layout').toFixed(1)}, ` +
      `paint ${sumOf('Paint').toFixed(1)}, layerize ${sumOf('Layerize').toFixed(1)}, pre-paint ${sumOf('PrePaint').toFixed(1)}; ` +
      `raster ${raster.length} tasks ${raster.reduce((s, e) => s + e.dur! / 1000, 0).toFixed(1)} ms; swap at +${swap ? ((swap.ts - t0) / 1000).toFixed(0) : '?'} ms`,
  );
}
await b.close();
await site.close();
