// The imported datasets of one map, in memory and in IndexedDB. Reads answer what the element merges in on
// a (re)load; writes to storage run one after another, so a late "hidden" flag cannot bring back a dataset
// that was removed meanwhile.
import type { EventClassification } from '../classification.ts';
import { byDate, mergeByDate } from '../merge-by-date.ts';
import type { BoundaryFeature, EventFeature } from '../types.ts';
import type { ImportedDataset } from './import-view.ts';
import { clearDatasets, loadDatasets, removeDataset, setDatasetHidden } from './imported-store.ts';

export class DatasetStore {
  list: ImportedDataset[] = [];
  /** The last storage write (see #inOrder). */
  #writes: Promise<void> = Promise.resolve();

  find(name: string, kind?: ImportedDataset['kind']): ImportedDataset | undefined {
    return this.list.find((d) => d.name === name && (!kind || d.kind === kind));
  }

  /** Imported boundaries whose id is not taken yet. */
  boundariesFor(taken: readonly string[]): BoundaryFeature[] {
    const ids = new Set(taken);
    return this.list
      .filter((d) => d.kind === 'boundaries')
      .flatMap((d) => d.features as BoundaryFeature[])
      .filter((b) => !ids.has(b.properties.id));
  }

  /** The given events followed by those of every shown events dataset (ids not repeated), by date. */
  withEvents(base: readonly EventFeature[]): EventFeature[] {
    const ids = new Set(base.map((e) => e.properties.id));
    let out = byDate([...base]);
    for (const d of this.list) {
      if (d.kind !== 'events' || !d.visible) continue;
      const fresh = (d.features as EventFeature[]).filter((e) => !ids.has(e.properties.id));
      out = mergeByDate(out, byDate(fresh));
    }
    return out;
  }

  /** Events of the datasets the user hid: classified with the rest on (re)load, kept aside until shown. */
  hiddenEvents(): EventFeature[] {
    return this.list
      .filter((d) => d.kind === 'events' && !d.visible)
      .flatMap((d) => d.features as EventFeature[]);
  }

  /** Hands each hidden dataset its part of a (re)load's classification, put back when it is shown. */
  stashHidden(classification: readonly EventClassification[]): void {
    const byId = new Map(classification.map((c) => [c.id, c]));
    for (const d of this.list) {
      if (d.kind !== 'events' || d.visible) continue;
      d.stash = (d.features as EventFeature[]).flatMap((e) => byId.get(e.properties.id) ?? []);
    }
  }

  /** Reads the stored datasets, skipping (and reporting) invalid entries; throws when IndexedDB is not available. */
  async restore(report: (message: string) => void): Promise<void> {
    const stored = await loadDatasets(report);
    this.list = stored.map((s) => ({
      kind: s.kind,
      name: s.name,
      importedAt: s.importedAt,
      features: s.features,
      visible: !(s.kind === 'events' && s.hidden),
    }));
  }

  /** Stores the hidden flag once `saved` (the worker's write of the dataset) has finished. */
  storeHidden(name: string, hidden: boolean, saved: () => Promise<void>): Promise<void> {
    return this.#inOrder(async () => {
      await saved();
      await setDatasetHidden(name, hidden);
    });
  }

  storeRemoval(d: ImportedDataset): Promise<void> {
    return this.#inOrder(() => removeDataset(d.kind, d.name));
  }

  storeClear(): Promise<void> {
    return this.#inOrder(() => clearDatasets());
  }

  #inOrder(write: () => Promise<void>): Promise<void> {
    const next = this.#writes.then(write);
    this.#writes = next.catch(() => undefined);
    return next;
  }
}
