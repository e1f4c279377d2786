// Record boundaries and fields of a well-formed CSV file, for the CLI's fast path (docs/scale-out.md).
// "Well-formed" is the subset where papaparse's reading is unambiguous: a quote opens a field only at its start,
// closes it only before a comma, the line end or the end of the file, and `""` inside is a quote.

import { checkLonLat } from '../../data/coordinates.ts';
import { MAX_ROW_CHARS } from '../read-csv.ts';
import type { ChunkLayout, Newline } from './layout.ts';

export type { Newline } from './layout.ts';

/** Why a file cannot take the fast path, or null. */
export type Malformed = string | null;

export interface ScanResult {
  /** Index just past the last complete record's line end, or -1 when the text holds no complete record. */
  end: number;
  malformed: Malformed;
}

/**
 * Scans `text` (which starts at a record start) for complete records, jumping from quote to quote. Also checks
 * the line ends (with '\n' files no '\r' may appear; with '\r\n' files every line end outside quotes is
 * '\r\n'), that no record is longer than MAX_ROW_CHARS, and that a record over several lines has as many
 * values as the header and usable coordinates: the papaparse path would reject such a record and read its
 * second line again as a row, which the fast path's chunks cannot do.
 */
export function scanRecords(text: string, layout: ChunkLayout): ScanResult {
  const { newline } = layout;
  let pos = 0;
  let end = -1;
  let recordStart = 0;
  let multiLine = false;
  if (newline === '\n' && text.indexOf('\r') !== -1) {
    return { end, malformed: 'a carriage return in a file with \\n line ends' };
  }
  for (;;) {
    const quote = text.indexOf('"', pos);
    const limit = quote === -1 ? text.length : quote;
    const bad = checkLineEnds(text, pos, limit, newline);
    if (bad) return { end, malformed: bad };
    const firstLine = text.indexOf('\n', pos);
    if (firstLine !== -1 && firstLine < limit) {
      if (firstLine + 1 - recordStart > MAX_ROW_CHARS) return { end, malformed: 'a row over the size limit' };
      if (multiLine && !plainMultiLine(text.slice(recordStart, firstLine + 1 - newline.length), layout))
        return { end, malformed: 'a row over several lines that the papaparse path rejects' };
      multiLine = false;
      let start = firstLine + 1;
      // Every MAX_ROW_CHARS-long stretch holds a line end, or a record is too long.
      while (limit - start > MAX_ROW_CHARS) {
        const lineEnd = text.lastIndexOf('\n', start + MAX_ROW_CHARS - 1);
        if (lineEnd < start) return { end, malformed: 'a row over the size limit' };
        start = lineEnd + 1;
      }
      end = text.lastIndexOf('\n', limit - 1) + 1;
      recordStart = end;
    }
    if (quote === -1) return { end, malformed: null };
    if (quote > 0 && text[quote - 1] !== ',' && text[quote - 1] !== '\n') {
      return { end, malformed: `a quote inside an unquoted value (offset ${quote})` };
    }
    let k = quote + 1;
    for (;;) {
      const close = text.indexOf('"', k);
      if (close === -1 || close + 1 === text.length) return { end, malformed: null }; // continues in the next chunk
      const next = text[close + 1];
      if (next === '"') {
        k = close + 2;
        continue;
      }
      if (next === '\r' && newline === '\r\n') {
        if (close + 2 === text.length) return { end, malformed: null };
        if (text[close + 2] !== '\n')
          return { end, malformed: `a stray carriage return (offset ${close + 1})` };
      } else if (next !== ',' && next !== '\n') {
        return { end, malformed: `text after a closing quote (offset ${close + 1})` };
      }
      const breakInside = text.indexOf('\n', quote);
      if (breakInside !== -1 && breakInside < close) multiLine = true;
      pos = close + 1;
      break;
    }
  }
}

/** Whether a well-formed record over several lines has the header's number of values and usable coordinates. */
function plainMultiLine(record: string, layout: ChunkLayout): boolean {
  const fields = recordFields(record);
  return (
    fields.length === layout.columns &&
    typeof checkLonLat(fields[layout.lonColumn], fields[layout.latColumn]) !== 'string'
  );
}

function checkLineEnds(text: string, from: number, to: number, newline: Newline): Malformed {
  if (newline === '\n') return null; // checked once for the whole text by scanRecords
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) {
    if (i === 0 || text[i - 1] !== '\r') return 'a bare \\n in a file with \\r\\n line ends';
  }
  for (let i = text.indexOf('\r', from); i !== -1 && i < to; i = text.indexOf('\r', i + 1)) {
    if (i + 1 < text.length && text[i + 1] !== '\n') return 'a stray carriage return';
  }
  return null;
}

/** The values of one record (without its line end), as papaparse reads a well-formed one. */
export function recordFields(record: string): string[] {
  if (record.indexOf('"') === -1) return record.split(',');
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (record[i] === '"') {
      let value = '';
      let k = i + 1;
      for (;;) {
        const close = record.indexOf('"', k);
        value += record.slice(k, close);
        if (record[close + 1] === '"') {
          value += '"';
          k = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      fields.push(value);
      if (i >= record.length) return fields;
      i++; // the comma
      if (i === record.length) {
        fields.push('');
        return fields;
      }
    } else {
      const comma = record.indexOf(',', i);
      if (comma === -1) {
        fields.push(record.slice(i));
        return fields;
      }
      fields.push(record.slice(i, comma));
      i = comma + 1;
      if (i === record.length) {
        fields.push('');
        return fields;
      }
    }
  }
}
