// The element's access to the analysis core. For the built-in boundaries and events, unchanged, the
// answers needed at start (inside/outside, areas and overlaps) were computed at build time by the same
// core (`npm run analysis`) and are read here; everything else runs in one worker per page, shared by
// every <khorasan-map> and created on first use, with results cached per boundary pair and per event set.
// Nothing here runs Turf on the main thread.
import builtInAnalysisText from '../../geodata/built-in-analysis.json?raw';
import {
  type PrecomputedAnalysis,
  precomputedComparison,
  precomputedInside,
} from '../analysis/precomputed.ts';
import type { CompareResult } from '../analysis/types.ts';
import type { EventClassification, InsideClassification } from '../data/classification.ts';
import type { BoundaryFeature, EventFeature } from '../data/types.ts';
import { AnalysisClient } from './client.ts';

let shared: AnalysisClient | null = null;
function client(): AnalysisClient {
  shared ??= new AnalysisClient();
  return shared;
}

let builtIn: PrecomputedAnalysis | undefined;
function builtInAnalysis(): PrecomputedAnalysis {
  builtIn ??= JSON.parse(builtInAnalysisText) as PrecomputedAnalysis;
  return builtIn;
}

/** What the statistics show of a comparison. */
export type CompareNumbers = Omit<CompareResult, 'geometries'>;

const comparisons = new WeakMap<BoundaryFeature, WeakMap<BoundaryFeature, Promise<CompareResult>>>();

/** compareBoundaries(a, b) in the worker, once per pair of feature objects (geometries included). */
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

/** compareBoundaries(a, b)'s numbers: precomputed when both are unchanged built-in boundaries, else the worker's. */
export function compareNumbers(a: BoundaryFeature, b: BoundaryFeature): Promise<CompareNumbers> {
  const known = precomputedComparison(builtInAnalysis(), a, b);
  return known ? Promise.resolve(known) : compareInWorker(a, b);
}

/**
 * Inside/outside for every event and boundary, precomputed, when `events` and `boundaries` are exactly the
 * built-in ones (ids, coordinates and geometries, in order); null otherwise (then classify in the worker).
 */
export function builtInInside(
  events: readonly EventFeature[],
  boundaries: readonly BoundaryFeature[],
): InsideClassification[] | null {
  return precomputedInside(builtInAnalysis(), events, boundaries);
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
