// Messages between the import controller (main thread) and import.worker.ts.
import type { ClassifyResult, LonLatPoint } from '../analysis/types.ts';
import type { CsvColumns } from '../data/csv-columns.ts';
import type { BoundaryImport, EventImport } from '../data/import/import-types.ts';
import type { ImportPhase } from '../data/import/import-view.ts';
import type { BoundaryFeature, EventFeature } from '../data/types.ts';

export type { ImportPhase };

export type ImportRequest =
  | {
      /** A CSV or JSON (GeoJSON/TopoJSON, events or boundaries) file's text. */
      type: 'file';
      requestId: number;
      text: string;
      name: string;
      format: 'csv' | 'json';
      /** CSV only: the columns (detected or chosen by the user). */
      columns?: CsvColumns;
      /** The boundaries new events are classified against. */
      boundaries: BoundaryFeature[];
      /** The events on the map, which new boundaries are classified against. */
      points: LonLatPoint[];
      /** Boundary ids in use (new ones get another). */
      takenBoundaryIds: string[];
      /** Event ids in use (new events that repeat one get a suffix). */
      takenEventIds: string[];
    }
  | {
      /** Events parsed elsewhere (KML needs the main thread's DOMParser): classify and save. */
      type: 'events';
      requestId: number;
      import: EventImport;
      boundaries: BoundaryFeature[];
      takenEventIds: string[];
    };

export type ImportOutcome =
  | {
      kind: 'events';
      import: EventImport;
      classification: ClassifyResult[];
      parseMs: number;
      classifyMs: number;
    }
  | {
      kind: 'boundaries';
      import: BoundaryImport;
      /** The points of the request classified against the new boundaries only. */
      classification: ClassifyResult[];
      parseMs: number;
      classifyMs: number;
    };

export type ImportResponse =
  | { type: 'progress'; requestId: number; phase: ImportPhase; fraction: number }
  /** Part of a large events result (in order); `done` then carries no features or classification. */
  | {
      type: 'chunk';
      requestId: number;
      features: EventFeature[];
      classification: ClassifyResult[];
      total: number;
    }
  | { type: 'done'; requestId: number; outcome: ImportOutcome }
  /** The dataset was written to IndexedDB (or could not be: `error`). */
  | { type: 'saved'; requestId: number; error?: string }
  | { type: 'failed'; requestId: number; message: string; importError: boolean };

export type { BoundaryFeature, EventFeature };
