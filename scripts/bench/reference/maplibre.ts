// A bare MapLibre choropleth: what a plain page would do, and nothing more.
import { Map as MapLibreMap, setWorkerUrl, type ExpressionSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { FILLS, NO_DATA, OCEAN } from 'virtual:reference';
import './page.css';

setWorkerUrl(workerUrl);
const topology = fetch('geo/countries-50m.json').then((r) => r.json() as Promise<Topology>);
const map = new MapLibreMap({
  container: 'map',
  style: {
    version: 8,
    sources: {},
    layers: [{ id: 'ocean', type: 'background', paint: { 'background-color': OCEAN } }],
  },
  bounds: [
    [-168, -56],
    [190, 78],
  ],
  fitBoundsOptions: { padding: 8 },
  hash: 'map', // so the benchmark can put it on the same view as the map it is compared with
});

// Countries grouped by colour: one `match` branch per fill.
const byFill = new Map<string, string[]>();
for (const [iso3, fill] of Object.entries(FILLS)) byFill.set(fill, [...(byFill.get(fill) ?? []), iso3]);
const fillColour = [
  'match',
  ['get', 'iso3'],
  ...[...byFill].flatMap(([fill, codes]) => [codes, fill]),
  NO_DATA,
];

map.on('load', async () => {
  const t = await topology;
  map.addSource('countries', {
    type: 'geojson',
    data: feature(t, t.objects.countries as GeometryCollection),
  });
  map.addLayer({
    id: 'fill',
    type: 'fill',
    source: 'countries',
    paint: { 'fill-color': fillColour as unknown as ExpressionSpecification },
  });
  map.addLayer({
    id: 'border',
    type: 'line',
    source: 'countries',
    paint: { 'line-color': '#ffffff', 'line-width': 0.6 },
  });
  const onRender = () => {
    if (!map.isSourceLoaded('countries')) return;
    map.off('render', onRender);
    performance.mark('map-painted');
    map.once('idle', () => performance.mark('map-interactive'));
  };
  map.on('render', onRender);
});
map.on('click', 'fill', (e) => {
  document.getElementById('picked')!.textContent = String(e.features?.[0]?.properties.name ?? '');
});
