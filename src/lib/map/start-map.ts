/**
 * Starting the map: the SVG renderer first, at once (it adopts the first paint, so the reader can
 * click from the first frames); then, where the machine draws WebGL fast, the MapLibre renderer is
 * loaded and swapped in once it has drawn, at the same view; if its graphics context is lost, the
 * SVG map comes back, at the view it had. The app's state never moves: the host mirrors it into
 * whichever renderer is current. Everything stops when `signal` aborts.
 */
import type { CountryShapes, SmallStatePoints } from './geometry';
import type { CountryRenderer, CreateRenderer, MapView, RendererEvents, RendererOptions } from './renderer';
import type { RendererKind } from './choose';
import { t } from '../i18n/current';

/** What the reader is told when the WebGL map's code does not arrive (offline, or a stale page after an update). */
export const CODE_MISSING = t.map.webglCodeMissing;
export const CONTEXT_LOST = t.map.webglContextLost;

export interface StartMap {
  /** The map box: each renderer gets a layer of its own in it. */
  container: HTMLElement;
  kind: RendererKind;
  /** The renderer options as the app's state is now (without the shapes and the view). */
  options: () => Omit<RendererOptions, 'shapes' | 'smallStates' | 'view'>;
  /** The first view's shapes (from the first paint, or the geometry files). */
  geometry: () => Promise<{ shapes: CountryShapes; smallStates: SmallStatePoints }>;
  /** A link's view (#map=), or null for the world. */
  view: MapView | null;
  events: RendererEvents;
  svg: CreateRenderer;
  /** Loads the MapLibre renderer's code. */
  webgl: () => Promise<CreateRenderer>;
  /** The renderer now drawing (null when none, after the signal aborted). */
  onRenderer: (r: CountryRenderer | null) => void;
  /** A notice for the reader (the WebGL map could not start, or stopped). */
  notify: (message: string) => void;
  signal: AbortSignal;
}

/** A layer of the map box for one renderer. */
function layer(container: HTMLElement, hidden = false): HTMLDivElement {
  const div = document.createElement('div');
  div.className = 'map-layer';
  div.hidden = hidden;
  container.append(div);
  return div;
}

/** Starts the map; rejects (with a reader's message) only when not even the SVG map can be drawn. */
export async function startMap(s: StartMap): Promise<void> {
  const geo = await s.geometry();
  if (s.signal.aborted) return;
  /** The renderer that draws now, by a name: only it reports what the reader does. */
  let active = 'svg-1';
  let current: CountryRenderer | null = null;
  let box = layer(s.container);
  const svg = await s.svg(
    box,
    { ...s.options(), ...geo, view: s.view },
    only(s.events, 'svg-1', () => active),
  );
  if (s.signal.aborted) return finish(svg, box);
  current = svg;
  s.onRenderer(svg);
  s.signal.addEventListener('abort', () => {
    current?.destroy();
    current = null;
    s.onRenderer(null);
  });
  if (s.kind !== 'webgl') return;

  let create: CreateRenderer;
  try {
    create = await s.webgl();
  } catch {
    if (!s.signal.aborted) s.notify(CODE_MISSING);
    return;
  }
  if (s.signal.aborted) return;
  const glBox = layer(s.container, true);
  let gl: CountryRenderer;
  const glEvents: RendererEvents = { ...only(s.events, 'webgl', () => active), lost: () => void backToSvg() };
  try {
    gl = await create(glBox, { ...s.options(), ...geo, view: current.getView() }, glEvents);
  } catch (e) {
    glBox.remove();
    if (!s.signal.aborted) s.notify(t.map.webglFailed(e instanceof Error ? e.message : String(e)));
    return;
  }
  if (s.signal.aborted || !current) return finish(gl, glBox);
  glBox.hidden = false;
  const hadFocus = box.contains(document.activeElement);
  finish(current, box);
  active = 'webgl';
  current = gl;
  s.onRenderer(gl);
  // A keyboard reader already on the map stays on it.
  if (hadFocus) gl.focus();

  async function backToSvg() {
    if (active !== 'webgl' || s.signal.aborted) return;
    const view = gl.getView();
    active = 'svg-2';
    box = layer(s.container);
    const again = await s.svg(
      box,
      { ...s.options(), ...geo, view },
      only(s.events, 'svg-2', () => active),
    );
    const hadFocus = glBox.contains(document.activeElement);
    finish(gl, glBox);
    if (s.signal.aborted) return finish(again, box);
    current = again;
    s.onRenderer(again);
    if (hadFocus) again.focus();
    s.notify(CONTEXT_LOST);
  }
}

function finish(r: CountryRenderer, box: HTMLElement) {
  r.destroy();
  box.remove();
}

/** What the reader does on a map reaches the app only from the renderer that draws (`name`, while `active()` is it). */
function only(events: RendererEvents, name: string, active: () => string): RendererEvents {
  const fromReader = new Set(['hover', 'select', 'selectTrip', 'view']);
  return Object.fromEntries(
    Object.entries(events).map(([k, f]) => [
      k,
      (...a: unknown[]) => {
        if (fromReader.has(k) && active() !== name) return;
        (f as (...x: unknown[]) => void)(...a);
      },
    ]),
  ) as unknown as RendererEvents;
}
