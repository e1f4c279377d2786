// What one map has loaded, in one place: the events, the boundaries, the imported datasets, what is known of
// the events against the boundaries (the full classification, or inside/outside only until it is computed),
// the country names and the theme's colours. Controllers and panels read slices of it; whoever changes a
// slice does so through `update()`, and the subscribers (markers, layers, the element's render) follow.
import {
  type EventClassification,
  type InsideClassification,
  withBoundaryResults,
  withoutBoundaries,
} from '../data/classification.ts';
import { DatasetStore } from '../data/import/dataset-store.ts';
import type { ImportedDataset } from '../data/import/import-view.ts';
import { byDate, mergeByDate } from '../data/merge-by-date.ts';
import type { BoundaryFeature, EventFeature } from '../data/types.ts';

export interface LoadedData<Colors> {
  events: EventFeature[];
  boundaries: BoundaryFeature[];
  /** Every event against every boundary (inside, distance, nearest point), or null until it is computed. */
  classification: EventClassification[] | null;
  /** Until `classification` is there: inside/outside of the built-in data, precomputed at build time. */
  insideOnly: InsideClassification[] | null;
  /** ISO alpha-3 code → name, from the offline basemap (empty without it: the filters list codes). */
  countryNames: Record<string, string>;
  /** The theme's colours, once read (the state layer does not need to know their shape). */
  colors: Colors | undefined;
  /** Progress (0–1) of the classification that follows a (re)load, or null when none runs. */
  classifyProgress: number | null;
}

export type LoadedKey = keyof LoadedData<unknown>;

/** Called after each update with the keys that changed and the data as it was before. */
export type LoadedListener<Colors> = (changed: ReadonlySet<LoadedKey>, before: LoadedData<Colors>) => void;

export class LoadedStore<Colors = unknown> {
  /** The imported datasets (memory and IndexedDB); their features are merged into `events`/`boundaries`. */
  readonly datasets = new DatasetStore();
  #data: LoadedData<Colors> = {
    events: [],
    boundaries: [],
    classification: null,
    insideOnly: null,
    countryNames: {},
    colors: undefined,
    classifyProgress: null,
  };
  #listeners = new Set<LoadedListener<Colors>>();

  get events(): EventFeature[] {
    return this.#data.events;
  }
  get boundaries(): BoundaryFeature[] {
    return this.#data.boundaries;
  }
  get classification(): EventClassification[] | null {
    return this.#data.classification;
  }
  get insideOnly(): InsideClassification[] | null {
    return this.#data.insideOnly;
  }
  /** What is known: the full classification, or inside/outside only until it is computed. */
  get known(): readonly InsideClassification[] | null {
    return this.#data.classification ?? this.#data.insideOnly;
  }
  get countryNames(): Record<string, string> {
    return this.#data.countryNames;
  }
  get colors(): Colors | undefined {
    return this.#data.colors;
  }
  get classifyProgress(): number | null {
    return this.#data.classifyProgress;
  }

  /** Ids of the loaded boundaries, in their drawing order. */
  boundaryIds(): string[] {
    return this.#data.boundaries.map((b) => b.properties.id);
  }

  boundaryName(id: string): string {
    return this.#data.boundaries.find((b) => b.properties.id === id)?.properties.name ?? id;
  }

  /**
   * Replaces the given slices; a full classification replaces the inside-only one. Subscribers hear of the
   * slices that changed (by identity), once.
   */
  update(patch: Partial<LoadedData<Colors>>): void {
    const before = this.#data;
    const next = { ...before, ...patch };
    if (patch.classification) next.insideOnly = null;
    const changed = new Set<LoadedKey>();
    for (const key of Object.keys(next) as LoadedKey[]) if (next[key] !== before[key]) changed.add(key);
    if (changed.size === 0) return;
    this.#data = next;
    for (const listener of [...this.#listeners]) listener(changed, before);
  }

  /** Calls `listener` after each update; returns the unsubscribe function. */
  subscribe(listener: LoadedListener<Colors>): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  // ---------- imported datasets: what adding, showing, hiding and removing one does to the loaded data ----------

  /**
   * An imported dataset joins (replacing one of the same name): its features, with their classification
   * (`added`: the new events', or each event's results against the new boundaries). `before` is the
   * classification the import was computed against, used when none is loaded now.
   */
  addDataset(
    d: ImportedDataset,
    added: readonly EventClassification[],
    before: readonly EventClassification[] | null,
  ): void {
    const old = this.datasets.find(d.name);
    if (old) this.removeDataset(old);
    const classification = [...(this.classification ?? before ?? [])];
    if (d.kind === 'events') {
      this.update({
        events: mergeByDate(this.events, byDate(d.features as EventFeature[])),
        classification: [...classification, ...added],
      });
    } else {
      const results = new Map(added.map((c) => [c.id, c.results]));
      const merge = (list: readonly EventClassification[]) => withBoundaryResults(list, results);
      for (const x of this.datasets.list) if (x.stash) x.stash = merge(x.stash);
      this.update({
        boundaries: [...this.boundaries, ...(d.features as BoundaryFeature[])],
        classification: merge(classification),
      });
    }
    this.datasets.list = [...this.datasets.list, d];
  }

  /** Shows or hides an events dataset: a hidden one keeps its classification aside until shown again. */
  setDatasetVisible(d: ImportedDataset, visible: boolean): void {
    if (d.kind !== 'events' || d.visible === visible) return;
    const features = d.features as EventFeature[];
    const current = this.classification;
    if (visible) {
      this.update({
        events: mergeByDate(this.events, byDate(features)),
        classification: current ? [...current, ...(d.stash ?? [])] : null,
      });
      d.stash = undefined;
    } else {
      const mine = new Set(features);
      const ids = new Set(features.map((e) => e.properties.id));
      d.stash = (current ?? []).filter((c) => ids.has(c.id));
      this.update({
        events: this.events.filter((e) => !mine.has(e)),
        classification: current ? current.filter((c) => !ids.has(c.id)) : null,
      });
    }
    d.visible = visible;
  }

  /** A dataset leaves the loaded data (its storage is the caller's). */
  removeDataset(d: ImportedDataset): void {
    const current = this.classification;
    if (d.kind === 'events') {
      const mine = new Set(d.features as EventFeature[]);
      const ids = new Set((d.features as EventFeature[]).map((e) => e.properties.id));
      this.update({
        events: this.events.filter((e) => !mine.has(e)),
        classification: current ? current.filter((c) => !ids.has(c.id)) : null,
      });
    } else {
      const mine = new Set(d.features as BoundaryFeature[]);
      const ids = (d.features as BoundaryFeature[]).map((b) => b.properties.id);
      const strip = (list: readonly EventClassification[]) => withoutBoundaries(list, ids);
      for (const x of this.datasets.list) if (x.stash) x.stash = strip(x.stash);
      this.update({
        boundaries: this.boundaries.filter((b) => !mine.has(b)),
        classification: current ? strip(current) : null,
      });
    }
    this.datasets.list = this.datasets.list.filter((x) => x !== d);
  }
}
