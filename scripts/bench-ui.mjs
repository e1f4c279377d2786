// `npm run bench:ui`: 200,000 events imported through the map's own UI in headless Chromium.
//
// Generates a CSV of N events (default 200,000; BENCH_EVENTS overrides), starts the Vite dev server on
// 127.0.0.1 (or uses BENCH_URL, e.g. a `vite preview` of a build), opens the demo page, puts the file in
// the import panel's file input and measures:
//   importMs     - from choosing the file until the events are on the map, in the list and classified;
//   classifyMs   - of that, the classification against every boundary in the import worker;
//   filterStepMs - one step of a 12-month moving time window (median of several): from the time filter's
//                  change event until the element, the event list and the statistics have rendered and the
//                  marker source has been handed its update (main thread);
//   mapSettleMs  - for the same steps, until maplibre has re-clustered in its worker and drawn (idle);
//   panFrameMs   - median frame interval while the map pans and zooms with the 200,000 events clustered.
// Prints one JSON line.

import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const N = Number(process.env.BENCH_EVENTS ?? 200_000);
const STEPS = 9;

/** A deterministic pseudo-random generator (mulberry32), so every run imports the same file. */
function random(seed) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateCsv(n) {
  const rnd = random(42);
  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2024, 11, 31) - start;
  const lines = [
    'event_id_cnty,event_date,event_type,sub_event_type,actor1,country,location,latitude,longitude,fatalities,notes',
  ];
  const types = ['Explosions/Remote violence', 'Violence against civilians', 'Battles'];
  for (let i = 0; i < n; i++) {
    // most events in and around Afghanistan and Pakistan, some across the wider region
    const wide = rnd() < 0.2;
    const lon = wide ? 30 + rnd() * 55 : 60 + rnd() * 13;
    const lat = wide ? 20 + rnd() * 30 : 29 + rnd() * 8;
    const date = new Date(start + Math.floor(rnd() * span)).toISOString().slice(0, 10);
    const killed = Math.floor(rnd() ** 3 * 40);
    lines.push(
      `BENCH${i},${date},${types[i % 3]},Attack,Islamic State,Country,Place ${i},${lat.toFixed(4)},${lon.toFixed(4)},${killed},Generated event ${i}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Self time per function (ms) of a CDP CPU profile, largest first. */
function topFunctions(profile, count = 25) {
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const f = node.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`);
}

async function profiled(page, what, fn) {
  if (!process.env.BENCH_PROFILE?.split(',').includes(what)) return fn();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await fn();
  const { profile } = await cdp.send('Profiler.stop');
  console.error(`--- profile: ${what}\n${topFunctions(profile).join('\n')}`);
  return result;
}

/** Frame intervals (ms) while the map eases to Kandahar at zoom 5.5 and back out. */
function panFrames(page) {
  return page.evaluate(async () => {
    const map = document.querySelector('khorasan-map').map;
    const intervals = [];
    let last = performance.now();
    let running = true;
    const tick = () => {
      const now = performance.now();
      intervals.push(now - last);
      last = now;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    await new Promise((resolve) => {
      map.once('moveend', resolve);
      map.easeTo({ center: [66, 33], zoom: 5.5, duration: 1500 });
    });
    await new Promise((resolve) => {
      map.once('moveend', resolve);
      map.easeTo({ center: [60, 36], zoom: 3.5, duration: 1500 });
    });
    running = false;
    return intervals.slice(2);
  });
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : Number.NaN;
}

async function main() {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium found (set CHROME_PATH)');
  let server;
  let url = process.env.BENCH_URL;
  if (!url) {
    // no HMR and no file watching: an edit elsewhere in the tree must not reload the page mid-run
    server = await createServer({
      server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
      logLevel: 'error',
    });
    await server.listen();
    const address = server.httpServer.address();
    url = `http://127.0.0.1:${address.port}/`;
  }
  const csv = generateCsv(N);
  const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    if (process.env.BENCH_VERBOSE) page.on('framenavigated', (f) => console.error('navigated:', f.url()));
    await page.goto(url);
    await page.waitForFunction(
      async () => {
        const el = document.querySelector('khorasan-map');
        if (!el?.whenReady) return false;
        await el.whenReady();
        return el.classifications !== null;
      },
      null,
      { timeout: 180_000, polling: 200 },
    );
    // a clean start: no datasets left by an earlier run
    await page.evaluate(async () => {
      const el = document.querySelector('khorasan-map');
      const panel = el.shadowRoot.querySelector('km-import');
      await panel.controller.clear();
    });
    const before = await page.evaluate(() => document.querySelector('khorasan-map').events.length);
    // the same pan and zoom with the built-in events only: what the renderer costs on this machine
    const framesBefore = await panFrames(page);

    // ---- import through the file input ----
    await page.evaluate(() => {
      window.__benchStart = undefined;
    });
    const input = page.locator('khorasan-map km-import input[type="file"]');
    await page.evaluate(() => {
      const el = document.querySelector('khorasan-map');
      const input = el.shadowRoot.querySelector('km-import').shadowRoot.querySelector('input[type="file"]');
      input.addEventListener('change', () => (window.__benchStart = performance.now()), {
        once: true,
        capture: true,
      });
    });
    const imported = await profiled(page, 'import', async () => {
      await input.setInputFiles({ name: 'bench-200k.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      return page.evaluate(
        async ({ expected }) => {
          const el = document.querySelector('khorasan-map');
          const list = el.shadowRoot.querySelector('[part~="event-list"]');
          const panel = el.shadowRoot.querySelector('km-import');
          while (
            !(el.events.length >= expected && el.classifications && el.classifications.length >= expected)
          ) {
            if (panel.view?.error) return { error: panel.view.error };
            await new Promise((r) => setTimeout(r, 20));
          }
          await el.updateComplete;
          await list.updateComplete;
          await new Promise((r) => requestAnimationFrame(() => r()));
          const end = performance.now();
          return {
            importMs: end - window.__benchStart,
            timings: panel.controller.lastTimings,
            events: el.events.length,
          };
        },
        { expected: before + N },
      );
    });
    if (imported.error) throw new Error(imported.error);

    // wait for the map to settle with the clustered 200,000 events
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const map = document.querySelector('khorasan-map').map;
          map.once('idle', resolve);
          map.triggerRepaint();
        }),
    );

    // ---- time filter steps: a 12-month window moved by one month ----
    const steps = await profiled(page, 'steps', () =>
      page.evaluate(async (count) => {
        const el = document.querySelector('khorasan-map');
        const root = el.shadowRoot;
        const timeline = root.querySelector('km-timeline');
        const list = root.querySelector('[part~="event-list"]');
        const stats = root.querySelector('km-stats');
        const map = el.map;
        const out = [];
        const iso = (y, m, d) => new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);
        for (let k = 0; k < count; k++) {
          const from = iso(2019, k, 1);
          const to = iso(2020, k, 0);
          const idle = new Promise((resolve) => map.once('idle', resolve));
          const t0 = performance.now();
          timeline.dispatchEvent(
            new CustomEvent('km-filters-change', { detail: { from, to }, bubbles: true, composed: true }),
          );
          await el.updateComplete;
          await list.updateComplete;
          await stats.updateComplete;
          const t1 = performance.now();
          map.triggerRepaint();
          await idle;
          const t2 = performance.now();
          out.push({ stepMs: t1 - t0, settleMs: t2 - t0, shown: list.events.length });
          await new Promise((r) => setTimeout(r, 50));
        }
        return out;
      }, STEPS),
    );

    // ---- pan and zoom with the events clustered ----
    const frames = await panFrames(page);

    const result = {
      events: N,
      importMs: Math.round(imported.importMs),
      classifyMs: Math.round(imported.timings?.classifyMs ?? Number.NaN),
      filterStepMs: Math.round(median(steps.map((s) => s.stepMs)) * 10) / 10,
      parseMs: Math.round(imported.timings?.parseMs ?? Number.NaN),
      mapSettleMs: Math.round(median(steps.map((s) => s.settleMs))),
      panFrameMs: Math.round(median(frames) * 10) / 10,
      panFrameMsBuiltInOnly: Math.round(median(framesBefore) * 10) / 10,
      eventsPerStep: Math.round(median(steps.map((s) => s.shown))),
    };
    if (process.env.BENCH_VERBOSE) console.error(JSON.stringify({ steps, imported }, null, 1));
    // tidy up: the 200,000 events must not stay in this browser profile (it is temporary anyway)
    await page.evaluate(async () => {
      await document
        .querySelector('khorasan-map')
        .shadowRoot.querySelector('km-import')
        .controller.whenSaved();
      await document.querySelector('khorasan-map').shadowRoot.querySelector('km-import').controller.clear();
    });
    console.log(JSON.stringify(result));
  } finally {
    await browser.close();
    await server?.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
