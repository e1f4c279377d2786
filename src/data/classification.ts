// The UI's names for what the analysis core's classify() returns per event: one definition, in
// src/analysis/types.ts.
import type { BoundaryRelation, ClassifyResult } from '../analysis/types.ts';

export type BoundaryResult = BoundaryRelation;
export type EventClassification = ClassifyResult;

/** Inside or not, and the distance and nearest point once they are computed. */
export type InsideRelation = BoundaryRelation | { inside: boolean; distanceKm?: never; nearest?: never };

/**
 * What the markers, filters, list and counts read: whether each event is inside each boundary. A full
 * EventClassification is one. For the built-in data the map starts with only `inside` (computed at build
 * time, `npm run analysis`); the distances follow on first need.
 */
export interface InsideClassification {
  id: string;
  results: Record<string, InsideRelation>;
}

/** True when every result carries its distance and nearest point. */
export function hasDistances(c: InsideClassification): c is EventClassification {
  return Object.values(c.results).every((r) => r.nearest !== undefined);
}

/** Lookup by event id; the map is rebuilt only when the results array itself changes. */
export function classificationById<T extends InsideClassification>(results: readonly T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const result of results) byId.set(result.id, result);
  return byId;
}
