// The UI's names for what the analysis core's classify() returns per event: one definition, in
// src/analysis/types.ts.
import type { BoundaryRelation, ClassifyResult } from '../analysis/types.ts';

export type BoundaryResult = BoundaryRelation;
export type EventClassification = ClassifyResult;

/** Lookup by event id; the map is rebuilt only when the results array itself changes. */
export function classificationById(
  results: readonly EventClassification[],
): Map<string, EventClassification> {
  const byId = new Map<string, EventClassification>();
  for (const result of results) byId.set(result.id, result);
  return byId;
}
