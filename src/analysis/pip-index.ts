import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { BoundaryInput } from './types.ts';

/** Point-in-polygon index. (Placeholder: defers to Turf until the grid index lands.) */
export interface PipIndex {
  feature: BoundaryInput;
}

export function buildPipIndex(feature: BoundaryInput): PipIndex {
  return { feature };
}

export function pipContains(index: PipIndex, lon: number, lat: number): boolean {
  return booleanPointInPolygon([lon, lat], index.feature);
}
