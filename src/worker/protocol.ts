// Messages between AnalysisClient (main thread) and analysis.worker.ts.
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { CompareOptions } from '../analysis/compare-boundaries.ts';
import type { BoundaryInput, ClassifyResult, CompareResult, LonLatPoint } from '../analysis/types.ts';

/**
 * A boundary by key. The feature travels only the first time the worker sees the key; the worker keeps it
 * (and its index) so later requests do not copy full-resolution geometry again.
 */
export interface BoundaryRef {
  key: number;
  feature?: BoundaryInput;
}

export type WorkerRequest =
  | { type: 'classify'; requestId: number; points: LonLatPoint[]; boundaries: BoundaryRef[] }
  | {
      type: 'compare';
      requestId: number;
      a: Feature<Polygon | MultiPolygon>;
      b: Feature<Polygon | MultiPolygon>;
      options?: CompareOptions;
    }
  | { type: 'cancel'; requestId: number }
  /** The client no longer holds this boundary: the worker may drop its copy and index. */
  | { type: 'release'; key: number };

export type WorkerResponse =
  | { type: 'progress'; requestId: number; done: number; total: number }
  | { type: 'classified'; requestId: number; results: ClassifyResult[] }
  | { type: 'compared'; requestId: number; result: CompareResult }
  | { type: 'cancelled'; requestId: number }
  | { type: 'failed'; requestId: number; message: string };

/** Points per chunk: progress is posted, and cancellation checked, between chunks. */
export const CHUNK_SIZE = 5000;
