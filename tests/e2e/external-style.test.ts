// `basemap-style` with a style from another origin (a second server on another port of 127.0.0.1, as a
// tile provider would be): the built embed draws that style instead of the offline basemap, with the
// boundaries and markers on top, in both themes and in swipe mode, under a CSP that allows only that
// origin besides its own; and a style that cannot be loaded falls back to the offline basemap with a
// readable message. Needs `npm run build` first.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type StaticServer, startStaticServer } from '../../scripts/static-server.ts';
import { launch, onPngPixels, recordedPage } from './browser.ts';
import {
  idle,
  NO_PROBLEMS,
  OUTPUT,
  partText,
  problems,
  recorded,
  requireBuild,
  saveScreenshot,
  serveBuild,
  waitForReady,
} from './helpers.ts';

type Rgb = [number, number, number];
const BACKGROUND: Rgb = [200, 180, 230];
const AREA: Rgb = [240, 180, 0];
const hex = ([r, g, b]: Rgb) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;

// Places of the default view (centre 58,37, zoom 3) with no event nearby.
const ROMANIA: [number, number] = [26, 45]; // outside the external fill: its background
const ATLANTIC: [number, number] = [-40, 40]; // the same, in the world view
const UKRAINE: [number, number] = [34, 48]; // inside the external fill, outside every boundary
const PAMIR: [number, number] = [72.5, 38.8]; // inside the external fill and the drawn boundaries
const KAZAKHSTAN: [number, number] = [68, 48]; // inside B (iskp-claim-core), not A (khorasan-historical)
const OFFLINE_BASEMAP = /basemap-(region|world)[^/]*\.json/;

let app: StaticServer;
let provider: StaticServer;
let browser: Browser;

/** The "tile provider": a style whose fill comes from a GeoJSON file of the same origin. */
function writeProviderFiles(dir: string, origin: string): void {
  mkdirSync(dir, { recursive: true });
  const area = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [30, 10],
              [95, 10],
              [95, 60],
              [30, 60],
              [30, 10],
            ],
          ],
        },
      },
    ],
  };
  const style = {
    version: 8,
    name: 'test provider',
    sources: {
      'ext-area': { type: 'geojson', data: `${origin}/area.geojson`, attribution: 'Test provider' },
    },
    layers: [
      { id: 'ext-background', type: 'background', paint: { 'background-color': hex(BACKGROUND) } },
      { id: 'ext-area-fill', type: 'fill', source: 'ext-area', paint: { 'fill-color': hex(AREA) } },
    ],
  };
  writeFileSync(`${dir}/area.geojson`, JSON.stringify(area));
  writeFileSync(`${dir}/style.json`, JSON.stringify(style));
  writeFileSync(`${dir}/not-a-style.json`, '<!doctype html><title>Sign in</title>');
  writeFileSync(`${dir}/not-version-8.json`, JSON.stringify({ ...style, version: 7 }));
}

beforeAll(async () => {
  requireBuild();
  app = await serveBuild();
  const dir = `${OUTPUT}/external-style-provider`;
  provider = await startStaticServer({ '/': dir });
  writeProviderFiles(dir, provider.origin);
  // a provider answers cross-origin requests (CORS), as every public style and tile server does
  provider.setHeaders({ 'access-control-allow-origin': '*' });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await provider?.close();
});

async function mount(page: Page, attributes: Record<string, string>): Promise<void> {
  await page.goto(`${app.origin}/e2e/attributes.html`);
  await page.evaluate((attrs) => {
    const el = document.createElement('khorasan-map');
    el.id = 'map';
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    document.body.append(el);
  }, attributes);
  await waitForReady(page, ['map']);
  await idle(page, 'map');
}

interface MapProbe {
  getStyle(): { layers: { id: string }[] };
  getLayer(id: string): unknown;
  getPaintProperty(layer: string, property: string): unknown;
  project(p: [number, number]): { x: number; y: number };
  queryRenderedFeatures(
    point?: [number, number] | { layers: string[] },
    o?: { layers: string[] },
  ): { properties: { id?: string } }[];
  loaded(): boolean;
  once(type: string): Promise<unknown>;
  triggerRepaint(): void;
}
type Probe = HTMLElement & {
  map: MapProbe;
  swipeMap?: MapProbe;
  state: { selected: string | null; mode: string };
  showPreset(p: string): void;
};

/** Layer ids of the main map (or the swipe map), bottom to top. */
function layerIds(page: Page, which: 'map' | 'swipeMap' = 'map'): Promise<string[]> {
  return page.evaluate(
    (key) => (document.getElementById('map') as Probe)[key]!.getStyle().layers.map((l) => l.id),
    which,
  );
}

/** The colours at map positions, read from a screenshot of the map area (both maps of swipe mode). */
async function coloursAt(page: Page, name: string, places: [number, number][]): Promise<Rgb[]> {
  const area = page.locator('#map').locator('.map-area');
  const points = await page.evaluate((lonLats) => {
    const el = document.getElementById('map') as Probe;
    const root = el.shadowRoot!;
    const stage = root.querySelector('.map-area')!.getBoundingClientRect();
    const main = root.querySelector('.map-main')!.getBoundingClientRect();
    return lonLats.map((p) => {
      const { x, y } = el.map.project(p);
      return [x + main.left - stage.left, y + main.top - stage.top];
    });
  }, places);
  const png = await area.screenshot();
  await saveScreenshot(name, png);
  // the mean of the 3×3 pixels around each point
  return onPngPixels(browser, [png], points, ([{ data, width }], at) =>
    at.map(([x, y]) => {
      const mean: Rgb = [0, 0, 0];
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const i = ((Math.round(y) + dy) * width + Math.round(x) + dx) * 4;
          for (let c = 0; c < 3; c++) mean[c] += data[i + c] / 9;
        }
      return mean.map(Math.round) as Rgb;
    }),
  );
}

const distance = (a: Rgb, b: Rgb) => Math.max(...a.map((v, i) => Math.abs(v - b[i])));

async function pressOnDivider(page: Page, key: string): Promise<void> {
  await page.locator('#map').locator('[part="divider"] [role="slider"]').press(key);
  await idle(page, 'map');
  await page.evaluate(async () => {
    const top = (document.getElementById('map') as Probe).swipeMap!;
    const done = top.once('idle');
    top.triggerRepaint();
    await done;
  });
}

describe('basemap-style from another origin', () => {
  test('is drawn under the overlays, in both themes, in swipe mode and in the world view, under a CSP', async () => {
    const csp = [
      "default-src 'self'",
      `connect-src 'self' ${provider.origin}`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
    ].join('; ');
    app.setHeaders({ 'content-security-policy': csp });
    const { page, log } = await recordedPage(browser, app.origin);
    try {
      await mount(page, {
        'basemap-style': `${provider.origin}/style.json`,
        center: '58,37',
        zoom: '3',
        theme: 'light',
      });

      // The external style's layers are drawn, at the bottom; ours above them.
      const ids = await layerIds(page);
      expect(ids.slice(0, 2)).toEqual(['ext-background', 'ext-area-fill']);
      expect(ids).not.toContain('km-water');
      expect(ids).toContain('km-b-iskp-claim-core-fill');
      const [romania, ukraine, pamir] = await coloursAt(page, 'e2e-external-style', [
        ROMANIA,
        UKRAINE,
        PAMIR,
      ]);
      expect(distance(romania, BACKGROUND)).toBeLessThan(8);
      expect(distance(ukraine, AREA)).toBeLessThan(8);
      // Over the boundaries the external fill is tinted by them: they are drawn on top...
      expect(distance(pamir, AREA)).toBeGreaterThan(12);
      // ...and with none shown the same place is the plain external fill.
      await page.evaluate(() => document.getElementById('map')!.setAttribute('boundaries', ''));
      await idle(page, 'map');
      const [pamirBare] = await coloursAt(page, 'e2e-external-style-no-boundaries', [PAMIR]);
      expect(distance(pamirBare, AREA)).toBeLessThan(8);
      await page.evaluate(() => document.getElementById('map')!.removeAttribute('boundaries'));
      await idle(page, 'map');

      // The markers are drawn and a click on one (close to Kerman, away from the clusters) selects it.
      const drawn = await page.evaluate(() => {
        const el = document.getElementById('map') as Probe;
        const layers = ['km-ev-clusters', 'km-ev-circles', 'km-ev-squares'].filter((l) => el.map.getLayer(l));
        return el.map.queryRenderedFeatures({ layers }).length;
      });
      expect(drawn).toBeGreaterThan(5);
      await page.evaluate(() => {
        const el = document.getElementById('map')!;
        el.setAttribute('center', '57.08,30.28');
        el.setAttribute('zoom', '6');
      });
      await idle(page, 'map');
      const hit = await page.evaluate(() => {
        const el = document.getElementById('map') as Probe;
        const layers = ['km-ev-circles', 'km-ev-squares'].filter((l) => el.map.getLayer(l));
        const kerman = el.map.project([57.0834, 30.2839]);
        const main = el.shadowRoot!.querySelector('.map-main')!.getBoundingClientRect();
        return {
          markers: el.map.queryRenderedFeatures([kerman.x, kerman.y], { layers }).length,
          click: { x: kerman.x + main.left, y: kerman.y + main.top },
        };
      });
      expect(hit.markers).toBeGreaterThan(0);
      await page.mouse.click(hit.click.x, hit.click.y);
      await expect
        .poll(() => page.evaluate(() => (document.getElementById('map') as Probe).state.selected))
        .toMatch(/kerman/);
      const selected = await page.evaluate(() => (document.getElementById('map') as Probe).state.selected);
      // khorasan-select follows once the event's details are loaded
      await expect
        .poll(async () => (await recorded(page)).selects.map((s) => s.selected))
        .toContain(selected);
      await page.evaluate(() => {
        const el = document.getElementById('map')!;
        el.removeAttribute('selected');
        el.setAttribute('center', '58,37');
        el.setAttribute('zoom', '3');
      });
      await idle(page, 'map');

      // Dark theme: the external style stays (its colours too); the overlays follow the theme.
      const coreColour = () =>
        page.evaluate(() =>
          (document.getElementById('map') as Probe).map.getPaintProperty(
            'km-b-iskp-claim-core-line',
            'line-color',
          ),
        );
      const lightCore = await coreColour();
      await page.evaluate(() => document.getElementById('map')!.setAttribute('theme', 'dark'));
      await idle(page, 'map');
      expect(await coreColour()).not.toEqual(lightCore);
      expect((await layerIds(page)).slice(0, 2)).toEqual(['ext-background', 'ext-area-fill']);
      const [darkRomania, darkUkraine] = await coloursAt(page, 'e2e-external-style-dark', [ROMANIA, UKRAINE]);
      expect(distance(darkRomania, BACKGROUND)).toBeLessThan(8);
      expect(distance(darkUkraine, AREA)).toBeLessThan(8);

      // Swipe mode (back in the light theme): the second map draws the external style too, with boundary B.
      await page.evaluate(() => {
        const el = document.getElementById('map')!;
        el.setAttribute('theme', 'light');
        el.setAttribute('compare', 'khorasan-historical iskp-claim-core');
        el.setAttribute('mode', 'swipe');
        // entering swipe fits the view to A ∪ B (issue 15); the probes below need the view they were placed for
        el.setAttribute('center', '58,37');
        el.setAttribute('zoom', '3');
      });
      await page.waitForFunction(() => {
        const top = (document.getElementById('map') as Probe).swipeMap;
        return top?.loaded() && top.getLayer('km-b-iskp-claim-core-fill');
      });
      const topIds = await layerIds(page, 'swipeMap');
      expect(topIds.slice(0, 2)).toEqual(['ext-background', 'ext-area-fill']);
      expect(topIds).not.toContain('km-water');
      await pressOnDivider(page, 'End'); // all A (the main map)
      const [kazakhstanA] = await coloursAt(page, 'e2e-external-style-swipe-a', [KAZAKHSTAN]);
      await pressOnDivider(page, 'Home'); // all B (the second map)
      const [kazakhstanB, romaniaB] = await coloursAt(page, 'e2e-external-style-swipe-b', [
        KAZAKHSTAN,
        ROMANIA,
      ]);
      // B's fill is light in swipe mode, but plainly there: the plain fill differs by a few levels at most
      expect(distance(kazakhstanA, AREA)).toBeLessThan(4);
      expect(distance(kazakhstanB, AREA)).toBeGreaterThan(6);
      expect(distance(romaniaB, BACKGROUND)).toBeLessThan(8);
      await page.evaluate(() => document.getElementById('map')!.setAttribute('mode', 'overlay'));

      // The world view does not fetch the offline world basemap either.
      await page.evaluate(async () => {
        const el = document.getElementById('map') as Probe;
        const moved = el.map.once('moveend');
        el.showPreset('world');
        await moved;
      });
      await idle(page, 'map');
      const [atlantic] = await coloursAt(page, 'e2e-external-style-world', [ATLANTIC]);
      expect(distance(atlantic, BACKGROUND)).toBeLessThan(8);

      expect(log.requests.filter((url) => OFFLINE_BASEMAP.test(url))).toEqual([]);
      // Only the style and its data leave the page's origin.
      expect([...new Set(log.offOrigin)].sort()).toEqual([
        `${provider.origin}/area.geojson`,
        `${provider.origin}/style.json`,
      ]);
      const seen = await recorded(page);
      expect(seen.errors).toEqual([]);
      expect(seen.violations).toEqual([]);
      expect({ ...problems(log), offOrigin: [] }).toEqual(NO_PROBLEMS);
    } finally {
      await page.context().close();
      app.setHeaders({});
    }
  });

  for (const [what, file, reason] of [
    ['a 404', 'no-such-style.json', /HTTP 404/],
    ['not JSON', 'not-a-style.json', /not JSON/],
    ['JSON but not a style', 'not-version-8.json', /not a maplibre style/],
  ] as const) {
    test(`that is ${what} is reported and the offline basemap drawn instead`, async () => {
      const { page, log } = await recordedPage(browser, app.origin);
      try {
        const url = `${provider.origin}/${file}`;
        await mount(page, { 'basemap-style': url, center: '58,37', zoom: '3' });
        const seen = await recorded(page);
        expect(seen.errors).toHaveLength(1);
        expect(seen.errors[0].message).toContain(url);
        expect(seen.errors[0].message).toMatch(reason);
        expect(seen.errors[0].message).toMatch(/offline basemap is drawn instead/);
        // The same message is readable in the map.
        const status = await partText(page, 'map', 'status');
        expect(status).toContain(url);
        expect(status).toMatch(reason);
        expect(await page.locator('#map').locator('[part~="status"] .error').isVisible()).toBe(true);
        // The offline basemap, the boundaries and the markers are there.
        const ids = await layerIds(page);
        expect(ids[0]).toBe('km-water');
        expect(ids).toContain('km-b-iskp-claim-core-fill');
        expect(ids).toContain('km-ev-circles');
        expect(log.requests.some((u) => OFFLINE_BASEMAP.test(u))).toBe(true);
        expect(log.pageErrors).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
  }
});
