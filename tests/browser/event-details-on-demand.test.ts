// The built-in events load as markers first; their details (texts, sources) are fetched once, on the first
// selection or events export, and every reader of an event then sees the full event.
import { afterAll, beforeAll, expect, test } from 'vitest';
import '../../src/components/khorasan-map/khorasan-map.ts';
import datasetUrl from '../../geodata/events/iskp-events.geojson?url';
import type { KhorasanMap } from '../../src/components/khorasan-map/khorasan-map.ts';
import type { KmDetails } from '../../src/components/km-details/km-details.ts';
import type { EventFeature } from '../../src/data/types.ts';

const KERMAN = '2024-01-03-kerman-soleimani-memorial';
let el: KhorasanMap;
let full: Map<string, EventFeature>;

/** Fetches of the details file itself (not of the dev server's `?url` module that only names it). */
const fetchedDetails = () =>
  performance.getEntriesByType('resource').filter((entry) => {
    const url = new URL(entry.name);
    return url.pathname.endsWith('iskp-events.details.json') && !url.search;
  }).length;

beforeAll(async () => {
  const dataset = (await (await fetch(datasetUrl)).json()) as { features: EventFeature[] };
  full = new Map(dataset.features.map((f) => [f.properties.id, f]));
  el = document.createElement('khorasan-map') as KhorasanMap;
  el.style.cssText = 'display:block; width: 1024px; height: 760px;';
  document.body.append(el);
  await el.whenReady();
  await el.updateComplete;
}, 60_000);

afterAll(() => el?.remove());

test('at start only the markers are loaded: every event, without its texts', () => {
  expect(el.events.map((e) => e.properties.id)).toEqual([...full.keys()]);
  expect(el.events.every((e) => e.properties.summary === undefined)).toBe(true);
  expect(fetchedDetails()).toBe(0);
});

test('the first selection fetches the details; khorasan-select and the panel carry the full event', async () => {
  const selected = new Promise<CustomEvent<{ id: string; event: EventFeature }>>((resolve) =>
    el.addEventListener('khorasan-select', (e) => resolve(e as CustomEvent), { once: true }),
  );
  el.selected = KERMAN;
  const { detail } = await selected;
  expect(detail.id).toBe(KERMAN);
  expect(JSON.stringify(detail.event)).toBe(JSON.stringify(full.get(KERMAN)));
  await el.updateComplete;
  const panel = el.shadowRoot!.querySelector<KmDetails>('[part~="details"]')!;
  // the panel's module is fetched on the first selection
  await customElements.whenDefined('km-details');
  await panel.updateComplete;
  expect(panel.shadowRoot!.textContent).toContain(full.get(KERMAN)!.properties.sources[0].publication);
  // every event was completed in place, and the public list now equals the dataset
  expect(JSON.stringify(el.events)).toBe(JSON.stringify([...full.values()]));
  expect(fetchedDetails()).toBe(1);
});

test('loadEventDetails() resolves to the full events and fetches nothing more', async () => {
  const events = await el.loadEventDetails();
  expect(events.every((e) => typeof e.properties.summary === 'string')).toBe(true);
  expect(fetchedDetails()).toBe(1);
});
