// The UI's names for what the analysis core's classify() returns per event: one definition, in
// src/analysis/types.ts.
import type { BoundaryRelation, ClassifyResult, LonLatPoint } from '../analysis/types.ts';
import type { EventFeature } from './types.ts';

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

/** The events as the analysis core's points. */
export function eventPoints(events: readonly EventFeature[]): LonLatPoint[] {
  return events.map((e) => ({
    id: e.properties.id,
    lon: e.geometry.coordinates[0],
    lat: e.geometry.coordinates[1],
  }));
}

/** Each event's results with those of newly added boundaries (by event id) merged in. */
export function withBoundaryResults(
  list: readonly EventClassification[],
  added: ReadonlyMap<string, EventClassification['results']>,
): EventClassification[] {
  return list.map((c) => {
    const extra = added.get(c.id);
    return extra ? { id: c.id, results: { ...c.results, ...extra } } : c;
  });
}

/** Each event's results without those of the given boundaries (removed ones). */
export function withoutBoundaries(
  list: readonly EventClassification[],
  ids: readonly string[],
): EventClassification[] {
  return list.map((c) => {
    if (!ids.some((id) => id in c.results)) return c;
    const results = { ...c.results };
    for (const id of ids) delete results[id];
    return { id: c.id, results };
  });
}
