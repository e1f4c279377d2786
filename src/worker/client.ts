// Main-thread side of the analysis worker: Promises, progress callbacks, AbortSignal cancellation.
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { CompareOptions } from '../analysis/compare-boundaries.ts';
import { failedCompare } from '../analysis/failed-compare.ts';
import type { BoundaryInput, ClassifyResult, CompareResult, LonLatPoint } from '../analysis/types.ts';
import type { BoundaryRef, WorkerRequest, WorkerResponse } from './protocol.ts';

export interface ClassifyOptions {
  /** Called after each chunk of a large input (more than one chunk of points). */
  onProgress?: (done: number, total: number) => void;
  /** Aborting rejects the promise with an AbortError and stops the worker between chunks. */
  signal?: AbortSignal;
}

export interface CompareCallOptions extends CompareOptions {
  /** Aborting rejects at once; the worker still finishes the clip it started (timeoutMs bounds that). */
  signal?: AbortSignal;
  /** Give up (and restart the worker) after this long; the result then carries `error`. Default 120 s. */
  timeoutMs?: number;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Runs `classify` and `compareBoundaries` in a Web Worker.
 *
 * ```ts
 * const client = new AnalysisClient();
 * const results = await client.classify(points, boundaries, { onProgress, signal });
 * const overlap = await client.compare(a, b);
 * ```
 * Boundary features are sent to the worker once per object and reused (with their index) afterwards.
 */
export class AnalysisClient {
  private worker: Worker;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private keys = new WeakMap<BoundaryInput, number>();
  private nextKey = 1;
  /** Tells the worker to drop a boundary once the page has let go of the feature object. */
  private released = new FinalizationRegistry<number>((key) => {
    this.worker.postMessage({ type: 'release', key } satisfies WorkerRequest);
  });

  constructor(private readonly createWorker: () => Worker = defaultWorker) {
    this.worker = this.start();
  }

  classify(
    points: readonly LonLatPoint[],
    boundaries: readonly BoundaryInput[],
    options: ClassifyOptions = {},
  ): Promise<ClassifyResult[]> {
    const refs = boundaries.map((feature) => this.ref(feature));
    // Plain copies: callers may pass event objects with more fields than the worker needs.
    const plain = points.map((p) => ({ id: p.id, lon: p.lon, lat: p.lat }));
    return this.request(
      (requestId) => ({ type: 'classify', requestId, points: plain, boundaries: refs }),
      options.signal,
      options.onProgress,
    ) as Promise<ClassifyResult[]>;
  }

  async compare(
    a: Feature<Polygon | MultiPolygon>,
    b: Feature<Polygon | MultiPolygon>,
    options: CompareCallOptions = {},
  ): Promise<CompareResult> {
    const { signal, timeoutMs = 120_000, ...compareOptions } = options;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<CompareResult>((resolve) => {
      timer = setTimeout(() => {
        resolve(failedCompare(`comparison did not finish within ${timeoutMs} ms`));
        // Clipping cannot be interrupted: replace the worker so nothing stays stuck behind it.
        this.restart(new Error('the worker was restarted after a comparison timed out'));
      }, timeoutMs);
    });
    const work = this.request(
      (requestId) => ({ type: 'compare', requestId, a, b, options: compareOptions }),
      signal,
    ) as Promise<CompareResult>;
    try {
      return await Promise.race([work, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Stops the worker; pending requests reject. */
  terminate(): void {
    this.worker.terminate();
    this.rejectAll(new Error('the analysis worker was terminated'));
  }

  private start(): Worker {
    const worker = this.createWorker();
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.restart(new Error(`analysis worker error: ${event.message ?? 'unknown'}`));
    };
    return worker;
  }

  private restart(reason: Error): void {
    this.worker.terminate();
    this.rejectAll(reason);
    this.keys = new WeakMap();
    this.worker = this.start();
  }

  private rejectAll(reason: Error): void {
    for (const p of this.pending.values()) p.reject(reason);
    this.pending.clear();
  }

  private ref(feature: BoundaryInput): BoundaryRef {
    const known = this.keys.get(feature);
    if (known !== undefined) return { key: known };
    const key = this.nextKey++;
    this.keys.set(feature, key);
    this.released.register(feature, key);
    return { key, feature };
  }

  private request(
    build: (requestId: number) => WorkerRequest,
    signal?: AbortSignal,
    onProgress?: (done: number, total: number) => void,
  ): Promise<unknown> {
    if (signal?.aborted) return Promise.reject(abortError());
    const requestId = this.nextId++;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        if (!this.pending.delete(requestId)) return;
        this.worker.postMessage({ type: 'cancel', requestId } satisfies WorkerRequest);
        reject(abortError());
      };
      const done = (settle: (v: unknown) => void) => (value: unknown) => {
        signal?.removeEventListener('abort', onAbort);
        settle(value);
      };
      this.pending.set(requestId, { resolve: done(resolve), reject: done(reject), onProgress });
      signal?.addEventListener('abort', onAbort, { once: true });
      this.worker.postMessage(build(requestId));
    });
  }

  private receive(message: WorkerResponse): void {
    const pending = this.pending.get(message.requestId);
    if (!pending) return;
    if (message.type === 'progress') {
      pending.onProgress?.(message.done, message.total);
      return;
    }
    this.pending.delete(message.requestId);
    if (message.type === 'classified') pending.resolve(message.results);
    else if (message.type === 'compared') pending.resolve(message.result);
    else if (message.type === 'cancelled') pending.reject(abortError());
    else pending.reject(new Error(message.message));
  }
}

function defaultWorker(): Worker {
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
}

function abortError(): Error {
  return new DOMException('The analysis was cancelled', 'AbortError');
}
