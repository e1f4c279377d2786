import type { BoundaryFeature, EventFeature } from '../types.ts';

/** A row or feature that could not be imported, and why. Never dropped silently. */
export interface RejectedRow {
  /** 1-based line number in a CSV file, or 1-based feature number in GeoJSON/TopoJSON/KML. */
  line: number;
  reason: string;
}

export type EventFormat = 'csv' | 'geojson' | 'topojson' | 'kml';

export interface EventImport {
  dataset: string;
  format: EventFormat;
  features: EventFeature[];
  rejected: RejectedRow[];
  /** Notes on how columns or properties were read (shown in the import report). */
  notes: string[];
  /** CSV: the order in which numeric day/month dates were read, when the file has any. */
  dateOrder?: 'dmy' | 'mdy';
}

export interface BoundaryImport {
  features: BoundaryFeature[];
  rejected: RejectedRow[];
  notes: string[];
}

/** A whole-file failure: the file could not be read at all. Nothing on the map changes. */
export class ImportError extends Error {
  override name = 'ImportError';
}
