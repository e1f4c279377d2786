// `npm run geodata:pmtiles`: the demo PMTiles archive public/basemap/khorasan-demo.pmtiles, made from the
// project's own Natural Earth-derived basemap (geodata/basemap.topo.json), in the layers and properties of
// the Protomaps basemap schema (https://docs.protomaps.com/basemaps/layers) so that the Protomaps styles draw
// it: `earth` (land), `water` (the sea: the region box less the land), `boundaries` (country, admin-1 and
// disputed lines) and `places` (countries, admin-1 units and the project's label points). There are no
// roads, land use or buildings: Natural Earth has none at this scale. It shows the loading path end to
// end without a network; a real extract (docs/pmtiles.md) shows streets.
//
// Tiles are cut by geojson-vt, encoded by vt-pbf, gzip-compressed and written by geodata/pmtiles-writer.mjs.
// Run with tsx: the label points come from the same code as the offline basemap's (src/map/basemap-data.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as turf from '@turf/turf';
import geojsonvt from 'geojson-vt';
import { feature, merge, mesh } from 'topojson-client';
import { fromGeojsonVt } from 'vt-pbf';
import { countryLabels } from '../src/map/basemap-data.ts';
import { writePmtiles } from './pmtiles-writer.mjs';

const OUT = 'public/basemap/khorasan-demo.pmtiles';
/** West, south, east, north: Iran to western India, the Caspian to the Arabian Sea. */
const BOUNDS = [44, 23, 80, 45];
const MAX_ZOOM = 10;
const EXTENT = 4096;
/** Whose data it is: shown by the map as the archive's attribution. */
const ATTRIBUTION = 'Natural Earth (public domain), khorasan-map demo archive';

const topo = JSON.parse(readFileSync('geodata/basemap.topo.json', 'utf8'));
const { countries, admin1, disputed, places } = topo.objects;
const collection = (features) => ({ type: 'FeatureCollection', features });

const land = merge(topo, countries.geometries);
const box = turf.bboxPolygon([BOUNDS[0] - 1, BOUNDS[1] - 1, BOUNDS[2] + 1, BOUNDS[3] + 1]);
const sea = turf.difference(turf.featureCollection([box, turf.feature(land)]));

const earth = collection([{ type: 'Feature', properties: { kind: 'earth' }, geometry: land }]);
const water = collection(sea ? [{ ...sea, properties: { kind: 'ocean' } }] : []);

// Protomaps' kind_detail is the admin level: 2 = country, 4 = region (admin-1).
const line = (geometry, props) => ({ type: 'Feature', properties: props, geometry });
const boundaries = collection([
  line(
    mesh(topo, countries, (a, b) => a !== b),
    { kind: 'country', kind_detail: 2, min_zoom: 0 },
  ),
  line(
    mesh(topo, admin1, (a, b) => a !== b && a.properties.adm0_a3 === b.properties.adm0_a3),
    { kind: 'region', kind_detail: 4, min_zoom: 4 },
  ),
  ...feature(topo, disputed).features.map((f) =>
    line(f.geometry, { kind: 'disputed', kind_detail: 2, min_zoom: 3, name: f.properties.name }),
  ),
]);

/** A place in the Protomaps schema: kind, names, the zoom it appears from, a size rank. */
const place = (f, kind, minZoom, populationRank) => ({
  type: 'Feature',
  properties: {
    kind,
    name: f.properties.name,
    'name:en': f.properties.name,
    min_zoom: minZoom,
    population_rank: populationRank,
    sort_key: minZoom,
  },
  geometry: f.geometry,
});
const RANK_ZOOM = { 1: 3, 2: 5, 3: 7 };
const RANK_POPULATION = { capital: 13, city: 11, article: 9 };
const placeFeatures = collection([
  ...countryLabels(feature(topo, countries)).features.map((f) =>
    place(f, 'country', f.properties.areaKm2 > 300000 ? 2 : 4, f.properties.areaKm2 > 300000 ? 12 : 9),
  ),
  ...countryLabels(feature(topo, admin1)).features.map((f) => place(f, 'region', 6, 6)),
  ...feature(topo, places).features.map((f) =>
    place(f, 'locality', RANK_ZOOM[f.properties.rank], RANK_POPULATION[f.properties.kind]),
  ),
]);

const layers = { earth, water, boundaries, places: placeFeatures };
const options = { maxZoom: MAX_ZOOM, indexMaxZoom: 4, extent: EXTENT, buffer: 64, tolerance: 3 };
const indexes = Object.fromEntries(
  Object.entries(layers).map(([name, data]) => [name, geojsonvt(data, options)]),
);

function tileRange(z) {
  const n = 2 ** z;
  const x = (lon) => Math.floor(((lon + 180) / 360) * n);
  const y = (lat) => {
    const r = (lat * Math.PI) / 180;
    return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  };
  return {
    x0: x(BOUNDS[0]),
    x1: Math.min(n - 1, x(BOUNDS[2])),
    y0: y(BOUNDS[3]),
    y1: Math.min(n - 1, y(BOUNDS[1])),
  };
}

const tiles = [];
for (let z = 0; z <= MAX_ZOOM; z++) {
  const { x0, x1, y0, y1 } = tileRange(z);
  for (let x = x0; x <= x1; x++) {
    for (let y = y0; y <= y1; y++) {
      const parts = {};
      for (const [name, index] of Object.entries(indexes)) {
        const tile = index.getTile(z, x, y);
        if (!tile) continue;
        // a feature appears from its min_zoom on, as in Protomaps builds
        const features = tile.features.filter((f) => (f.tags.min_zoom ?? 0) <= z);
        if (features.length) parts[name] = { ...tile, features };
      }
      if (!Object.keys(parts).length) continue;
      const pbf = fromGeojsonVt(parts, { version: 2, extent: EXTENT });
      tiles.push({ z, x, y, data: gzipSync(Buffer.from(pbf), { level: 9 }) });
    }
  }
}

const vectorLayer = (id, description) => ({ id, description, minzoom: 0, maxzoom: MAX_ZOOM, fields: {} });
const archive = writePmtiles(tiles, {
  bounds: BOUNDS,
  center: [69.17, 34.53],
  centerZoom: 6,
  metadata: {
    name: 'khorasan-map demo basemap',
    description: 'Natural Earth-derived demo archive in the Protomaps basemap schema (no roads or land use).',
    attribution: ATTRIBUTION,
    type: 'baselayer',
    version: '1',
    vector_layers: [
      vectorLayer('earth', 'Land'),
      vectorLayer('water', 'Sea'),
      vectorLayer('boundaries', 'Country, admin-1 and disputed lines'),
      vectorLayer('places', 'Country, admin-1 and city labels'),
    ],
  },
});
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, archive);
console.log(`${OUT}: ${tiles.length} tiles z0–${MAX_ZOOM}, ${(archive.length / 1024).toFixed(0)} KB`);
