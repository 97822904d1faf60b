/**
 * Which renderer draws the map here. MapLibre (WebGL) only where a WebGL 2 context comes without a
 * major performance caveat, that is on a real graphics chip: where WebGL runs in software (a school
 * laptop with a blocklisted GPU, headless Chromium), every WebGL frame costs 100–300 ms of main
 * thread, and the SVG map is faster. Chromium with SwiftShader allowed (`--enable-unsafe-swiftshader`)
 * reports no performance caveat, so the GPU's name is read too: a software rasteriser counts as slow.
 * `?renderer=svg|webgl` overrides the choice.
 */
import { t } from '../i18n/current';

/** GPU names of software rasterisers (SwiftShader, Mesa's llvmpipe and softpipe, Windows' basic renderer). */
export const SOFTWARE_GPU = /swiftshader|llvmpipe|softpipe|software|basic render/i;
export type RendererKind = 'svg' | 'webgl';
/** "fast": WebGL 2 on a graphics chip; "slow": WebGL 2 in software; "none": no WebGL 2. */
export type WebglSupport = 'fast' | 'slow' | 'none';

/** Probes this browser's WebGL 2 (the contexts made for the probe are released at once). */
export function webglSupport(doc: Document = document): WebglSupport {
  const probe = (attrs: WebGLContextAttributes): string | null => {
    try {
      const gl = doc.createElement('canvas').getContext('webgl2', attrs);
      if (!gl) return null;
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
      gl.getExtension('WEBGL_lose_context')?.loseContext();
      return name;
    } catch {
      return null;
    }
  };
  const fast = probe({ failIfMajorPerformanceCaveat: true });
  if (fast !== null && !SOFTWARE_GPU.test(fast)) return 'fast';
  return fast !== null || probe({}) !== null ? 'slow' : 'none';
}

/** The renderer to use, and a notice when the reader asked for one that cannot run here. */
export function chooseRenderer(
  requested: RendererKind | null,
  support: WebglSupport,
): { kind: RendererKind; notice: string | null } {
  if (requested === 'svg') return { kind: 'svg', notice: null };
  if (requested === 'webgl')
    return support === 'none'
      ? {
          kind: 'svg',
          notice: t.map.webglMissing,
        }
      : { kind: 'webgl', notice: null };
  return { kind: support === 'fast' ? 'webgl' : 'svg', notice: null };
}
