// The grid index must answer exactly as @turf/boolean-point-in-polygon: 0 mismatches, edges and vertices
// included. Runtime: about 15–25 s on 2 cores, nearly all of it in the Turf reference loop over 1,000,000 points.
import { readFileSync } from 'node:fs';
import turfBBox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import fc from 'fast-check';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { BENCH_AREA, seededPoints } from '../../src/analysis/bench/seeded-points.ts';
import { pipContains, pipContainsMany } from '../../src/analysis/pip-contains.ts';
import { buildPipIndex } from '../../src/analysis/pip-index.ts';
import { polygonParts } from '../../src/analysis/polygon-parts.ts';
import type { BoundaryInput } from '../../src/analysis/types.ts';
import { boundariesFromTopology } from '../../src/data/load-boundaries.ts';

/** Degrees of latitude per metre (and of longitude at the equator). */
const METRE_DEG = 1 / 111_320;

function feature(geometry: Polygon | MultiPolygon): BoundaryInput {
  return { type: 'Feature', properties: { id: 'f' }, geometry };
}

/** Points on and beside every edge: vertices, midpoints, and 1 m either side of each midpoint. */
function edgePoints(geometry: Polygon | MultiPolygon): Position[] {
  const points: Position[] = [];
  for (const rings of polygonParts(geometry)) {
    for (const ring of rings) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const [x1, y1] = ring[i];
        const [x2, y2] = ring[i + 1];
        const mx = (x1 + x2) / 2;
        const my = (y1 + y2) / 2;
        // The edge's normal in local metres (a degree of longitude shrinks by cos φ), then 1 m of it in degrees.
        const shrink = Math.max(1e-9, Math.cos((my * Math.PI) / 180));
        const ex = (x2 - x1) * shrink;
        const ey = y2 - y1;
        const length = Math.hypot(ex, ey) || 1;
        const nx = (-ey / length) * (METRE_DEG / shrink);
        const ny = (ex / length) * METRE_DEG;
        points.push([x1, y1], [mx, my], [mx + nx, my + ny], [mx - nx, my - ny]);
      }
    }
  }
  return points;
}

/** Points where the index (one at a time, or in a batch) and Turf disagree. */
function mismatches(f: BoundaryInput, points: Position[], targetCells?: number): Position[] {
  const index = buildPipIndex(f, targetCells);
  const batch = new Uint8Array(points.length);
  pipContainsMany(
    index,
    Float64Array.from(points, (p) => p[0]),
    Float64Array.from(points, (p) => p[1]),
    batch,
  );
  return points.filter(([x, y], i) => {
    const turf = booleanPointInPolygon([x, y], f);
    return pipContains(index, x, y) !== turf || (batch[i] === 1) !== turf;
  });
}

describe('grid index agrees with Turf on the real boundaries at full resolution', () => {
  const topology = JSON.parse(readFileSync('geodata/boundaries-full.topo.json', 'utf8')) as Topology;
  const boundaries = boundariesFromTopology(topology);
  const N = 1_000_000;
  const { lons, lats } = seededPoints(N, 20260101, BENCH_AREA);

  for (const boundary of boundaries) {
    const id = boundary.properties.id;
    test(`${id}: 1,000,000 seeded random points over lon 20–100, lat 0–60`, () => {
      const index = buildPipIndex(boundary);
      const ours = new Uint8Array(N);
      pipContainsMany(index, lons, lats, ours);
      // The reference is Turf's own function; giving the feature a bbox lets Turf skip far points itself.
      const withBBox = { ...boundary, bbox: turfBBox(boundary) };
      let wrong = 0;
      let inside = 0;
      for (let i = 0; i < N; i++) {
        const turf = booleanPointInPolygon([lons[i], lats[i]], withBBox);
        if (turf) inside++;
        if (turf !== (ours[i] === 1)) wrong++;
      }
      expect(wrong).toBe(0);
      expect(inside).toBeGreaterThan(1000); // the sample does reach inside
    });
    test(`${id}: every vertex, every edge midpoint, and 1 m either side of each midpoint`, () => {
      const points = edgePoints(boundary.geometry);
      expect(points.length).toBeGreaterThan(1000);
      expect(mismatches(boundary, points)).toEqual([]);
      // Vertices lie exactly on the outline, so they are inside: the test does reach the edge rule.
      // (A computed midpoint is usually a rounding away from its edge, so either answer can be right.)
      const index = buildPipIndex(boundary);
      const vertices = points.filter((_, i) => i % 4 === 0);
      expect(vertices.every(([x, y]) => pipContains(index, x, y))).toBe(true);
      // And 1 m is enough to land on either side: nearly every pair straddles the outline.
      let split = 0;
      for (let i = 0; i < points.length; i += 4) {
        if (
          pipContains(index, points[i + 2][0], points[i + 2][1]) !==
          pipContains(index, points[i + 3][0], points[i + 3][1])
        )
          split++;
      }
      expect(split / (points.length / 4)).toBeGreaterThan(0.99);
    });
  }
});

describe('grid index agrees with Turf on generated polygons full of degenerate cases', () => {
  // Integer-lattice rings (self-intersecting, with repeated vertices, collinear spikes, horizontal edges on
  // grid lines), parts that overlap, holes anywhere; queries on the lattice, half-lattice and near it.
  const lattice = fc.integer({ min: 0, max: 12 });
  const vertex = fc.tuple(lattice, lattice);
  const ring = fc.array(vertex, { minLength: 3, maxLength: 12 }).map((vs) => [...vs, vs[0]]);
  const polygon = fc.array(ring, { minLength: 1, maxLength: 3 });
  const geometry = fc.oneof(
    polygon.map((coordinates): Polygon => ({ type: 'Polygon', coordinates })),
    fc.array(polygon, { minLength: 1, maxLength: 3 }).map(
      (coordinates): MultiPolygon => ({
        type: 'MultiPolygon',
        coordinates,
      }),
    ),
  );
  const query = fc.oneof(
    fc.tuple(lattice, lattice),
    fc
      .tuple(fc.integer({ min: -2, max: 26 }), fc.integer({ min: -2, max: 26 }))
      .map(([x, y]) => [x / 2, y / 2]),
    fc.tuple(fc.double({ min: -1, max: 13, noNaN: true }), fc.double({ min: -1, max: 13, noNaN: true })),
    fc
      .tuple(lattice, lattice, fc.constantFrom(-1e-12, 1e-12, -1e-9, 1e-9, 2e-9))
      .map(([x, y, d]) => [x + d, y - d]),
  );
  for (const cells of [1, 9, 36, 144, 2000]) {
    test(`grid of about ${cells} cells`, () => {
      fc.assert(
        fc.property(geometry, fc.array(query, { minLength: 20, maxLength: 60 }), (g, queries) => {
          const f = feature(g);
          const points = [...queries, ...edgePoints(g)] as Position[];
          expect(mismatches(f, points, cells)).toEqual([]);
        }),
        { numRuns: 300, seed: 42 + cells },
      );
    });
  }
  test('off-lattice coordinates near the antimeridian, where every difference rounds', () => {
    // The same lattice mapped to 179.3 + k · 0.0137 (not exactly representable), queries likewise.
    const map = (v: number) => 179.3 + v * 0.0137;
    const moved = (g: Polygon | MultiPolygon): Polygon | MultiPolygon =>
      g.type === 'Polygon'
        ? {
            type: 'Polygon',
            coordinates: g.coordinates.map((r) => r.map(([x, y]) => [map(x) - 0.2, map(y) - 100])),
          }
        : {
            type: 'MultiPolygon',
            coordinates: g.coordinates.map((p) =>
              p.map((r) => r.map(([x, y]) => [map(x) - 0.2, map(y) - 100])),
            ),
          };
    fc.assert(
      fc.property(
        geometry,
        fc.array(query, { minLength: 20, maxLength: 60 }),
        fc.constantFrom(4, 64, 900),
        (g, queries, cells) => {
          const m = moved(g);
          const points = [
            ...queries.map(([x, y]) => [map(x) - 0.2, map(y) - 100]),
            ...edgePoints(m),
          ] as Position[];
          expect(mismatches(feature(m), points, cells)).toEqual([]);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
  test('a feature bbox is honoured as Turf honours it, even a wrong one', () => {
    const f = {
      ...feature({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [4, 0],
            [4, 4],
            [0, 4],
            [0, 0],
          ],
        ],
      }),
      bbox: [0, 0, 2, 2],
    };
    expect(
      mismatches(f as BoundaryInput, [
        [1, 1],
        [3, 3],
        [2, 2],
        [2.5, 1],
      ]),
    ).toEqual([]);
    expect(pipContains(buildPipIndex(f as BoundaryInput), 3, 3)).toBe(false);
  });
  test('unclosed rings, and non-finite or absurdly far points, are left to Turf', () => {
    const open = feature({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [4, 0],
          [4, 4],
          [0, 4],
        ],
      ],
    });
    expect(buildPipIndex(open).grid).toBeNull();
    const square = feature({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [4, 0],
          [4, 4],
          [0, 4],
          [0, 0],
        ],
      ],
    });
    expect(
      mismatches(square, [
        [Number.NaN, 1],
        [Infinity, 1],
        [1, -Infinity],
        [1e300, 1],
        [-1e300, 2],
        [2, 1e20],
        [-3e9, -3e9],
        [2, 2],
      ]),
    ).toEqual([]);
  });
});
