// The element's access to the analysis core: one worker per page, shared by every <khorasan-map>, with
// results cached per boundary pair and per event set. Nothing here runs Turf on the main thread.
import type { CompareResult } from '../../analysis/types.ts';
import type { EventClassification } from '../../data/classification.ts';
import type { BoundaryFeature, EventFeature } from '../../data/types.ts';
import { AnalysisClient } from '../../worker/client.ts';

let shared: AnalysisClient | null = null;
function client(): AnalysisClient {
  shared ??= new AnalysisClient();
  return shared;
}

const comparisons = new WeakMap<BoundaryFeature, WeakMap<BoundaryFeature, Promise<CompareResult>>>();

/** compareBoundaries(a, b) in the worker, once per pair of feature objects. */
export function compareInWorker(a: BoundaryFeature, b: BoundaryFeature): Promise<CompareResult> {
  let byB = comparisons.get(a);
  if (!byB) {
    byB = new WeakMap();
    comparisons.set(a, byB);
  }
  let result = byB.get(b);
  if (!result) {
    result = client().compare(a, b);
    result.catch(() => byB?.delete(b));
    byB.set(b, result);
  }
  return result;
}

/** classify() in the worker: every event against every boundary. */
export function classifyInWorker(
  events: readonly EventFeature[],
  boundaries: readonly BoundaryFeature[],
  signal?: AbortSignal,
  onProgress?: (done: number, total: number) => void,
): Promise<EventClassification[]> {
  const points = events.map((e) => ({
    id: e.properties.id,
    lon: e.geometry.coordinates[0],
    lat: e.geometry.coordinates[1],
  }));
  return client().classify(points, boundaries, { signal, ...(onProgress && { onProgress }) });
}
