// The demo page (vite dev server, no build needed) in a real Chromium driven from Node. Chromium's own network log (--log-net-log) records every
// request of the page AND of its workers (which Playwright's request events and in-page Resource Timing do
// not fully see), so this proves "no request leaves the origin". It also reloads the page for real and checks
// that the URL hash restores the state exactly.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const browserPath = chromiumPath();
let server: ViteDevServer;
let origin = '';

beforeAll(async () => {
  if (!browserPath) return;
  server = await createServer({
    configFile: false,
    root: new URL('../..', import.meta.url).pathname,
    logLevel: 'error',
    server: { port: 0, hmr: false, ws: false, watch: null },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('no server address');
  origin = `http://localhost:${address.port}`;
}, 60_000);

afterAll(async () => {
  await server?.close();
});

/** A fetch of the data file itself (the dev server also serves `name?import&url`, the module of its URL). */
function isDataFile(url: string, name: string): boolean {
  const { pathname, search } = new URL(url);
  return pathname.endsWith(`/${name}`) && search === '';
}

test.skipIf(!browserPath)(
  'the demo page requests nothing outside its origin, and a reload restores the hash state',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'km-netlog-'));
    const netlog = join(dir, 'netlog.json');
    const browser = await chromium.launch({
      executablePath: browserPath!,
      args: [...chromiumArgs, `--log-net-log=${netlog}`],
    });
    let closed = false;
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const requests: string[] = [];
      context.on('request', (r) => requests.push(r.url()));
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const ready = () =>
        page.evaluate(
          () =>
            new Promise<string>((resolve, reject) => {
              const el = document.querySelector('khorasan-map') as HTMLElement & {
                whenReady(): Promise<void>;
                loadClassifications(): Promise<unknown[] | null>;
              };
              const timer = setTimeout(() => reject(new Error('not ready in 60 s')), 60_000);
              void customElements.whenDefined('khorasan-map').then(async () => {
                await el.whenReady();
                // the distances (analysis worker): computed on demand for the built-in data
                await el.loadClassifications();
                clearTimeout(timer);
                resolve(location.hash);
              });
            }),
        );

      const hash =
        '#boundaries=khorasan-historical,iskp-claim-max&mode=swipe&compare=khorasan-historical,iskp-claim-max&from=2021-01-01&center=60.0000,38.0000&zoom=4.00';
      await page.goto(`${origin}/${hash}`);
      expect(await ready()).toBe(hash);
      const state1 = await page.evaluate(() =>
        JSON.stringify((document.querySelector('khorasan-map') as unknown as { state: unknown }).state),
      );
      // switch to the difference mode (worker comparison) and back to the hash for the reload
      await page.evaluate(() => {
        (document.querySelector('khorasan-map') as unknown as { mode: string }).mode = 'difference';
      });
      await page.waitForTimeout(1500);
      await page.evaluate((h) => history.replaceState(null, '', h), hash);

      // the difference mode fits its view to A ∪ B (issue 15), which may reach beyond the region: count from here
      const beforeReload = requests.length;
      await page.reload();
      expect(await ready()).toBe(hash);
      const state2 = await page.evaluate(() =>
        JSON.stringify((document.querySelector('khorasan-map') as unknown as { state: unknown }).state),
      );
      expect(JSON.parse(state2)).toEqual(JSON.parse(state1));
      expect(JSON.parse(state2)).toMatchObject({ mode: 'swipe', view: { center: [60, 38], zoom: 4 } });
      // the region view needs only the region part of the basemap; the World preset fetches the rest
      expect(requests.slice(beforeReload).some((u) => isDataFile(u, 'basemap-world.topo.json'))).toBe(false);
      await page.evaluate(() =>
        (document.querySelector('khorasan-map') as HTMLElement & { showPreset(p: string): void }).showPreset(
          'world',
        ),
      );
      await expect.poll(() => requests.some((u) => isDataFile(u, 'basemap-world.topo.json'))).toBe(true);

      await browser.close();
      closed = true;
      const logged = pageRequestsInNetLog(readFileSync(netlog, 'utf8'));
      const all = [...requests, ...logged];
      // The dev server's own client (vite) opens a websocket to localhost even with HMR off; it is not part of
      // the map and is absent from a build, so it is the one exception.
      const devChannel = (u: string) => u.startsWith('ws://localhost:');
      const foreign = all.filter(
        (u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:') && !devChannel(u),
      );
      expect(logged.some((u) => isDataFile(u, 'basemap-region.topo.json'))).toBe(true);
      expect(logged.some((u) => isDataFile(u, 'basemap-world.topo.json'))).toBe(true);
      expect(all.some((u) => u.includes('maplibre-gl-worker'))).toBe(true);
      expect(all.some((u) => u.includes('analysis.worker'))).toBe(true);
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      if (!closed) await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
  180_000,
);

/** URLs of the requests made on behalf of the page and its workers (their initiator is the page's origin),
 * from a Chromium net log; the browser's own requests (updates, autofill) are left out. */
function pageRequestsInNetLog(text: string): string[] {
  const log = JSON.parse(text) as {
    constants: { logEventTypes: Record<string, number> };
    events: { type: number; params?: { url?: string; initiator?: string } }[];
  };
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter(
      (e) =>
        e.type === startJob &&
        e.params?.url &&
        (e.params.initiator === origin || e.params.url.startsWith(origin)),
    )
    .map((e) => e.params!.url!);
}
