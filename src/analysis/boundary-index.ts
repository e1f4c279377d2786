import { buildDistanceIndex, type DistanceIndex } from './distance-index.ts';
import { buildPipIndex, type PipIndex } from './pip-index.ts';
import type { BoundaryInput } from './types.ts';

/** Everything classify needs for one boundary, built once per boundary object. */
export interface BoundaryIndex {
  id: string;
  pip: PipIndex;
  distance: DistanceIndex;
}

const cache = new WeakMap<BoundaryInput, BoundaryIndex>();

/** The index of a boundary, built on first use and cached for as long as the feature object lives. */
export function boundaryIndex(boundary: BoundaryInput): BoundaryIndex {
  let index = cache.get(boundary);
  if (!index) {
    index = {
      id: String(boundary.properties.id),
      pip: buildPipIndex(boundary),
      distance: buildDistanceIndex(boundary.geometry),
    };
    cache.set(boundary, index);
  }
  return index;
}
