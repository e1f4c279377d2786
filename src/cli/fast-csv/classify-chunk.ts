// One chunk of whole CSV records → the CLI's CSV output for them, byte for byte what the papaparse path
// (read-csv.ts + writers.ts) prints for the same rows. Runs in the worker threads (or in-process).
import { type BoundaryIndex, boundaryIndex } from '../../analysis/boundary-index.ts';
import { distanceGrid, gridDistanceKmAt } from '../../analysis/distance-grid.ts';
import { DEG } from '../../analysis/earth.ts';
import { pipContainsMany } from '../../analysis/pip-contains.ts';
import type { BoundaryInput } from '../../analysis/types.ts';
import { checkLonLat } from '../../data/coordinates.ts';
import { type BatchResults, resultCsvCells } from '../result-columns.ts';
import { csvLine } from '../writers.ts';
import type { ChunkLayout } from './layout.ts';
import { recordFields } from './records.ts';

export type { ChunkLayout } from './layout.ts';

export interface ChunkResult {
  text: string;
  /** Rejected rows: line number counted from the chunk's first line (1-based), and why. */
  rejects: { line: number; reason: string }[];
  /** The classified rows' ids (trimmed, when not empty), and their lines counted as in `rejects`. */
  ids: string[];
  idLines: number[];
  /** Lines the chunk's records take (record count plus line breaks inside quoted values). */
  lines: number;
  classified: number;
}

export class ChunkClassifier {
  private readonly indexes: BoundaryIndex[];
  private readonly ids: string[];
  private readonly scratch = new Float64Array(3);

  constructor(
    boundaries: readonly BoundaryInput[],
    private readonly layout: ChunkLayout,
  ) {
    this.indexes = boundaries.map(boundaryIndex);
    this.ids = this.indexes.map((index) => index.id);
  }

  /** `text` holds whole records, each ending with a line end except perhaps the file's last. */
  classify(text: string): ChunkResult {
    const { columns, lonColumn, latColumn, idColumn, newline } = this.layout;
    const crlf = newline === '\r\n';
    const prefixes: string[] = [];
    const lons: number[] = [];
    const lats: number[] = [];
    const rejects: ChunkResult['rejects'] = [];
    const ids: string[] = [];
    const idLines: number[] = [];
    let line = 0;
    let start = 0;
    while (start < text.length) {
      let stop = nextRecordEnd(text, start);
      const next = stop === -1 ? text.length : stop + 1;
      if (stop === -1) stop = text.length;
      const record = text.slice(start, crlf && text[stop - 1] === '\r' ? stop - 1 : stop);
      start = next;
      line += 1;
      const here = line;
      if (record === '') continue; // a blank line
      let lonText: string | undefined;
      let latText: string | undefined;
      let idText: string | undefined;
      let prefix: string;
      let count: number;
      if (record.indexOf('"') === -1) {
        const plain = plainRecord(record, this.layout);
        count = plain.count;
        lonText = plain.lon;
        latText = plain.lat;
        idText = plain.id;
        prefix = plain.verbatim ? record : csvLine(record.split(','));
      } else {
        const fields = recordFields(record);
        count = fields.length;
        for (let i = 0; i < fields.length; i++) {
          const v = fields[i];
          if (v.indexOf('\n') !== -1) line += v.split('\n').length - 1;
        }
        lonText = fields[lonColumn];
        latText = fields[latColumn];
        idText = idColumn >= 0 ? fields[idColumn] : undefined;
        prefix = csvLine(fields);
      }
      if (count !== columns) {
        rejects.push({ line: here, reason: `${count} fields where the header has ${columns}` });
        continue;
      }
      const checked = checkLonLat(lonText, latText);
      if (typeof checked === 'string') {
        rejects.push({ line: here, reason: checked });
        continue;
      }
      const id = idText?.trim();
      if (id) {
        ids.push(id);
        idLines.push(here);
      }
      lons.push(checked[0]);
      lats.push(checked[1]);
      prefixes.push(prefix);
    }
    const classified = prefixes.length;
    return { text: this.results(prefixes, lons, lats), rejects, ids, idLines, lines: line, classified };
  }

  private results(prefixes: string[], lonList: number[], latList: number[]): string {
    const n = prefixes.length;
    if (n === 0) return '';
    const lons = Float64Array.from(lonList);
    const lats = Float64Array.from(latList);
    // Each point's unit vector once, for every boundary (the same arithmetic as nearestOnOutline's).
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    const zs = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const phi = lats[i] * DEG;
      const lambda = lons[i] * DEG;
      const cosPhi = Math.cos(phi);
      xs[i] = cosPhi * Math.cos(lambda);
      ys[i] = cosPhi * Math.sin(lambda);
      zs[i] = Math.sin(phi);
    }
    const inside = this.indexes.map(() => new Uint8Array(n));
    const distance = this.indexes.map(() => new Float64Array(n));
    this.indexes.forEach((index, b) => {
      pipContainsMany(index.pip, lons, lats, inside[b]);
      const grid = distanceGrid(index.distance);
      const d = distance[b];
      for (let i = 0; i < n; i++)
        d[i] = gridDistanceKmAt(grid, lons[i], lats[i], xs[i], ys[i], zs[i], this.scratch);
    });
    const results: BatchResults = { ids: this.ids, inside, distanceKm: distance };
    const lines = new Array<string>(n + 1);
    for (let i = 0; i < n; i++) lines[i] = prefixes[i] + resultCsvCells(results, i);
    lines[n] = '';
    return lines.join('\r\n');
  }
}

/**
 * A record without quotes, read without splitting it: its number of values, its longitude, latitude and id
 * values, and whether the CSV output writes it unchanged (no value starts like a formula; see csvCell).
 */
function plainRecord(
  record: string,
  layout: ChunkLayout,
): { count: number; lon?: string; lat?: string; id?: string; verbatim: boolean } {
  let lon: string | undefined;
  let lat: string | undefined;
  let id: string | undefined;
  let start = 0;
  let count = 0;
  let verbatim = true;
  for (;;) {
    const comma = record.indexOf(',', start);
    const stop = comma === -1 ? record.length : comma;
    if (verbatim && stop > start && FORMULA_START[record.charCodeAt(start)] === 1) verbatim = false;
    if (count === layout.lonColumn) lon = record.slice(start, stop);
    if (count === layout.latColumn) lat = record.slice(start, stop);
    if (count === layout.idColumn) id = record.slice(start, stop);
    count++;
    if (comma === -1) break;
    start = comma + 1;
  }
  return { count, lon, lat, id, verbatim };
}

/** First characters after which csvCell may change a value: = + - @ tab CR. */
const FORMULA_START = new Uint8Array(128);
for (const c of '=+-@\t\r') FORMULA_START[c.charCodeAt(0)] = 1;

/** Index of the '\n' that ends the record starting at `from` (quotes respected), or -1 at the end of the text. */
function nextRecordEnd(text: string, from: number): number {
  let pos = from;
  for (;;) {
    const nl = text.indexOf('\n', pos);
    const quote = text.indexOf('"', pos);
    if (quote === -1 || nl === -1 || nl < quote) return nl;
    // Skip the quoted value: `""` is a quote inside it.
    let k = quote + 1;
    for (;;) {
      const close = text.indexOf('"', k);
      if (close === -1) return -1;
      if (text[close + 1] === '"') k = close + 2;
      else {
        pos = close + 1;
        break;
      }
    }
  }
}
