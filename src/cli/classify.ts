// Command-line classifier: `npm run --silent classify -- FILE [--boundaries id1,id2] [--format json|csv|geojson]`.
// Reads CSV or a GeoJSON FeatureCollection of points (both streamed), prints results on stdout, problems on stderr.
// Exit status 0 when the file was read (even with rejected rows), 2 when it could not be used at all.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { classify } from '../analysis/classify.ts';
import { sniffFileHead } from '../data/sniff-format.ts';
import type { BoundaryFeature } from '../data/types.ts';
import { type CliArgs, parseArgs, USAGE } from './args.ts';
import { classifyCsvParallel } from './fast-csv/parallel.ts';
import { CliError, type InputSink } from './input.ts';
import { boundariesPath, readBoundaries } from './read-boundaries.ts';
import { readCsv } from './read-csv.ts';
import { readGeoJson } from './read-geojson.ts';
import { batchResults, makeWriter } from './writers.ts';

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if ('help' in args) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if ('error' in args) return fail(args.error);
  try {
    await run(args);
    return 0;
  } catch (error) {
    if (error instanceof CliError) return fail(error.message);
    throw error;
  }
}

async function run(args: CliArgs): Promise<void> {
  const all = readBoundaries(boundariesPath(args.full));
  const boundaries = pickBoundaries(all, args.boundaries);
  const ids = boundaries.map((b) => b.properties.id);
  const input = detectInput(args.file);
  const writer = makeWriter(args.format, ids, input);
  if (input === 'csv' && args.format === 'csv' && threadsFor(args) > 1) {
    const counts = await classifyCsvParallel({
      file: args.file,
      full: args.full,
      ids,
      threads: threadsFor(args),
      begin: (fields) => out(writer.begin(fields)),
      write: writeOut,
      reject: (where, reason) => process.stderr.write(`${where}: ${reason}\n`),
    });
    if (counts) {
      process.stderr.write(summary(counts.classified, counts.rejected, counts.warnings));
      return;
    }
  }
  const progress = process.stderr.isTTY ? new Progress() : null;
  let classified = 0;
  let rejected = 0;
  let warnings = 0;
  const sink: InputSink = {
    start: (fields) => out(writer.begin(fields)),
    batch(rows, notes) {
      for (const r of notes) {
        progress?.clear();
        process.stderr.write(`${r.where}: ${r.reason}\n`);
        if (r.warning) warnings++;
        else rejected++;
      }
      const results = classify(rows, boundaries);
      out(
        writer.rows(
          rows,
          batchResults(
            ids,
            results.map((r) => r.results),
          ),
        ),
      );
      classified += rows.length;
      progress?.show(classified, rejected);
    },
  };
  await (input === 'csv' ? readCsv(args.file, sink) : readGeoJson(args.file, sink));
  out(writer.end());
  progress?.clear();
  process.stderr.write(summary(classified, rejected, warnings));
}

/** The last line on stderr. */
function summary(classified: number, rejected: number, warnings: number): string {
  const warned = warnings > 0 ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : '';
  return `classified ${classified}, rejected ${rejected}${warned}\n`;
}

/** Worker threads for this run: as asked, else one per core for a file of 4 MB or more. */
function threadsFor(args: CliArgs): number {
  if (args.threads !== undefined) return args.threads;
  return statSync(args.file).size >= 4 * 2 ** 20 ? Math.max(1, availableParallelism()) : 1;
}

function pickBoundaries(all: BoundaryFeature[], wanted: string[] | undefined): BoundaryFeature[] {
  if (!wanted) return all;
  const byId = new Map(all.map((b) => [b.properties.id, b]));
  const unknown = wanted.filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    throw new CliError(`unknown boundary id ${unknown.join(', ')} (known: ${[...byId.keys()].join(', ')})`);
  }
  return [...new Set(wanted)].map((id) => byId.get(id) as BoundaryFeature);
}

/** Checks the file can be opened and decides its format from the extension, else from its first bytes. */
function detectInput(file: string): 'csv' | 'geojson' {
  try {
    if (!statSync(file).isFile()) throw new Error('not a regular file');
    closeSync(openSync(file, 'r'));
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.geojson') return 'geojson';
  const sniffed = sniffFileHead(fileHead(file));
  if (sniffed === 'json') return 'geojson';
  if (sniffed !== 'csv')
    throw new CliError(`unknown input format for ${file} (expected CSV or a GeoJSON FeatureCollection)`);
  return sniffed;
}

/** The file's first 4 KiB as text. */
function fileHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function out(text: string): void {
  if (text) process.stdout.write(text);
}

/** Writes to stdout, waiting when a pipe is full so that a fast producer does not pile up output. */
function writeOut(text: string): Promise<void> | undefined {
  if (process.stdout.write(text)) return undefined;
  return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}

function fail(message: string): number {
  process.stderr.write(`classify: ${message}\n`);
  return 2;
}

/** A one-line counter on a terminal's stderr. */
class Progress {
  private last = 0;
  show(classified: number, rejected: number): void {
    const now = Date.now();
    if (now - this.last < 200) return;
    this.last = now;
    process.stderr.write(`\r\x1b[Kclassified ${classified}, rejected ${rejected}…`);
  }
  clear(): void {
    if (this.last) process.stderr.write('\r\x1b[K');
    this.last = 0;
  }
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (`| head`) is not a failure of the tool.
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`classify: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
