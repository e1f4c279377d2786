// Imported datasets survive a reload: they are kept in IndexedDB (through idb-keyval), in a store
// of their own so "clear imported data" cannot touch anything else.
// Each entry carries the schema version it was written with and is checked on restore (checkStoredEntry):
// a malformed one is skipped with a message that names it, and never stops the map or the built-in data.
import { clear, createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import type { BoundaryFeature, EventFeature } from '../types.ts';
import { checkStoredEntry } from './stored-entry-check.ts';

/** Version of the stored entries' shape; 0 = entries written before versions were kept. */
export const STORE_VERSION = 1;

export type StoredDataset =
  | {
      kind: 'events';
      name: string;
      importedAt: string;
      features: EventFeature[];
      hidden?: boolean;
      version?: number;
    }
  | { kind: 'boundaries'; name: string; importedAt: string; features: BoundaryFeature[]; version?: number };

let store: UseStore | undefined;
function db(): UseStore {
  store ??= createStore('khorasan-map-imports', 'datasets');
  return store;
}

/** Saves (or replaces) one imported dataset under its name. */
export async function saveDataset(dataset: StoredDataset): Promise<void> {
  await set(`${dataset.kind}:${dataset.name}`, { ...dataset, version: STORE_VERSION }, db());
}

/**
 * Every valid stored dataset, oldest import first. `onSkipped` gets one message naming each entry that
 * failed its check (see checkStoredEntry); the other entries are restored all the same.
 */
export async function loadDatasets(onSkipped?: (message: string) => void): Promise<StoredDataset[]> {
  const datasets: StoredDataset[] = [];
  const skipped: string[] = [];
  for (const [key, value] of await entries<IDBValidKey, unknown>(db())) {
    const problem = checkStoredEntry(String(key), value, STORE_VERSION);
    if (problem) skipped.push(`Stored entry "${String(key)}" was skipped: ${problem}.`);
    else datasets.push(value as StoredDataset);
  }
  if (skipped.length > 0) onSkipped?.(`${skipped.join(' ')} The other imported data was restored.`);
  return datasets.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
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
