// Splits geodata/basemap.topo.json into basemap-region.topo.json (what the default view needs) and
// basemap-world.topo.json (the rest, fetched when the view leaves the region). Both keep the source's
// transform and its quantized arcs unchanged, re-indexed per file; an arc used on both sides (a border
// between a region country and a world country) is in both files, so borders still meet exactly.
// Run on its own with `node geodata/split-basemap.mjs`; geodata/build.mjs calls it after a rebuild.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * West, south, east, north (lon/lat). A feature goes to the region file when any of its parts (polygon,
 * line or point) has a bounding box meeting this box. The app reads the box from the region file
 * (`coverage`) and fetches the world file once the visible bounds leave it. It holds the default view at
 * the usual embed sizes, measured in Chromium: the default embed in a 1200×800 page (an 824×514 map beside
 * the panels) shows lon 15.5–100.5, a narrow drawer layout (400×700) lat 9.4–63.9. North to 70° costs
 * nothing (Scandinavia and Russia are in anyway). See geodata/README.md.
 */
export const BASEMAP_COVERAGE = [14, 8, 102, 70];

export const REGION_FILE = 'basemap-region.topo.json';
export const WORLD_FILE = 'basemap-world.topo.json';

/** Absolute coordinates of every arc (quantized, delta-encoded in the source). */
function decodeArcs(topology) {
  const { scale, translate } = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
    });
  });
}

const meets = (a, b) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

function extend(box, [x, y]) {
  box[0] = Math.min(box[0], x);
  box[1] = Math.min(box[1], y);
  box[2] = Math.max(box[2], x);
  box[3] = Math.max(box[3], y);
}

const emptyBox = () => [Infinity, Infinity, -Infinity, -Infinity];

/** Bounding boxes of a geometry's parts: one per polygon, line or point. */
function partBoxes(geometry, arcs, transform) {
  const ofRefs = (refs, box = emptyBox()) => {
    for (const ref of refs) for (const p of arcs[ref < 0 ? ~ref : ref]) extend(box, p);
    return box;
  };
  const ofPolygon = (rings) => {
    const box = emptyBox();
    for (const ring of rings) ofRefs(ring, box);
    return box;
  };
  const ofPoint = ([x, y]) => {
    const lon = x * transform.scale[0] + transform.translate[0];
    const lat = y * transform.scale[1] + transform.translate[1];
    return [lon, lat, lon, lat];
  };
  switch (geometry.type) {
    case 'Polygon':
      return [ofPolygon(geometry.arcs)];
    case 'MultiPolygon':
      return geometry.arcs.map(ofPolygon);
    case 'LineString':
      return [ofRefs(geometry.arcs)];
    case 'MultiLineString':
      return geometry.arcs.map((line) => ofRefs(line));
    case 'Point':
      return [ofPoint(geometry.coordinates)];
    case 'MultiPoint':
      return geometry.coordinates.map(ofPoint);
    default:
      return [];
  }
}

/** Every arc index a geometry refers to. */
function arcIndices(geometry, into) {
  const walk = (value) => {
    if (typeof value === 'number') into.add(value < 0 ? ~value : value);
    else if (Array.isArray(value)) for (const v of value) walk(v);
  };
  if (geometry.arcs) walk(geometry.arcs);
}

/** The geometry with its arc references renumbered through `newIndex` (old index → new index). */
function reindex(geometry, newIndex) {
  if (!geometry.arcs) return geometry;
  const map = (value) =>
    typeof value === 'number' ? (value < 0 ? ~newIndex.get(~value) : newIndex.get(value)) : value.map(map);
  return { ...geometry, arcs: map(geometry.arcs) };
}

/** A topology holding `objects` (name → geometries), with only the arcs they use, in source order. */
function subset(source, objects, extra) {
  const used = new Set();
  for (const geometries of Object.values(objects)) for (const g of geometries) arcIndices(g, used);
  const kept = [...used].sort((a, b) => a - b);
  const newIndex = new Map(kept.map((old, i) => [old, i]));
  const out = { type: 'Topology', ...extra, transform: source.transform, objects: {}, arcs: [] };
  for (const [name, geometries] of Object.entries(objects)) {
    out.objects[name] = {
      type: 'GeometryCollection',
      geometries: geometries.map((g) => reindex(g, newIndex)),
    };
  }
  out.arcs = kept.map((i) => source.arcs[i]);
  return out;
}

/**
 * `{ region, world }`: every object of `topology` split by `box`. The region topology records the box as
 * `coverage` and, as `worldCountryNames` (adm0_a3 → name), the names of the countries only the world file
 * draws, so panels can name an event's country before the world file is loaded.
 */
export function splitBasemap(topology, box = BASEMAP_COVERAGE) {
  if (!topology.transform) throw new Error('the basemap must be quantized (have a transform)');
  const arcs = decodeArcs(topology);
  const region = {};
  const world = {};
  for (const [name, object] of Object.entries(topology.objects)) {
    if (object.type !== 'GeometryCollection') throw new Error(`object ${name} is not a GeometryCollection`);
    region[name] = [];
    world[name] = [];
    for (const geometry of object.geometries) {
      const inRegion = partBoxes(geometry, arcs, topology.transform).some((b) => meets(b, box));
      (inRegion ? region : world)[name].push(geometry);
    }
  }
  const worldCountryNames = Object.fromEntries(
    (world.countries ?? []).map((g) => [g.properties.adm0_a3, g.properties.name]),
  );
  return {
    region: subset(topology, region, { coverage: box, worldCountryNames }),
    world: subset(topology, world, {}),
  };
}

/** Reads `dir`/basemap.topo.json and writes the two parts beside it; returns their sizes. */
export function splitBasemapFiles(dir, box = BASEMAP_COVERAGE) {
  const source = JSON.parse(readFileSync(join(dir, 'basemap.topo.json'), 'utf8'));
  const { region, world } = splitBasemap(source, box);
  const sizes = {};
  for (const [file, topology] of [
    [REGION_FILE, region],
    [WORLD_FILE, world],
  ]) {
    const text = JSON.stringify(topology);
    writeFileSync(join(dir, file), text);
    sizes[file] = { bytes: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
  }
  return sizes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = splitBasemapFiles(dirname(fileURLToPath(import.meta.url)));
  console.log(`coverage ${JSON.stringify(BASEMAP_COVERAGE)}`);
  for (const [file, { bytes, gzip }] of Object.entries(sizes))
    console.log(`${file}: ${bytes.toLocaleString('en-US')} bytes, ${(gzip / 1024).toFixed(1)} KB gzip`);
}
