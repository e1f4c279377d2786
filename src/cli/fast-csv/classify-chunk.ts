// One chunk of whole CSV records → the CLI's CSV output for them, byte for byte what the papaparse path
// (read-csv.ts + writers.ts) prints for the same rows. Runs in the worker threads (or in-process).
import { type BoundaryIndex, boundaryIndex } from '../../analysis/boundary-index.ts';
import { distanceGrid, gridDistanceKmAt } from '../../analysis/distance-grid.ts';
import { DEG } from '../../analysis/earth.ts';
import { pipContainsMany } from '../../analysis/pip-contains.ts';
import type { BoundaryInput } from '../../analysis/types.ts';
import { checkLonLat } from '../../data/coordinates.ts';
import { csvOut, type Newline, recordFields } from './records.ts';

export interface ChunkLayout {
  /** Number of header columns. */
  columns: number;
  lonColumn: number;
  latColumn: number;
  newline: Newline;
}

export interface ChunkResult {
  text: string;
  /** Rejected rows: line number counted from the chunk's first line (1-based), and why. */
  rejects: { line: number; reason: string }[];
  /** Lines the chunk's records take (record count plus line breaks inside quoted values). */
  lines: number;
  classified: number;
}

/** Distances are printed to the metre (as writers.ts does). */
function km(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** '.001' … '.999' without trailing zeros; '' for 0. */
const FRACTIONS = Array.from({ length: 1000 }, (_, f) =>
  f === 0 ? '' : `.${String(f).padStart(3, '0').replace(/0+$/, '')}`,
);

/**
 * String(km(value)) without formatting a double: km(value) is the double nearest to m / 1000 for the
 * integer m = round(value · 1000), and no shorter decimal is that near, so its shortest form is m's digits
 * with the point put back. Non-finite and huge values take String itself.
 */
export function kmText(value: number): string {
  const m = Math.round(value * 1000);
  if (!(m >= 0 && m < 2 ** 31)) return String(km(value));
  const whole = Math.floor(m / 1000);
  return `${whole}${FRACTIONS[m - whole * 1000]}`;
}

export class ChunkClassifier {
  private readonly indexes: BoundaryIndex[];
  private readonly scratch = new Float64Array(3);

  constructor(
    boundaries: readonly BoundaryInput[],
    private readonly layout: ChunkLayout,
  ) {
    this.indexes = boundaries.map(boundaryIndex);
  }

  /** `text` holds whole records, each ending with a line end except perhaps the file's last. */
  classify(text: string): ChunkResult {
    const { columns, lonColumn, latColumn, newline } = this.layout;
    const crlf = newline === '\r\n';
    const prefixes: string[] = [];
    const lons: number[] = [];
    const lats: number[] = [];
    const rejects: ChunkResult['rejects'] = [];
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
      const plain = record.indexOf('"') === -1 ? plainRecord(record, this.layout) : null;
      let lonText: string | undefined;
      let latText: string | undefined;
      let prefix: string;
      if (plain) {
        if (plain.blank) continue;
        lonText = plain.lon;
        latText = plain.lat;
        prefix = plain.verbatim ? record : prefixOf(recordFields(record), columns);
      } else {
        const fields = recordFields(record);
        const counted = Math.min(fields.length, columns);
        let blank = fields.length <= columns;
        for (let i = 0; i < counted; i++) {
          const v = fields[i];
          if (v !== '') blank = false;
          if (v.indexOf('\n') !== -1) line += v.split('\n').length - 1;
        }
        if (blank) continue;
        lonText = fields[lonColumn];
        latText = fields[latColumn];
        prefix = prefixOf(fields, columns);
      }
      const checked = checkLonLat(lonText, latText);
      if (typeof checked === 'string') {
        rejects.push({ line: here, reason: checked });
        continue;
      }
      lons.push(checked[0]);
      lats.push(checked[1]);
      prefixes.push(prefix);
    }
    return { text: this.results(prefixes, lons, lats), rejects, lines: line, classified: prefixes.length };
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
    const lines = new Array<string>(n + 1);
    const count = this.indexes.length;
    for (let i = 0; i < n; i++) {
      let row = prefixes[i];
      for (let b = 0; b < count; b++)
        row += `${inside[b][i] === 1 ? ',true,' : ',false,'}${kmText(distance[b][i])}`;
      lines[i] = row;
    }
    lines[n] = '';
    return lines.join('\r\n');
  }
}

/**
 * A record without quotes, read without splitting it: its longitude and latitude values, whether it is
 * blank (only commas, and no more values than columns), and whether Papa.unparse would write it unchanged
 * (as many values as columns, none starting or ending with a space, no byte-order mark).
 */
function plainRecord(
  record: string,
  layout: ChunkLayout,
): { lon: string | undefined; lat: string | undefined; blank: boolean; verbatim: boolean } {
  let lon: string | undefined;
  let lat: string | undefined;
  let start = 0;
  let count = 0;
  for (;;) {
    const comma = record.indexOf(',', start);
    const stop = comma === -1 ? record.length : comma;
    if (count === layout.lonColumn) lon = record.slice(start, stop);
    if (count === layout.latColumn) lat = record.slice(start, stop);
    count++;
    if (comma === -1) break;
    start = comma + 1;
  }
  const last = record.length - 1;
  const verbatim =
    count === layout.columns &&
    record.charCodeAt(0) !== 32 &&
    record.charCodeAt(last) !== 32 &&
    record.indexOf(' ,') === -1 &&
    record.indexOf(', ') === -1 &&
    record.indexOf('\ufeff') === -1 &&
    (layout.newline === '\n' || record.indexOf('\r') === -1);
  return { lon, lat, blank: count <= layout.columns && record.length === count - 1, verbatim };
}

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

/** The input columns as Papa.unparse writes them. */
function prefixOf(fields: string[], columns: number): string {
  let out = csvOut(fields[0] ?? '');
  for (let i = 1; i < columns; i++) out += `,${csvOut(fields[i] ?? '')}`;
  return out;
}
