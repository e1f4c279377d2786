// The import worker's pipeline in Node: CSV and GeoJSON events, boundaries told apart from events,
// repeated ids, date order, classification against the real boundaries, and whole-file failures.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { detectCsvColumns } from '../../src/data/csv-columns.ts';
import { ImportError } from '../../src/data/import/import-types.ts';
import { boundariesFromTopology } from '../../src/data/load-boundaries.ts';
import { isByDate, mergeByDate } from '../../src/data/merge-by-date.ts';
import type { EventFeature } from '../../src/data/types.ts';
import type { ImportRequest } from '../../src/worker/import-protocol.ts';
import { holdsAreas, runImport } from '../../src/worker/import-run.ts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const boundaries = boundariesFromTopology(JSON.parse(read('../../geodata/boundaries.topo.json')) as Topology);
const acled = read('../fixtures/import/acled-small.csv');
const customBoundary = read('../fixtures/import/custom-boundary.geojson');

function fileRequest(
  text: string,
  name: string,
  extra: Partial<Extract<ImportRequest, { type: 'file' }>> = {},
) {
  const format: 'csv' | 'json' = text.trimStart().startsWith('{') ? 'json' : 'csv';
  const columns = format === 'csv' ? detectCsvColumns(text.split('\n')[0].split(',')) : null;
  return {
    type: 'file' as const,
    requestId: 1,
    text,
    name,
    format,
    ...(columns && { columns }),
    boundaries,
    points: [],
    takenBoundaryIds: boundaries.map((b) => b.properties.id),
    takenEventIds: [],
    ...extra,
  };
}

describe('runImport', () => {
  test('ACLED CSV: events classified against every boundary, bad rows reported, date order', async () => {
    const phases = new Set<string>();
    const outcome = await runImport(fileRequest(acled, 'acled-small.csv'), (phase) => phases.add(phase));
    expect(outcome.kind).toBe('events');
    if (outcome.kind !== 'events') return;
    const ids = outcome.import.features.map((f) => f.properties.id);
    // by date: Khar (2023-07-30), Kerman (3 January 2024), Kandahar (2024-03-21), Krasnogorsk (2024-03-22)
    expect(ids).toEqual(['PAK3003', 'IRN1001', 'AFG70001', 'RUS2002']);
    expect(outcome.import.rejected.map((r) => r.line)).toEqual([5, 6]);
    const results = Object.fromEntries(outcome.classification.map((c) => [c.id, c.results]));
    expect(Object.keys(results.AFG70001).sort()).toEqual(boundaries.map((b) => b.properties.id).sort());
    // by hand: Kandahar and Khar in the claimed core; Kerman (Iran) outside it, inside the maximal reading
    expect(results.AFG70001['iskp-claim-core'].inside).toBe(true);
    expect(results.PAK3003['iskp-claim-core'].inside).toBe(true);
    expect(results.IRN1001['iskp-claim-core'].inside).toBe(false);
    expect(results.IRN1001['iskp-claim-max'].inside).toBe(true);
    expect(results.RUS2002['iskp-claim-max'].inside).toBe(false);
    expect(phases.has('classify')).toBe(true);
  });

  test('ids already on the map get a suffix, and the report says so', async () => {
    const outcome = await runImport(
      fileRequest(acled, 'again.csv', { takenEventIds: ['AFG70001', 'AFG70001~2'] }),
      () => undefined,
    );
    if (outcome.kind !== 'events') throw new Error('expected events');
    const ids = outcome.import.features.map((f) => f.properties.id);
    expect(ids).toContain('AFG70001~3');
    expect(ids).not.toContain('AFG70001');
    expect(outcome.classification.map((c) => c.id)).toEqual(ids);
    expect(outcome.import.notes.join(' ')).toMatch(/1 repeated event ids/);
  });

  test('a polygon file is read as boundaries and the given points are classified against them', async () => {
    const points = [
      { id: 'kandahar', lon: 65.7101, lat: 31.6133 },
      { id: 'kerman', lon: 57.0834, lat: 30.2839 },
    ];
    const outcome = await runImport(
      fileRequest(customBoundary, 'custom-boundary.geojson', { points }),
      () => undefined,
    );
    expect(outcome.kind).toBe('boundaries');
    if (outcome.kind !== 'boundaries') return;
    const [box] = outcome.import.features;
    expect(box.properties.id).toBe('custom-test-box-southern-afghanistan');
    expect(box.properties.kind).toBe('custom');
    expect(outcome.import.notes.join(' ')).toMatch(/not closed/);
    expect(outcome.import.rejected).toHaveLength(1);
    expect(outcome.import.rejected[0].reason).toMatch(/Bow tie.*cross/);
    const byId = Object.fromEntries(outcome.classification.map((c) => [c.id, c.results[box.properties.id]]));
    expect(byId.kandahar.inside).toBe(true);
    expect(byId.kerman.inside).toBe(false);
    expect(byId.kerman.distanceKm).toBeGreaterThan(600);
  });

  test('a boundary id already in use gets another one', async () => {
    const outcome = await runImport(
      fileRequest(customBoundary, 'b.geojson', {
        takenBoundaryIds: ['custom-test-box-southern-afghanistan'],
      }),
      () => undefined,
    );
    expect(outcome.import.features[0].properties.id).toBe('custom-test-box-southern-afghanistan-2');
  });

  test('GeoJSON points are events', async () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [69.2, 34.5] },
          properties: { id: 'k', date: '2024-01-02' },
        },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [500, 34.5] }, properties: { id: 'bad' } },
      ],
    });
    const outcome = await runImport(fileRequest(text, 'p.geojson'), () => undefined);
    expect(outcome.kind).toBe('events');
    expect(outcome.import.features.map((f) => f.properties.id)).toEqual(['k']);
    expect(outcome.import.rejected[0]).toEqual({ line: 2, reason: expect.stringContaining('longitude 500') });
  });

  test('a file that cannot be read fails as a whole with a reason', async () => {
    await expect(runImport(fileRequest('{"type": "Feature', 'x.geojson'), () => undefined)).rejects.toThrow(
      ImportError,
    );
    await expect(
      runImport(
        fileRequest('{"type": "FeatureCollection", "features": []}', 'empty.geojson'),
        () => undefined,
      ),
    ).rejects.toThrow(/no/i);
    await expect(
      runImport({ ...fileRequest(acled, 'a.csv'), columns: undefined }, () => undefined),
    ).rejects.toThrow(/columns/);
  });
});

describe('runImport on random input', () => {
  const cell = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.double({ noNaN: false }).map(String),
    fc.constantFrom('', '"', '""', ',', '\n', '=1+1', '<img src=x onerror=alert(1)>', '91', '-181', 'NaN'),
  );
  const csv = fc
    .array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 8 })
    .map((rows) => ['id,latitude,longitude,date', ...rows.map((r) => r.join(','))].join('\n'));
  const json = fc.oneof(
    fc.json(),
    fc
      .array(
        fc.record({
          type: fc.constant('Feature'),
          geometry: fc.oneof(
            fc.constant(null),
            fc.record({
              type: fc.constantFrom('Point', 'Polygon', 'MultiPolygon', 'Line'),
              coordinates: fc.jsonValue(),
            }),
          ),
          properties: fc.oneof(fc.constant(null), fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue())),
        }),
        { maxLength: 6 },
      )
      .map((features) => JSON.stringify({ type: 'FeatureCollection', features })),
  );

  test('never crashes: a result whose every rejection has a reason, or an ImportError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(csv, json), async (text) => {
        const request = fileRequest(text, 'random');
        if (request.format === 'csv' && !('columns' in request)) return;
        try {
          const outcome = await runImport(request, () => undefined);
          for (const r of outcome.import.rejected) {
            expect(r.reason.length).toBeGreaterThan(0);
            expect(Number.isInteger(r.line) && r.line > 0).toBe(true);
          }
          if (outcome.kind === 'events')
            expect(outcome.classification).toHaveLength(outcome.import.features.length);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('holdsAreas', () => {
  test('polygons outnumbering points make a boundary file', () => {
    const poly = { type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: {} };
    const point = { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: {} };
    expect(holdsAreas({ type: 'FeatureCollection', features: [poly, poly, point] })).toBe(true);
    expect(holdsAreas({ type: 'FeatureCollection', features: [point, poly, point] })).toBe(false);
  });
});

describe('mergeByDate', () => {
  const ev = (id: string, date: string) =>
    ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [0, 0] },
      properties: { id, date },
    }) as EventFeature;
  test('keeps date order, the first array first among equal dates', () => {
    const a = [ev('a1', '2019-01-01'), ev('a2', '2020-05-01'), ev('a3', '2024')];
    const b = [ev('b1', '2018-12-31'), ev('b2', '2020-05-01'), ev('b3', '2025-01-01')];
    const merged = mergeByDate(a, b);
    expect(merged.map((e) => e.properties.id)).toEqual(['b1', 'a1', 'a2', 'b2', 'a3', 'b3']);
    expect(isByDate(merged)).toBe(true);
  });
});
