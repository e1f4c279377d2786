import { readFileSync } from 'node:fs';
import type { Feature, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { compareBoundaries, summarise } from '../../src/analysis/index.ts';
import { boundariesFromTopology } from '../../src/data/load-boundaries.ts';

function box(west: number, south: number, east: number, north: number): Feature<Polygon> {
  return {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [west, south],
          [east, south],
          [east, north],
          [west, north],
          [west, south],
        ],
      ],
    },
  };
}

// Area of a lon/lat box on a sphere: R² · Δλ · (sin φ2 − sin φ1), with Turf's R = 6371.0088 km.
function boxKm2(west: number, south: number, east: number, north: number): number {
  const r = 6371.0088;
  const d = Math.PI / 180;
  return r * r * (east - west) * d * (Math.sin(north * d) - Math.sin(south * d));
}

describe('compareBoundaries', () => {
  test('two overlapping squares', () => {
    const result = compareBoundaries(box(0, 0, 2, 2), box(1, 1, 3, 3));
    expect(result.error).toBeUndefined();
    const near = (actual: number, expected: number) =>
      expect(Math.abs(actual / expected - 1)).toBeLessThan(0.01);
    near(result.areaKm2.a, boxKm2(0, 0, 2, 2));
    near(result.areaKm2.b, boxKm2(1, 1, 3, 3));
    near(result.intersectionKm2, boxKm2(1, 1, 2, 2));
    near(result.aMinusBKm2, boxKm2(0, 0, 2, 2) - boxKm2(1, 1, 2, 2));
    near(result.bMinusAKm2, boxKm2(1, 1, 3, 3) - boxKm2(1, 1, 2, 2));
    const union = boxKm2(0, 0, 2, 2) + boxKm2(1, 1, 3, 3) - boxKm2(1, 1, 2, 2);
    near(result.jaccard, boxKm2(1, 1, 2, 2) / union);
    expect(result.geometries.intersection?.geometry.type).toBe('Polygon');
    expect(result.geometries.aMinusB).not.toBeNull();
    expect(result.geometries.bMinusA).not.toBeNull();
  });
  test('disjoint boundaries: empty intersection, Jaccard 0', () => {
    const result = compareBoundaries(box(0, 0, 1, 1), box(5, 5, 6, 6));
    expect(result.intersectionKm2).toBe(0);
    expect(result.geometries.intersection).toBeNull();
    expect(result.jaccard).toBe(0);
    expect(result.aMinusBKm2).toBeCloseTo(result.areaKm2.a, 6);
  });
  test('identical boundaries: Jaccard 1, empty differences', () => {
    const result = compareBoundaries(box(0, 0, 1, 1), box(0, 0, 1, 1));
    expect(result.jaccard).toBeCloseTo(1, 9);
    expect(result.geometries.aMinusB).toBeNull();
    expect(result.aMinusBKm2).toBe(0);
  });
  test('a clipping failure is reported, not thrown', () => {
    const broken = box(0, 0, 1, 1);
    broken.geometry.coordinates[0][2] = [Number.NaN, Number.NaN];
    const result = compareBoundaries(broken, box(0, 0, 2, 2));
    expect(result.error).toMatch(/clipping failed/);
    expect(result.geometries.intersection).toBeNull();
  });
  test('inputs over the size limit are refused with an error', () => {
    const result = compareBoundaries(box(0, 0, 1, 1), box(0, 0, 2, 2), { maxVertices: 8 });
    expect(result.error).toMatch(/limit of 8/);
    expect(Number.isNaN(result.jaccard)).toBe(true);
  });
});

describe('compareBoundaries on the real boundaries', () => {
  const boundaries = boundariesFromTopology(
    JSON.parse(readFileSync('geodata/boundaries.topo.json', 'utf8')) as Topology,
  );
  const byId = (id: string) => boundaries.find((b) => b.properties.id === id)!;
  for (const [a, b] of [
    ['khorasan-historical', 'iskp-claim-core'],
    ['iskp-claim-core', 'iskp-claim-max'],
  ]) {
    test(`${a} vs ${b}: the parts add up`, () => {
      const r = compareBoundaries(byId(a), byId(b));
      expect(r.error).toBeUndefined();
      // a = (a ∩ b) + (a − b) and b = (a ∩ b) + (b − a), to clipping precision.
      expect(Math.abs(r.intersectionKm2 + r.aMinusBKm2 - r.areaKm2.a) / r.areaKm2.a).toBeLessThan(1e-3);
      expect(Math.abs(r.intersectionKm2 + r.bMinusAKm2 - r.areaKm2.b) / r.areaKm2.b).toBeLessThan(1e-3);
      expect(r.jaccard).toBeGreaterThan(0);
      expect(r.jaccard).toBeLessThan(1);
      expect(r.geometries.intersection).not.toBeNull();
    });
  }
});

describe('summarise', () => {
  test('counts inside and outside per boundary, by year, country and event type', () => {
    const events = [
      { id: 'a', date: '2024-01-03', country: 'IRN', eventType: 'attack' },
      { id: 'b', date: '2024-03-22', country: 'RUS', eventType: 'attack' },
      { id: 'c', date: '2023-05-01', country: 'AFG', eventType: 'plot' },
      { id: 'd', date: '2024', country: 'AFG', eventType: 'attack' },
      { id: 'e' },
    ];
    const rel = (inside: boolean) => ({ inside, distanceKm: 1, nearest: [0, 0] as [number, number] });
    const results = [
      { id: 'a', results: { core: rel(false), max: rel(true) } },
      { id: 'b', results: { core: rel(false), max: rel(false) } },
      { id: 'c', results: { core: rel(true), max: rel(true) } },
      { id: 'd', results: { core: rel(true), max: rel(true) } },
      { id: 'e', results: { core: rel(false), max: rel(false) } },
    ];
    const s = summarise(events, results);
    expect(s.core.total).toEqual({ inside: 2, outside: 3 });
    expect(s.core.byYear).toEqual({
      '2024': { inside: 1, outside: 2 },
      '2023': { inside: 1, outside: 0 },
      unknown: { inside: 0, outside: 1 },
    });
    expect(s.max.byCountry.AFG).toEqual({ inside: 2, outside: 0 });
    expect(s.max.byCountry.RUS).toEqual({ inside: 0, outside: 1 });
    expect(s.core.byEventType).toEqual({
      attack: { inside: 1, outside: 2 },
      plot: { inside: 1, outside: 0 },
      unknown: { inside: 0, outside: 1 },
    });
  });
  test('the records of one incident at several places count once, inside when any place is inside', () => {
    const rel = (inside: boolean) => ({ inside, distanceKm: 1, nearest: [0, 0] as [number, number] });
    const events = [
      { id: 'la', incident: 'us-arrests', date: '2024-06', country: 'USA', eventType: 'arrest' },
      { id: 'ny', incident: 'us-arrests', date: '2024-06', country: 'USA', eventType: 'arrest' },
      { id: 'ph', incident: 'us-arrests', date: '2024-06', country: 'USA', eventType: 'arrest' },
      { id: 'kabul', date: '2024-09-02', country: 'AFG', eventType: 'attack' },
    ];
    const results = [
      { id: 'la', results: { core: rel(false) } },
      { id: 'ny', results: { core: rel(true) } },
      { id: 'ph', results: { core: rel(false) } },
      { id: 'kabul', results: { core: rel(true) } },
    ];
    const s = summarise(events, results);
    expect(s.core.total).toEqual({ inside: 2, outside: 0 });
    expect(s.core.byEventType.arrest).toEqual({ inside: 1, outside: 0 });
    const allOutside = summarise(events.slice(0, 3), [
      { id: 'la', results: { core: rel(false) } },
      { id: 'ny', results: { core: rel(false) } },
      { id: 'ph', results: { core: rel(false) } },
    ]);
    expect(allOutside.core.total).toEqual({ inside: 0, outside: 1 });
  });
  test('events without a result are not counted', () => {
    expect(summarise([{ id: 'x', date: '2024-01-01' }], [])).toEqual({});
  });
});
