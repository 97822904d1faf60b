import { launch } from '../../tests/e2e/browser';
for (const extra of [[], ['--use-angle=swiftshader', '--ignore-gpu-blocklist']]) {
  const b = await launch(extra);
  const p = await b.newPage();
  console.log(
    extra.join(' ') || 'default',
    await p.evaluate(() => {
      const c = document.createElement('canvas');
      const fast = !!c.getContext('webgl2', { failIfMajorPerformanceCaveat: true });
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return {
        fast,
        renderer: info ? gl!.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl?.getParameter(gl.RENDERER),
      };
    }),
  );
  await b.close();
}
