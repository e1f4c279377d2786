// Property tests for the CLI's readers (issue 16): whatever the file, every data line (CSV) or feature
// (GeoJSON) comes back as exactly one classified or rejected row; warnings are not rows.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import type { InputSink } from '../../src/cli/input.ts';
import { readCsv } from '../../src/cli/read-csv.ts';
import { readGeoJson } from '../../src/cli/read-geojson.ts';

const dir = mkdtempSync(join(tmpdir(), 'khorasan-cli-props-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const RUNS = Number(process.env.CSV_RUNS ?? 150);

/** Reads a file with `read` and counts rows, rejections (with their lines) and warnings. */
async function counts(read: (path: string, sink: InputSink) => Promise<void>, path: string) {
  let accepted = 0;
  const rejectedLines: string[] = [];
  let warnings = 0;
  await read(path, {
    start() {},
    batch(rows, notes) {
      accepted += rows.length;
      for (const n of notes) {
        if (n.warning) warnings++;
        else rejectedLines.push(n.where);
      }
    },
  });
  return { accepted, rejectedLines, warnings };
}

let fileNumber = 0;
function write(text: string, ext: string): string {
  const path = join(dir, `f${fileNumber++}.${ext}`);
  writeFileSync(path, text);
  return path;
}

describe('CLI readers under random input', () => {
  // The generator of the importer's property test (import-properties.test.ts): lines of plain, properly
  // quoted and broken cells, one record a line, so every non-empty line after the header is one row.
  test('CSV: accepted + rejected = data lines, whatever the quotes', async () => {
    const plain = fc.stringMatching(/^[a-z0-9 .-]{0,6}$/);
    const word = fc.stringMatching(/^[a-z0-9][a-z0-9 ,.]{0,5}$/);
    const quoted = word.map((c) => `"${c}"`);
    const broken = fc.oneof(
      word.map((c) => `"${c}`),
      plain.map((c) => `${c}"x`),
      fc.tuple(plain, plain).map(([a, b]) => `"${a}"${b}`),
    );
    const coordinate = fc.oneof(fc.double({ min: -90, max: 90, noNaN: true }).map(String), plain, broken);
    const id = fc.oneof(plain, quoted, broken, fc.constantFrom('k1', 'k2'));
    const line = fc.oneof(
      fc.tuple(id, coordinate, coordinate, plain).map((cells) => cells.join(',')),
      fc.array(fc.oneof(plain, quoted), { maxLength: 6 }).map((cells) => cells.join(',')),
      fc.constant(''),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { maxLength: 25 }),
        fc.constantFrom('\n', '\r\n'),
        async (lines, lb) => {
          const path = write(['id,latitude,longitude,note', ...lines].join(lb), 'csv');
          const result = await counts(readCsv, path);
          const dataLines = lines.filter((l) => l !== '').length;
          expect(result.accepted + result.rejectedLines.length).toBe(dataLines);
          expect(new Set(result.rejectedLines).size).toBe(result.rejectedLines.length);
        },
      ),
      { numRuns: RUNS },
    );
  });

  // The reader holds a piece of the file at a time: read in pieces of a few bytes (with the real row limit,
  // or one small enough to cut rows), it must say what it says when the whole file is one piece.
  test('CSV: pieces of any size give the same rows and rejections', async () => {
    const cell = fc.stringMatching(/^[a-z0-9 ".,]{0,12}$/);
    const line = fc.array(cell, { minLength: 0, maxLength: 5 }).map((cells) => cells.join(','));
    const rowsOf = async (path: string, options: { maxRowChars: number; pieceBytes: number }) => {
      const seen: string[] = [];
      await readCsv(
        path,
        {
          start() {},
          batch(rows, notes) {
            for (const n of notes) seen.push(`${n.where}: ${n.reason}`);
            for (const r of rows) seen.push(`row ${r.id} ${r.lon} ${r.lat}`);
          },
        },
        options,
      );
      return seen;
    };
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { maxLength: 30 }),
        fc.oneof(fc.integer({ min: 24, max: 59 }), fc.constant(1 << 20)),
        fc.integer({ min: 1, max: 17 }),
        fc.constantFrom('\n', '\r\n'),
        async (lines, maxRowChars, pieceBytes, lb) => {
          const path = write(['id,latitude,longitude', ...lines].join(lb), 'csv');
          const whole = await rowsOf(path, { maxRowChars, pieceBytes: 1 << 20 });
          const pieces = await rowsOf(path, { maxRowChars, pieceBytes });
          // The same rows, and the same lines rejected. Only the reason for a broken row that reaches the
          // limit may differ (too long, or the broken quote papaparse finds further on).
          const plainReason = (note: string) =>
            note.replace(/: (a row longer than|broken quote).*/, ': long or broken');
          expect(pieces.map(plainReason)).toEqual(whole.map(plainReason));
          if (maxRowChars >= 60) expect(pieces).toEqual(whole);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('GeoJSON: accepted + rejected = features', async () => {
    const coordinate = fc.oneof(
      fc.double({ min: -180, max: 180, noNaN: true }),
      fc.constantFrom(200, -95, null, '34', '0x22'),
    );
    const geometry = fc.oneof(
      fc.record({ type: fc.constant('Point'), coordinates: fc.array(coordinate, { maxLength: 3 }) }),
      fc.record({ type: fc.constantFrom('LineString', 'Polygon'), coordinates: fc.constant([]) }),
      fc.constant(null),
    );
    const feature = fc.record({
      type: fc.constant('Feature'),
      id: fc.oneof(fc.constantFrom('a', 'b'), fc.integer()),
      properties: fc.oneof(
        fc.constant(null),
        fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 })),
      ),
      geometry,
    });
    await fc.assert(
      fc.asyncProperty(fc.array(feature, { maxLength: 20 }), async (features) => {
        const path = write(JSON.stringify({ type: 'FeatureCollection', features }, null, 1), 'geojson');
        const result = await counts(readGeoJson, path);
        expect(result.accepted + result.rejectedLines.length).toBe(features.length);
      }),
      { numRuns: RUNS },
    );
  });
});
