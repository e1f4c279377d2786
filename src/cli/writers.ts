import type { BoundaryRelation } from '../analysis/types.ts';
import { csvCell } from '../data/export/csv-escape.ts';
import type { OutputFormat } from './args.ts';
import type { InputRow } from './input.ts';
import {
  type BatchResults,
  resultCsvCells,
  resultHeader,
  resultProperties,
  resultValues,
} from './result-columns.ts';

/** Turns classified rows into the text of one output format, piece by piece. */
export interface Writer {
  begin(fields: string[]): string;
  /** `results` holds the answers for `rows`, row i at index i. */
  rows(rows: InputRow[], results: BatchResults): string;
  end(): string;
}

/** The answers of analysis/classify.ts for a batch, in the columns result-columns.ts prints. */
export function batchResults(
  ids: readonly string[],
  relations: readonly Record<string, BoundaryRelation>[],
): BatchResults {
  const n = relations.length;
  const inside = ids.map(() => new Uint8Array(n));
  const distanceKm = ids.map(() => new Float64Array(n));
  ids.forEach((id, b) => {
    for (let i = 0; i < n; i++) {
      inside[b][i] = relations[i][id].inside ? 1 : 0;
      distanceKm[b][i] = relations[i][id].distanceKm;
    }
  });
  return { ids, inside, distanceKm };
}

/** One CSV line (no line end) of input cells, each escaped against formulas and quoted as needed. */
export function csvLine(values: readonly unknown[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += i === 0 ? csvCell(values[i]) : `,${csvCell(values[i])}`;
  return line;
}

export function makeWriter(format: OutputFormat, boundaryIds: string[], input: 'csv' | 'geojson'): Writer {
  let first = true;
  const separator = () => {
    const s = first ? '' : ',\n';
    first = false;
    return s;
  };
  if (format === 'json') {
    return {
      begin: () => '[\n',
      rows: (rows, results) =>
        rows
          .map((row, i) => separator() + JSON.stringify({ id: row.id, ...resultValues(results, i) }))
          .join(''),
      end: () => (first ? ']\n' : '\n]\n'),
    };
  }
  if (format === 'geojson') {
    return {
      begin: () => '{"type":"FeatureCollection","features":[\n',
      rows: (rows, results) =>
        rows
          .map((row, i) => {
            const base = row.feature ?? {
              type: 'Feature',
              id: row.id,
              geometry: { type: 'Point', coordinates: [row.lon, row.lat] },
              properties: row.record,
            };
            const properties = { ...(base.properties ?? {}), ...resultProperties(results, i) };
            return separator() + JSON.stringify({ ...base, properties });
          })
          .join(''),
      end: () => (first ? ']}\n' : '\n]}\n'),
    };
  }
  // CSV: the input columns (GeoJSON input: id, longitude, latitude and the properties), then the results.
  // Every input cell goes through the browser export's csvCell, so formula cells come out neutralised.
  let columns: string[] = [];
  return {
    begin: (fields) => {
      columns =
        input === 'csv' ? fields : ['id', 'longitude', 'latitude', ...fields.filter((f) => f !== 'id')];
      return `${csvLine([...columns, ...resultHeader(boundaryIds)])}\r\n`;
    },
    rows: (rows, results) => {
      let text = '';
      rows.forEach((row, i) => {
        const values =
          input === 'csv' && row.values
            ? row.values
            : columns.map((c) =>
                cellValue(
                  c === 'id'
                    ? row.id
                    : c === 'longitude'
                      ? row.lon
                      : c === 'latitude'
                        ? row.lat
                        : row.record[c],
                ),
              );
        text += `${csvLine(values)}${resultCsvCells(results, i)}\r\n`;
      });
      return text;
    },
    end: () => '',
  };
}

function cellValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
