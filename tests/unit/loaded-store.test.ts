// The store of what one map has loaded (src/state/loaded-store.ts): updates by slice with one notice each,
// and what adding, hiding, showing and removing an imported dataset does to the events, the boundaries
// and the classification.
import { describe, expect, test } from 'vitest';
import type { EventClassification } from '../../src/data/classification.ts';
import type { ImportedDataset } from '../../src/data/import/import-view.ts';
import type { BoundaryFeature, EventFeature } from '../../src/data/types.ts';
import { type LoadedKey, LoadedStore } from '../../src/state/loaded-store.ts';

const event = (id: string, date: string): EventFeature =>
  ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [65, 34] },
    properties: { id, date },
  }) as unknown as EventFeature;

const boundary = (id: string): BoundaryFeature =>
  ({
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [] },
    properties: { id, name: `Name of ${id}` },
  }) as unknown as BoundaryFeature;

const inside = (id: string, ...boundaries: string[]): EventClassification => ({
  id,
  results: Object.fromEntries(boundaries.map((b) => [b, { inside: true, distanceKm: 0, nearest: [65, 34] }])),
});

function loaded(): { store: LoadedStore; notices: LoadedKey[][] } {
  const store = new LoadedStore();
  store.update({
    events: [event('a', '2020-01-01'), event('c', '2022-01-01')],
    boundaries: [boundary('x')],
    classification: [inside('a', 'x'), inside('c', 'x')],
  });
  const notices: LoadedKey[][] = [];
  store.subscribe((changed) => notices.push([...changed].sort()));
  return { store, notices };
}

describe('LoadedStore', () => {
  test('an update tells the subscribers once which slices changed; an unchanged one tells nothing', () => {
    const { store, notices } = loaded();
    const events = store.events;
    store.update({ events });
    expect(notices).toEqual([]);
    store.update({ countryNames: { AFG: 'Afghanistan' }, classifyProgress: 0.5 });
    expect(notices).toEqual([['classifyProgress', 'countryNames']]);
  });

  test('a full classification replaces the inside-only answers; known is the best there is', () => {
    const store = new LoadedStore();
    const insideOnly = [{ id: 'a', results: { x: { inside: true } } }];
    store.update({ insideOnly });
    expect(store.known).toBe(insideOnly);
    const full = [inside('a', 'x')];
    store.update({ classification: full });
    expect(store.insideOnly).toBeNull();
    expect(store.known).toBe(full);
  });

  test('an events dataset is merged by date with its classification; hidden and shown again it comes back', () => {
    const { store } = loaded();
    const d: ImportedDataset = {
      kind: 'events',
      name: 'mine.csv',
      importedAt: '2026-12-03T00:00:00Z',
      features: [event('b', '2021-01-01')],
      visible: true,
    };
    store.addDataset(d, [inside('b', 'x')], null);
    expect(store.events.map((e) => e.properties.id)).toEqual(['a', 'b', 'c']);
    expect(store.classification?.map((c) => c.id)).toEqual(['a', 'c', 'b']);
    expect(store.datasets.list).toEqual([d]);

    store.setDatasetVisible(d, false);
    expect(store.events.map((e) => e.properties.id)).toEqual(['a', 'c']);
    expect(store.classification?.map((c) => c.id)).toEqual(['a', 'c']);
    expect(d.stash?.map((c) => c.id)).toEqual(['b']);

    store.setDatasetVisible(d, true);
    expect(store.events.map((e) => e.properties.id)).toEqual(['a', 'b', 'c']);
    expect(store.classification?.map((c) => c.id).sort()).toEqual(['a', 'b', 'c']);
    expect(d.stash).toBeUndefined();

    store.removeDataset(d);
    expect(store.events.map((e) => e.properties.id)).toEqual(['a', 'c']);
    expect(store.datasets.list).toEqual([]);
  });

  test('a boundaries dataset adds its results to every event, a hidden dataset’s stash included, and takes them away', () => {
    const { store } = loaded();
    const hidden: ImportedDataset = {
      kind: 'events',
      name: 'hidden.csv',
      importedAt: '2026-12-03T00:00:00Z',
      features: [event('h', '2021-06-01')],
      visible: false,
      stash: [inside('h', 'x')],
    };
    store.datasets.list = [hidden];
    const d: ImportedDataset = {
      kind: 'boundaries',
      name: 'area.geojson',
      importedAt: '2026-12-03T00:00:00Z',
      features: [boundary('custom-y')],
      visible: true,
    };
    store.addDataset(d, [inside('a', 'custom-y'), inside('c', 'custom-y'), inside('h', 'custom-y')], null);
    expect(store.boundaryIds()).toEqual(['x', 'custom-y']);
    expect(store.boundaryName('custom-y')).toBe('Name of custom-y');
    expect(Object.keys(store.classification?.[0].results ?? {}).sort()).toEqual(['custom-y', 'x']);
    expect(Object.keys(hidden.stash?.[0].results ?? {}).sort()).toEqual(['custom-y', 'x']);

    store.removeDataset(d);
    expect(store.boundaryIds()).toEqual(['x']);
    expect(Object.keys(store.classification?.[0].results ?? {})).toEqual(['x']);
    expect(Object.keys(hidden.stash?.[0].results ?? {})).toEqual(['x']);
  });

  test('a new dataset under a name already used replaces the old one', () => {
    const { store } = loaded();
    const first: ImportedDataset = {
      kind: 'events',
      name: 'mine.csv',
      importedAt: '2026-12-03T00:00:00Z',
      features: [event('b', '2021-01-01')],
      visible: true,
    };
    store.addDataset(first, [inside('b', 'x')], null);
    const second = { ...first, features: [event('d', '2023-01-01')] };
    store.addDataset(second, [inside('d', 'x')], null);
    expect(store.events.map((e) => e.properties.id)).toEqual(['a', 'c', 'd']);
    expect(store.classification?.map((c) => c.id)).toEqual(['a', 'c', 'd']);
    expect(store.datasets.list).toEqual([second]);
  });
});
