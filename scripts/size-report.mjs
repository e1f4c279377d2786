// `npm run size`: raw and gzip sizes of the build (run `npm run build` first), and the total that the
// default embed downloads: khorasan-map.js plus every file in khorasan-map-assets/ (maplibre's worker,
// the analysis worker and the default geodata), and what is loaded only on demand. gzip at level 9, as a
// static host would pre-compress.
// Exits non-zero when the embed total is over the budget and `--check` is given.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = new URL('../dist/', import.meta.url).pathname;
const BUDGET_KB = 550;

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function measure(path) {
  const bytes = readFileSync(path);
  return { file: relative(DIST, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kb = (n) => (n / 1024).toFixed(1);

function table(title, rows) {
  const width = Math.max(40, ...rows.map((r) => r.file.length));
  console.log(`\n${title}`);
  console.log(`${'file'.padEnd(width)}  ${'raw KB'.padStart(9)}  ${'gzip KB'.padStart(9)}`);
  for (const r of rows)
    console.log(`${r.file.padEnd(width)}  ${kb(r.raw).padStart(9)}  ${kb(r.gzip).padStart(9)}`);
  const raw = rows.reduce((s, r) => s + r.raw, 0);
  const gzip = rows.reduce((s, r) => s + r.gzip, 0);
  console.log(`${'total'.padEnd(width)}  ${kb(raw).padStart(9)}  ${kb(gzip).padStart(9)}`);
  return { raw, gzip };
}

const entry = join(DIST, 'khorasan-map.js');
if (!existsSync(entry)) {
  console.error('dist/khorasan-map.js is missing: run `npm run build` first.');
  process.exit(1);
}

const lib = files(join(DIST, 'lib'))
  .filter((p) => !p.endsWith('.map') && !p.endsWith('.d.ts'))
  .map(measure)
  .sort((a, b) => b.gzip - a.gzip);
if (lib.length) table('npm package (dist/lib, without source maps and declarations)', lib);

// Chunks loaded on demand only (the importers behind events-src / boundaries-src) are not downloaded by
// the default embed; tests/e2e checks that the default page requests exactly the other files.
const ON_DEMAND = /^khorasan-map-assets\/embed-importers-/;
const assets = [entry, ...files(join(DIST, 'khorasan-map-assets'))]
  .map(measure)
  .sort((a, b) => b.gzip - a.gzip);
const embed = assets.filter((r) => !ON_DEMAND.test(r.file));
const total = table(
  'Default embed: everything <script src="khorasan-map.js"> + <khorasan-map> downloads',
  embed,
);
const onDemand = assets.filter((r) => ON_DEMAND.test(r.file));
if (onDemand.length) table('Loaded on demand only (events-src, boundaries-src)', onDemand);

const over = total.gzip / 1024 > BUDGET_KB;
console.log(`\nembed total ${kb(total.gzip)} KB gzip; budget ${BUDGET_KB} KB: ${over ? 'OVER' : 'within'}`);
if (over && process.argv.includes('--check')) process.exit(1);
