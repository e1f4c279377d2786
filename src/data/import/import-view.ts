// What the import panel shows: the imported datasets, the running import's progress, the last report, an
// error, and the column dialog. Plain data: the element's import controller makes it, <km-import> renders it.
import type { EventClassification } from '../classification.ts';
import type { BoundaryFeature, EventFeature } from '../types.ts';
import type { RejectedRow } from './import-types.ts';
import type { CsvPreview } from './parse-csv-events.ts';

/** The steps of an import: read (the file or URL), then the worker's parse, classify, transfer and save. */
export type ImportPhase = 'parse' | 'classify' | 'transfer' | 'save';

export interface ImportedDataset {
  kind: 'events' | 'boundaries';
  name: string;
  importedAt: string;
  features: EventFeature[] | BoundaryFeature[];
  /** Events only: drawn and listed. */
  visible: boolean;
  /** Classification of a hidden events dataset, put back when it is shown again. */
  stash?: EventClassification[];
}

export interface ImportReport {
  name: string;
  kind: 'events' | 'boundaries';
  accepted: number;
  rejected: RejectedRow[];
  notes: string[];
  parseMs: number;
  classifyMs: number;
}

export interface ImportProgress {
  name: string;
  /** 'restore': stored datasets are classified again after a reload (no Cancel: built-in events share that run). */
  phase: ImportPhase | 'read' | 'restore';
  fraction: number;
}

export interface MappingRequest {
  name: string;
  preview: CsvPreview;
}

/** What the panel renders; a new object on every change. */
export interface ImportView {
  datasets: readonly ImportedDataset[];
  progress: ImportProgress | null;
  report: ImportReport | null;
  error: string;
  mapping: MappingRequest | null;
}
