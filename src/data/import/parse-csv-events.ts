// Events from CSV text, parsed by papaparse (in the analysis worker for the map). Columns come from
// detectCsvColumns, or from the user's choice in the column-mapping dialog when detection is unsure.
import Papa from 'papaparse';
import { checkLonLat } from '../coordinates.ts';
import { type CsvColumns, detectCsvColumns, readCsvDate } from '../csv-columns.ts';
import type { EventFeature } from '../types.ts';
import type { EventImport, RejectedRow } from './import-types.ts';
import { ImportError } from './import-types.ts';
import { type ImportedRecord, recordToEvent } from './record-to-event.ts';

export interface CsvPreview {
  header: string[];
  /** The first rows, as the user will see them in the mapping dialog. */
  rows: string[][];
  guess: CsvColumns | null;
}

/** Reads the header and first rows so the user can confirm or choose the columns. */
export function inspectCsv(text: string, previewRows = 5): CsvPreview {
  const parsed = Papa.parse<string[]>(text, { preview: previewRows + 1, skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  if (!header || header.length < 2)
    throw new ImportError('The CSV file has no header row with at least two columns.');
  return { header: header.map((h) => h.trim()), rows, guess: detectCsvColumns(header) };
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export interface CsvParseOptions {
  /** Called now and then with the fraction of the text read. */
  onProgress?: (fraction: number) => void;
  /** Checked between rows; when it returns true, parsing stops with an ImportError. */
  isCancelled?: () => boolean;
}

/** Parses every row; rows without usable coordinates are listed with their line number and reason. */
export function parseCsvEvents(
  text: string,
  dataset: string,
  columns: CsvColumns,
  options: CsvParseOptions = {},
): EventImport {
  const headerEnd = Papa.parse(text, { preview: 1 }).meta.cursor;
  const features: EventFeature[] = [];
  const rejected: RejectedRow[] = [];
  let cursor = headerEnd;
  let line = 1 + countNewlines(text, 0, headerEnd);
  let rowNumber = 0;
  let cancelled = false;
  Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
    step: (result, parser) => {
      const rowLine = line + (text[cursor] === '\n' ? 1 : 0);
      line += countNewlines(text, cursor, result.meta.cursor);
      cursor = result.meta.cursor;
      rowNumber++;
      if (rowNumber % 5000 === 0) {
        options.onProgress?.(cursor / text.length);
        if (options.isCancelled?.()) {
          cancelled = true;
          parser.abort();
          return;
        }
      }
      const row = result.data;
      const point = checkLonLat(row[columns.lon], row[columns.lat]);
      if (typeof point === 'string') {
        rejected.push({ line: rowLine, reason: point });
        return;
      }
      const record: ImportedRecord = {};
      for (const [key, value] of Object.entries(row))
        record[key] = typeof value === 'string' ? value.trim() : null;
      const date = readCsvDate(row, columns);
      if (date && !record.date) record.date = date;
      if (columns.id && row[columns.id]) record.id = row[columns.id].trim();
      if (columns.fatalities && record.killed === undefined) record.killed = row[columns.fatalities] ?? null;
      features.push(recordToEvent(record, point[0], point[1], `${dataset}-row-${rowLine}`, dataset));
    },
  });
  if (cancelled) throw new ImportError('Import cancelled.');
  options.onProgress?.(1);
  const notes = [`columns: ${describe(columns)}`, `${rowNumber} data rows read`];
  return { dataset, format: 'csv', features, rejected, notes };
}

function describe(columns: CsvColumns): string {
  const date = typeof columns.date === 'object' ? Object.values(columns.date).join('/') : columns.date;
  const parts = [`latitude=${columns.lat}`, `longitude=${columns.lon}`, `id=${columns.id ?? '(row number)'}`];
  if (date) parts.push(`date=${date}`);
  if (columns.fatalities) parts.push(`killed=${columns.fatalities}`);
  return `${parts.join(', ')} (${columns.source}, ${columns.confidence})`;
}
