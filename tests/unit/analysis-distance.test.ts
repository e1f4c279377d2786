// The nearest-edge index must give the same distance as a full scan, and as Turf's geodesic
// point-to-line distance over every ring, which it is meant to replace.
import { readFileSync } from 'node:fs';
import { lineString } from '@turf/helpers';
import pointToLineDistance from '@turf/point-to-line-distance';
import type { Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { ARC_STRIDE } from '../../src/analysis/arc-edges.ts';
import { seededPoints } from '../../src/analysis/bench/seeded-points.ts';
import { chordToKm } from '../../src/analysis/chord-to-km.ts';
import { buildDistanceIndex } from '../../src/analysis/distance-index.ts';
import { nearestOnArc } from '../../src/analysis/nearest-on-arc.ts';
import { nearestOnOutline } from '../../src/analysis/nearest-on-outline.ts';
import { polygonParts } from '../../src/analysis/polygon-parts.ts';
import { toUnitVector } from '../../src/analysis/unit-vector.ts';
import { boundariesFromTopology } from '../../src/data/load-boundaries.ts';
import { squareWithHole, twoParts } from '../fixtures/classify/shapes.ts';

const boundaries = boundariesFromTopology(
  JSON.parse(readFileSync('geodata/boundaries-full.topo.json', 'utf8')) as Topology,
);

/** Full scan over every arc: the definition the index must reproduce. */
function scanKm(index: ReturnType<typeof buildDistanceIndex>, lon: number, lat: number): number {
  const [px, py, pz] = toUnitVector(lon, lat);
  const out = new Float64Array(4);
  let best = Infinity;
  for (let o = 0; o < index.arcs.length; o += ARC_STRIDE)
    best = Math.min(best, nearestOnArc(px, py, pz, index.arcs, o, out));
  return chordToKm(Math.sqrt(best));
}

describe('nearest point on the outline', () => {
  const worldwide = seededPoints(400, 99, [-180, -90, 180, 90]);
  const region = seededPoints(1000, 7, [20, 0, 100, 60]);
  for (const boundary of [...boundaries, squareWithHole, twoParts]) {
    test(`${boundary.properties.id}: the index equals a full scan, near and far (antipodes included)`, () => {
      const index = buildDistanceIndex(boundary.geometry);
      const out = new Float64Array(3);
      const check = (lon: number, lat: number) => {
        nearestOnOutline(index, lon, lat, out);
        expect(Math.abs(out[0] - scanKm(index, lon, lat))).toBeLessThan(1e-9);
        // The reported point is on the outline at the reported distance.
        const [ax, ay, az] = toUnitVector(lon, lat);
        const [bx, by, bz] = toUnitVector(out[1], out[2]);
        expect(Math.abs(chordToKm(Math.hypot(ax - bx, ay - by, az - bz)) - out[0])).toBeLessThan(1e-6);
      };
      for (let i = 0; i < worldwide.lons.length; i++) check(worldwide.lons[i], worldwide.lats[i]);
      for (let i = 0; i < region.lons.length; i++) check(region.lons[i], region.lats[i]);
      // Antipodes of vertices: every edge is nearly equally far, the hardest case for pruning.
      for (const [lon, lat] of polygonParts(boundary.geometry)[0][0].slice(0, 25)) {
        check(lon > 0 ? lon - 180 : lon + 180, -lat);
      }
    });
  }

  test('agrees with Turf pointToLineDistance (geodesic) over every ring, within a millimetre', () => {
    const sample = seededPoints(25, 3, [20, 0, 100, 60]);
    for (const boundary of boundaries) {
      const index = buildDistanceIndex(boundary.geometry);
      const rings = polygonParts(boundary.geometry).flatMap((rs) => rs.map((r) => lineString(r)));
      const out = new Float64Array(3);
      for (let i = 0; i < sample.lons.length; i++) {
        const p = [sample.lons[i], sample.lats[i]];
        const turf = Math.min(...rings.map((ring) => pointToLineDistance(p, ring)));
        nearestOnOutline(index, p[0], p[1], out);
        expect(Math.abs(out[0] - turf)).toBeLessThan(1e-6);
      }
    }
  });

  test('a non-finite point has no distance', () => {
    const index = buildDistanceIndex(squareWithHole.geometry);
    const out = new Float64Array(3);
    for (const [lon, lat] of [
      [Number.NaN, 1],
      [1, Infinity],
    ]) {
      nearestOnOutline(index, lon, lat, out);
      expect(Number.isNaN(out[0])).toBe(true);
    }
  });

  test('a vertex is reported with its own coordinates, at distance 0', () => {
    const index = buildDistanceIndex(squareWithHole.geometry);
    const out = new Float64Array(3);
    nearestOnOutline(index, 14, 16, out);
    expect([...out]).toEqual([0, 14, 16]);
  });
});
