// Property-based tests: random and malformed input never crashes an importer, and every
// rejection carries a reason.
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ImportError } from '../../src/data/import/import-types.ts';
import { parseBoundaries } from '../../src/data/import/parse-boundaries.ts';
import { inspectCsv, parseCsvEvents } from '../../src/data/import/parse-csv-events.ts';
import { parseGeoJsonEvents } from '../../src/data/import/parse-geojson-events.ts';
import { parseKmlEvents } from '../../src/data/import/parse-kml-events.ts';

const RUNS = 300;

/** Either a result whose every rejection has a reason, or an ImportError with a message. */
function expectGraceful(run: () => { rejected: { line: number; reason: string }[] }) {
  try {
    const result = run();
    for (const r of result.rejected) {
      expect(r.reason.length).toBeGreaterThan(0);
      expect(Number.isInteger(r.line) && r.line >= 1).toBe(true);
    }
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message.length).toBeGreaterThan(0);
  }
}

const anyCoordinate = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.constant(null),
  fc.constant(undefined),
  fc.double({ min: -180, max: 180, noNaN: true }),
);
const looseGeometry = fc.oneof(
  fc.record({ type: fc.constant('Point'), coordinates: fc.array(anyCoordinate, { maxLength: 4 }) }),
  fc.record({
    type: fc.constantFrom('Polygon', 'LineString', 'Nope', 'MultiPolygon'),
    coordinates: fc.anything(),
  }),
  fc.constant(null),
  fc.anything(),
);
const looseFeature = fc.record(
  { type: fc.constant('Feature'), id: fc.anything(), geometry: looseGeometry, properties: fc.anything() },
  { requiredKeys: ['type'] },
);
const looseCollection = fc.record({
  type: fc.constantFrom('FeatureCollection', 'Topology', 'Feature', 'Other'),
  features: fc.oneof(fc.array(looseFeature, { maxLength: 8 }), fc.anything()),
  objects: fc.anything(),
  arcs: fc.anything(),
});

function importCsv(text: string) {
  const preview = inspectCsv(text);
  if (!preview.guess) throw new ImportError('no coordinate columns');
  return parseCsvEvents(text, 'x', preview.guess);
}

describe('event importers under random input', () => {
  test('CSV: arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => expectGraceful(() => importCsv(text))),
      { numRuns: RUNS },
    );
  });

  test('CSV: rows of random cells under a lat/lon header, every bad row reported', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.double().map(String),
      fc.constantFrom('', '"', ',', '\n', '=1+1', 'NaN'),
    );
    const rows = fc.array(fc.tuple(cell, cell, cell), { maxLength: 20 });
    fc.assert(
      fc.property(rows, (cells) => {
        const text = `id,latitude,longitude\n${cells.map((r) => r.map((c) => JSON.stringify(c)).join(',')).join('\n')}`;
        const result = importCsv(text);
        expect(result.features.length + result.rejected.length).toBeLessThanOrEqual(cells.length);
        for (const r of result.rejected) expect(r.reason.length).toBeGreaterThan(0);
        for (const f of result.features) {
          const [lon, lat] = f.geometry.coordinates;
          expect(Math.abs(lon) <= 180 && Math.abs(lat) <= 90).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  // Lines of plain, properly quoted and broken (unclosed or stray-quoted) cells, one record a line:
  // every non-empty line after the header must come back as exactly one imported or rejected row.
  test('CSV: accepted + rejected = data lines, whatever the quotes', () => {
    const plain = fc.stringMatching(/^[a-z0-9 .-]{0,6}$/);
    // No quote that opens a cell is followed by a delimiter, so no quote can close a broken one without
    // papaparse seeing a malformed quote first (otherwise the lines would be one valid multi-line record).
    const word = fc.stringMatching(/^[a-z0-9][a-z0-9 ,.]{0,5}$/);
    const quoted = word.map((c) => `"${c}"`);
    const broken = fc.oneof(
      word.map((c) => `"${c}`),
      plain.map((c) => `${c}"x`),
      fc.tuple(plain, plain).map(([a, b]) => `"${a}"${b}`),
    );
    const coordinate = fc.oneof(fc.double({ min: -90, max: 90, noNaN: true }).map(String), plain, broken);
    const date = fc.constantFrom('2019-05-01', '2026-01-31', '2023-13-45', '03/04/2020', '', '2024');
    const line = fc.oneof(
      fc.tuple(fc.oneof(plain, quoted, broken), coordinate, coordinate, date).map((cells) => cells.join(',')),
      fc.array(fc.oneof(plain, quoted), { maxLength: 6 }).map((cells) => cells.join(',')),
      fc.constant(''),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), fc.constantFrom('\n', '\r\n'), (lines, linebreak) => {
        const text = ['place,latitude,longitude,date', ...lines].join(linebreak);
        const result = parseCsvEvents(text, 'x', inspectCsv(text).guess!);
        const dataLines = lines.filter((l) => l !== '').length;
        expect(result.features.length + result.rejected.length).toBe(dataLines);
        const lineNumbers = result.rejected.map((r) => r.line);
        expect(new Set(lineNumbers).size).toBe(lineNumbers.length);
        for (const r of result.rejected) expect(r.line).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: Number(process.env.CSV_RUNS ?? RUNS) },
    );
  });

  test('GeoJSON/TopoJSON: structured garbage', () => {
    fc.assert(
      fc.property(looseCollection, (doc) =>
        expectGraceful(() => parseGeoJsonEvents(JSON.stringify(doc), 'x')),
      ),
      { numRuns: RUNS },
    );
  });

  test('GeoJSON: arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => expectGraceful(() => parseGeoJsonEvents(text, 'x'))),
      {
        numRuns: RUNS,
      },
    );
  });

  test('GeoJSON: truncated valid documents', () => {
    const valid = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [69.2, 34.5] }, properties: { id: 'a' } },
      ],
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: valid.length }), (n) =>
        expectGraceful(() => parseGeoJsonEvents(valid.slice(0, n), 'x')),
      ),
      { numRuns: RUNS },
    );
  });

  test('KML: arbitrary text and mangled placemarks', () => {
    const placemark = (c: string) =>
      `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>A</name><Point><coordinates>${c}</coordinates></Point></Placemark></Document></kml>`;
    const parser = new DOMParser({ onError: () => {} }) as unknown as globalThis.DOMParser;
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string().map(placemark)), (text) =>
        expectGraceful(() => parseKmlEvents(text, 'x', parser)),
      ),
      { numRuns: RUNS },
    );
  });
});

describe('boundary importer under random input', () => {
  const ring = fc.array(fc.tuple(fc.double({ min: -200, max: 200 }), fc.double({ min: -100, max: 100 })), {
    maxLength: 12,
  });
  const polygonDoc = fc.record({
    type: fc.constant('FeatureCollection'),
    features: fc.array(
      fc.record({
        type: fc.constant('Feature'),
        properties: fc.oneof(fc.constant(null), fc.record({ name: fc.string() })),
        geometry: fc.oneof(
          fc.record({ type: fc.constant('Polygon'), coordinates: fc.array(ring, { maxLength: 3 }) }),
          fc.record({
            type: fc.constant('MultiPolygon'),
            coordinates: fc.array(fc.array(ring, { maxLength: 2 })),
          }),
          fc.anything(),
        ),
      }),
      { maxLength: 5 },
    ),
  });

  test('random polygons are imported or rejected with a reason', () => {
    fc.assert(
      fc.property(polygonDoc, (doc) =>
        expectGraceful(() => parseBoundaries(JSON.stringify(doc), 'f', new Set())),
      ),
      { numRuns: RUNS },
    );
  });

  test('arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => expectGraceful(() => parseBoundaries(text, 'f', new Set()))),
      { numRuns: RUNS },
    );
  });
});
