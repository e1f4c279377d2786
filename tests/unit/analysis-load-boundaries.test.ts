import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { expect, test } from 'vitest';
import { boundariesFromTopology } from '../../src/data/load-boundaries.ts';

test('the boundaries file becomes polygon features with their properties, in file order', () => {
  const topology = JSON.parse(readFileSync('geodata/boundaries.topo.json', 'utf8')) as Topology;
  const features = boundariesFromTopology(topology);
  expect(features.map((f) => f.properties.id)).toEqual([
    'khorasan-historical',
    'khorasan-historical-classical',
    'iskp-claim-core',
    'iskp-claim-max',
    'iskp-claim-contested',
  ]);
  for (const f of features) {
    expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
    expect(f.properties.name).toBeTruthy();
  }
});

test('a topology without a "boundaries" collection, or with a non-polygon in it, is refused', () => {
  const base = {
    type: 'Topology',
    arcs: [
      [
        [0, 0],
        [1, 1],
      ],
    ],
  } as const;
  expect(() => boundariesFromTopology({ ...base, objects: {} } as unknown as Topology)).toThrow(
    /no GeometryCollection/,
  );
  const withLine = {
    ...base,
    objects: {
      boundaries: {
        type: 'GeometryCollection',
        geometries: [{ type: 'LineString', arcs: [0], properties: { id: 'x' } }],
      },
    },
  };
  expect(() => boundariesFromTopology(withLine as unknown as Topology)).toThrow(/boundary x is a LineString/);
});
