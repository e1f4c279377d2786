// `npm run --silent export -- --format postgis|wkt-csv|flatgeobuf [--out FILE] [--full]`: the boundaries,
// one row per version, for engines that classify big tables themselves (docs/scale-out.md).
import { writeFileSync } from 'node:fs';
import { serialize } from 'flatgeobuf/lib/mjs/geojson.js';
import { boundariesPath, readBoundaries } from '../src/cli/read-boundaries.ts';
import { postgisSql } from '../src/data/export/boundaries-postgis.ts';
import { wktCsv } from '../src/data/export/boundaries-wkt-csv.ts';
import { type BoundaryVersionRow, boundaryVersionRows } from '../src/data/export/boundary-rows.ts';

const USAGE =
  'usage: npm run --silent export -- --format postgis|wkt-csv|flatgeobuf [--out FILE] [--full]\n' +
  '  postgis and wkt-csv print to stdout unless --out is given; flatgeobuf needs --out.';

interface ExportArgs {
  format: 'postgis' | 'wkt-csv' | 'flatgeobuf';
  out?: string;
  full: boolean;
}

function parse(argv: string[]): ExportArgs | string {
  let format = '';
  let out: string | undefined;
  let full = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? argv[i].split(/=(.*)/s) : [argv[i], undefined];
    if (flag === '--format') format = inline ?? argv[++i] ?? '';
    else if (flag === '--out') out = inline ?? argv[++i];
    else if (flag === '--full') full = true;
    else return `unknown argument ${argv[i]}`;
  }
  if (format !== 'postgis' && format !== 'wkt-csv' && format !== 'flatgeobuf')
    return `unknown or missing --format "${format}"`;
  if (format === 'flatgeobuf' && !out) return 'flatgeobuf is binary: give --out FILE';
  return { format, out, full };
}

/** FlatGeobuf with EPSG:4326; sources as a JSON column, missing dates as empty strings (GDAL reads null). */
function flatGeobuf(rows: readonly BoundaryVersionRow[]): Uint8Array {
  return serialize(
    {
      type: 'FeatureCollection',
      features: rows.map((r) => ({
        type: 'Feature',
        geometry: r.geometry,
        properties: {
          id: r.id,
          version: r.version,
          valid_from: r.validFrom,
          valid_to: r.validTo,
          name: r.name,
          certainty: r.certainty,
          sources: JSON.stringify(r.sources),
        },
      })),
    } as Parameters<typeof serialize>[0],
    4326,
  );
}

const args = parse(process.argv.slice(2));
if (typeof args === 'string') {
  process.stderr.write(`export: ${args}\n${USAGE}\n`);
  process.exit(2);
}
const rows = boundaryVersionRows(readBoundaries(boundariesPath(args.full)));
const output =
  args.format === 'postgis' ? postgisSql(rows) : args.format === 'wkt-csv' ? wktCsv(rows) : flatGeobuf(rows);
if (args.out) writeFileSync(args.out, output);
else process.stdout.write(output);
