import { createReadStream } from 'node:fs';
import { checkLonLat } from '../data/coordinates.ts';
import { type CsvColumns, detectCsvColumns } from '../data/csv-columns.ts';
import {
  type CsvHeader,
  type CsvRowVisit,
  countBreaks,
  readCsvHeader,
  walkCsvRows,
} from '../data/import/csv-records.ts';
import { ImportError } from '../data/import/import-types.ts';
import { IdRegistry } from './duplicate-ids.ts';
import { BATCH_ROWS, CliError, type InputRow, type InputSink, type RejectedRow } from './input.ts';

/**
 * The longest row the CLI reads, in characters over all of its lines (1 MiB of ASCII): a longer line is
 * rejected with its line number and skipped without being held in memory (a row over several lines, such
 * as one opened by an unclosed quote, is rejected and reading goes on with its second line), so that one
 * huge or broken cell cannot exhaust the heap. Documented in docs/nothing-lost.md.
 */
export const MAX_ROW_CHARS = 2 ** 20;

/**
 * Papaparse guesses the delimiter and line ends from the text it is given, so the header is always read
 * from the file's first this many characters (or all of it), whatever the pieces: both CSV paths do so.
 */
export const HEADER_PROBE_CHARS = 2 ** 16;

/** Text read per step (bytes decoded); the reader holds at most this plus one row. */
export const PIECE_CHARS = 2 ** 16;

/**
 * Streams a CSV file into the sink in batches, never holding it whole, with the map importer's rules for
 * broken rows (src/data/import/csv-records.ts): every non-blank line after the header is a row or part of
 * one, and each row is classified or rejected with its line (1-based file lines; the header is line 1). A
 * broken quote or a ragged row is rejected and reading starts again on the next line, so no row is absorbed.
 * Rows whose id repeats an earlier row's get a warning with both lines.
 */
export async function readCsv(
  path: string,
  sink: InputSink,
  { maxRowChars = MAX_ROW_CHARS, pieceBytes = PIECE_CHARS } = {},
): Promise<void> {
  let buffer = '';
  let bufferLine = 1; // the line that buffer[0] is on
  let header: CsvHeader | null = null;
  let columns: CsvColumns | null = null;
  let skipping = false; // inside a line longer than the limit, dropped until its line break
  let rowNumber = 0;
  let rows: InputRow[] = [];
  let notes: RejectedRow[] = [];
  const registry = new IdRegistry();
  const flush = () => {
    if (rows.length === 0 && notes.length === 0) return;
    sink.batch(rows, notes);
    rows = [];
    notes = [];
  };

  const visitRow = (visit: CsvRowVisit, fields: string[], cols: CsvColumns): 'reread' | true => {
    rowNumber++;
    const where = `line ${visit.line}`;
    // Judged on what any piece size shows: how far papaparse read the row (a broken one runs on).
    const readLength = visit.parsedEnd - visit.start;
    if (readLength > maxRowChars) {
      notes.push({ where, reason: tooLong(maxRowChars) });
      return 'reread';
    }
    if ('error' in visit) {
      notes.push({ where, reason: visit.error });
      return true;
    }
    const values = visit.values;
    const record: Record<string, string> = {};
    fields.forEach((name, i) => {
      if (!(name in record)) record[name] = values[i];
    });
    const checked = checkLonLat(record[cols.lon], record[cols.lat]);
    if (typeof checked === 'string') {
      notes.push({ where, reason: checked });
      return 'reread'; // as the map's importer: a rejected row never takes the lines after its first
    }
    const id = cols.id ? record[cols.id]?.trim() : undefined;
    if (id) {
      const first = registry.see(id, visit.line);
      if (first !== undefined) notes.push({ where, reason: duplicateIdWarning(id, first), warning: true });
    }
    rows.push({ id: id || String(rowNumber), lon: checked[0], lat: checked[1], record, values });
    if (rows.length >= BATCH_ROWS) flush();
    return true;
  };

  /** Reads the rows in `buffer`; keeps a last row that may go on in the next piece unless `eof`. */
  const drain = (eof: boolean, h: CsvHeader, cols: CsvColumns) => {
    for (;;) {
      let pending: CsvRowVisit | null = null;
      let consumed = 0; // where the rows read so far end (a reread row ends after its first line)
      walkCsvRows(buffer, { ...h, end: 0, line: bufferLine }, (visit) => {
        // A row is known once papaparse ended it before the text's end and its first line is whole (a broken
        // row's reading resumes after its first line); until then it may go on in the next piece.
        const lineEnd = buffer.indexOf(h.linebreak, visit.start);
        if (!eof && (visit.parsedEnd >= buffer.length || lineEnd === -1)) {
          pending = visit;
          return false;
        }
        const firstLineEnd = lineEnd === -1 ? buffer.length : lineEnd + h.linebreak.length;
        const answer = visitRow(visit, h.fields, cols);
        consumed = answer === 'reread' ? Math.min(visit.end, firstLineEnd) : visit.end;
        return answer;
      });
      const open = pending as CsvRowVisit | null;
      if (!open) {
        // What is left holds no row yet: blank lines, or the start of one that papaparse gave nothing for.
        const rest = buffer.slice(consumed);
        const blank = eof || /^[\r\n]*$/.test(rest);
        const keep = blank ? buffer.length : consumed;
        bufferLine += countBreaks(buffer, 0, keep, h.linebreak);
        buffer = blank ? '' : rest;
        if (buffer.length <= maxRowChars) return;
        rowNumber++;
        notes.push({ where: `line ${bufferLine}`, reason: tooLong(maxRowChars) });
        const lineEnd = buffer.indexOf(h.linebreak);
        if (lineEnd === -1) {
          buffer = '';
          skipping = true;
          return;
        }
        buffer = buffer.slice(lineEnd + h.linebreak.length);
        bufferLine++;
        continue;
      }
      bufferLine += countBreaks(buffer, 0, open.start, h.linebreak);
      buffer = buffer.slice(open.start);
      if (buffer.length <= maxRowChars) return;
      // The row is longer than the limit: reject it and go on after its first line.
      rowNumber++;
      const lineEnd = buffer.indexOf(h.linebreak);
      notes.push({ where: `line ${open.line}`, reason: tooLong(maxRowChars) });
      if (lineEnd === -1) {
        buffer = '';
        skipping = true;
        return;
      }
      buffer = buffer.slice(lineEnd + h.linebreak.length);
      bufferLine = open.line + 1;
    }
  };

  try {
    for await (const piece of createReadStream(path, { encoding: 'utf8', highWaterMark: pieceBytes })) {
      let text = piece as string;
      if (skipping) {
        const lb = header?.linebreak ?? '\n';
        const at = text.indexOf(lb[lb.length - 1]);
        if (at === -1) continue;
        text = text.slice(at + 1);
        bufferLine++;
        skipping = false;
      }
      buffer += text;
      if (!header) {
        const found = headerOf(buffer, false);
        if (!found) continue;
        ({ header, columns } = found);
        sink.start(header.fields);
        buffer = buffer.slice(header.end);
        bufferLine = header.line;
      }
      drain(false, header, columns as CsvColumns);
      flush();
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`);
  }
  if (!header) {
    const found = headerOf(buffer, true);
    if (!found) throw new CliError('the file is empty or has no header row');
    ({ header, columns } = found);
    sink.start(header.fields);
    buffer = buffer.slice(header.end);
    bufferLine = header.line;
  }
  if (!skipping) drain(true, header, columns as CsvColumns);
  flush();
}

/** The header and its columns once `text` holds all of the header row, else null (read more). */
function headerOf(text: string, eof: boolean): { header: CsvHeader; columns: CsvColumns } | null {
  if (!eof && text.length < HEADER_PROBE_CHARS) return null;
  if (text.trim() === '') return null;
  let header: CsvHeader;
  try {
    header = readCsvHeader(text.slice(0, HEADER_PROBE_CHARS));
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(error.message);
    throw error;
  }
  if (header.end >= HEADER_PROBE_CHARS && text.length > HEADER_PROBE_CHARS)
    throw new CliError(`the header row is longer than ${HEADER_PROBE_CHARS} characters`);
  const columns = detectCsvColumns(header.fields);
  if (!columns)
    throw new CliError(`no latitude/longitude columns in the header: ${header.fields.join(', ')}`);
  return { header, columns };
}

/** Why a row over the size limit is rejected (both CSV paths). */
export function tooLong(maxRowChars: number): string {
  return `a row longer than ${maxRowChars} characters (the limit; a huge value or an unclosed quote)`;
}

/** The warning for a repeated id (both CSV paths print it). */
export function duplicateIdWarning(id: string, firstLine: number): string {
  const shown = id.length > 60 ? `${id.slice(0, 60)}…` : id;
  return `warning: duplicate id ${JSON.stringify(shown)} (first on line ${firstLine})`;
}
