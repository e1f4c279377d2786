// The basemap comes in two parts: a default element fetches only the region part; a view outside its
// coverage box fetches the world part once per page and draws it in every map of the element. A failed
// world fetch is reported and the region keeps working. The tests run in this order on purpose: the
// world part is cached per page once fetched.
import { afterAll, afterEach, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import wholeBasemapUrl from '../../geodata/basemap.topo.json?url';
import regionTopology from '../../geodata/basemap-region.topo.json';
import type { KhorasanMap } from '../../src/components/khorasan-map/khorasan-map.ts';
import { DEFAULT_URLS } from '../../src/data/load-geodata.ts';
import { BASEMAP_COLORS } from '../../src/map/colors.ts';
import {
  colorDistance,
  comparePixels,
  inShadow,
  meanColor,
  mountMap,
  type Pixels,
  settle,
  shoot,
  waitForEvent,
} from './map-helpers.ts';

const COVERAGE = (regionTopology as unknown as { coverage: [number, number, number, number] }).coverage;
const LAND = hex(BASEMAP_COLORS.light.land);
const WATER = hex(BASEMAP_COLORS.light.water);
// Inland points away from labels and event markers at the world view (the legend is hidden); the first
// three are only in the world part, the last in the region part, outside every boundary.
const GEORGIA_USA: [number, number] = [-84, 33];
const ALBERTA: [number, number] = [-115, 60];
const GOIAS: [number, number] = [-47, -15];
const SAUDI_ARABIA: [number, number] = [45, 23];
const NO_LEGEND = 'khorasan-map::part(legend) { display: none; }';

function hex(color: string): [number, number, number] {
  const n = Number.parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

// Every URL the page fetches (the app loads its data with fetch); a test may hold back or fail some.
const fetched: string[] = [];
const originalFetch = window.fetch;
let intercept: ((url: string) => Promise<Response> | null) | null = null;
window.fetch = (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  fetched.push(url);
  return intercept?.(url) ?? originalFetch(input, init);
};
const worldFetches = () => fetched.filter((u) => u.includes('basemap-world')).length;

afterEach(() => {
  intercept = null;
});
afterAll(() => {
  window.fetch = originalFetch;
  for (const el of document.querySelectorAll('khorasan-map')) el.remove();
});

function statusText(el: KhorasanMap): string {
  return inShadow(el, '[part="status"]').textContent ?? '';
}

async function showWorld(el: KhorasanMap): Promise<void> {
  const moved = new Promise((resolve) => el.map!.once('moveend', resolve));
  el.showPreset('world');
  await moved;
  await expect.poll(() => statusText(el)).not.toContain('outside the region');
  await settle(el);
}

function colourAt(el: KhorasanMap, pixels: Pixels, lonLat: [number, number]): [number, number, number] {
  const p = el.map!.project(lonLat);
  const canvas = el.map!.getCanvas();
  expect(p.x > 10 && p.y > 10 && p.x < canvas.clientWidth - 10 && p.y < canvas.clientHeight - 10).toBe(true);
  // the screenshot may be scaled (the test page is fitted into the browser's viewport)
  const sx = pixels.width / canvas.clientWidth;
  const sy = pixels.height / canvas.clientHeight;
  return meanColor(pixels, p.x * sx, p.y * sy, 2);
}

const isLand = (c: readonly number[]) => colorDistance(c, LAND) < 12;
const isWater = (c: readonly number[]) => colorDistance(c, WATER) < 12;

test('the default view fits in the region part at the usual sizes, and only that part is fetched', async () => {
  // 1184×640: the default embed in a 1200×800 page (body margin, default height, panels beside the map)
  for (const [width, height] of [
    [1184, 640],
    [1200, 800],
    [1000, 700],
    [800, 600],
    [400, 700],
  ]) {
    const el = await mountMap({ width, height });
    const b = el.map!.getBounds();
    const view = `${width}×${height}: ${b.toArray()}`;
    expect(b.getWest(), view).toBeGreaterThanOrEqual(COVERAGE[0]);
    expect(b.getSouth(), view).toBeGreaterThanOrEqual(COVERAGE[1]);
    expect(b.getEast(), view).toBeLessThanOrEqual(COVERAGE[2]);
    expect(b.getNorth(), view).toBeLessThanOrEqual(COVERAGE[3]);
  }
  expect(fetched.some((u) => u.includes('basemap-region'))).toBe(true);
  expect(worldFetches()).toBe(0);
  expect(fetched.some((u) => u.includes('basemap.topo'))).toBe(false);
});

test('a failed world fetch shows a loading state, then the error; the region map keeps working', async () => {
  const el = await mountMap({ width: 1000, height: 700, css: NO_LEGEND });
  let fail: (() => void) | undefined;
  intercept = (url) =>
    url.includes('basemap-world')
      ? new Promise((resolve) => {
          fail = () => resolve(new Response('gone', { status: 404 }));
        })
      : null;
  const moved = new Promise((resolve) => el.map!.once('moveend', resolve));
  el.showPreset('world');
  // the loading state appears once the move reaches the basemap watcher: allow for a loaded machine
  await expect
    .poll(() => statusText(el), { timeout: 10_000 })
    .toContain('Loading the map outside the region');
  const error = waitForEvent<{ message: string }>(el, 'khorasan-error');
  fail!();
  expect((await error).detail.message).toContain('outside the region could not be loaded');
  await moved;
  await settle(el);
  expect(statusText(el)).toContain('HTTP 404');
  expect(statusText(el)).not.toContain('Loading');
  const { pixels } = await shoot(inShadow(el, '.map-main'), 'map-world-failed');
  for (const place of [GEORGIA_USA, ALBERTA, GOIAS])
    expect(isWater(colourAt(el, pixels, place)), `${place}`).toBe(true);
  expect(isLand(colourAt(el, pixels, SAUDI_ARABIA))).toBe(true);
  // one attempt per map: moving on does not retry (nor repeat the message)
  el.map!.panBy([40, 0], { duration: 0 });
  await settle(el);
  expect(worldFetches()).toBe(1);
});

test('a first view outside the region is drawn whole when khorasan-ready fires', async () => {
  const before = worldFetches();
  const el = await mountMap({
    width: 1000,
    height: 700,
    css: NO_LEGEND,
    attributes: { center: '-90,40', zoom: '2.2' },
  });
  expect(worldFetches()).toBe(before + 1);
  const { pixels } = await shoot(inShadow(el, '.map-main'), 'map-world-first-view');
  for (const place of [GEORGIA_USA, ALBERTA])
    expect(isLand(colourAt(el, pixels, place)), `${place}`).toBe(true);
});

test('the World preset draws countries outside the region, with no second fetch of the world part', async () => {
  const el = await mountMap({ width: 1000, height: 700, css: NO_LEGEND });
  const before = worldFetches();
  await showWorld(el);
  const { pixels } = await shoot(inShadow(el, '.map-main'), 'map-world-view');
  for (const place of [GEORGIA_USA, ALBERTA, GOIAS, SAUDI_ARABIA])
    expect(isLand(colourAt(el, pixels, place)), `${place}`).toBe(true);
  // the country list and labels know the world's countries too
  const labels = el.map!.querySourceFeatures('km-country-labels').map((f) => f.properties.adm0_a3);
  expect(labels).toEqual(expect.arrayContaining(['USA', 'BRA', 'AFG']));
  el.showPreset('region');
  await settle(el);
  await showWorld(el);
  expect(worldFetches()).toBe(before);
  await shoot(el, 'map-world-view-element');
});

test('once merged, the world looks exactly as drawn from the whole basemap file', async () => {
  const view = { center: [-20, 30] as [number, number], zoom: 1.2 };
  const whole = await mountMap({
    width: 1000,
    height: 700,
    css: NO_LEGEND,
    attributes: { center: view.center.join(), zoom: String(view.zoom) },
    properties: { dataUrls: { ...DEFAULT_URLS, basemap: wholeBasemapUrl, basemapWorld: undefined } },
  });
  await settle(whole);
  const expected = (await shoot(inShadow(whole, '.map-main'), 'map-world-whole-file')).pixels;
  // from the default view, moved there: the world part arrives through setData
  const parts = await mountMap({ width: 1000, height: 700, css: NO_LEGEND });
  parts.map!.jumpTo(view);
  await expect.poll(() => statusText(parts)).not.toContain('outside the region');
  await settle(parts);
  const actual = (await shoot(inShadow(parts, '.map-main'), 'map-world-parts')).pixels;
  expect(comparePixels(actual, expected, 8).fraction).toBeLessThan(0.001);
});

test('swipe mode: the second map gets the world part too', async () => {
  const el = await mountMap({
    width: 1000,
    height: 700,
    css: NO_LEGEND,
    attributes: { mode: 'swipe', compare: 'khorasan-historical iskp-claim-core' },
  });
  await settle(el);
  const top = el.swipeMap!;
  await new Promise<void>((resolve) => (top.loaded() ? resolve() : top.once('idle', () => resolve())));
  await showWorld(el);
  await new Promise<void>((resolve) => {
    top.once('idle', () => resolve());
    top.triggerRepaint();
  });
  // divider at the left edge: all of the map is the second map
  const handle = inShadow<HTMLElement>(el, '[part="divider"] [role="slider"]');
  handle.focus();
  await userEvent.keyboard('{Home}');
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  expect(el.swipePositionPercent).toBe(0);
  const { pixels } = await shoot(inShadow(el, '.map-main'), 'map-world-swipe');
  for (const place of [GEORGIA_USA, ALBERTA, GOIAS])
    expect(isLand(colourAt(el, pixels, place)), `${place}`).toBe(true);
});
