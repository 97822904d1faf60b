// A CPU profile of one load (not the benchmark): the functions with the most self time.
import { launch } from '../../tests/e2e/browser';
import { serveDist } from '../../tests/e2e/server';
const [dir = 'dist', query = ''] = process.argv.slice(2);
const site = await serveDist(dir);
const b = await launch();
const p = await b.newPage({ viewport: { width: 1280, height: 720 } });
const cdp = await p.context().newCDPSession(p);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
await cdp.send('Profiler.start');
await p.goto(site.url + query);
await p.waitForFunction(() => performance.getEntriesByName('map-interactive').length > 0, null, {
  timeout: 120_000,
});
await p.waitForTimeout(500);
const { profile } = (await cdp.send('Profiler.stop')) as {
  profile: {
    nodes: {
      id: number;
      callFrame: { functionName: string; url: string; lineNumber: number };
      hitCount?: number;
    }[];
    samples: number[];
    timeDeltas: number[];
  };
};
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const byFn = new Map<string, number>();
for (const n of profile.nodes) {
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  byFn.set(key, (byFn.get(key) ?? 0) + (self.get(n.id) ?? 0) / 1000);
}
console.log(
  [...byFn]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => `${v.toFixed(0).padStart(6)} ms ${k}`)
    .join('\n'),
);
await b.close();
await site.close();
