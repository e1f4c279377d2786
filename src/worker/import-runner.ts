// Runs one import at a time in import.worker.ts: posts the request, passes progress on, collects the
// streamed chunks, and resolves with the outcome. Cancel terminates the worker (a new one starts on the
// next import). The worker writes each dataset to IndexedDB after handing it over; whenSaved() waits for that.

import type { ImportPhase } from '../data/import/import-view.ts';
import type { EventFeature } from '../data/types.ts';
import type { ImportOutcome, ImportRequest, ImportResponse } from './import-protocol.ts';

export class CancelledError extends Error {
  override name = 'CancelledError';
}

export interface RunCallbacks {
  progress(phase: ImportPhase, fraction: number): void;
  /** The dataset is shown but could not be stored (IndexedDB refused it). */
  notSaved(message: string): void;
}

export class ImportRunner {
  #worker: Worker | null = null;
  #nextId = 1;
  #running: { requestId: number; reject: (e: Error) => void } | null = null;
  /** Imports whose dataset is still being written to IndexedDB. */
  #saved = new Map<number, { done: Promise<void>; resolve: () => void }>();

  get busy(): boolean {
    return this.#running !== null;
  }

  nextRequestId(): number {
    return this.#nextId++;
  }

  run(request: ImportRequest, on: RunCallbacks): Promise<ImportOutcome> {
    this.#worker ??= new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    const worker = this.#worker;
    const features: EventFeature[] = [];
    const classification: ImportOutcome['classification'] = [];
    return new Promise<ImportOutcome>((resolve, reject) => {
      this.#running = { requestId: request.requestId, reject };
      worker.onmessage = (event: MessageEvent<ImportResponse>) => {
        const m = event.data;
        if (m.type === 'saved') {
          if (m.error) on.notSaved(m.error);
          this.#settleSaved(m.requestId);
          return;
        }
        if (m.requestId !== this.#running?.requestId) return;
        if (m.type === 'progress') on.progress(m.phase, m.fraction);
        else if (m.type === 'chunk') {
          for (const f of m.features) features.push(f);
          for (const c of m.classification) classification.push(c);
          on.progress('transfer', features.length / m.total);
        } else if (m.type === 'done') {
          this.#running = null;
          if (features.length && m.outcome.kind === 'events') {
            resolve({ ...m.outcome, import: { ...m.outcome.import, features }, classification });
          } else resolve(m.outcome);
        } else {
          this.#running = null;
          this.#settleSaved(m.requestId);
          reject(new Error(m.message));
        }
      };
      worker.onerror = (event) => {
        event.preventDefault();
        this.#running = null;
        this.#stopWorker();
        reject(new Error(`the import worker failed (${event.message || 'unknown error'}).`));
      };
      let resolveSaved = () => {};
      const done = new Promise<void>((r) => {
        resolveSaved = r;
      });
      this.#saved.set(request.requestId, { done, resolve: resolveSaved });
      worker.postMessage(request);
    });
  }

  /** Resolves once the last import was written to IndexedDB. */
  whenSaved(): Promise<void> {
    return Promise.all([...this.#saved.values()].map((s) => s.done)).then(() => undefined);
  }

  /** Stops the running import, if any: its promise rejects with a CancelledError. */
  cancel(): void {
    const running = this.#running;
    if (!running) return;
    this.#running = null;
    this.#stopWorker();
    running.reject(new CancelledError('cancelled'));
  }

  /** Ends the worker for good (the element was removed). */
  dispose(): void {
    this.cancel();
    this.#stopWorker();
  }

  #settleSaved(requestId: number): void {
    this.#saved.get(requestId)?.resolve();
    this.#saved.delete(requestId);
  }

  #stopWorker(): void {
    this.#worker?.terminate();
    this.#worker = null;
    for (const s of this.#saved.values()) s.resolve();
    this.#saved.clear();
  }
}
