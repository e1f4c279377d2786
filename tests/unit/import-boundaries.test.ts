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
