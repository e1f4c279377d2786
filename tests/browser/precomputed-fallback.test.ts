// The answers computed at build time apply only to the built-in data exactly as shipped. Other or changed
// data (boundaries-src, a modified copy of the built-in events) is classified in the worker at start, as
// before, and shows the worker's answers, never the precomputed ones.
import type { GeoJSONSource } from 'maplibre-gl';
import { afterEach, expect, test } from 'vitest';
import boundaryUrl from '../fixtures/import/custom-boundary.geojson?url';
import '../../src/components/khorasan-map/khorasan-map.ts';
import type { KhorasanMap } from '../../src/components/khorasan-map/khorasan-map.ts';
import { DEFAULT_URLS, loadBoundaries } from '../../src/data/load-geodata.ts';
import { EVENT_SOURCE, PROP } from '../../src/map/event-style.ts';
import { recordWorkers, until, waitForEvent } from './map-helpers.ts';

const started = recordWorkers();

async function mount(setUp: (el: KhorasanMap) => void): Promise<KhorasanMap> {
  const el = document.createElement('khorasan-map') as KhorasanMap;
  el.style.cssText = 'display:block; width: 1000px; height: 700px;';
  setUp(el);
  const ready = waitForEvent(el, 'khorasan-ready', 45_000);
  document.body.append(el);
  await ready;
  return el;
}

afterEach(() => {
  for (const el of document.querySelectorAll('khorasan-map')) el.remove();
});

test('boundaries-src: every event is classified in the worker at start, the extra boundary included', async () => {
  const el = await mount((e) => e.setAttribute('boundaries-src', boundaryUrl));
  expect(started.some((url) => /analysis\.worker/.test(url))).toBe(true);
  expect(el.boundaryFeatures.length).toBeGreaterThan((await loadBoundaries()).length);
  // no selection, no export: still fully classified, as for any data that is not the built-in data as shipped
  await until(() => el.classifications !== null, 'classification');
  for (const c of el.classifications!) {
    for (const b of el.boundaryFeatures) expect(typeof c.results[b.properties.id].distanceKm).toBe('number');
  }
});

test('a changed copy of the built-in events gets the worker’s answer, not the precomputed one', async () => {
  // Crocus City Hall (Moscow), outside every boundary, moved to Kabul, inside the claimed core; same id
  const markers = (await (await fetch(DEFAULT_URLS.events)).json()) as GeoJSON.FeatureCollection;
  const moved = markers.features.find((f) => /crocus/.test(String(f.properties!.id)))!;
  (moved.geometry as GeoJSON.Point).coordinates = [69.17, 34.53];
  const url = URL.createObjectURL(new Blob([JSON.stringify(markers)], { type: 'application/json' }));
  const el = await mount((e) => {
    e.dataUrls = { ...DEFAULT_URLS, events: url };
  });
  await until(() => el.classifications !== null, 'classification');
  const id = String(moved.properties!.id);
  expect(el.classifications!.find((c) => c.id === id)!.results['iskp-claim-core'].inside).toBe(true);
  await el.updateComplete;
  const data = await el.map!.getSource<GeoJSONSource>(EVENT_SOURCE)!.getData();
  const feature = (data as GeoJSON.FeatureCollection).features.find(
    (f) => el.events[f.id as number].properties.id === id,
  )!;
  expect(feature.properties![`${PROP.inside}iskp-claim-core`]).toBe(1);
  URL.revokeObjectURL(url);
});
