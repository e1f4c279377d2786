import type { Topology } from 'topojson-specification';
import { afterAll, describe, expect, test } from 'vitest';
import topology from '../../geodata/boundaries.topo.json';
import fullTopology from '../../geodata/boundaries-full.topo.json';
import { boundariesFromTopology } from '../../src/data/load-boundaries.ts';
import { AnalysisClient } from '../../src/worker/client.ts';
import { CHUNK_SIZE } from '../../src/worker/protocol.ts';
import { squareWithHole, unitSquare } from '../fixtures/classify/shapes.ts';

const client = new AnalysisClient();
afterAll(() => client.terminate());

function randomPoints(n: number) {
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  return Array.from({ length: n }, (_, i) => ({ id: String(i), lon: 20 + next() * 80, lat: next() * 60 }));
}

describe('analysis worker', () => {
  test('classifies known points against fixtures', async () => {
    const results = await client.classify(
      [
        { id: 'in', lon: 0.5, lat: 0.5 },
        { id: 'edge', lon: 1, lat: 0.5 },
        { id: 'hole', lon: 15, lat: 15 },
        { id: 'out', lon: 5, lat: 5 },
      ],
      [unitSquare, squareWithHole],
    );
    expect(results.map((r) => r.id)).toEqual(['in', 'edge', 'hole', 'out']);
    expect(results.map((r) => r.results.square.inside)).toEqual([true, true, false, false]);
    expect(results.map((r) => r.results.holed.inside)).toEqual([false, false, false, false]);
    expect(results[0].results.square.distanceKm).toBeCloseTo(55.595, 2);
  });

  test('classifies named places against the real boundaries', async () => {
    const boundaries = boundariesFromTopology(topology as unknown as Topology);
    const [kabul, newYork] = await client.classify(
      [
        { id: 'kabul', lon: 69.1723, lat: 34.5281 },
        { id: 'new-york', lon: -74.006, lat: 40.7128 },
      ],
      boundaries,
    );
    expect(kabul.results['iskp-claim-core'].inside).toBe(true);
    expect(newYork.results['iskp-claim-core'].inside).toBe(false);
    expect(newYork.results['iskp-claim-core'].distanceKm).toBeGreaterThan(5000);
  });

  test('posts progress for a large input', async () => {
    const points = randomPoints(CHUNK_SIZE * 4 + 17);
    const progress: [number, number][] = [];
    const results = await client.classify(points, [unitSquare, squareWithHole], {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(results).toHaveLength(points.length);
    expect(progress.length).toBeGreaterThanOrEqual(4);
    expect(progress.at(-1)).toEqual([points.length, points.length]);
    for (let i = 1; i < progress.length; i++) expect(progress[i][0]).toBeGreaterThan(progress[i - 1][0]);
  });

  test('can be cancelled, and keeps working afterwards', async () => {
    const points = randomPoints(CHUNK_SIZE * 40);
    const controller = new AbortController();
    let calls = 0;
    const run = client.classify(points, [squareWithHole], {
      signal: controller.signal,
      onProgress: () => {
        calls++;
        controller.abort();
      },
    });
    await expect(run).rejects.toThrow(/cancelled/);
    expect(calls).toBe(1);
    const again = await client.classify([{ id: 'x', lon: 12, lat: 12 }], [squareWithHole]);
    expect(again[0].results.holed.inside).toBe(true);
  });

  test('an already aborted signal rejects at once', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(client.classify([], [unitSquare], { signal: controller.signal })).rejects.toThrow(
      /cancelled/,
    );
  });

  test('compares two boundaries in the worker', async () => {
    const result = await client.compare(unitSquare, squareWithHole);
    expect(result.error).toBeUndefined();
    expect(result.intersectionKm2).toBe(0);
    expect(result.areaKm2.a).toBeGreaterThan(12000);
  });

  test('a comparison that runs too long resolves with an error, and the worker is replaced', async () => {
    const full = boundariesFromTopology(fullTopology as unknown as Topology);
    const max = full.find((b) => b.properties.id === 'iskp-claim-max')!;
    const contested = full.find((b) => b.properties.id === 'iskp-claim-contested')!;
    const result = await client.compare(max, contested, { timeoutMs: 20 });
    expect(result.error).toMatch(/did not finish within 20 ms/);
    expect(result.geometries.intersection).toBeNull();
    const after = await client.classify([{ id: 'x', lon: 0.5, lat: 0.5 }], [unitSquare]);
    expect(after[0].results.square.inside).toBe(true);
  });
});
