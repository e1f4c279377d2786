// Walks the data rows of a CSV text with papaparse and hands each one over with its first physical line,
// so that every non-empty line is either a row or part of a rejected one. Papaparse reads an unclosed or
// stray quote as the start of a field that runs on to the next quote, often the end of the file, and
// reports it only as an error on that one row: here such a row is rejected, and parsing starts again on
// the line after the one where the row began, so the rows it would have swallowed are read on their own.
import Papa from 'papaparse';
import { ImportError } from './import-types.ts';

export interface CsvHeader {
  fields: string[];
  /** Offset of the first data row. */
  end: number;
  /** 1-based line of the first data row, before skipping blank lines. */
  line: number;
  delimiter: string;
  linebreak: string;
}

/**
 * One data row: its values or why it is unusable, its first line, where reading goes on (`end`), and where
 * papaparse stopped reading it (`parsedEnd`; past `end` when the row was broken and reading restarts): a
 * reader of a text that arrives in pieces knows the row may be cut short when `parsedEnd` is the text's end.
 */
export type CsvRowVisit =
  | { line: number; values: string[]; start: number; end: number; parsedEnd: number }
  | { line: number; error: string; start: number; end: number; parsedEnd: number };

/** Reads the header row; an ImportError when there is none or its quotes are broken. */
export function readCsvHeader(text: string): CsvHeader {
  // step and abort: with `preview`, papaparse's cursor is not the end of the header row
  let fields: string[] | undefined;
  let errors: Papa.ParseError[] = [];
  let end = 0;
  let meta: Papa.ParseMeta | undefined;
  Papa.parse<string[]>(text, {
    skipEmptyLines: true,
    step: (result, parser) => {
      fields = result.data;
      errors = result.errors;
      end = result.meta.cursor;
      meta = result.meta;
      parser.abort();
    },
  });
  const quote = errors.find((e) => e.type === 'Quotes');
  if (quote) throw new ImportError(`The CSV header row has a broken quote: ${quote.message}.`);
  if (!fields || fields.length < 2)
    throw new ImportError('The CSV file has no header row with at least two columns.');
  const linebreak = meta?.linebreak || '\n';
  return {
    fields: fields.map((h) => h.replace(/^\uFEFF/, '').trim()),
    end,
    line: 1 + countBreaks(text, 0, end, linebreak),
    delimiter: meta?.delimiter || ',',
    linebreak,
  };
}

/** Line breaks in text[from, to). */
export function countBreaks(text: string, from: number, to: number, linebreak: string): number {
  // CRLF and LF files count '\n'; only old Mac files break lines with a lone '\r'
  const mark = linebreak === '\r' ? '\r' : '\n';
  let n = 0;
  for (let i = text.indexOf(mark, from); i !== -1 && i < to; i = text.indexOf(mark, i + 1)) n++;
  return n;
}

/**
 * Calls `visit` for each data row in order: its values, or the parser's error (a broken quote, a row with
 * more or fewer fields than the header). `visit` returns false to stop, and 'reread' when it rejects a row
 * whose quoted values ran over several lines: the lines after its first are then read again as rows.
 */
export function walkCsvRows(
  text: string,
  header: CsvHeader,
  visit: (row: CsvRowVisit) => boolean | 'reread',
): void {
  const width = header.fields.length;
  const isBreak = (c: string | undefined) => c === '\n' || c === '\r';
  let offset = header.end;
  let line = header.line;
  let stopped = false;
  while (offset < text.length && !stopped) {
    let scanned = offset; // text before `scanned` has been counted into `line`
    let restartAt = -1;
    const chunkStart = offset;
    Papa.parse<string[]>(chunkStart === 0 ? text : text.slice(chunkStart), {
      delimiter: header.delimiter,
      newline: header.linebreak as '\n',
      skipEmptyLines: true,
      step: (result, parser) => {
        let start = scanned;
        while (isBreak(text[start])) start++;
        line += countBreaks(text, scanned, start, header.linebreak);
        const rowLine = line;
        const end = chunkStart + result.meta.cursor;
        const quote = result.errors.find((e) => e.type === 'Quotes');
        const values = result.data;
        const ragged = values.length !== width;
        const nextLine = text.indexOf(header.linebreak, start);
        const spansLines = nextLine !== -1 && nextLine + header.linebreak.length < end;
        let visitRow: CsvRowVisit;
        if (quote || (ragged && spansLines)) {
          // start again on the next physical line: the lines this row swallowed are read on their own
          restartAt = nextLine === -1 ? text.length : nextLine + header.linebreak.length;
          line += countBreaks(text, start, restartAt, header.linebreak);
          scanned = restartAt;
          const reason = quote
            ? `broken quote (${quote.message.toLowerCase()})`
            : `a quoted value runs over several lines and leaves ${values.length} fields where the header has ${width}`;
          visitRow = {
            line: rowLine,
            error: reason,
            start,
            end: restartAt,
            parsedEnd: end,
          };
        } else {
          line += countBreaks(text, start, end, header.linebreak);
          scanned = end;
          visitRow = ragged
            ? {
                line: rowLine,
                error: `${values.length} fields where the header has ${width}`,
                start,
                end,
                parsedEnd: end,
              }
            : { line: rowLine, values, start, end, parsedEnd: end };
        }
        const answer = visit(visitRow);
        if (answer === false) stopped = true;
        else if (answer === 'reread' && spansLines && restartAt === -1) {
          // a rejected row never takes the lines after its first with it
          restartAt = nextLine + header.linebreak.length;
          line -= countBreaks(text, restartAt, end, header.linebreak);
        }
        if (stopped || restartAt !== -1) parser.abort();
      },
    });
    if (restartAt === -1) break;
    offset = restartAt;
  }
}
