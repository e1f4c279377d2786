import Papa from 'papaparse';
import type { BoundaryRelation } from '../analysis/types.ts';
import type { OutputFormat } from './args.ts';
import type { InputRow } from './input.ts';

/** A classified row, ready to print. */
export interface OutputRow {
  row: InputRow;
  relations: Record<string, BoundaryRelation>;
}

/** Turns classified rows into the text of one output format, piece by piece. */
export interface Writer {
  begin(fields: string[]): string;
  rows(rows: OutputRow[]): string;
  end(): string;
}

/** Distances are printed to the metre. */
function km(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export function makeWriter(format: OutputFormat, boundaryIds: string[], input: 'csv' | 'geojson'): Writer {
  let first = true;
  const separator = () => {
    const s = first ? '' : ',\n';
    first = false;
    return s;
  };
  const added = (relations: Record<string, BoundaryRelation>) => {
    const props: Record<string, boolean | number> = {};
    for (const id of boundaryIds) {
      props[`inside_${id}`] = relations[id].inside;
      props[`distance_km_${id}`] = km(relations[id].distanceKm);
    }
    return props;
  };
  if (format === 'json') {
    return {
      begin: () => '[\n',
      rows: (rows) =>
        rows
          .map(({ row, relations }) => {
            const inside: Record<string, boolean> = {};
            const distanceKm: Record<string, number> = {};
            for (const id of boundaryIds) {
              inside[id] = relations[id].inside;
              distanceKm[id] = km(relations[id].distanceKm);
            }
            return separator() + JSON.stringify({ id: row.id, inside, distanceKm });
          })
          .join(''),
      end: () => (first ? ']\n' : '\n]\n'),
    };
  }
  if (format === 'geojson') {
    return {
      begin: () => '{"type":"FeatureCollection","features":[\n',
      rows: (rows) =>
        rows
          .map(({ row, relations }) => {
            const base = row.feature ?? {
              type: 'Feature',
              id: row.id,
              geometry: { type: 'Point', coordinates: [row.lon, row.lat] },
              properties: row.record,
            };
            const properties = { ...(base.properties ?? {}), ...added(relations) };
            return separator() + JSON.stringify({ ...base, properties });
          })
          .join(''),
      end: () => (first ? ']}\n' : '\n]}\n'),
    };
  }
  // CSV: the input columns (GeoJSON input: id, longitude, latitude and the properties), then the results.
  let columns: string[] = [];
  const extra = boundaryIds.flatMap((id) => [`inside_${id}`, `distance_km_${id}`]);
  return {
    begin: (fields) => {
      columns =
        input === 'csv' ? fields : ['id', 'longitude', 'latitude', ...fields.filter((f) => f !== 'id')];
      return `${Papa.unparse([[...columns, ...extra]])}\r\n`;
    },
    rows: (rows) => {
      if (rows.length === 0) return '';
      const table = rows.map(({ row, relations }) => {
        const values =
          input === 'csv' ? row.record : { ...row.record, id: row.id, longitude: row.lon, latitude: row.lat };
        const cells = columns.map((c) => csvValue(values[c]));
        for (const id of boundaryIds)
          cells.push(String(relations[id].inside), String(km(relations[id].distanceKm)));
        return cells;
      });
      return `${Papa.unparse(table)}\r\n`;
    },
    end: () => '',
  };
}

function csvValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
