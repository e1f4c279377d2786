// The basemap's two parts (geodata/basemap-region.topo.json, loaded at start, and basemap-world.topo.json,
// loaded when the view leaves the region) against the whole geodata/basemap.topo.json they are cut from.
import { readFileSync } from 'node:fs';
import type { Feature, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { BASEMAP_COVERAGE, splitBasemap } from '../../geodata/split-basemap.mjs';
import { basemapFromTopology, mergeBasemaps, viewLeavesCoverage } from '../../src/data/basemap-data.ts';

const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../geodata/${name}`, import.meta.url), 'utf8')) as Topology;

const whole = read('basemap.topo.json');
const region = read('basemap-region.topo.json') as Topology & {
  coverage: number[];
  worldCountryNames: Record<string, string>;
};
const world = read('basemap-world.topo.json');
const OBJECTS = ['countries', 'admin1', 'disputed', 'places'];

function features(topology: Topology, name: string): Feature[] {
  const object = topology.objects[name] as GeometryCollection | undefined;
  return object ? (feature(topology, object) as unknown as { features: Feature[] }).features : [];
}

/** Properties and decoded coordinates, as one comparable string. */
const key = (f: Feature) => JSON.stringify([f.properties, f.geometry]);

/** One coordinate list per part: polygon (all rings), line or point. */
function parts(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'Polygon':
      return [geometry.coordinates.flat()];
    case 'MultiPolygon':
      return geometry.coordinates.map((p) => p.flat());
    case 'LineString':
      return [geometry.coordinates];
    case 'MultiLineString':
      return geometry.coordinates;
    case 'Point':
      return [[geometry.coordinates]];
    case 'MultiPoint':
      return geometry.coordinates.map((p) => [p]);
    default:
      return [];
  }
}

function meetsCoverage(f: Feature, box: number[]): boolean {
  return parts(f.geometry).some((points) => {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    return (
      Math.min(...xs) <= box[2] &&
      Math.max(...xs) >= box[0] &&
      Math.min(...ys) <= box[3] &&
      Math.max(...ys) >= box[1]
    );
  });
}

describe('basemap parts', () => {
  test('the committed parts are the split of the committed whole, with the shared coverage box', () => {
    const { region: expectedRegion, world: expectedWorld } = splitBasemap(whole);
    expect(region).toEqual(expectedRegion);
    expect(world).toEqual(expectedWorld);
    expect(region.coverage).toEqual(BASEMAP_COVERAGE);
  });

  test('same transform and the same quantized arcs as the whole', () => {
    const arcs = new Set(whole.arcs.map((a) => JSON.stringify(a)));
    for (const part of [region, world]) {
      expect(part.transform).toEqual(whole.transform);
      for (const arc of part.arcs) expect(arcs.has(JSON.stringify(arc))).toBe(true);
    }
    // every arc is needed by at least one part; those on the split line are in both
    expect(region.arcs.length + world.arcs.length).toBeGreaterThan(whole.arcs.length);
  });

  test.each(OBJECTS)('region ∪ world reproduces %s exactly (properties and decoded coordinates)', (name) => {
    const source = features(whole, name);
    const inRegion = features(region, name);
    const inWorld = features(world, name);
    expect(source.length).toBeGreaterThan(0);
    expect(inRegion.length + inWorld.length).toBe(source.length);
    const expected = source.map(key).sort();
    const actual = [...inRegion, ...inWorld].map(key).sort();
    expect(actual).toEqual(expected);
  });

  test.each(OBJECTS)(
    '%s: the region file holds every feature meeting the coverage box, and only those',
    (name) => {
      const box = region.coverage;
      const inRegion = new Set(features(region, name).map(key));
      for (const f of features(whole, name)) {
        expect(inRegion.has(key(f)), `${f.properties?.name}`).toBe(meetsCoverage(f, box));
      }
    },
  );

  test('the region file names the countries only the world file draws', () => {
    const worldCountries = features(world, 'countries');
    expect(worldCountries.length).toBeGreaterThan(100);
    expect(region.worldCountryNames).toEqual(
      Object.fromEntries(worldCountries.map((f) => [f.properties?.adm0_a3, f.properties?.name])),
    );
    const names = basemapFromTopology(region).countryNames;
    for (const f of features(whole, 'countries'))
      expect(names[f.properties?.adm0_a3]).toBe(f.properties?.name);
  });

  test('the region and world data merged give every layer of the whole basemap', () => {
    const merged = mergeBasemaps(basemapFromTopology(region), basemapFromTopology(world));
    const full = basemapFromTopology(whole);
    expect(merged.coverage).toBeNull();
    expect(basemapFromTopology(region).coverage).toEqual(BASEMAP_COVERAGE);
    for (const layer of ['countries', 'admin1', 'disputed', 'places', 'countryLabels'] as const) {
      expect(merged[layer].features.map(key).sort()).toEqual(full[layer].features.map(key).sort());
    }
  });
});

describe('viewLeavesCoverage', () => {
  const box: [number, number, number, number] = [14, 8, 102, 70];
  test('a view inside the box needs nothing more, one past any edge does', () => {
    expect(viewLeavesCoverage(box, [15.5, 19.7, 100.5, 58.8])).toBe(false);
    expect(viewLeavesCoverage(box, [13, 19.7, 100.5, 58.8])).toBe(true);
    expect(viewLeavesCoverage(box, [15.5, 7, 100.5, 58.8])).toBe(true);
    expect(viewLeavesCoverage(box, [15.5, 19.7, 103, 58.8])).toBe(true);
    expect(viewLeavesCoverage(box, [15.5, 19.7, 100.5, 71])).toBe(true);
  });
  test('world copies: the same view one turn east is inside; a view wider than a turn is not', () => {
    expect(viewLeavesCoverage(box, [375.5, 19.7, 460.5, 58.8])).toBe(false);
    expect(viewLeavesCoverage(box, [-200, -60, 250, 80])).toBe(true);
  });
  test('no coverage: the data is whole', () => {
    expect(viewLeavesCoverage(null, [-500, -85, 500, 85])).toBe(false);
  });
});
