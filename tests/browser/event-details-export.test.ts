// An events export before any selection still saves the full events: the export waits for the details,
// which the map fetches on demand, and for the distances, which it computes on first need.
import { afterAll, beforeAll, expect, test } from 'vitest';
import '../../src/components/khorasan-map/khorasan-map.ts';
import type { KhorasanMap } from '../../src/components/khorasan-map/khorasan-map.ts';
import type { EventFeature } from '../../src/data/types.ts';

let el: KhorasanMap;

beforeAll(async () => {
  el = document.createElement('khorasan-map') as KhorasanMap;
  el.style.cssText = 'display:block; width: 1024px; height: 760px;';
  document.body.append(el);
  await el.whenReady();
  await el.updateComplete;
}, 60_000);

afterAll(() => el?.remove());

test('Events GeoJSON before any selection has every summary, source and distance', async () => {
  expect(el.events.some((e) => e.properties.summary === undefined)).toBe(true);
  expect(el.classifications).toBeNull();
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
  const ids = el.boundaryFeatures.map((b) => b.properties.id);
  const byId = new Map(el.classifications!.map((c) => [c.id, c.results]));
  for (const f of features) {
    expect(typeof f.properties.summary).toBe('string');
    expect(f.properties.summary.length).toBeGreaterThan(0);
    const props = f.properties as unknown as Record<string, unknown>;
    for (const id of ids) {
      const r = byId.get(f.properties.id)![id];
      expect(props[`inside_${id}`]).toBe(r.inside);
      expect(props[`distance_km_${id}`]).toBe(Math.round(r.distanceKm * 1000) / 1000);
    }
  }
});
