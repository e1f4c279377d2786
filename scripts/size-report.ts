// `npm run size` (after `npm run build`): raw and gzip sizes of the npm package (dist/lib) and of the
// self-contained embed, and the total of what the default embed downloads. That list is measured, not
// guessed: a headless Chromium opens a page with `<script type="module" src="khorasan-map.js">` and one
// `<khorasan-map>`, waits for `khorasan-ready`, and records every request (workers' included). Without a
// Chromium, every file beside the embed counts (an upper bound). gzip level 9, as a static host would
// pre-compress. `--check` exits non-zero when the embed total is over the budget.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { startStaticServer } from './static-server.ts';

const DIST = new URL('../dist/', import.meta.url).pathname;
const BUDGET_KB = 550;

interface Row {
  file: string;
  raw: number;
  gzip: number;
}

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function measure(path: string): Row {
  const bytes = readFileSync(path);
  return { file: relative(DIST, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kb = (n: number) => (n / 1024).toFixed(1);

function table(title: string, rows: Row[]): { raw: number; gzip: number } {
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

/** Files of dist/ that a default embed page requests, or null without a Chromium. */
async function measuredDownloads(): Promise<string[] | null> {
  const executablePath = chromiumPath();
  if (!executablePath) return null;
  const pages = mkdtempSync(join(tmpdir(), 'km-size-'));
  writeFileSync(
    join(pages, 'index.html'),
    '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">' +
      '<script type="module" src="/khorasan-map.js"></script><khorasan-map></khorasan-map>',
  );
  const server = await startStaticServer({ '/__size/': pages, '/': DIST });
  const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    const requested = new Set<string>();
    context.on('request', (request) => requested.add(new URL(request.url()).pathname));
    const page = await context.newPage();
    await page.goto(`${server.origin}/__size/`);
    await page.evaluate(async () => {
      await customElements.whenDefined('khorasan-map');
      await (
        document.querySelector('khorasan-map') as HTMLElement & { whenReady(): Promise<void> }
      ).whenReady();
    });
    return [...requested]
      .filter((path) => !path.startsWith('/__size/'))
      .map((path) => join(DIST, decodeURIComponent(path)))
      .filter((path) => existsSync(path));
  } finally {
    await browser.close();
    await server.close();
  }
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

const beside = [entry, ...files(join(DIST, 'khorasan-map-assets'))];
const downloads = await measuredDownloads();
const byGzip = (a: Row, b: Row) => b.gzip - a.gzip;
const embed = (downloads ?? beside).map(measure).sort(byGzip);
const total = table(
  downloads
    ? 'Default embed: what a page with <script src="khorasan-map.js"> and one <khorasan-map> downloads (measured in Chromium)'
    : 'Default embed: every file beside khorasan-map.js (no Chromium to measure what is downloaded: an upper bound)',
  embed,
);
if (downloads) {
  const fetched = new Set(downloads);
  const onDemand = beside
    .filter((p) => !fetched.has(p))
    .map(measure)
    .sort(byGzip);
  if (onDemand.length)
    table('Beside the embed, loaded only when used (importers, import worker, …)', onDemand);
}

const over = total.gzip / 1024 > BUDGET_KB;
console.log(`\nembed total ${kb(total.gzip)} KB gzip; goal ${BUDGET_KB} KB: ${over ? 'OVER' : 'within'}`);
if (over && process.argv.includes('--check')) process.exit(1);
