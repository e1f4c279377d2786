// The shape the analysis core's classify() returns per event (see ClassifyResult in src/analysis/),
// restated structurally so the UI can be typed against it on its own.

export interface BoundaryResult {
  inside: boolean;
  distanceKm: number;
  /** The nearest point [lon, lat] of the boundary's outline. */
  nearest: [number, number];
}

export interface EventClassification {
  id: string;
  results: Record<string, BoundaryResult>;
}

/** Lookup by event id; the map is rebuilt only when the results array itself changes. */
export function classificationById(
  results: readonly EventClassification[],
): Map<string, EventClassification> {
  const byId = new Map<string, EventClassification>();
  for (const result of results) byId.set(result.id, result);
  return byId;
}
