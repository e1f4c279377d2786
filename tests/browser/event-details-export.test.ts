// An events export before any selection still saves the full events: the export waits for the details,
// which the map fetches on demand.
import { afterAll, beforeAll, expect, test } from 'vitest';
import '../../src/components/khorasan-map/khorasan-map.ts';
import type { KhorasanMap } from '../../src/components/khorasan-map/khorasan-map.ts';
import type { EventFeature } from '../../src/data/types.ts';

let el: KhorasanMap;

async function until(check: () => boolean, what: string, ms = 30_000): Promise<void> {
  const t0 = performance.now();
  while (!check()) {
    if (performance.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  el = document.createElement('khorasan-map') as KhorasanMap;
  el.style.cssText = 'display:block; width: 1024px; height: 760px;';
  document.body.append(el);
  await el.whenReady();
  await until(() => el.classifications !== null, 'classification');
  await el.updateComplete;
}, 60_000);

afterAll(() => el?.remove());

test('Events GeoJSON before any selection has every summary and source', async () => {
  expect(el.events.some((e) => e.properties.summary === undefined)).toBe(true);
  const download = new Promise<{ text: string }>((resolve) =>
    el.addEventListener(
      'khorasan-download',
      (e) => {
        e.preventDefault();
        resolve((e as CustomEvent).detail);
      },
      { once: true },
    ),
  );
  const exporter = el.shadowRoot!.querySelector('km-export')!;
  exporter.shadowRoot!.querySelector<HTMLButtonElement>('[data-export="events-geojson"]')!.click();
  const { text } = await download;
  const features = (JSON.parse(text) as { features: EventFeature[] }).features;
  expect(features.length).toBe(el.events.length);
  for (const f of features) {
    expect(typeof f.properties.summary).toBe('string');
    expect(f.properties.summary.length).toBeGreaterThan(0);
  }
});
