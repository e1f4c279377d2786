// The import pipeline of <khorasan-map>: files (picker, drop, URL) → column dialog when unsure → parse and
// classify in the worker (ImportRunner) → the element's data, kept in the DatasetStore. A file that fails
// changes nothing on the map.
import type { ReactiveController } from 'lit';
import { type EventClassification, eventPoints } from '../../data/classification.ts';
import type { CsvColumns } from '../../data/csv-columns.ts';
import { fetchOk, nameFromUrl } from '../../data/fetch-ok.ts';
import type { DatasetStore } from '../../data/import/dataset-store.ts';
import type { ImportedDataset, ImportReport, ImportView } from '../../data/import/import-view.ts';

import { removeDataset } from '../../data/import/imported-store.ts';
import type { CsvPreview } from '../../data/import/parse-csv-events.ts';
import { sniffTextFormat } from '../../data/sniff-format.ts';
import type { BoundaryFeature, EventFeature } from '../../data/types.ts';
import type { ImportOutcome, ImportRequest } from '../../worker/import-protocol.ts';
import { CancelledError, ImportRunner } from '../../worker/import-runner.ts';
import type { MapContext } from './context.ts';

export class ImportController implements ReactiveController {
  view: ImportView = {
    datasets: [],
    progress: null,
    report: null,
    error: '',
    mapping: null,
  };
  /** Resolves once the stored datasets are read (the element waits for it before its first data load). */
  readonly restored: Promise<void>;
  /** Timings of the last import, for the benchmark. */
  lastTimings: { parseMs: number; classifyMs: number; applyMs: number } | null = null;

  #ctx: MapContext;
  #runner = new ImportRunner();
  #mappingResolve: ((columns: CsvColumns | null) => void) | null = null;

  /** What <km-import> asks for, as events (it never calls the controller). */
  readonly #panelListeners: [keyof HTMLElementEventMap, (e: Event) => void][] = [
    [
      'km-import-files',
      (e) => void this.importFiles((e as HTMLElementEventMap['km-import-files']).detail.files),
    ],
    ['km-import-url', (e) => void this.importUrl((e as HTMLElementEventMap['km-import-url']).detail.url)],
    ['km-import-cancel', () => this.cancel()],
    ['km-import-dismiss', () => this.dismiss()],
    [
      'km-column-mapping',
      (e) => this.answerMapping((e as HTMLElementEventMap['km-column-mapping']).detail.columns),
    ],
    [
      'km-dataset-visibility',
      (e) => {
        const { name, visible } = (e as HTMLElementEventMap['km-dataset-visibility']).detail;
        this.setVisible(name, visible);
      },
    ],
    [
      'km-dataset-remove',
      (e) => void this.remove((e as HTMLElementEventMap['km-dataset-remove']).detail.name),
    ],
    ['km-import-clear', () => void this.clear()],
  ];

  constructor(ctx: MapContext) {
    this.#ctx = ctx;
    ctx.host.addController(this);
    this.restored = this.#restore();
    ctx.store.subscribe((changed) => {
      if (changed.has('classifyProgress')) this.#restoreProgress(ctx.store.classifyProgress);
    });
  }

  get #datasets(): DatasetStore {
    return this.#ctx.store.datasets;
  }

  hostConnected(): void {
    for (const [type, listener] of this.#panelListeners) this.#ctx.host.addEventListener(type, listener);
  }

  hostDisconnected(): void {
    for (const [type, listener] of this.#panelListeners) this.#ctx.host.removeEventListener(type, listener);
    if (this.#mappingResolve) this.answerMapping(null);
    this.#runner.dispose();
  }

  /** Progress of the classification that follows a (re)load, shown only when stored datasets were restored. */
  #restoreProgress(fraction: number | null): void {
    if (!this.#datasets.list.length || (this.view.progress && this.view.progress.phase !== 'restore')) return;
    this.#set({ progress: fraction === null ? null : { name: 'imported data', phase: 'restore', fraction } });
  }

  // ---------- ways in ----------

  async importFiles(files: FileList | readonly File[]): Promise<void> {
    for (const file of Array.from(files)) {
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        this.#fail(`${file.name} could not be read: ${(error as Error).message}`, error);
        continue;
      }
      await this.importText(text, file.name);
    }
  }

  async importUrl(url: string): Promise<void> {
    const trimmed = url.trim();
    if (!trimmed) return;
    let text: string;
    this.#set({ progress: { name: nameFromUrl(trimmed), phase: 'read', fraction: 0 }, error: '' });
    try {
      text = await (await fetchOk(new URL(trimmed, document.baseURI))).text();
    } catch (error) {
      this.#set({ progress: null });
      this.#fail(`${trimmed} could not be loaded: ${(error as Error).message}`, error);
      return;
    }
    await this.importText(text, nameFromUrl(trimmed));
  }

  /** Imports one file's text. Resolves when done, failed or cancelled (never rejects). */
  async importText(text: string, name: string): Promise<void> {
    if (this.#runner.busy) {
      this.#fail(`An import is already running; ${name} was not imported.`);
      return;
    }
    this.#set({ error: '', report: null, progress: { name, phase: 'read', fraction: 0 } });
    try {
      const format = sniffTextFormat(text);
      // imports are classified against the map's own data: wait for it, distances included
      await this.#ctx.host.whenReady();
      await this.#ctx.host.loadClassifications();
      const { events, classification, boundaries } = this.#ctx.store;
      const request = await this.#request(text, name, format, events, boundaries);
      if (!request) {
        this.#set({ progress: null });
        return;
      }
      const outcome = await this.#runner.run(request, {
        progress: (phase, fraction) => this.#set({ progress: { name, phase, fraction } }),
        notSaved: (message) =>
          this.#ctx.report(`${name} is shown but could not be stored for next time: ${message}`),
      });
      const t0 = performance.now();
      this.#applyOutcome(outcome, name, classification);
      this.lastTimings = {
        parseMs: outcome.parseMs,
        classifyMs: outcome.classifyMs,
        applyMs: performance.now() - t0,
      };
    } catch (error) {
      this.#set({ progress: null });
      if (error instanceof CancelledError) {
        this.#set({ error: `Import of ${name} cancelled. Nothing was changed.` });
        return;
      }
      const reason = (error as Error).message.replace(/([^.!?])$/, '$1.');
      this.#fail(`${name} could not be imported: ${reason} Nothing on the map was changed.`, error);
    }
  }

  /** Builds the worker request; null when the user closed the column dialog. */
  async #request(
    text: string,
    name: string,
    format: 'csv' | 'json' | 'kml',
    events: readonly EventFeature[],
    boundaries: readonly BoundaryFeature[],
  ): Promise<ImportRequest | null> {
    const requestId = this.#runner.nextRequestId();
    const sameName = this.#datasets.list.find((d) => d.name === name);
    const replaced = new Set<EventFeature>(
      sameName?.kind === 'events' ? (sameName.features as EventFeature[]) : [],
    );
    const takenEventIds = events.filter((e) => !replaced.has(e)).map((e) => e.properties.id);
    if (format === 'kml') {
      const { parseKmlEvents } = await import('../../data/import/parse-kml-events.ts');
      return {
        type: 'events',
        requestId,
        import: parseKmlEvents(text, name),
        boundaries: [...boundaries],
        takenEventIds,
      };
    }
    let columns: CsvColumns | undefined;
    if (format === 'csv') {
      const { inspectCsv } = await import('../../data/import/parse-csv-events.ts');
      const preview = inspectCsv(text);
      const sure = preview.guess?.confidence === 'sure';
      const chosen = sure ? preview.guess : await this.#askColumns(name, preview);
      if (!chosen) return null;
      columns = chosen;
    }
    const takenBoundaryIds = boundaries
      .filter(
        (b) => !(sameName?.kind === 'boundaries' && (sameName.features as BoundaryFeature[]).includes(b)),
      )
      .map((b) => b.properties.id);
    const hidden = this.#datasets.hiddenEvents();
    return {
      type: 'file',
      requestId,
      text,
      name,
      format,
      ...(columns && { columns }),
      boundaries: [...boundaries],
      points: format === 'json' ? eventPoints([...events, ...hidden]) : [],
      takenBoundaryIds,
      takenEventIds,
    };
  }

  #askColumns(name: string, preview: CsvPreview): Promise<CsvColumns | null> {
    this.#set({ mapping: { name, preview }, progress: null });
    return new Promise((resolve) => {
      this.#mappingResolve = resolve;
    });
  }

  /** The column dialog's answer (null: cancelled). */
  answerMapping(columns: CsvColumns | null): void {
    const resolve = this.#mappingResolve;
    this.#mappingResolve = null;
    const name = this.view.mapping?.name ?? '';
    this.#set({ mapping: null, progress: columns ? { name, phase: 'parse', fraction: 0 } : null });
    resolve?.(columns);
  }

  /** Resolves once the last import was written to IndexedDB (tests and the benchmark wait for it). */
  whenSaved(): Promise<void> {
    return this.#runner.whenSaved();
  }

  /** Stops the running import (the worker is replaced) or closes the column dialog. */
  cancel(): void {
    if (this.#mappingResolve) this.answerMapping(null);
    this.#runner.cancel();
  }

  #applyOutcome(
    outcome: ImportOutcome,
    name: string,
    classificationBefore: readonly EventClassification[] | null,
  ): void {
    const importedAt = new Date().toISOString();
    const report: ImportReport = {
      name,
      kind: outcome.kind,
      accepted: outcome.import.features.length,
      rejected: outcome.import.rejected,
      notes: outcome.import.notes,
      parseMs: outcome.parseMs,
      classifyMs: outcome.classifyMs,
    };
    if (outcome.import.features.length === 0) {
      this.#set({ progress: null, report });
      this.#fail(
        `${name}: no ${outcome.kind === 'events' ? 'event' : 'boundary'} could be imported (see the report).`,
      );
      return;
    }
    // a new import under a name already used replaces that dataset (its stored copy too, if of another kind)
    const old = this.#datasets.find(name);
    if (old && old.kind !== outcome.kind) void removeDataset(old.kind, old.name).catch(() => undefined);
    const { features } = outcome.import;
    const dataset: ImportedDataset = { kind: outcome.kind, name, importedAt, features, visible: true };
    this.#ctx.store.addDataset(dataset, outcome.classification, classificationBefore);
    if (outcome.kind === 'boundaries') this.#show(features.map((f) => f.properties.id));
    this.#set({ progress: null, report, datasets: [...this.#datasets.list] });
  }

  // ---------- show, hide, remove, clear ----------

  setVisible(name: string, visible: boolean): void {
    const d = this.#datasets.find(name, 'events');
    if (!d || d.visible === visible) return;
    this.#ctx.store.setDatasetVisible(d, visible);
    this.#set({ datasets: [...this.#datasets.list] });
    void this.#storeHidden(name, !visible);
  }

  /** The hidden flag is kept with the dataset, once the worker has written it. */
  #storeHidden(name: string, hidden: boolean): Promise<void> {
    return this.#datasets
      .storeHidden(name, hidden, () => this.whenSaved())
      .catch((error) => {
        this.#ctx.report(`${name}: shown/hidden could not be stored: ${(error as Error).message}`, error);
      });
  }

  async remove(name: string): Promise<void> {
    const d = this.#datasets.list.find((x) => x.name === name);
    if (!d) return;
    this.#ctx.store.removeDataset(d);
    this.#set({ datasets: [...this.#datasets.list] });
    try {
      await this.#datasets.storeRemoval(d);
    } catch (error) {
      this.#ctx.report(`${name} could not be removed from storage: ${(error as Error).message}`, error);
    }
  }

  /** Removes every imported dataset, from the map and from storage. */
  async clear(): Promise<void> {
    for (const d of [...this.#datasets.list]) this.#ctx.store.removeDataset(d);
    this.#set({ datasets: [], report: null });
    try {
      await this.#datasets.storeClear();
    } catch (error) {
      this.#ctx.report(`Imported data could not be cleared from storage: ${(error as Error).message}`, error);
    }
  }

  dismiss(): void {
    this.#set({ report: null, error: '' });
  }

  // ---------- restore ----------

  async #restore(): Promise<void> {
    try {
      await this.#datasets.restore((message) => this.#ctx.report(message));
      this.#set({ datasets: [...this.#datasets.list] });
    } catch (error) {
      // No IndexedDB (private mode, blocked storage): importing still works for this page.
      this.#ctx.report(`Imported data could not be restored: ${(error as Error).message}`, error);
    }
  }

  // ---------- helpers ----------

  /** Newly imported boundaries are drawn. */
  #show(ids: string[]): void {
    const state = this.#ctx.state;
    this.#ctx.commit({ ...state, boundaries: [...state.boundaries, ...ids] }, 'ui');
  }

  #fail(message: string, cause?: unknown): void {
    this.#set({ error: message });
    this.#ctx.report(message, cause);
  }

  #set(patch: Partial<ImportView>): void {
    this.view = { ...this.view, ...patch };
    this.#ctx.host.requestUpdate();
  }
}
