// Record boundaries and fields of a well-formed CSV file, for the CLI's fast path (docs/scale-out.md).
// "Well-formed" is the subset where papaparse's reading is unambiguous: a quote opens a field only at its start,
// closes it only before a comma, the line end or the end of the file, and `""` inside is a quote.

export type Newline = '\n' | '\r\n';

/** Why a file cannot take the fast path, or null. */
export type Malformed = string | null;

export interface ScanResult {
  /** Index just past the last complete record's line end, or -1 when the text holds no complete record. */
  end: number;
  malformed: Malformed;
}

/**
 * Scans `text` (which starts at a record start) for complete records, jumping from quote to quote. Also checks
 * the line ends: with '\n' files no '\r' may appear; with '\r\n' files every line end outside quotes is '\r\n'.
 */
export function scanRecords(text: string, newline: Newline): ScanResult {
  let pos = 0;
  let end = -1;
  if (newline === '\n' && text.indexOf('\r') !== -1) {
    return { end, malformed: 'a carriage return in a file with \\n line ends' };
  }
  for (;;) {
    const quote = text.indexOf('"', pos);
    const limit = quote === -1 ? text.length : quote;
    const bad = checkLineEnds(text, pos, limit, newline);
    if (bad) return { end, malformed: bad };
    const lastLine = text.lastIndexOf('\n', limit - 1);
    if (lastLine >= pos) end = lastLine + 1;
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
      pos = close + 1;
      break;
    }
  }
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

/** A value as Papa.unparse writes it with its defaults: quoted when it holds , " \r \n or a BOM, or starts or ends with a space. */
export function csvOut(value: string): string {
  if (value === '') return value;
  const needs =
    value.indexOf(',') !== -1 ||
    value.indexOf('"') !== -1 ||
    value.indexOf('\n') !== -1 ||
    value.indexOf('\r') !== -1 ||
    value.indexOf('\ufeff') !== -1 ||
    value.charCodeAt(0) === 32 ||
    value.charCodeAt(value.length - 1) === 32;
  return needs ? `"${value.replaceAll('"', '""')}"` : value;
}
