import { describe, expect, test } from 'vitest';
import { parseBoundaries } from '../../src/data/import/parse-boundaries.ts';

const doc = (coordinates: unknown, type = 'Polygon') =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { name: 'My Zone' }, geometry: { type, coordinates } }],
  });

describe('boundary import', () => {
  test('closes an unclosed ring with a note and winds it counter-clockwise', () => {
    const result = parseBoundaries(
      doc([
        [
          [60, 30],
          [60, 35],
          [65, 35],
          [65, 30],
        ],
      ]),
      'zone.geojson',
      new Set(),
    );
    expect(result.rejected).toEqual([]);
    expect(result.notes.join()).toMatch(/not closed/);
    const ring = (result.features[0].geometry.coordinates as number[][][])[0];
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    // Counter-clockwise: the second vertex after [60,30] goes east first.
    expect(ring).toEqual([
      [60, 30],
      [65, 30],
      [65, 35],
      [60, 35],
      [60, 30],
    ]);
    expect(result.features[0].properties).toMatchObject({
      id: 'custom-my-zone',
      kind: 'custom',
      name: 'My Zone',
    });
  });

  test('rejects a bow-tie with the place it crosses', () => {
    const result = parseBoundaries(
      doc([
        [
          [0, 0],
          [2, 2],
          [2, 0],
          [0, 2],
          [0, 0],
        ],
      ]),
      'bow.geojson',
      new Set(),
    );
    expect(result.features).toEqual([]);
    expect(result.rejected[0].reason).toMatch(/cross/);
  });

  test('rejects a hole that crosses its exterior', () => {
    const outer = [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ];
    const hole = [
      [3, 1],
      [5, 1],
      [5, 2],
      [3, 2],
      [3, 1],
    ];
    const result = parseBoundaries(doc([outer, hole]), 'h.geojson', new Set());
    expect(result.rejected[0].reason).toMatch(/cross/);
  });

  test('accepts a polygon with a proper hole', () => {
    const outer = [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ];
    const hole = [
      [1, 1],
      [1, 2],
      [2, 2],
      [2, 1],
      [1, 1],
    ];
    const result = parseBoundaries(doc([outer, hole]), 'h.geojson', new Set());
    expect(result.rejected).toEqual([]);
  });

  test('rejects a hole outside its shell, and a hole inside another hole, with the place', () => {
    const outer = [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ];
    const square = (x: number, y: number, size: number) => [
      [x, y],
      [x, y + size],
      [x + size, y + size],
      [x + size, y],
      [x, y],
    ];
    const outside = parseBoundaries(doc([outer, square(6, 6, 1)]), 'h.geojson', new Set());
    expect(outside.features).toEqual([]);
    expect(outside.rejected).toEqual([
      { line: 1, reason: 'feature 1 (My Zone): hole 1 (ring 2, at [6, 6]) lies outside its shell' },
    ]);
    const nested = parseBoundaries(
      doc([outer, square(0.5, 0.5, 3), square(1, 1, 1)]),
      'h.geojson',
      new Set(),
    );
    expect(nested.rejected[0].reason).toBe(
      'feature 1 (My Zone): hole 2 (ring 3, at [1, 1]) lies inside hole 1',
    );
  });

  test('rejects a ring that crosses the antimeridian with a clear message', () => {
    const ring = [
      [170, 10],
      [-170, 10],
      [-170, 20],
      [170, 20],
      [170, 10],
    ];
    const result = parseBoundaries(doc([ring]), 'a.geojson', new Set());
    expect(result.features).toEqual([]);
    expect(result.rejected[0].reason).toMatch(
      /ring 1: the ring crosses the antimeridian \(180°\) between \[170, 10\] and \[-170, 10\]; split it at 180°/,
    );
  });

  test('rejects non-polygons with the geometry type', () => {
    const result = parseBoundaries(doc([1, 2], 'Point'), 'p.geojson', new Set());
    expect(result.rejected[0].reason).toMatch(/Point, not Polygon/);
  });

  test('ids never collide with ids in use', () => {
    const taken = new Set(['custom-my-zone']);
    const result = parseBoundaries(
      doc([
        [
          [60, 30],
          [65, 30],
          [65, 35],
          [60, 30],
        ],
      ]),
      'z',
      taken,
    );
    expect(result.features[0].properties.id).toBe('custom-my-zone-2');
  });

  test('a large valid ring is checked quickly', () => {
    const n = 200_000;
    const ring: number[][] = [];
    for (let i = 0; i < n; i++) {
      const a = (2 * Math.PI * i) / n;
      ring.push([60 + 5 * Math.cos(a), 35 + 5 * Math.sin(a)]);
    }
    ring.push(ring[0]);
    const result = parseBoundaries(doc([ring]), 'big', new Set());
    expect(result.rejected).toEqual([]);
    // No timing assertion: a quadratic check (2·10¹⁰ segment pairs) would run far past the test timeout.
  });
});
