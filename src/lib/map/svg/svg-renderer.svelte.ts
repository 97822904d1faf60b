/**
 * The SVG renderer: the whole map in SVG, for every machine (and the only one where WebGL is slow or
 * missing). It adopts the first paint's SVG (svg-markup.ts) rather than drawing the map again, pans
 * and zooms it with d3-zoom (a pan moves one transform), colours only the countries whose status
 * changed, and draws the trips with a Svelte component (SvgTrips.svelte) in the same world.
 */
import { mount, unmount, untrack } from 'svelte';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import 'd3-transition';
import { geoBounds } from 'd3-geo';
import type { CountryRenderer, CreateRenderer, HoverHit, RendererOptions } from '../renderer';
import { loadShapes, type CountryShapes } from '../geometry';
import {
  DETAIL_ZOOM,
  MAX_ZOOM,
  WORLD_BOUNDS,
  centredIn,
  fitView,
  scaleAt,
  transformOf,
  viewOf,
  zoomAt,
  type Bounds,
  type Transform,
} from '../view';
import { mapMarkup } from './svg-markup';
import { TILE, TILE_PX } from '../textures';
import { svgMapCss } from './svg-style';
import { toWorld } from '../first-paint-shapes';
import { SvgCountries } from './svg-countries';
import { svgLayout, tripModel } from './trip-model';
import { GROUP_OPEN_ZOOM, type Placed } from '../stop-layout';
import { PROJECTOR_SCALE, STOP_SPACING } from '../stop-shapes';
import SvgTrips from './SvgTrips.svelte';
import { markOnce } from '../marks';
import { t } from '../../i18n/current';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Where there is no ResizeObserver (jsdom), the map keeps its first size. */
class NoResize {
  observe() {}
  disconnect() {}
}

/** The SVG map markup for a page without a first paint (the build always writes one). */
function buildSvg(opts: RendererOptions): SVGSVGElement {
  const box = document.createElement('div');
  box.innerHTML = mapMarkup({
    countries: opts.shapes.features,
    smallStates: opts.smallStates.features,
    statusOf: (iso3) => (iso3 && opts.statuses.get(iso3)) || 'notCovered',
    hasRecord: () => false,
  });
  return box.firstElementChild as SVGSVGElement;
}

/** A renderer that adopts `firstPaint()` the first time it is created, and builds its own SVG after. */
export function svgRenderer(firstPaint: () => SVGSVGElement | null): CreateRenderer {
  let adopted = false;
  return async (container, opts, events) => {
    const found = adopted ? null : firstPaint();
    adopted ||= !!found;
    return createSvgMap(container, found ?? buildSvg(opts), opts, events);
  };
}

function createSvgMap(
  container: HTMLElement,
  svg: SVGSVGElement,
  opts: RendererOptions,
  events: Parameters<CreateRenderer>[2],
): CountryRenderer {
  let shapes: CountryShapes = opts.shapes;
  const size = () => ({ w: container.clientWidth || 1024, h: container.clientHeight || 600 });
  let { w: W, h: H } = size();

  // One world, in CSS px: the first paint's framing and its copies of the world either side go.
  for (const el of [...svg.querySelectorAll('use')]) el.remove();
  svg.classList.remove('stale');
  svg.classList.add('svg-map', 'adopted');
  svg.removeAttribute('aria-hidden');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('tabindex', '0');
  svg.setAttribute('role', 'application');
  svg.setAttribute('aria-roledescription', t.map.roleDescription);
  svg.setAttribute('aria-label', opts.label);
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = svgMapCss();
  svg.querySelector('defs')?.append(style);
  const camera = document.createElementNS(SVG_NS, 'g');
  camera.setAttribute('class', 'camera');
  camera.append(svg.querySelector('#fp-world')!);
  const tripsBox = document.createElementNS(SVG_NS, 'g');
  tripsBox.setAttribute('class', 'trips');
  camera.append(tripsBox);
  svg.append(camera);
  container.append(svg);

  const countries = new SvgCountries(svg);
  countries.setStatuses(opts.statuses);
  countries.outline('selected', opts.selected);
  const model = tripModel(opts.trips);
  const trips = $state({
    through: opts.shownThrough,
    latest: opts.latestTrip,
    halo: null as string | null,
    placed: [] as Placed[],
    precedents: [] as string[],
  });
  const precedentPoints = opts.precedents.features.map((f) => {
    const [x, y] = toWorld(f.geometry.coordinates as [number, number]);
    return { id: f.properties.id, x, y };
  });
  const precedentById = new Map(opts.precedents.features.map((f) => [f.properties.id, f.properties]));
  /** The place whose group marker the reader opened (a click on it), if any. */
  let opened: string | null = null;
  const overlay = mount(SvgTrips, {
    target: tripsBox,
    props: { model, view: trips, precedents: precedentPoints },
  });
  const names = () => new Map(shapes.features.map((f) => [f.properties.iso3, f.properties.name]));
  let nameOf = names();

  // The camera: d3-zoom's transform maps the world (first-paint units) to CSS px.
  const worldView = () => fitView(WORLD_BOUNDS, W, H, opts.frame());
  let tr: Transform = transformOf(opts.view ?? worldView(), W, H);
  let presenting = false;
  const patterns = [...svg.querySelectorAll('pattern')];
  let lastK = 0;
  const apply = (z: Transform) => {
    tr = { k: z.k, x: z.x, y: z.y };
    camera.setAttribute('transform', `translate(${z.x},${z.y}) scale(${z.k})`);
    if (z.k !== lastK) {
      lastK = z.k;
      svg.style.setProperty('--u', String(1 / z.k));
      // Textures keep their size on screen, as on the WebGL map.
      for (const p of patterns) p.setAttribute('patternTransform', `scale(${TILE_PX / TILE / z.k})`);
    }
  };
  /** Lays the symbols out again for the camera now (after a move, a resize, or a change of what shows). */
  // Untracked: the seam's methods are called from the host's effects, which must not come to depend
  // on the overlay's own state (writing `placed` would run them again, endlessly).
  const relayout = () =>
    untrack(() => {
      const placed = svgLayout(
        model,
        trips.through,
        { ...tr, width: W, height: H },
        {
          trips: [trips.halo, trips.latest],
          opened,
          allOpen: zoomAt(tr.k) >= GROUP_OPEN_ZOOM,
          spacing: STOP_SPACING * (presenting ? PROJECTOR_SCALE : 1),
        },
      );
      trips.placed = placed;
      events.laidOut(placed);
    });
  const minK = () => fitView(WORLD_BOUNDS, W, H, { top: 0, right: 0, bottom: 0, left: 0 }).zoom;
  const zoomer = zoom<SVGSVGElement, unknown>()
    .extent(() => [
      [0, 0],
      [W, H],
    ])
    .scaleExtent([scaleAt(minK()) * 0.8, scaleAt(MAX_ZOOM)])
    .filter((e: Event & { button?: number; ctrlKey?: boolean }) => {
      if (presenting && (e.type === 'wheel' || e.type === 'dblclick')) return false;
      return (!e.ctrlKey || e.type === 'wheel') && !e.button;
    })
    .on('zoom', (e: D3ZoomEvent<SVGSVGElement, unknown>) => apply(e.transform))
    .on('end', () => {
      relayout();
      events.view(viewOf(tr, W, H));
      loadDetail();
    });
  const sel = select(svg);
  const toZoom = (z: Transform): ZoomTransform => zoomIdentity.translate(z.x, z.y).scale(z.k);
  const move = (to: Transform, ms: number) => {
    if (opts.reducedMotion || ms === 0) sel.interrupt().call(zoomer.transform, toZoom(to));
    else sel.transition().duration(ms).call(zoomer.transform, toZoom(to));
  };

  let detailRequested = false;
  let currentStatuses = opts.statuses;
  function loadDetail() {
    if (detailRequested || zoomAt(tr.k) < DETAIL_ZOOM) return;
    detailRequested = true;
    loadShapes('detailed', opts.base).then(
      (detailed) => {
        shapes = detailed;
        nameOf = names();
        countries.setShapes(detailed, currentStatuses);
      },
      () => events.error(t.map.detailMissing),
    );
  }

  // What is under the pointer, from the element it is on.
  const stopById = new Map(model.stops.map((s) => [s.id, s]));
  const avoidedById = new Map(model.avoided.map((a) => [a.id, a]));
  const hitOf = (el: Element | null): Omit<HoverHit, 'x' | 'y'> | null => {
    const trip = el?.closest<SVGElement>('[data-trip]')?.dataset.trip;
    if (trip) {
      const s = stopById.get(trip)!;
      return { iso3: s.iso3, name: s.city, trip };
    }
    const group = el?.closest<SVGElement>('[data-group]')?.dataset.group;
    if (group) {
      const first = model.stops.find((s) => s.place === group)!;
      return { iso3: first.iso3, name: first.city, group };
    }
    const precedent = el?.closest<SVGElement>('[data-precedent]')?.dataset.precedent;
    if (precedent) {
      const p = precedentById.get(precedent)!;
      return { iso3: p.iso3, name: p.city, precedent };
    }
    const avoided = el?.closest<SVGElement>('[data-avoided]')?.dataset.avoided;
    if (avoided) {
      const a = avoidedById.get(avoided)!;
      return { iso3: a.iso3, name: a.city, avoided };
    }
    const c = el?.closest<SVGElement>('[data-c], [data-n]');
    if (!c) return null;
    const iso3 = c.dataset.c ?? null;
    return { iso3, name: (iso3 && nameOf.get(iso3)) || c.dataset.n || iso3 || '' };
  };
  const local = (e: MouseEvent) => {
    const r = container.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const onMove = (e: PointerEvent) => {
    if (e.buttons) return; // dragging the map
    const hit = hitOf(e.target as Element);
    countries.outline(
      'hover',
      hit?.trip || hit?.avoided || hit?.group || hit?.precedent ? null : (hit?.iso3 ?? null),
    );
    events.hover(hit ? { ...hit, ...local(e) } : null);
  };
  const onLeave = () => {
    countries.outline('hover', null);
    events.hover(null);
  };
  const onClick = (e: MouseEvent) => {
    const hit = hitOf(e.target as Element);
    if (hit?.group) {
      // A group marker opens into its visits, where it is.
      opened = hit.group;
      relayout();
      events.hover(null);
    } else if (hit?.trip) events.selectTrip(hit.trip);
    else events.select(hit?.iso3 ?? null);
  };
  /** Zooms by `delta` MapLibre zoom levels about the centre. */
  function zoomBy(delta: number) {
    const k = Math.min(scaleAt(MAX_ZOOM), Math.max(scaleAt(minK()) * 0.8, tr.k * 2 ** delta));
    move({ k, x: W / 2 - ((W / 2 - tr.x) / tr.k) * k, y: H / 2 - ((H / 2 - tr.y) / tr.k) * k }, 250);
  }
  svg.addEventListener('pointermove', onMove);
  svg.addEventListener('pointerleave', onLeave);
  svg.addEventListener('click', onClick);

  sel.call(zoomer).call(zoomer.transform, toZoom(tr));
  relayout();

  const resized = new (globalThis.ResizeObserver ?? NoResize)(() => {
    const view = viewOf(tr, W, H);
    ({ w: W, h: H } = size());
    svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
    zoomer.scaleExtent([scaleAt(minK()) * 0.8, scaleAt(MAX_ZOOM)]);
    sel.call(zoomer.transform, toZoom(transformOf(view, W, H)));
    relayout();
  });
  resized.observe(container);

  requestAnimationFrame(() => {
    markOnce('map-painted');
    markOnce('map-interactive');
    events.painted();
    events.interactive();
  });

  const boundsOf = (iso3: string): Bounds | null => {
    const f =
      shapes.features.find((x) => x.properties.iso3 === iso3) ??
      opts.smallStates.features.find((x) => x.properties.iso3 === iso3);
    if (!f) return null;
    const [[w, s], [e, n]] = geoBounds(f);
    // A point (a small state) gets a little room around it.
    return w === e ? [w - 2, s - 2, e + 2, n + 2] : [w, s, e, n];
  };

  return {
    kind: 'svg',
    zoomBy,
    setStatuses(statuses) {
      currentStatuses = statuses;
      countries.setStatuses(statuses);
    },
    setSelected: (iso3) => countries.outline('selected', iso3),
    setFocused: (iso3) => countries.outline('focus', iso3),
    panBy: (dx, dy) => move({ ...tr, x: tr.x - dx, y: tr.y - dy }, opts.reducedMotion ? 0 : 200),
    setTrips(through, latest) {
      if (through === trips.through && latest === trips.latest) return;
      trips.through = through;
      trips.latest = latest;
      relayout();
    },
    setPrecedents(ids) {
      if (ids.length === trips.precedents.length && ids.every((id, i) => id === trips.precedents[i])) return;
      trips.precedents = [...ids];
    },
    setTripHalo(id) {
      if (id === trips.halo) return;
      trips.halo = id;
      relayout();
    },
    setAnnounced: (iso3s) => countries.setAnnounced(iso3s),
    setEmphasis(status) {
      if (status) svg.dataset.emphasis = status;
      else delete svg.dataset.emphasis;
    },
    reveal(iso3, padding) {
      ({ w: W, h: H } = size());
      const b = boundsOf(iso3);
      if (!b) return;
      const [w, s, e, n] = b;
      const [cx, cy] = [(w + (e < w ? e + 360 : e)) / 2, (s + n) / 2];
      const at = viewOf(tr, W, H);
      const p = transformOf({ zoom: at.zoom, lat: cy, lon: cx }, W, H);
      // Where the country's centre is on screen now.
      const x = W / 2 - (p.x - tr.x);
      const y = H / 2 - (p.y - tr.y);
      const free = x > padding.left && x < W - padding.right && y > padding.top && y < H - padding.bottom;
      if (free && at.zoom >= 1.5) return;
      move(transformOf(fitView(b, W, H, padding, 4), W, H), 600);
    },
    resetView: () => move(transformOf(worldView(), W, H), 600),
    goTo(to, jump = false, padding) {
      ({ w: W, h: H } = size());
      const view = padding ? centredIn(to, padding) : to;
      move(transformOf({ zoom: view.zoom, lon: view.center[0], lat: view.center[1] }, W, H), jump ? 0 : 1800);
    },
    getView: () => viewOf(tr, W, H),
    setPresentation(on) {
      presenting = on;
      svg.classList.toggle('projector', on);
      relayout();
    },
    focus: () => svg.focus({ preventScroll: true }),
    snapshot() {
      const copy = svg.cloneNode(true) as SVGSVGElement;
      copy.setAttribute('width', String(W));
      copy.setAttribute('height', String(H));
      copy.setAttribute('xmlns', SVG_NS);
      const text = new XMLSerializer().serializeToString(copy);
      return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
    },
    destroy() {
      resized.disconnect();
      sel.interrupt().on('.zoom', null);
      svg.removeEventListener('pointermove', onMove);
      svg.removeEventListener('pointerleave', onLeave);
      svg.removeEventListener('click', onClick);
      void unmount(overlay);
      svg.remove();
    },
  };
}
