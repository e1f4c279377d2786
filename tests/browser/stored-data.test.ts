// Issue 16: stored imports are checked on restore. Malformed IndexedDB entries are skipped with a message
// naming them, the map starts with the built-in events, and a valid dataset beside them (dated 2010 and
// 2026) is restored and shown at the default filters, because the time filter follows the data.
import { createStore, set } from 'idb-keyval';
import { afterAll, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import type { KmEventList } from '../../src/components/km-event-list/km-event-list.ts';
import { clearDatasets, STORE_VERSION } from '../../src/data/import/imported-store.ts';
import { inspectCsv, parseCsvEvents } from '../../src/data/import/parse-csv-events.ts';
import { mountMap, until } from './map-helpers.ts';

const store = createStore('khorasan-map-imports', 'datasets');
const csv =
  'id,latitude,longitude,date,country\nold-2010,34.5,69.2,2010-05-01,Afghanistan\nnew-2026,35,70,2026-03-01,Pakistan\n';
const good = parseCsvEvents(csv, 'good', inspectCsv(csv).guess!).features;

afterAll(() => clearDatasets());

test('a malformed stored entry is skipped with a message; the map starts with the built-in events', async () => {
  await clearDatasets();
  const at = '2026-01-01T00:00:00.000Z';
  // what once stopped the map on every reload: features that are not a list
  await set('events:broken', { kind: 'events', name: 'broken', importedAt: at, features: 'oops' }, store);
  await set(
    'events:half',
    { kind: 'events', name: 'half', importedAt: at, features: [{ type: 'Feature' }] },
    store,
  );
  await set(
    'boundaries:future',
    { kind: 'boundaries', name: 'future', importedAt: at, features: [], version: 99 },
    store,
  );
  await set('junk', 42, store);
  await set(
    'events:good',
    { kind: 'events', name: 'good', importedAt: at, features: good, version: STORE_VERSION },
    store,
  );

  const errors: string[] = [];
  const listen = (e: Event) => errors.push((e as CustomEvent<{ message: string }>).detail.message);
  document.addEventListener('khorasan-error', listen);
  const el = await mountMap({ attributes: { controls: 'filters list timeline import legend' } });
  document.removeEventListener('khorasan-error', listen);

  const builtIn = el.events.filter((e) => !e.properties.dataset);
  expect(builtIn.length).toBeGreaterThan(100);
  const restored = el.events.filter((e) => e.properties.dataset === 'good').map((e) => e.properties.id);
  expect(restored.sort()).toEqual(['new-2026', 'old-2010']);

  expect(errors).toHaveLength(1);
  for (const name of ['events:broken', 'events:half', 'boundaries:future', 'junk'])
    expect(errors[0]).toContain(`"${name}"`);
  expect(errors[0]).toMatch(/events:broken" was skipped: its features are not a list/);
  expect(errors[0]).toMatch(/newer version of the map/);
  const shown = el.shadowRoot!.querySelector('.error')?.textContent ?? '';
  expect(shown).toContain('events:broken');

  // the rows dated 2010 and 2026 are among the filtered events at the default filters
  expect(el.state.filters.from).toBe('2010-05-01');
  expect(el.state.filters.to).toBe('2026-03-01');
  const list = el.shadowRoot!.querySelector<KmEventList>('km-event-list')!;
  await until(() => list.orderedIds.includes('old-2010'), 'the 2010 row in the list');
  expect(list.orderedIds).toContain('new-2026');
  expect(list.orderedIds.length).toBe(el.events.length);
  await page.screenshot({ path: '../output/stored-data-skipped.png', element: el });
});
