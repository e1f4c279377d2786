import { readFileSync } from 'node:fs';
import type { FeatureCollection, Point } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { classify } from '../../src/analysis/index.ts';
import { boundariesFromTopology } from '../../src/data/load-boundaries.ts';
import { squareWithHole, twoParts, unitSquare } from '../fixtures/classify/shapes.ts';

function inside(lon: number, lat: number, boundary = unitSquare): boolean {
  return classify([{ id: 'p', lon, lat }], [boundary])[0].results[boundary.properties.id].inside;
}

describe('classify: inside, with edges and vertices counting as inside', () => {
  test('interior and exterior of a square', () => {
    expect(inside(0.5, 0.5)).toBe(true);
    expect(inside(1.5, 0.5)).toBe(false);
    expect(inside(-0.000001, 0.5)).toBe(false);
  });
  test('a point exactly on an edge is inside', () => {
    expect(inside(0.5, 0)).toBe(true);
    expect(inside(1, 0.25)).toBe(true);
    expect(inside(0.3, 1)).toBe(true);
    expect(inside(0, 0.75)).toBe(true);
  });
  test('a point exactly on a vertex is inside', () => {
    for (const [lon, lat] of [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ]) {
      expect(inside(lon, lat)).toBe(true);
    }
  });
  test('a hole is outside, its edge inside', () => {
    expect(inside(12, 12, squareWithHole)).toBe(true);
    expect(inside(15, 15, squareWithHole)).toBe(false);
    expect(inside(14, 15, squareWithHole)).toBe(true);
    expect(inside(16, 16, squareWithHole)).toBe(true);
  });
  test('a MultiPolygon is tested part by part, holes included', () => {
    expect(inside(31, 1, twoParts)).toBe(true);
    expect(inside(40.5, 2, twoParts)).toBe(true);
    expect(inside(42, 2, twoParts)).toBe(false);
    expect(inside(35, 1, twoParts)).toBe(false);
    expect(inside(43, 2, twoParts)).toBe(true);
  });
});

// Geodesic distances on a sphere of radius 6371.0088 km (Turf's), worked out by hand:
//   along the equator or a meridian, d = R · Δθ; from (λ, φ) to the meridian λ0, d = R · asin(sin|λ − λ0| · cos φ);
//   between two points, the haversine formula.
describe('classify: distance to the outline', () => {
  const cases: { name: string; lon: number; lat: number; km: number; nearest: [number, number][] }[] = [
    // Inside, 0.5° from all four sides; the two meridian edges (equally) are a shade nearer than the equator.
    {
      name: 'centre of the square',
      lon: 0.5,
      lat: 0.5,
      km: 55.5954,
      nearest: [
        [0, 0.5],
        [1, 0.5],
      ],
    },
    // 1° south of the southern edge, which runs along the equator.
    { name: 'south of the square', lon: 0.5, lat: -1, km: 111.1951, nearest: [[0.5, 0]] },
    { name: 'east of the square', lon: 2, lat: 0.5, km: 111.1908, nearest: [[1, 0.5]] },
    // Beyond a corner: the distance to the vertex (1°, 1°).
    { name: 'beyond the NE corner', lon: 3, lat: 3, km: 314.4034, nearest: [[1, 1]] },
    { name: 'beyond the SW corner', lon: -1, lat: -1, km: 157.2496, nearest: [[0, 0]] },
  ];
  for (const c of cases) {
    test(`${c.name}: within 0.5% of the hand-computed ${c.km} km`, () => {
      const r = classify([{ id: c.name, lon: c.lon, lat: c.lat }], [unitSquare])[0].results.square;
      expect(Math.abs(r.distanceKm - c.km) / c.km).toBeLessThan(0.005);
      const gap = Math.min(
        ...c.nearest.map(([lon, lat]) => Math.hypot(r.nearest[0] - lon, r.nearest[1] - lat)),
      );
      expect(gap).toBeLessThan(0.001);
    });
  }
  test('on the outline the distance is 0, and it is never negative', () => {
    const r = classify(
      [
        { id: 'edge', lon: 0.5, lat: 0 },
        { id: 'in', lon: 0.2, lat: 0.7 },
      ],
      [unitSquare],
    );
    expect(r[0].results.square.distanceKm).toBeCloseTo(0, 9);
    expect(r[1].results.square.distanceKm).toBeGreaterThan(0);
  });
  test('distance inside a hole is to the hole ring', () => {
    const r = classify([{ id: 'h', lon: 15, lat: 15 }], [squareWithHole])[0].results.holed;
    // 1° of longitude at 15°N from the hole's meridian edge: R · asin(sin 1° · cos 15°).
    expect(Math.abs(r.distanceKm - 107.4058) / 107.4058).toBeLessThan(0.005);
  });
});

describe('classify on the real boundaries: named places (tests/fixtures/classify/named-places.*)', () => {
  // Expected answers are written by hand in named-places.out.json: { place: { boundary: inside } }.
  const places = JSON.parse(
    readFileSync('tests/fixtures/classify/named-places.in.geojson', 'utf8'),
  ) as FeatureCollection<Point, { id: string }>;
  const expected = JSON.parse(
    readFileSync('tests/fixtures/classify/named-places.out.json', 'utf8'),
  ) as Record<string, Record<string, boolean>>;
  const points = places.features.map((f) => ({
    id: f.properties.id,
    lon: f.geometry.coordinates[0],
    lat: f.geometry.coordinates[1],
  }));
  for (const file of ['geodata/boundaries.topo.json', 'geodata/boundaries-full.topo.json']) {
    test(file, () => {
      const boundaries = boundariesFromTopology(JSON.parse(readFileSync(file, 'utf8')) as Topology);
      const results = classify(points, boundaries);
      const actual: Record<string, Record<string, boolean>> = {};
      for (const r of results) {
        actual[r.id] = Object.fromEntries(Object.keys(expected[r.id]).map((b) => [b, r.results[b]?.inside]));
      }
      expect(actual).toEqual(expected);
    });
  }
});
