/**
 * The WebGL renderer: creates the MapLibre map once, reflects state into it through the adapter
 * functions, reports clicks and hovers back, and removes the map on destroy.
 */
import { AttributionControl, LngLat, Map as MapLibreMap, setWorkerUrl, type PointLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { geoBounds } from 'd3-geo';
import { addTextures, setEmphasis, setProjector, setStatuses } from './adapter';
import { CountryOverlays } from './country-overlays';
import { loadShapes, type CountryShapes } from '../geometry';
import { SOURCE, baseStyle, countryLayers } from './layers';
import { TRIP_LAYER, TRIP_SOURCE, TripClock, tripLayers } from './trip-layers';
import { pickAt } from './pick';
import { drawIcon } from './stop-icons';
import { iconIds } from '../routes';
import { StopPlacer } from './stop-placer';
import { PROJECTOR_SCALE } from '../stop-shapes';
import type { CountryRenderer, CreateRenderer, RendererEvents, RendererOptions } from '../renderer';
import type { GeoJSONSource, LngLatBoundsLike } from 'maplibre-gl';
import { DETAIL_ZOOM, WORLD_BOUNDS as WORLD_BOUNDS_LIST, centredIn } from '../view';
import { markOnce } from '../marks';
import type { Status } from '../../data/status';
import type { FeatureCollection } from 'geojson';
import { t } from '../../i18n/current';

const [W, S, E, N] = WORLD_BOUNDS_LIST;
/** The whole inhabited world (view.ts), as MapLibre takes it. */
export const WORLD_BOUNDS: LngLatBoundsLike = [
  [W, S],
  [E, N],
];

export const createMapLibreRenderer: CreateRenderer = async (container, opts, events) => {
  setWorkerUrl(workerUrl);
  const map = new MapLibreMap({
    container,
    style: baseStyle(),
    // The app writes the view into the address (#map=, the same format), from the 'view' event.
    ...(opts.view
      ? { center: [opts.view.lon, opts.view.lat] as [number, number], zoom: opts.view.zoom }
      : { bounds: WORLD_BOUNDS, fitBoundsOptions: { padding: opts.frame() } }),
    // One world: no copies either side of it (a stop or route drawn twice reads as two).
    renderWorldCopies: false,
    // MapLibre then keeps the world's edges outside the box, zooming in until it fills the width;
    // this map frames the whole world (the view's frame), so only the centre is kept on the world.
    transformConstrain: (center, zoom) => ({
      center: new LngLat(Math.max(-180, Math.min(180, center.lng)), Math.max(-80, Math.min(80, center.lat))),
      zoom,
    }),
    minZoom: 0,
    maxZoom: 9,
    attributionControl: false,
    // MapLibre's own words on its controls (only the attribution button is shown).
    locale: { 'AttributionControl.ToggleAttribution': t.map.toggleAttribution },
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    fadeDuration: 0,
  });
  // Anything that fails from here on takes the half-built map with it, so a retry starts clean.
  try {
    return await setUp(map, opts, events);
  } catch (err) {
    map.remove();
    throw err;
  }
};

/** Rejects with a reader's message when `p` has not settled within `ms`. */
function withTimeout<T>(p: Promise<T>, message: string, ms = 30_000): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(message)), ms))]);
}

/** Everything after the map exists: controls, sources, layers, events; resolves once countries are drawn. */
async function setUp(
  map: MapLibreMap,
  opts: RendererOptions,
  events: RendererEvents,
): Promise<CountryRenderer> {
  const { shapes: coarse, smallStates: small } = opts;
  let shapes: CountryShapes = coarse;
  map.on('error', (e) => events.error(e.error?.message ?? t.map.mapError));
  map.touchZoomRotate.disableRotation();
  // Keys are the app's (state/map-keys.ts: walking the countries, panning, zooming), on both renderers.
  map.keyboard.disable();
  map.addControl(
    new AttributionControl({
      compact: true,
      customAttribution: t.map.attribution,
    }),
    'bottom-right',
  );
  const canvas = map.getCanvas();
  canvas.setAttribute('aria-label', opts.label);
  // A lost context (the GPU reset, or the browser reclaiming it) ends this map: the host draws in SVG.
  canvas.addEventListener('webglcontextlost', () => events.lost(t.map.contextLost));
  const view = () => {
    const c = map.getCenter();
    return { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
  };
  map.on('moveend', () => events.view(view()));

  // Stop and avoided-visit icons are drawn the first time a layer asks for them.
  map.on('styleimagemissing', (e) => {
    const icon = drawIcon(e.id);
    if (icon && !map.hasImage(e.id)) map.addImage(e.id, icon.image, { pixelRatio: icon.pixelRatio });
  });
  await withTimeout(new Promise<void>((resolve) => map.once('load', () => resolve())), t.map.mapDidNotStart);
  addTextures(map, window.devicePixelRatio || 1);
  map.addSource(SOURCE.countries, { type: 'geojson', data: coarse, promoteId: 'iso3' });
  map.addSource(SOURCE.smallStates, { type: 'geojson', data: small, promoteId: 'iso3' });
  const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
  map.addSource(SOURCE.textures, { type: 'geojson', data: empty });
  map.addSource(SOURCE.highlight, { type: 'geojson', data: empty });
  map.addSource(SOURCE.announced, { type: 'geojson', data: empty });
  for (const layer of countryLayers()) map.addLayer(layer);
  const overlays = new CountryOverlays(map, coarse);
  const statuses = (s: ReadonlyMap<string, Status>) => {
    setStatuses(map, s);
    overlays.setStatuses(s);
  };
  statuses(opts.statuses);
  map.addSource(TRIP_SOURCE.routes, { type: 'geojson', data: opts.trips.routes, promoteId: 'id' });
  // The stops and the leader lines are written by the layout (stop-placer.ts).
  map.addSource(TRIP_SOURCE.stops, { type: 'geojson', data: empty, promoteId: 'id' });
  map.addSource(TRIP_SOURCE.leaders, { type: 'geojson', data: empty });
  map.addSource(TRIP_SOURCE.avoided, { type: 'geojson', data: opts.trips.avoided, promoteId: 'id' });
  map.addSource(TRIP_SOURCE.precedents, { type: 'geojson', data: opts.precedents, promoteId: 'id' });
  let precedentsOn = new Set<string>();
  // Every icon is drawn before the layers that use it: icons supplied later through
  // 'styleimagemissing' were placed in the wrong spot until the next layout (MapLibre 6.17).
  for (const id of iconIds(opts.trips.stops)) {
    const icon = drawIcon(id);
    if (icon && !map.hasImage(id)) map.addImage(id, icon.image, { pixelRatio: icon.pixelRatio });
  }
  for (const layer of tripLayers()) map.addLayer(layer);
  const clock = new TripClock(
    map,
    opts.trips.stops.features.map((f) => f.properties),
    opts.trips.avoided.features.map((f) => f.properties),
  );
  clock.update(opts.shownThrough, opts.latestTrip);
  const placer = new StopPlacer(map, events.laidOut, opts.trips.stops, opts.trips.avoided);
  let [halo, latest] = [null as string | null, opts.latestTrip];
  let presenting = false;
  placer.set({ through: opts.shownThrough, trips: [halo, latest] });
  map.on('moveend', () => placer.place());
  map.on('resize', () => placer.place());
  /** What is under a point (pick.ts). */
  const pick = (point: PointLike) => {
    const { x, y } = Array.isArray(point) ? { x: point[0], y: point[1] } : point;
    return pickAt(
      map,
      [x, y],
      (start) => clock.isShown(start),
      presenting ? PROJECTOR_SCALE : 1,
      (id) => precedentsOn.has(id),
    );
  };

  map.on('mousemove', (e) => {
    const hit = pick(e.point);
    overlays.outline('hover', hit?.iso3 ?? null);
    canvas.style.cursor = hit?.iso3 || hit?.trip || hit?.group ? 'pointer' : '';
    events.hover(hit ? { ...hit, x: e.point.x, y: e.point.y } : null);
  });
  map.on('mouseout', () => {
    overlays.outline('hover', null);
    events.hover(null);
  });
  map.on('click', (e) => {
    const hit = pick(e.point);
    if (hit?.group) {
      // A group marker opens into its visits, where it is.
      placer.set({ opened: hit.group });
      events.hover(null);
    } else if (hit?.trip) events.selectTrip(hit.trip);
    else events.select(hit?.iso3 ?? null);
  });
  let detailRequested = false;
  const loadDetail = () => {
    if (detailRequested || map.getZoom() < DETAIL_ZOOM) return;
    detailRequested = true;
    loadShapes('detailed', opts.base).then(
      (detailed) => {
        shapes = detailed;
        (map.getSource(SOURCE.countries) as GeoJSONSource | undefined)?.setData(detailed);
        overlays.setShapes(detailed);
      },
      () => events.error(t.map.detailMissing),
    );
  };
  map.on('zoomend', loadDetail);

  await withTimeout(
    new Promise<void>((resolve) => {
      const onRender = () => {
        if (!map.isSourceLoaded(SOURCE.countries)) return;
        map.off('render', onRender);
        resolve();
      };
      map.on('render', onRender);
    }),
    t.map.countriesNotDrawn,
  );
  markOnce('map-painted');
  markOnce('webgl-painted');
  events.painted();
  map.once('idle', () => {
    markOnce('map-interactive');
    markOnce('webgl-interactive');
    events.interactive();
    loadDetail();
  });

  const motion = () => (opts.reducedMotion ? { duration: 0 } : { duration: 600 });
  return {
    kind: 'webgl',
    zoomBy: (delta) => map.zoomTo(map.getZoom() + delta, motion()),
    getView: view,
    focus: () => canvas.focus({ preventScroll: true }),
    setStatuses: statuses,
    setTrips(through, last) {
      clock.update(through, last);
      latest = last;
      placer.set({ through, trips: [halo, latest] });
    },
    setPrecedents(ids) {
      const next = new Set(ids);
      for (const f of opts.precedents.features) {
        const id = f.properties.id;
        if (next.has(id) !== precedentsOn.has(id))
          map.setFeatureState({ source: TRIP_SOURCE.precedents, id }, { on: next.has(id) });
      }
      precedentsOn = next;
    },
    setTripHalo(id) {
      clock.ring(id);
      if (id === halo) return;
      halo = id;
      placer.set({ trips: [halo, latest] });
    },
    setEmphasis: (status) => setEmphasis(map, status),
    setAnnounced: (iso3s) => overlays.setAnnounced(iso3s),
    setSelected: (iso3) => overlays.outline('selected', iso3),
    setFocused: (iso3) => overlays.outline('focus', iso3),
    panBy: (dx, dy) => map.panBy([dx, dy], { duration: opts.reducedMotion ? 0 : 200 }),
    reveal(iso3, padding) {
      map.resize(); // the map box may just have changed size to make room for the panel
      const f =
        shapes.features.find((x) => x.properties.iso3 === iso3) ??
        small.features.find((x) => x.properties.iso3 === iso3);
      if (!f) return;
      const [[w, s], [e, n]] = geoBounds(f);
      const east = e < w ? e + 360 : e;
      // Already in the part of the map the panel leaves free: leave the camera alone.
      const c = map.project([(w + east) / 2, (s + n) / 2]);
      const { clientWidth: cw, clientHeight: ch } = map.getContainer();
      const free =
        c.x > padding.left && c.x < cw - padding.right && c.y > padding.top && c.y < ch - padding.bottom;
      if (free && map.getZoom() >= 1.5) return;
      map.fitBounds(
        [
          [w, s],
          [east, n],
        ],
        { padding, maxZoom: 4, ...motion() },
      );
    },
    resetView: () => map.fitBounds(WORLD_BOUNDS, { padding: opts.frame(), ...motion() }),
    goTo(to, jump = false, padding) {
      map.resize(); // entering presentation mode gives the map the whole screen
      const view = padding ? centredIn(to, padding) : to;
      if (opts.reducedMotion || jump) map.jumpTo(view);
      else map.flyTo({ ...view, duration: 1800 });
    },
    setPresentation(on) {
      map.resize();
      setProjector(map, on);
      for (const layer of [TRIP_LAYER.stops, TRIP_LAYER.halo, TRIP_LAYER.avoided])
        map.setLayoutProperty(layer, 'icon-size', on ? PROJECTOR_SCALE : 1);
      presenting = on;
      placer.set({ presenting: on });
      for (const h of [map.scrollZoom, map.doubleClickZoom, map.boxZoom]) {
        if (on) h.disable();
        else h.enable();
      }
    },
    snapshot() {
      try {
        map.redraw(); // draws now, so the canvas holds this frame when it is read
        return canvas.toDataURL('image/png');
      } catch {
        return null;
      }
    },
    destroy: () => map.remove(),
  };
}
