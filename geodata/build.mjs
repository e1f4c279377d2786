// Rebuilds geodata/basemap.topo.json (and its region and world parts, see split-basemap.mjs),
// geodata/boundaries.topo.json and geodata/boundaries-full.topo.json from Natural Earth 1:10m as packaged
// by QGIS (world_map.gpkg). Needs gdal-bin (ogr2ogr, ogrinfo) and network access for `npx mapshaper` on
// first run. Run with `npm run geodata`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { feature } from 'topojson-client';
import { boundaries } from './boundary-defs.mjs';
import { places } from './places.mjs';
import { rewindTopology } from './rewind-topology.mjs';
import { REGION_FILE, splitBasemapFiles, WORLD_FILE } from './split-basemap.mjs';

const GPKG = process.env.NE_GPKG ?? '/usr/share/qgis/resources/data/world_map.gpkg';
const MAPSHAPER = (process.env.MAPSHAPER ?? 'npx --yes mapshaper@0.7').split(' ');
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const tmp = join(root, '.geodata-tmp');
const out = (name) => join(here, name);

/** Countries whose admin-1 units the basemap shows, and from which boundaries are built. */
const REGION = ['AFG', 'PAK', 'IRN', 'IND', 'KAZ', 'KAB', 'KGZ', 'TJK', 'TKM', 'UZB'];
/** Simplification for the default map: Visvalingam, keep this share of removable vertices. */
const SIMPLIFY = process.env.GEODATA_SIMPLIFY ?? '10%';
/** Units whose bounding box meets this box (lon/lat) keep SIMPLIFY; the region map shows them closely. */
const DETAIL_BOX = [20, 0, 100, 60];
/** Admin-1 borders inside the nine countries that are neither a boundary edge nor a country border. */
const SIMPLIFY_ADMIN1 = process.env.GEODATA_SIMPLIFY_ADMIN1 ?? '5%';
/** Simplification of other units in DETAIL_BOX: around the region, never part of a boundary. */
const SIMPLIFY_NEAR = process.env.GEODATA_SIMPLIFY_NEAR ?? '3%';
/** Simplification of units wholly outside DETAIL_BOX, seen only in the world view. */
const SIMPLIFY_OUTER = process.env.GEODATA_SIMPLIFY_OUTER ?? '1.5%';
/** Douglas-Peucker tolerance for the disputed lines, metres. */
const DISPUTED_INTERVAL = process.env.GEODATA_DISPUTED_INTERVAL ?? '500';
/** Kashmir bounding box for tagging disputed lines (lon/lat). */
const KASHMIR = [72, 32, 81, 37.5];

function run(cmd, args, opts = {}) {
  return execFileSync(cmd, args, {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...opts,
  });
}
const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));
const writeJson = (p, v) => writeFileSync(p, JSON.stringify(v));

/** Unit label: NE `name`, or a cleaned `gn_name` where `name` repeats inside one country. */
function labelUnits(units) {
  const counts = new Map();
  for (const f of units.features) {
    const k = `${f.properties.adm0_a3}:${f.properties.name}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  for (const f of units.features) {
    const p = f.properties;
    const dup = counts.get(`${p.adm0_a3}:${p.name}`) > 1;
    p.label = dup ? String(p.gn_name).replace(/^(Wilayat-e|Velayat-e) /, '') : p.name;
  }
}

function memberMatches(m, p) {
  return m.country === p.adm0_a3 && (m.admin1 === undefined || m.admin1 === p.label);
}

/** Tag each unit with the boundary ids it belongs to; fail on members that match nothing. */
function assignMembership(units) {
  const members = new Map();
  for (const b of boundaries) {
    const fids = [];
    for (const m of b.members) {
      const hits = units.features.filter((f) => memberMatches(m, f.properties));
      if (hits.length === 0) throw new Error(`${b.id}: member ${m.country}/${m.admin1} matches no unit`);
      if (m.admin1 !== undefined && hits.length > 1)
        throw new Error(`${b.id}: member ${m.admin1} is ambiguous`);
      for (const h of hits) fids.push(h.properties.src_fid);
    }
    members.set(b.id, fids);
  }
  for (const f of units.features) {
    boundaries.forEach((b, i) => {
      f.properties[`in${i}`] = members.get(b.id).includes(f.properties.src_fid) ? 1 : 0;
    });
  }
  return members;
}

function lineLengthDeg(geom) {
  const lines = geom.type === 'LineString' ? [geom.coordinates] : geom.coordinates;
  let len = 0;
  for (const l of lines)
    for (let i = 1; i < l.length; i++) len += Math.hypot(l[i][0] - l[i - 1][0], l[i][1] - l[i - 1][1]);
  return len;
}

function geometryBbox(geom) {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of geom.coordinates.flat(geom.type === 'Polygon' ? 1 : 2)) {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return box;
}

const meetsBox = (a, b) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

function extractSources() {
  const unitsPath = join(tmp, 'units.geojson');
  run('ogr2ogr', [
    '-f',
    'GeoJSON',
    unitsPath,
    GPKG,
    '-dialect',
    'SQLite',
    '-sql',
    'SELECT fid + 0 AS src_fid, adm0_a3, name, gn_name, admin, geom FROM states_provinces',
  ]);
  const units = readJson(unitsPath);
  labelUnits(units);
  const members = assignMembership(units);
  for (const f of units.features) {
    // Baikonur (KAB) is Kazakh territory leased to Russia: draw it as part of Kazakhstan.
    f.properties.cc = f.properties.adm0_a3 === 'KAB' ? 'KAZ' : f.properties.adm0_a3;
    if (f.properties.cc === 'KAZ') f.properties.admin = 'Kazakhstan';
    f.properties.region = REGION.includes(f.properties.adm0_a3) ? 1 : 0;
    const box = geometryBbox(f.geometry);
    // Units holding a label point (Moscow, Istanbul, Derbent...) keep full detail so no label
    // ends up in the sea.
    const labelled = places.some(
      (p) => meetsBox(box, [p.lon, p.lat, p.lon, p.lat]) && booleanPointInPolygon([p.lon, p.lat], f),
    );
    const near = meetsBox(box, DETAIL_BOX);
    f.properties.pct = f.properties.region
      ? SIMPLIFY_ADMIN1
      : labelled
        ? SIMPLIFY
        : near
          ? SIMPLIFY_NEAR
          : SIMPLIFY_OUTER;
  }
  writeJson(unitsPath, units);

  const disputedPath = join(tmp, 'disputed.geojson');
  run('ogr2ogr', ['-f', 'GeoJSON', disputedPath, GPKG, 'disputed_borders']);
  const disputed = readJson(disputedPath);
  // A few source lines are slivers of a few metres that vanish at 1e5 quantization: drop them.
  disputed.features = disputed.features.filter((f) => lineLengthDeg(f.geometry) > 0.01);
  for (const f of disputed.features) {
    const coords = f.geometry.coordinates.flat(2);
    const xs = coords.filter((_, i) => i % 2 === 0);
    const ys = coords.filter((_, i) => i % 2 === 1);
    const inKashmir =
      xs.every((x) => x >= KASHMIR[0] && x <= KASHMIR[2]) &&
      ys.every((y) => y >= KASHMIR[1] && y <= KASHMIR[3]);
    const kashmirSides = ['IND', 'PAK', 'CHN'];
    const isKashmir = inKashmir && kashmirSides.includes(f.properties.adm0_a3_l);
    f.properties = {
      name: isKashmir ? `Kashmir: ${f.properties.name}` : f.properties.name,
      type: isKashmir ? 'kashmir' : 'disputed',
      adm0_a3: f.properties.adm0_a3_l,
    };
  }
  writeJson(disputedPath, disputed);

  const placesPath = join(tmp, 'places.geojson');
  writeJson(placesPath, {
    type: 'FeatureCollection',
    features: places.map(({ lon, lat, ...props }) => ({
      type: 'Feature',
      properties: props,
      geometry: { type: 'Point', coordinates: [lon, lat] },
    })),
  });
  return { unitsPath, disputedPath, placesPath, members };
}

/** mapshaper commands that derive one dissolved layer per boundary from layer `units`. */
function boundaryCommands() {
  const cmds = [];
  for (const [i, b] of boundaries.entries()) {
    const layer = `b_${b.id.replaceAll('-', '_')}`;
    cmds.push('-filter', `in${i} === 1`, 'target=units', '+', `name=${layer}`);
    cmds.push('-dissolve', `target=${layer}`);
    cmds.push('-each', `id='${b.id}'`, `target=${layer}`);
  }
  const layers = boundaries.map((b) => `b_${b.id.replaceAll('-', '_')}`).join(',');
  cmds.push('-merge-layers', `target=${layers}`, 'name=boundaries');
  return cmds;
}

/**
 * One variable simplification of the shared arcs. Its target is a helper layer holding every unit (with
 * its `pct`), the boundaries and the nine countries (both at SIMPLIFY); an arc keeps the highest
 * percentage of the shapes it belongs to. So boundary edges and the nine countries' borders stay at
 * SIMPLIFY, admin-1 borders inside the region that are neither get SIMPLIFY_ADMIN1, and the rest of
 * the world gets SIMPLIFY_NEAR or SIMPLIFY_OUTER.
 */
function simplifyCommands() {
  const regionCountry = `${JSON.stringify(REGION)}.includes(adm0_a3)`;
  return [
    '-filter',
    'true',
    'target=units',
    '+',
    'name=simp_units',
    '-filter',
    'true',
    'target=boundaries',
    '+',
    'name=simp_boundaries',
    '-each',
    `pct='${SIMPLIFY}'`,
    'target=simp_boundaries',
    '-filter',
    regionCountry,
    'target=countries',
    '+',
    'name=simp_countries',
    '-each',
    `pct='${SIMPLIFY}'`,
    'target=simp_countries',
    '-merge-layers',
    'target=simp_units,simp_boundaries,simp_countries',
    'name=simp',
    'force',
    '-simplify',
    'variable',
    'percentage=pct',
    'keep-shapes',
    'target=simp',
    '-drop',
    'target=simp',
  ];
}

function mapshaper(args) {
  const [cmd, ...pre] = MAPSHAPER;
  run(cmd, [...pre, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
}

function buildSimplified({ unitsPath, disputedPath, placesPath }) {
  mapshaper([
    '-i',
    unitsPath,
    placesPath,
    'combine-files',
    '-dissolve',
    'cc',
    'copy-fields=admin',
    'target=units',
    '+',
    'name=countries',
    '-rename-fields',
    'adm0_a3=cc,name=admin',
    'target=countries',
    '-filter',
    'region === 1',
    'target=units',
    '+',
    'name=admin1',
    '-filter-fields',
    'adm0_a3,label',
    'target=admin1',
    '-rename-fields',
    'name=label',
    'target=admin1',
    ...boundaryCommands(),
    ...simplifyCommands(),
    // Disputed lines are few and short: imported after simplification so none collapses.
    '-i',
    disputedPath,
    'name=disputed',
    // Their own dataset, so this touches only them: Douglas-Peucker keeps every line within
    // DISPUTED_INTERVAL of the source line (a pixel at the region view is about 5 km).
    '-simplify',
    'dp',
    `interval=${DISPUTED_INTERVAL}`,
    'keep-shapes',
    'target=disputed',
    '-o',
    join(tmp, 'basemap.topo.json'),
    'format=topojson',
    'quantization=100000',
    'target=countries,admin1,disputed,places',
    '-o',
    join(tmp, 'boundaries.topo.json'),
    'format=topojson',
    'quantization=100000',
    'target=boundaries',
  ]);
}

function buildFull({ unitsPath }) {
  mapshaper([
    '-i',
    unitsPath,
    'name=units',
    '-filter',
    'region === 1',
    ...boundaryCommands(),
    '-o',
    join(tmp, 'boundaries-full.topo.json'),
    'format=topojson',
    'no-quantization',
    'target=boundaries',
  ]);
}

/** Replace mapshaper's `id` with the full BoundaryProperties, in definition order. */
function finishBoundaries(topo) {
  const obj = topo.objects.boundaries;
  const byId = new Map(obj.geometries.map((g) => [g.properties.id, g]));
  obj.geometries = boundaries.map((b) => {
    const g = byId.get(b.id);
    if (!g) throw new Error(`boundary ${b.id} missing from mapshaper output`);
    return { ...g, properties: b };
  });
  return rewindTopology(topo);
}

/** GEOS checks through ogrinfo's SQLite dialect: validity and geodesic area (km²). */
function geosStats(geojsonPath) {
  const layer = basename(geojsonPath, '.geojson');
  const txt = run('ogrinfo', [
    '-q',
    '-ro',
    geojsonPath,
    '-dialect',
    'SQLite',
    '-sql',
    `SELECT id, ST_IsValid(geometry) AS valid, ST_Area(geometry, 1) / 1e6 AS km2 FROM "${layer}"`,
  ]);
  return parseOgr(txt, ['id', 'valid', 'km2']);
}

function geosUnionArea(fids) {
  const txt = run('ogrinfo', [
    '-q',
    '-ro',
    GPKG,
    '-dialect',
    'SQLite',
    '-sql',
    `SELECT ST_IsValid(ST_Union(geom)) AS valid, ST_Area(ST_Union(geom), 1) / 1e6 AS km2 FROM states_provinces WHERE fid IN (${fids.join(',')})`,
  ]);
  return parseOgr(txt, ['valid', 'km2'])[0];
}

function parseOgr(txt, fields) {
  const rows = [];
  let row = null;
  for (const line of txt.split('\n')) {
    if (line.startsWith('OGRFeature')) {
      row = {};
      rows.push(row);
    }
    const m = line.match(/^\s+(\w+) \(\w+\) = (.*)$/);
    if (m && row && fields.includes(m[1])) row[m[1]] = m[2];
  }
  return rows;
}

function toGeojson(topoPath, objectName, outPath) {
  const topo = readJson(topoPath);
  const fc = feature(topo, topo.objects[objectName]);
  for (const f of fc.features) f.properties = { id: f.properties.id };
  writeJson(outPath, fc);
  return outPath;
}

function report(members) {
  const simple = geosStats(
    toGeojson(out('boundaries.topo.json'), 'boundaries', join(tmp, 'b-simple.geojson')),
  );
  const full = geosStats(
    toGeojson(out('boundaries-full.topo.json'), 'boundaries', join(tmp, 'b-full.geojson')),
  );
  const lines = ['', 'Boundary areas (km², geodesic) and GEOS validity', ''];
  lines.push(
    '| id | simplified | full (dissolved) | GEOS union of source units | simplified vs union | valid (simpl/full) |',
  );
  lines.push('|---|---:|---:|---:|---:|---|');
  let ok = true;
  for (const b of boundaries) {
    const s = simple.find((r) => r.id === b.id);
    const f = full.find((r) => r.id === b.id);
    const u = geosUnionArea(members.get(b.id));
    const diff = (Number(s.km2) / Number(u.km2) - 1) * 100;
    const valid = s.valid === '1' && f.valid === '1';
    if (Math.abs(diff) > 1 || !valid) ok = false;
    const km = (v) => Math.round(Number(v)).toLocaleString('en-US');
    lines.push(
      `| ${b.id} | ${km(s.km2)} | ${km(f.km2)} | ${km(u.km2)} | ${diff >= 0 ? '+' : ''}${diff.toFixed(3)} % | ${s.valid}/${f.valid} |`,
    );
  }
  const gz = (name) => gzipSync(readFileSync(out(name)), { level: 9 }).length;
  const raw = (name) => readFileSync(out(name)).length;
  const sizes = [
    'basemap.topo.json',
    REGION_FILE,
    WORLD_FILE,
    'boundaries.topo.json',
    'boundaries-full.topo.json',
  ];
  lines.push('', '| file | bytes | gzip bytes |', '|---|---:|---:|');
  for (const n of sizes)
    lines.push(`| ${n} | ${raw(n).toLocaleString('en-US')} | ${gz(n).toLocaleString('en-US')} |`);
  // the default view loads the region part of the basemap; the world part follows when the view leaves it
  const defaultMap = gz(REGION_FILE) + gz('boundaries.topo.json');
  lines.push(
    '',
    `Default map data (basemap region + boundaries): ${(defaultMap / 1024).toFixed(1)} KB gzip (limit 150 KB).`,
  );
  if (defaultMap > 150 * 1024) ok = false;
  console.log(lines.join('\n'));
  if (!ok) {
    console.error('\nGEODATA CHECK FAILED (area > 1 %, invalid geometry or size over budget)');
    process.exitCode = 1;
  }
}

if (!existsSync(GPKG)) {
  console.error(
    `Natural Earth source not found: ${GPKG}\nInstall qgis-common (Debian/Ubuntu) or set NE_GPKG=/path/to/world_map.gpkg.`,
  );
  process.exit(1);
}
mkdirSync(tmp, { recursive: true });
console.log(`source: ${GPKG}`);
const sources = extractSources();
buildSimplified(sources);
buildFull(sources);
writeJson(out('basemap.topo.json'), rewindTopology(readJson(join(tmp, 'basemap.topo.json'))));
splitBasemapFiles(here);
writeJson(out('boundaries.topo.json'), finishBoundaries(readJson(join(tmp, 'boundaries.topo.json'))));
writeJson(
  out('boundaries-full.topo.json'),
  finishBoundaries(readJson(join(tmp, 'boundaries-full.topo.json'))),
);
report(sources.members);
