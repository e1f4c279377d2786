// CSV with the geometry as WKT, the form BigQuery (ST_GEOGFROMTEXT) and Apache Sedona (ST_GeomFromWKT) load.
import { type BoundaryVersionRow, multiPolygonWkt } from './boundary-rows.ts';
import { toCsv } from './csv-escape.ts';

export const WKT_CSV_COLUMNS = [
  'id',
  'version',
  'valid_from',
  'valid_to',
  'name',
  'certainty',
  'sources',
  'wkt',
] as const;

export function wktCsv(rows: readonly BoundaryVersionRow[]): string {
  return toCsv(
    [...WKT_CSV_COLUMNS],
    rows.map((r) => [
      r.id,
      r.version,
      r.validFrom ?? '',
      r.validTo ?? '',
      r.name,
      r.certainty,
      JSON.stringify(r.sources),
      multiPolygonWkt(r.geometry),
    ]),
  );
}
