// Events from CSV text, parsed by papaparse (in the analysis worker for the map). Columns come from
// detectCsvColumns, or from the user's choice in the column-mapping dialog when detection is unsure.
import Papa from 'papaparse';
import { checkLonLat } from '../coordinates.ts';
import { type CsvColumns, detectCsvColumns } from '../csv-columns.ts';
import type { EventFeature } from '../types.ts';
import {
  type CalendarDate,
  type DateOrder,
  DateOrderEvidence,
  type DateReading,
  dateFromParts,
  isNumericDate,
  type NumericDate,
  readDate,
  resolveNumeric,
} from './calendar-date.ts';
import { readCsvHeader, walkCsvRows } from './csv-records.ts';
import type { EventImport, RejectedRow } from './import-types.ts';
import { ImportError } from './import-types.ts';
import { type ImportedRecord, readRecordDate, recordToEvent } from './record-to-event.ts';

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

export interface CsvParseOptions {
  /** Called now and then with the fraction of the text read. */
  onProgress?: (fraction: number) => void;
  /** Checked between rows; when it returns true, parsing stops with an ImportError. */
  isCancelled?: () => boolean;
}

/** The row's date from the chosen column(s); GTD's parts are checked as a calendar date. */
function rowDate(row: Record<string, string>, record: ImportedRecord, columns: CsvColumns): DateReading {
  const date = columns.date;
  if (date === undefined) return readRecordDate(record);
  if (typeof date === 'string') return readDate(row[date] ?? '');
  const year = row[date.year]?.trim() ?? '';
  const month = (date.month ? row[date.month]?.trim() : '') || '0';
  const day = (date.day ? row[date.day]?.trim() : '') || '0';
  if (![year, month, day].every((v) => /^\d+$/.test(v)))
    return { error: `date parts ${year}/${month}/${day} are not numbers` };
  return dateFromParts(Number(year), Number(month), Number(day), `${year}-${month}-${day}`);
}

/**
 * Parses every row. Each non-empty line after the header ends up in exactly one imported or rejected row:
 * rows without usable coordinates or a real date, with a broken quote or the wrong number of fields are
 * listed with their line number and reason.
 */
export function parseCsvEvents(
  text: string,
  dataset: string,
  columns: CsvColumns,
  options: CsvParseOptions = {},
): EventImport {
  const header = readCsvHeader(text);
  const features: EventFeature[] = [];
  const rejected: RejectedRow[] = [];
  // numeric day/month dates wait until the whole file has shown which order it uses
  const pending: { index: number; line: number; date: NumericDate }[] = [];
  const evidence = new DateOrderEvidence();
  const ids = new Map<string, number>();
  let rowNumber = 0;
  let cancelled = false;
  walkCsvRows(text, header, (visit) => {
    rowNumber++;
    if (rowNumber % 5000 === 0) {
      options.onProgress?.(visit.end / text.length);
      if (options.isCancelled?.()) {
        cancelled = true;
        return false;
      }
    }
    if ('error' in visit) {
      rejected.push({ line: visit.line, reason: visit.error });
      return true;
    }
    const row: Record<string, string> = {};
    header.fields.forEach((name, i) => {
      row[name] = visit.values[i];
    });
    const point = checkLonLat(row[columns.lon], row[columns.lat]);
    if (typeof point === 'string') {
      rejected.push({ line: visit.line, reason: point });
      return 'reread';
    }
    const record: ImportedRecord = {};
    for (const [key, value] of Object.entries(row)) record[key] = value.trim();
    const reading = rowDate(row, record, columns);
    if ('error' in reading) {
      rejected.push({ line: visit.line, reason: reading.error });
      return 'reread';
    }
    if (columns.id && row[columns.id]) record.id = row[columns.id].trim();
    if (columns.fatalities && record.killed === undefined) record.killed = row[columns.fatalities] ?? null;
    let when: CalendarDate;
    if (isNumericDate(reading)) {
      evidence.add(reading);
      pending.push({ index: features.length, line: visit.line, date: reading });
      when = { date: '', precision: 'day' };
    } else when = reading;
    const event = recordToEvent(record, point[0], point[1], `${dataset}-row-${visit.line}`, dataset, when);
    ids.set(event.properties.id, (ids.get(event.properties.id) ?? 0) + 1);
    features.push(event);
    return true;
  });
  if (cancelled) throw new ImportError('Import cancelled.');
  const order = columns.dateOrder ?? evidence.order();
  const kept = resolvePending(features, pending, order, rejected);
  options.onProgress?.(1);
  rejected.sort((a, b) => a.line - b.line);
  const notes = [
    `columns: ${describe(columns)}`,
    `${rowNumber} data rows read: ${kept.length} imported, ${rejected.length} rejected`,
  ];
  const orderNote = evidence.describe(order, columns.dateOrder !== undefined);
  if (orderNote) notes.push(orderNote);
  const repeated = [...ids].filter(([, n]) => n > 1);
  if (repeated.length > 0) {
    const shown = repeated.slice(0, 5).map(([id, n]) => `${id} (${n}×)`);
    notes.push(
      `warning: ${repeated.length} id(s) appear more than once: ${shown.join(', ')}${repeated.length > 5 ? ', …' : ''}`,
    );
  }
  return { dataset, format: 'csv', features: kept, rejected, notes, dateOrder: order };
}

/** Gives the waiting numeric dates their reading in `order`; rows that are no date in it are rejected. */
function resolvePending(
  features: EventFeature[],
  pending: { index: number; line: number; date: NumericDate }[],
  order: DateOrder,
  rejected: RejectedRow[],
): EventFeature[] {
  if (pending.length === 0) return features;
  const dropped = new Set<number>();
  for (const p of pending) {
    const reading = resolveNumeric(p.date, order);
    if ('error' in reading) {
      rejected.push({ line: p.line, reason: reading.error });
      dropped.add(p.index);
      continue;
    }
    const props = features[p.index].properties;
    props.date = reading.date;
    props.datePrecision = reading.precision;
  }
  return dropped.size === 0 ? features : features.filter((_, i) => !dropped.has(i));
}

function describe(columns: CsvColumns): string {
  const date = typeof columns.date === 'object' ? Object.values(columns.date).join('/') : columns.date;
  const parts = [`latitude=${columns.lat}`, `longitude=${columns.lon}`, `id=${columns.id ?? '(row number)'}`];
  if (date) parts.push(`date=${date}`);
  if (columns.fatalities) parts.push(`killed=${columns.fatalities}`);
  return `${parts.join(', ')} (${columns.source}, ${columns.confidence})`;
}
