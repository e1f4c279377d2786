import { createReadStream } from 'node:fs';
import Papa from 'papaparse';
import { checkLonLat } from '../data/coordinates.ts';
import { type CsvColumns, detectCsvColumns } from '../data/csv-columns.ts';
import { BATCH_ROWS, CliError, type InputRow, type InputSink, type RejectedRow } from './input.ts';

type Row = Record<string, string | undefined>;

/**
 * Streams a CSV file through papaparse (never holding it whole) into the sink, in batches. Line numbers in
 * rejections are 1-based file lines (the header is line 1), counting line breaks inside quoted values.
 */
export function readCsv(path: string, sink: InputSink): Promise<void> {
  return new Promise((resolve, reject) => {
    let columns: CsvColumns | null = null;
    let line = 1;
    let rowNumber = 0;
    let rows: InputRow[] = [];
    let rejected: RejectedRow[] = [];
    const flush = () => {
      if (rows.length === 0 && rejected.length === 0) return;
      sink.batch(rows, rejected);
      rows = [];
      rejected = [];
    };
    Papa.parse<Row>(createReadStream(path, { encoding: 'utf8' }), {
      header: true,
      skipEmptyLines: false,
      chunk(results, parser) {
        try {
          if (!columns) {
            const fields = results.meta.fields ?? [];
            columns = detectCsvColumns(fields);
            if (!columns)
              throw new CliError(`no latitude/longitude columns in the header: ${fields.join(', ')}`);
            sink.start(fields);
          }
          for (const row of results.data) {
            const values = Object.values(row);
            line += 1;
            const here = line;
            for (const v of values)
              if (typeof v === 'string' && v.includes('\n')) line += v.split('\n').length - 1;
            if (values.every((v) => v === '' || v === undefined)) continue; // a blank line
            rowNumber++;
            const checked = checkLonLat(row[columns.lon], row[columns.lat]);
            if (typeof checked === 'string') {
              rejected.push({ where: `line ${here}`, reason: checked });
              continue;
            }
            const id = columns.id ? row[columns.id]?.trim() : undefined;
            const { __parsed_extra: _extra, ...record } = row as Row & { __parsed_extra?: unknown };
            rows.push({ id: id || String(rowNumber), lon: checked[0], lat: checked[1], record });
            if (rows.length >= BATCH_ROWS) flush();
          }
          flush();
        } catch (error) {
          reject(error); // before abort(), which calls complete()
          parser.abort();
        }
      },
      complete() {
        if (!columns) {
          reject(new CliError('the file is empty or has no header row'));
          return;
        }
        flush();
        resolve();
      },
      error(error: Error) {
        reject(new CliError(`cannot read ${path}: ${error.message}`));
      },
    });
  });
}
