// The text and the placement of the boundary names on the map: short names for the built-in boundaries,
// the own name for imported ones, and paths that run beside each outline, inside it.
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, point, pointToPolygonDistance } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import type { BoundaryProperties } from '../../src/data/types.ts';
import { boundaryMapLabel } from '../../src/map/boundary-labels.ts';
import { LABEL_MAX_ZOOM, LABEL_SIZE, labelPaths, simplifyLine } from '../../src/map/label-paths.ts';

type Boundary = Feature<Polygon | MultiPolygon, BoundaryProperties>;
const topo = JSON.parse(readFileSync('geodata/boundaries.topo.json', 'utf8')) as Topology;
const boundaries = (feature(topo, topo.objects.boundaries as GeometryCollection) as FeatureCollection)
  .features as Boundary[];

describe('boundaryMapLabel', () => {
  test('built-in boundaries get a short name; a claim still reads as a claim', () => {
    const byId = Object.fromEntries(boundaries.map((b) => [b.properties.id, boundaryMapLabel(b.properties)]));
    expect(byId['khorasan-historical']).toBe('Historical Khorasan');
    expect(byId['iskp-claim-core']).toBe('ISKP claim (core)');
    for (const b of boundaries) {
      const label = byId[b.properties.id];
      expect(label.length).toBeLessThan(b.properties.name.length);
      if (b.properties.kind === 'claim') expect(label).toMatch(/claim/);
    }
  });

  test('other boundaries are named with their own name, cut when very long', () => {
    expect(boundaryMapLabel({ id: 'custom-box', name: 'Test box' })).toBe('Test box');
    const long = boundaryMapLabel({ id: 'custom-x', name: 'A very long name for an imported boundary area' });
    expect(long.length).toBeLessThanOrEqual(32);
    expect(long.endsWith('…')).toBe(true);
    expect(boundaryMapLabel({ id: 'custom-y', name: '  ' })).toBe('custom-y');
  });
});

test('simplifyLine keeps the ends and drops points on a straight line', () => {
  const line: [number, number][] = [
    [0, 0],
    [1, 0.001],
    [2, 0],
    [2, 5],
  ];
  expect(simplifyLine(line, 0.01)).toEqual([
    [0, 0],
    [2, 0],
    [2, 5],
  ]);
});

describe('labelPaths for the built-in boundaries', () => {
  const input = boundaries.map((b) => ({
    id: b.properties.id,
    text: boundaryMapLabel(b.properties),
    geometry: b.geometry,
  }));
  const paths = labelPaths(input).features;

  test('every boundary has a name at the regional zoom (tile zoom 3), and only a few', () => {
    for (const b of boundaries) {
      const n = paths.filter(
        (p) => p.properties.id === b.properties.id && p.properties.tileZoom === 3,
      ).length;
      expect(n, b.properties.id).toBeGreaterThanOrEqual(1);
      expect(n, b.properties.id).toBeLessThanOrEqual(4);
    }
  });

  test('each name sits inside its boundary, beside the outline: clear of the line, and close to it', () => {
    for (const p of paths) {
      const b = boundaries.find((x) => x.properties.id === p.properties.id)!;
      const [a, c] = p.geometry.coordinates;
      const mid = point([(a[0] + c[0]) / 2, (a[1] + c[1]) / 2]);
      expect(booleanPointInPolygon(mid, b), `${p.properties.id} z${p.properties.tileZoom}`).toBe(true);
      // distance to the outline in screen pixels (Web Mercator, 512-pixel tiles); a tile of zoom z is
      // drawn from map zoom z to z + 1
      const km = Math.abs(pointToPolygonDistance(mid, b, { units: 'kilometers' }));
      const lat = mid.geometry.coordinates[1];
      const px = (zoom: number) => (km / (40075 * Math.cos((lat * Math.PI) / 180))) * 512 * 2 ** zoom;
      const z = p.properties.tileZoom;
      // clear of the line (half the text height) from the middle of those zooms on; never far from it
      // (where the outline bows away from the name, by up to a few text heights)
      expect(px(z + 0.5), `${p.properties.id} z${z}`).toBeGreaterThan(LABEL_SIZE * 0.4);
      expect(px(z + 1), `${p.properties.id} z${z}`).toBeLessThan(LABEL_SIZE * 6);
    }
  });

  test('paths exist for every tile zoom up to the deepest, more of them as the outline grows', () => {
    for (const b of boundaries) {
      const count = (z: number) =>
        paths.filter((p) => p.properties.id === b.properties.id && p.properties.tileZoom === z).length;
      expect(count(LABEL_MAX_ZOOM)).toBeGreaterThan(count(3));
    }
  });
});
