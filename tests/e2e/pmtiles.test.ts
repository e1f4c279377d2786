// `basemap-pmtiles` in the built files: the example page draws the project's demo archive
// (dist/basemap/khorasan-demo.pmtiles) read with HTTP range requests and nothing off the page's origin;
// at zoom 10 over Kabul the map draws the archive's features; both themes and swipe mode draw it; an
// archive that is missing, served without range support, or not in the Protomaps schema falls back to the
// offline basemap with a message. Needs `npm run build` first.
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { namedFlavor } from '@protomaps/basemaps';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writePmtiles } from '../../geodata/pmtiles-writer.mjs';
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
const ARCHIVE = '/basemap/khorasan-demo.pmtiles';
const OFFLINE_BASEMAP = /basemap-(region|world)[^/]*\.json/;
const KABUL: [number, number] = [69.17, 34.53];
// Places of the archive away from markers and labels, shown with no boundary drawn.
const DESERT: [number, number] = [55.6, 33.2]; // land in central Iran: `earth`
const SEA: [number, number] = [62, 24]; // the Arabian Sea: `water`

let app: StaticServer;
let other: StaticServer;
let browser: Browser;

const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const distance = (a: Rgb, b: Rgb) => Math.max(...a.map((v, i) => Math.abs(v - b[i])));

beforeAll(async () => {
  requireBuild();
  app = await serveBuild();
  // another origin with an archive of the wrong schema (a vector layer Protomaps styles do not know)
  const dir = `${OUTPUT}/pmtiles-other-origin`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    `${dir}/wrong-schema.pmtiles`,
    writePmtiles([{ z: 0, x: 0, y: 0, data: gzipSync(Buffer.alloc(0)) }], {
      bounds: [44, 23, 80, 45],
      center: [60, 30],
      centerZoom: 3,
      metadata: { vector_layers: [{ id: 'parcels' }] },
    }),
  );
  writeFileSync(`${dir}/not-an-archive.pmtiles`, 'not an archive');
  other = await startStaticServer({ '/': dir });
  other.setHeaders({ 'access-control-allow-origin': '*' });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await other?.close();
});

interface MapProbe {
  getStyle(): { layers: { id: string; type: string }[]; sources: Record<string, { type: string }> };
  getPaintProperty(layer: string, property: string): unknown;
  project(p: [number, number]): { x: number; y: number };
  queryRenderedFeatures(): { source: string; sourceLayer?: string; properties: Record<string, unknown> }[];
  loaded(): boolean;
  once(type: string): Promise<unknown>;
  triggerRepaint(): void;
  getZoom(): number;
}
type Probe = HTMLElement & { map: MapProbe; swipeMap?: MapProbe; whenReady(): Promise<void> };

/** Source layers of the archive's features drawn now by the main map (or the swipe map). */
function archiveFeatures(page: Page, id: string, which: 'map' | 'swipeMap' = 'map') {
  return page.evaluate(
    ([elementId, key]) => {
      const map = (document.getElementById(elementId) as Probe)[key as 'map']!;
      return map
        .queryRenderedFeatures()
        .filter((f) => f.source === 'protomaps')
        .map((f) => ({ layer: f.sourceLayer ?? '', name: String(f.properties.name ?? '') }));
    },
    [id, which] as const,
  );
}

/** The colour (mean of 3×3 pixels) at map positions of the element's map area. */
async function coloursAt(page: Page, id: string, name: string, places: [number, number][]): Promise<Rgb[]> {
  const points = await page.evaluate(
    ([elementId, lonLats]) => {
      const el = document.getElementById(elementId as string) as Probe;
      const root = el.shadowRoot!;
      const stage = root.querySelector('.map-area')!.getBoundingClientRect();
      const main = root.querySelector('.map-main')!.getBoundingClientRect();
      return (lonLats as [number, number][]).map((p) => {
        const { x, y } = el.map.project(p);
        return [x + main.left - stage.left, y + main.top - stage.top];
      });
    },
    [id, places] as const,
  );
  const png = await page.locator(`#${id}`).locator('.map-area').screenshot();
  await saveScreenshot(name, png);
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

describe('basemap-pmtiles', () => {
  test('the example page draws the demo archive, read with range requests, with nothing off the origin', async () => {
    const { page, log } = await recordedPage(browser, app.origin);
    const archiveRequests: { range: string | undefined; status: number }[] = [];
    page.context().on('response', (response) => {
      if (new URL(response.url()).pathname !== ARCHIVE) return;
      archiveRequests.push({ range: response.request().headers().range, status: response.status() });
    });
    try {
      await page.goto(`${app.origin}/examples/pmtiles.html`);
      await page.evaluate(async () => {
        await customElements.whenDefined('khorasan-map');
        await (document.getElementById('pmtiles-map') as Probe).whenReady();
      });
      await idle(page, 'pmtiles-map');
      expect(archiveRequests.length).toBeGreaterThan(2); // header, metadata, tiles
      for (const r of archiveRequests) {
        expect(r.range).toMatch(/^bytes=\d+-\d+$/);
        expect(r.status).toBe(206);
      }
      expect(log.requests.filter((u) => OFFLINE_BASEMAP.test(u))).toEqual([]);
      const style = await page.evaluate(() =>
        (document.getElementById('pmtiles-map') as Probe).map.getStyle(),
      );
      expect(style.sources.protomaps?.type).toBe('vector');
      expect(style.layers[0].id).toBe('background');
      // the boundaries are above the archive's shapes and below its labels, the markers on top
      const ids = style.layers.map((l) => l.id);
      expect(ids.indexOf('km-b-iskp-claim-core-fill')).toBeGreaterThan(ids.indexOf('earth'));
      expect(ids.indexOf('km-b-iskp-claim-core-fill')).toBeLessThan(ids.indexOf('places_locality'));
      expect(ids.indexOf('km-ev-circles')).toBeGreaterThan(ids.indexOf('places_country'));
      // the archive's own attribution is shown
      expect(await page.locator('#pmtiles-map').locator('.maplibregl-ctrl-attrib').textContent()).toContain(
        'Natural Earth (public domain), khorasan-map demo archive',
      );

      // Zoom 10 over Kabul: land, borders and the city's label come from the archive.
      await page.evaluate(async (center) => {
        const el = document.getElementById('pmtiles-map') as Probe;
        el.setAttribute('center', center.join(','));
        el.setAttribute('zoom', '10');
      }, KABUL);
      await page.waitForFunction(
        () => (document.getElementById('pmtiles-map') as Probe).map.getZoom() === 10,
      );
      await idle(page, 'pmtiles-map');
      const png = await page.locator('#pmtiles-map').locator('[part~="map"]').first().screenshot();
      await saveScreenshot('e2e-pmtiles-kabul-z10', png);
      const features = await archiveFeatures(page, 'pmtiles-map');
      expect(features.map((f) => f.layer)).toContain('earth');
      expect(features).toContainEqual({ layer: 'places', name: 'Kabul' });

      expect(archiveRequests.every((r) => r.status === 206)).toBe(true);
      expect(problems(log)).toEqual(NO_PROBLEMS);
    } finally {
      await page.context().close();
    }
  });

  test('is drawn in both themes and in swipe mode, under a strict CSP', async () => {
    app.setHeaders({
      'content-security-policy':
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:",
    });
    const { page, log } = await recordedPage(browser, app.origin);
    try {
      await mount(page, {
        'basemap-pmtiles': ARCHIVE,
        boundaries: '',
        center: '60,31',
        zoom: '4.5',
        theme: 'light',
        controls: 'legend',
      });
      const light = namedFlavor('light');
      const dark = namedFlavor('dark');
      const [desert, sea] = await coloursAt(page, 'map', 'e2e-pmtiles-light', [DESERT, SEA]);
      expect(distance(desert, rgb(light.earth))).toBeLessThan(8);
      expect(distance(sea, rgb(light.water))).toBeLessThan(8);

      await page.evaluate(() => document.getElementById('map')!.setAttribute('theme', 'dark'));
      await idle(page, 'map');
      const earthPaint = await page.evaluate(() =>
        (document.getElementById('map') as Probe).map.getPaintProperty('earth', 'fill-color'),
      );
      expect(earthPaint).toBe(dark.earth);
      const [darkDesert, darkSea] = await coloursAt(page, 'map', 'e2e-pmtiles-dark', [DESERT, SEA]);
      expect(distance(darkDesert, rgb(dark.earth))).toBeLessThan(8);
      expect(distance(darkSea, rgb(dark.water))).toBeLessThan(8);

      // Swipe mode: the second map draws the archive too (in the dark theme the element has now).
      await page.evaluate(() => {
        const el = document.getElementById('map')!;
        el.setAttribute('compare', 'khorasan-historical iskp-claim-core');
        el.setAttribute('mode', 'swipe');
      });
      await page.waitForFunction(() => {
        const top = (document.getElementById('map') as Probe).swipeMap;
        return top?.loaded() && top.getStyle().sources.protomaps;
      });
      await page.evaluate(async () => {
        const top = (document.getElementById('map') as Probe).swipeMap!;
        const done = top.once('idle');
        top.triggerRepaint();
        await done;
      });
      const top = await archiveFeatures(page, 'map', 'swipeMap');
      expect(top.map((f) => f.layer)).toContain('earth');
      const topEarth = await page.evaluate(() =>
        (document.getElementById('map') as Probe).swipeMap!.getPaintProperty('earth', 'fill-color'),
      );
      expect(topEarth).toBe(dark.earth);
      const topIds = await page.evaluate(() =>
        (document.getElementById('map') as Probe).swipeMap!.getStyle().layers.map((l) => l.id),
      );
      expect(topIds.indexOf('km-b-iskp-claim-core-fill')).toBeGreaterThan(topIds.indexOf('earth'));

      const seen = await recorded(page);
      expect(seen.errors).toEqual([]);
      expect(seen.violations).toEqual([]);
      expect(log.requests.filter((u) => OFFLINE_BASEMAP.test(u))).toEqual([]);
      expect(problems(log)).toEqual(NO_PROBLEMS);
    } finally {
      await page.context().close();
      app.setHeaders({});
    }
  });

  for (const [what, where, reason] of [
    ['missing', 'same', /Bad response code: 404/],
    ['served without range support', 'no-ranges', /Byte Serving/],
    ['not in the Protomaps schema', 'other:wrong-schema.pmtiles', /not in the Protomaps basemap schema/],
    ['not an archive', 'other:not-an-archive.pmtiles', /magic number/i],
  ] as const) {
    test(`an archive that is ${what} is reported and the offline basemap drawn instead`, async () => {
      const url =
        where === 'same'
          ? `${app.origin}/basemap/no-such.pmtiles`
          : where === 'no-ranges'
            ? `${app.origin}${ARCHIVE}`
            : `${other.origin}/${where.slice('other:'.length)}`;
      if (where === 'no-ranges') app.setRanges(false);
      const { page, log } = await recordedPage(browser, app.origin);
      try {
        await mount(page, { 'basemap-pmtiles': url, center: '58,37', zoom: '3' });
        const seen = await recorded(page);
        expect(seen.errors).toHaveLength(1);
        expect(seen.errors[0].message).toContain(url);
        expect(seen.errors[0].message).toMatch(reason);
        expect(seen.errors[0].message).toMatch(/offline basemap is drawn instead/);
        const status = await partText(page, 'map', 'status');
        expect(status).toMatch(reason);
        const ids = await page.evaluate(() =>
          (document.getElementById('map') as Probe).map.getStyle().layers.map((l) => l.id),
        );
        expect(ids[0]).toBe('km-water');
        expect(ids).toContain('km-b-iskp-claim-core-fill');
        expect(ids).toContain('km-ev-circles');
        expect(log.requests.some((u) => OFFLINE_BASEMAP.test(u))).toBe(true);
        expect(log.pageErrors).toEqual([]);
      } finally {
        await page.context().close();
        app.setRanges(true);
      }
    });
  }
});
