// Imported datasets survive a reload: they are kept in IndexedDB (through idb-keyval), in a store
// of their own so "clear imported data" cannot touch anything else.
import { clear, createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import type { BoundaryFeature, EventFeature } from '../types.ts';

export type StoredDataset =
  | { kind: 'events'; name: string; importedAt: string; features: EventFeature[]; hidden?: boolean }
  | { kind: 'boundaries'; name: string; importedAt: string; features: BoundaryFeature[] };

let store: UseStore | undefined;
function db(): UseStore {
  store ??= createStore('khorasan-map-imports', 'datasets');
  return store;
}

/** Saves (or replaces) one imported dataset under its name. */
export async function saveDataset(dataset: StoredDataset): Promise<void> {
  await set(`${dataset.kind}:${dataset.name}`, dataset, db());
}

/** Every stored dataset, oldest import first. */
export async function loadDatasets(): Promise<StoredDataset[]> {
  const all = (await entries<string, StoredDataset>(db())).map(([, value]) => value);
  return all.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}

/** Remembers that the user hid (or showed again) an events dataset, so a reload keeps it that way. */
export async function setDatasetHidden(name: string, hidden: boolean): Promise<void> {
  const stored = await get<StoredDataset>(`events:${name}`, db());
  if (stored?.kind !== 'events') return;
  await set(`events:${name}`, { ...stored, hidden }, db());
}

export async function removeDataset(kind: StoredDataset['kind'], name: string): Promise<void> {
  await del(`${kind}:${name}`, db());
}

/** Removes every imported dataset; the built-in data is untouched. */
export async function clearDatasets(): Promise<void> {
  await clear(db());
}
