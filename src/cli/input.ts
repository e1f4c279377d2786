import type { Feature } from 'geojson';

/** A readable input row or feature. */
export interface InputRow {
  id: string;
  lon: number;
  lat: number;
  /** CSV values or the feature's properties, passed through to csv and geojson output. */
  record: Record<string, unknown>;
  /** The input feature, for GeoJSON input. */
  feature?: Feature;
  /** CSV input: the row's values in header order, as the CSV output writes them. */
  values?: string[];
}

/**
 * A row that could not be classified: where it is ("line 12", "feature 3") and why. With `warning`, a note on
 * a row that was classified (a repeated id), printed in line order with the rejections but not counted.
 */
export interface RejectedRow {
  where: string;
  reason: string;
  warning?: true;
}

/** Receives the input in order, a batch at a time; `fields` are the input's column/property names. */
export interface InputSink {
  start(fields: string[]): void;
  batch(rows: InputRow[], rejected: RejectedRow[]): void;
}

/** A failure that makes the whole file unusable: exit status 2 with this one-line message. */
export class CliError extends Error {
  override name = 'CliError';
}

/** Rows per batch handed to the sink (and so per classify call). */
export const BATCH_ROWS = 10_000;
