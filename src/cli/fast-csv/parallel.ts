// The CLI's fast path for CSV in, CSV out: worker threads classify chunks of whole records while the main
// thread reads and writes, in input order. Only for files whose quoting and line ends papaparse reads
// unambiguously (checked first, in a pass over the file); any other file takes the papaparse path.
import { createReadStream } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { detectCsvColumns } from '../../data/csv-columns.ts';
import { type CsvHeader, readCsvHeader } from '../../data/import/csv-records.ts';
import { IdRegistry } from '../duplicate-ids.ts';
import { duplicateIdWarning, HEADER_PROBE_CHARS, MAX_ROW_CHARS, PIECE_CHARS } from '../read-csv.ts';
import type { ChunkLayout, ChunkResult } from './classify-chunk.ts';
import { scanRecords } from './records.ts';
import type { WorkerMessage, WorkerSetup } from './worker.ts';

const CHUNK_BYTES = 1 << 20;

export interface FastCsvOptions {
  file: string;
  full: boolean;
  ids: string[];
  threads: number;
  /** Writes output text; resolves when the destination has taken it (backpressure). */
  write(text: string): Promise<void> | void;
  begin(fields: string[]): void;
  reject(where: string, reason: string): void;
}

/** What the pre-scan found: the header and layout, or why the fast path does not apply. */
export async function prescanCsv(file: string): Promise<{ fields: string[]; layout: ChunkLayout } | string> {
  const header = await headerOfFile(file);
  if (typeof header === 'string') return header;
  const { layout } = header;
  let carry = '';
  let skip = header.headerChars;
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 4 * CHUNK_BYTES })) {
    let text = carry + (chunk as string);
    if (skip > 0) {
      const cut = Math.min(skip, text.length);
      text = text.slice(cut);
      skip -= cut;
    }
    const scan = scanRecords(text, layout);
    if (scan.malformed) return scan.malformed;
    if (scan.end > 0) text = text.slice(scan.end);
    if (text.length > MAX_ROW_CHARS) return 'a row over the size limit';
    carry = text;
  }
  if (carry !== '') {
    const last = scanRecords(carry + layout.newline, layout);
    if (last.malformed || last.end !== carry.length + layout.newline.length)
      return 'the last record is not closed';
  }
  return header;
}

/**
 * The header as the papaparse path reads it (readCsvHeader on the same first piece of text), and the layout,
 * when the fast path can read the file: comma-delimited, '\n' or '\r\n' line ends, a header of one line
 * without quotes or a byte-order mark.
 */
async function headerOfFile(
  file: string,
): Promise<{ fields: string[]; layout: ChunkLayout; headerChars: number } | string> {
  let first = '';
  for await (const piece of createReadStream(file, { encoding: 'utf8', highWaterMark: PIECE_CHARS })) {
    first += piece as string;
    if (first.length >= HEADER_PROBE_CHARS) break;
  }
  first = first.slice(0, HEADER_PROBE_CHARS);
  if (first.charCodeAt(0) === 0xfeff) return 'a byte-order mark';
  let header: CsvHeader;
  try {
    header = readCsvHeader(first);
  } catch {
    return 'no readable header';
  }
  if (header.delimiter !== ',') return `the delimiter ${JSON.stringify(header.delimiter)}`;
  if (header.linebreak !== '\n' && header.linebreak !== '\r\n') return 'old Mac line ends';
  const line = first.slice(0, header.end);
  if (header.line !== 2 || header.end >= first.length || line.includes('"'))
    return 'a header of more than one plain line';
  const newline = header.linebreak;
  if (!line.endsWith(newline) || (newline === '\n' && line.includes('\r'))) return 'mixed line ends';
  const columns = detectCsvColumns(header.fields);
  if (!columns) return 'no latitude/longitude columns';
  const layout: ChunkLayout = {
    columns: header.fields.length,
    lonColumn: header.fields.indexOf(columns.lon),
    latColumn: header.fields.indexOf(columns.lat),
    idColumn: columns.id ? header.fields.indexOf(columns.id) : -1,
    newline,
  };
  return { fields: header.fields, layout, headerChars: header.end };
}

const LINE_FEED = 0x0a;
const QUOTE = 0x22;

/**
 * Index just past the last line feed of `bytes` that ends a record, or -1. In a file the pre-scan accepted,
 * a line feed is inside a quoted value exactly when an odd number of quote bytes precede it in the chunk
 * (which starts at a record start): `""` inside a value counts twice.
 */
function lastRecordEnd(bytes: Buffer): number {
  let quotes = 0;
  for (let q = bytes.indexOf(QUOTE); q !== -1; q = bytes.indexOf(QUOTE, q + 1)) quotes++;
  let nl = bytes.lastIndexOf(LINE_FEED);
  let after = nl === -1 ? 0 : countQuotes(bytes, nl + 1, bytes.length);
  while (nl !== -1 && (quotes - after) % 2 === 1) {
    const previous = nl === 0 ? -1 : bytes.lastIndexOf(LINE_FEED, nl - 1);
    after += countQuotes(bytes, previous + 1, nl);
    nl = previous;
  }
  return nl === -1 ? -1 : nl + 1;
}

function countQuotes(bytes: Buffer, from: number, to: number): number {
  let n = 0;
  for (let q = bytes.indexOf(QUOTE, from); q !== -1 && q < to; q = bytes.indexOf(QUOTE, q + 1)) n++;
  return n;
}

/**
 * Runs the fast path: starts the workers (they build their indexes meanwhile), pre-scans the file, and
 * classifies it. Returns the counts, or null (with the workers stopped) when the pre-scan refuses the file.
 */
export async function classifyCsvParallel(
  options: FastCsvOptions,
): Promise<{ classified: number; rejected: number; warnings: number } | null> {
  const setup: WorkerSetup = { full: options.full, ids: options.ids };
  const workers = Array.from(
    { length: Math.max(1, options.threads) },
    () =>
      new Worker(new URL('./worker-entry.mjs', import.meta.url), {
        workerData: setup,
        // A larger young generation: the chunk's short-lived strings then rarely reach the slower old-space GC.
        resourceLimits: { maxYoungGenerationSizeMb: 64 },
      }),
  );
  const scan = await prescanCsv(options.file);
  if (typeof scan === 'string') {
    await Promise.all(workers.map((w) => w.terminate()));
    return null;
  }
  const { fields, layout } = scan;
  for (const worker of workers) worker.postMessage({ layout } satisfies WorkerMessage);
  const results = new Map<number, ChunkResult>();
  const waiting = new Map<number, () => void>();
  for (const worker of workers) {
    worker.on('message', ({ seq, result }: { seq: number; result: ChunkResult }) => {
      results.set(seq, result);
      waiting.get(seq)?.();
    });
  }
  const failure = new Promise<never>((_, reject) => {
    for (const worker of workers) worker.on('error', reject);
  });
  const resultOf = (seq: number) =>
    results.has(seq)
      ? Promise.resolve()
      : Promise.race([new Promise<void>((resolve) => waiting.set(seq, resolve)), failure]);

  options.begin(fields);
  let sent = 0;
  let done = 0;
  let line = 1; // the header
  let classified = 0;
  let rejected = 0;
  let warnings = 0;
  const registry = new IdRegistry();
  const drainOne = async () => {
    await resultOf(done);
    const result = results.get(done) as ChunkResult;
    results.delete(done);
    waiting.delete(done);
    done++;
    // Rejections and repeated-id warnings in line order, as the papaparse path prints them.
    let w = 0;
    const warnUpTo = (limit: number) => {
      for (; w < result.ids.length && result.idLines[w] < limit; w++) {
        const id = result.ids[w];
        const here = line + result.idLines[w];
        const first = registry.see(id, here);
        if (first !== undefined) {
          options.reject(`line ${here}`, duplicateIdWarning(id, first));
          warnings++;
        }
      }
    };
    for (const r of result.rejects) {
      warnUpTo(r.line);
      options.reject(`line ${line + r.line}`, r.reason);
    }
    warnUpTo(Number.POSITIVE_INFINITY);
    line += result.lines;
    classified += result.classified;
    rejected += result.rejects.length;
    if (result.text) await options.write(result.text);
  };
  const send = async (bytes: Buffer) => {
    // A copy of its own, whose memory moves to the worker rather than being copied again.
    const own = new Uint8Array(bytes);
    workers[sent % workers.length].postMessage({ seq: sent, bytes: own } satisfies WorkerMessage, [
      own.buffer,
    ]);
    sent++;
    // Two chunks in flight per worker keep them busy without holding the file in memory.
    while (sent - done >= 2 * workers.length) await drainOne();
  };
  try {
    // Bytes, not text: the workers decode their own chunks. A line feed byte is never inside a multi-byte
    // UTF-8 character, so chunks cut after one stay whole characters.
    let carry: Buffer = Buffer.alloc(0);
    let headerSkipped = false;
    for await (const chunk of createReadStream(options.file, { highWaterMark: CHUNK_BYTES })) {
      let bytes = carry.length ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
      if (!headerSkipped) {
        const nl = bytes.indexOf(LINE_FEED);
        if (nl === -1) {
          carry = bytes;
          continue;
        }
        bytes = bytes.subarray(nl + 1);
        headerSkipped = true;
      }
      const end = lastRecordEnd(bytes);
      if (end > 0) {
        await send(bytes.subarray(0, end));
        carry = Buffer.from(bytes.subarray(end));
      } else carry = Buffer.from(bytes);
    }
    if (carry.length > 0 && headerSkipped) await send(carry);
    while (done < sent) await drainOne();
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return { classified, rejected, warnings };
}
