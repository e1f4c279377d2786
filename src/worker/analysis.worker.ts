// Runs the analysis core off the main thread. Protocol: ./protocol.ts.
import { classify } from '../analysis/classify.ts';
import { compareBoundaries } from '../analysis/compare-boundaries.ts';
import type { BoundaryInput, ClassifyResult } from '../analysis/types.ts';
import { CHUNK_SIZE, type WorkerRequest, type WorkerResponse } from './protocol.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
};
const boundaries = new Map<number, BoundaryInput>();
const running = new Set<number>(); // classify requests in progress (only those can be cancelled)
const cancelled = new Set<number>();

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'cancel') {
    if (running.has(request.requestId)) cancelled.add(request.requestId);
  } else if (request.type === 'release') boundaries.delete(request.key);
  else if (request.type === 'classify') void runClassify(request);
  else if (request.type === 'compare') {
    const result = compareBoundaries(request.a, request.b, request.options);
    scope.postMessage({ type: 'compared', requestId: request.requestId, result });
  }
};

async function runClassify(request: Extract<WorkerRequest, { type: 'classify' }>): Promise<void> {
  const { requestId, points } = request;
  running.add(requestId);
  try {
    const features = request.boundaries.map((ref) => {
      if (ref.feature) boundaries.set(ref.key, ref.feature);
      const feature = boundaries.get(ref.key);
      if (!feature) throw new Error(`unknown boundary key ${ref.key}`);
      return feature;
    });
    const results: ClassifyResult[] = [];
    for (let i = 0; i < points.length; i += CHUNK_SIZE) {
      // Let queued messages (a cancel) in between chunks.
      if (i > 0) await nextTask();
      if (cancelled.has(requestId)) {
        scope.postMessage({ type: 'cancelled', requestId });
        return;
      }
      results.push(...classify(points.slice(i, i + CHUNK_SIZE), features));
      if (points.length > CHUNK_SIZE) {
        scope.postMessage({ type: 'progress', requestId, done: results.length, total: points.length });
      }
    }
    scope.postMessage({ type: 'classified', requestId, results });
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      requestId,
      message: error instanceof Error ? error.message : String(error),
    });
  } finally {
    running.delete(requestId);
    cancelled.delete(requestId);
  }
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
