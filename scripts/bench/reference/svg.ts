// A d3-geo SVG choropleth: one path per country, drawn once; a click names the country.
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { FILLS, NO_DATA, OCEAN } from 'virtual:reference';
import './page.css';

const SVG = 'http://www.w3.org/2000/svg';
const t = (await (await fetch('geo/countries-50m.json')).json()) as Topology;
const countries = feature(t, t.objects.countries as GeometryCollection) as FeatureCollection<
  Geometry,
  { iso3: string | null; name: string }
>;
const box = document.getElementById('map')!;
const { clientWidth: w, clientHeight: h } = box;
const projection = geoMercator().fitExtent(
  [
    [8, 8],
    [w - 8, h - 8],
  ],
  countries,
);
const path = geoPath(projection);
const svg = document.createElementNS(SVG, 'svg');
svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
svg.setAttribute('style', `display:block;width:100%;height:100%;background:${OCEAN}`);
for (const f of countries.features) {
  const p = document.createElementNS(SVG, 'path');
  p.setAttribute('d', path(f) ?? '');
  p.setAttribute('fill', (f.properties.iso3 && FILLS[f.properties.iso3]) || NO_DATA);
  p.setAttribute('stroke', '#ffffff');
  p.setAttribute('stroke-width', '0.6');
  p.dataset.name = f.properties.name;
  svg.append(p);
}
svg.addEventListener('click', (e) => {
  const name = (e.target as SVGElement).dataset?.name;
  if (name) document.getElementById('picked')!.textContent = name;
});
box.append(svg);
requestAnimationFrame(() => {
  performance.mark('map-painted');
  performance.mark('map-interactive');
});
