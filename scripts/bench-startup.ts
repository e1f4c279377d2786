// `npm run bench:startup` (after `npm run build`): how long the first view takes, against a bare maplibre
// page that draws the same basemap file with the same maplibre build, in one run, alternating.
//
// - bare:  maplibre-gl (node_modules/maplibre-gl/dist, the build the embed bundles) draws
//          geodata/basemap-region.topo.json (countries, admin-1, disputed lines, places with labels in local
//          fonts); time to its first `idle`.
// - full:  dist/index.html, the full page; time to `khorasan-ready`.
// - embed: a plain page with one <khorasan-map> from dist/khorasan-map.js; time to `khorasan-ready`.
//
// Times are from navigation start, each run in a new browser context (cold HTTP cache), 1280×800, headless
// Chromium on SwiftShader. The machine is shared and noisy, so only the ratios to the bare page, measured
// in the same run, mean anything. Options: `--runs N` (default 7), `--trace` (request start times of the
// full page). The last line printed is one JSON object.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { arch, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { FONT_REGULAR } from '../src/map/style.ts';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { startStaticServer } from './static-server.ts';

const root = new URL('..', import.meta.url).pathname;
const DIST = join(root, 'dist');
const VIEWPORT = { width: 1280, height: 800 };

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a whole number ≥ 1`);
  return value;
}

const runs = option('--runs', 7);
const trace = process.argv.includes('--trace');

const BARE_PAGE = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
<style>html,body,#map{margin:0;height:100%}</style>
<div id="map"></div>
<script src="/__topojson/topojson-client.min.js"></script>
<script type="module">
import { Map, setWorkerUrl } from '/__maplibre/maplibre-gl.mjs';
setWorkerUrl('/__maplibre/maplibre-gl-worker.mjs');
const font = ${JSON.stringify(FONT_REGULAR)};
const topology = await (await fetch('/__geodata/basemap-region.topo.json')).json();
const layer = (name) => topojson.feature(topology, topology.objects[name]);
const map = new Map({
  container: 'map',
  bounds: [[34, 22], [82, 57.5]],
  fitBoundsOptions: { padding: 24 },
  fadeDuration: 0,
  style: {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: layer('countries') },
      admin1: { type: 'geojson', data: layer('admin1') },
      disputed: { type: 'geojson', data: layer('disputed') },
      places: { type: 'geojson', data: layer('places') },
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': '#cfe0ea' } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f4f1ea' } },
      { id: 'admin1', type: 'line', source: 'admin1', paint: { 'line-color': '#d8d2c4', 'line-width': 0.5 } },
      { id: 'borders', type: 'line', source: 'countries', paint: { 'line-color': '#9a9384', 'line-width': 0.8 } },
      { id: 'disputed', type: 'line', source: 'disputed',
        paint: { 'line-color': '#9a9384', 'line-dasharray': [2, 2] } },
      { id: 'places', type: 'circle', source: 'places', paint: { 'circle-radius': 2.5, 'circle-color': '#444' } },
      { id: 'place-labels', type: 'symbol', source: 'places',
        layout: { 'text-field': ['get', 'name'], 'text-font': font, 'text-size': 12,
          'text-offset': [0.6, 0], 'text-anchor': 'left' } },
      { id: 'country-labels', type: 'symbol', source: 'countries',
        layout: { 'text-field': ['upcase', ['get', 'name']], 'text-font': font, 'text-size': 10 } },
    ],
  },
});
map.once('idle', () => { window.__startupDone = performance.now(); });
</script>`;

const EMBED_PAGE = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
<style>body{margin:0}</style>
<script type="module" src="/khorasan-map.js"></script>
<khorasan-map style="--km-height: 100vh"></khorasan-map>`;

type PageName = 'bare' | 'full' | 'embed';
const PAGES: Record<PageName, string> = {
  bare: '/__bench/bare.html',
  full: '/index.html',
  embed: '/__bench/embed.html',
};

async function timeOnce(
  browser: Browser,
  origin: string,
  name: PageName,
): Promise<{ ms: number; requests: { path: string; start: number }[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    // khorasan-ready bubbles and is composed: one listener on the document sees it from any element.
    await page.addInitScript(() => {
      document.addEventListener(
        'khorasan-ready',
        () => {
          (window as unknown as { __startupDone: number }).__startupDone ??= performance.now();
        },
        { capture: true },
      );
    });
    await page.goto(`${origin}${PAGES[name]}`);
    await page.waitForFunction(
      () => typeof (window as { __startupDone?: number }).__startupDone === 'number',
      null,
      {
        timeout: 120_000,
      },
    );
    return await page.evaluate(() => ({
      ms: (window as unknown as { __startupDone: number }).__startupDone,
      requests: performance
        .getEntriesByType('resource')
        .map((e) => ({ path: new URL(e.name).pathname, start: Math.round(e.startTime) })),
    }));
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

if (!existsSync(join(DIST, 'index.html')) || !existsSync(join(DIST, 'khorasan-map.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const executablePath = chromiumPath();
if (!executablePath) {
  console.error('No Chromium: install Debian’s chromium or set CHROME_PATH.');
  process.exit(1);
}

const pages = mkdtempSync(join(tmpdir(), 'km-bench-startup-'));
writeFileSync(join(pages, 'bare.html'), BARE_PAGE);
writeFileSync(join(pages, 'embed.html'), EMBED_PAGE);
const server = await startStaticServer({
  '/__bench/': pages,
  '/__maplibre/': join(root, 'node_modules/maplibre-gl/dist'),
  '/__topojson/': join(root, 'node_modules/topojson-client/dist'),
  '/__geodata/': join(root, 'geodata'),
  '/': DIST,
});
const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
const times: Record<PageName, number[]> = { bare: [], full: [], embed: [] };
try {
  // One discarded round first: the first Chromium start-up and disk reads would count against whichever
  // page came first.
  for (const name of Object.keys(PAGES) as PageName[]) await timeOnce(browser, server.origin, name);
  for (let run = 0; run < runs; run++) {
    // alternate the order so a slow spell on the machine does not land on one page only
    const order: PageName[] = run % 2 ? ['embed', 'full', 'bare'] : ['bare', 'full', 'embed'];
    for (const name of order) {
      const { ms } = await timeOnce(browser, server.origin, name);
      times[name].push(ms);
    }
    console.log(
      `run ${run + 1}/${runs}: ${(Object.keys(times) as PageName[]).map((n) => `${n} ${Math.round(times[n][run])} ms`).join(', ')}`,
    );
  }
  if (trace) {
    const { ms, requests } = await timeOnce(browser, server.origin, 'full');
    console.log('\ntrace of the full page (request start, ms from navigation start):');
    for (const r of requests) console.log(`${String(r.start).padStart(6)}  ${r.path}`);
    console.log(`${String(Math.round(ms)).padStart(6)}  khorasan-ready`);
  }
} finally {
  await browser.close();
  await server.close();
}

const bare = median(times.bare);
const result = {
  benchmark: 'startup',
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'} (${arch()})`,
  viewport: VIEWPORT,
  runs,
  medianMs: {
    bare: Math.round(bare),
    full: Math.round(median(times.full)),
    embed: Math.round(median(times.embed)),
  },
  ratio: {
    full: Number((median(times.full) / bare).toFixed(2)),
    embed: Number((median(times.embed) / bare).toFixed(2)),
  },
};
console.log(
  `\nmedians: bare ${result.medianMs.bare} ms, full page ${result.medianMs.full} ms (${result.ratio.full}×), embed ${result.medianMs.embed} ms (${result.ratio.embed}×)`,
);
console.log(JSON.stringify(result));
