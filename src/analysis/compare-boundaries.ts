import area from '@turf/area';
import difference from '@turf/difference';
import { featureCollection } from '@turf/helpers';
import intersect from '@turf/intersect';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { failedCompare } from './failed-compare.ts';
import type { CompareResult } from './types.ts';
import { vertexCount } from './vertex-count.ts';

type Polygonal = Feature<Polygon | MultiPolygon>;

export interface CompareOptions {
  /** Refuse (with `error`) inputs with more vertices than this in total, rather than risk a long stall. */
  maxVertices?: number;
}

const DEFAULT_MAX_VERTICES = 1_000_000;

/**
 * Areas (km², spherical, Turf's `area`) of a, b, a ∩ b, a − b and b − a, the Jaccard index |a∩b| / |a∪b|,
 * and the three clipped geometries (null when empty). Clipping is Turf's (polyclip-ts); if it throws, or the
 * inputs exceed `maxVertices`, the result carries `error`, NaN numbers and null geometries instead of throwing.
 * Run it at build time or in the worker: on full-resolution inputs it can take seconds.
 */
export function compareBoundaries(a: Polygonal, b: Polygonal, options: CompareOptions = {}): CompareResult {
  const maxVertices = options.maxVertices ?? DEFAULT_MAX_VERTICES;
  const vertices = vertexCount(a.geometry) + vertexCount(b.geometry);
  if (vertices > maxVertices) {
    return failedCompare(`inputs have ${vertices} vertices, more than the limit of ${maxVertices}`);
  }
  try {
    const pair = featureCollection<Polygon | MultiPolygon>([strip(a), strip(b)]);
    const intersection = intersect(pair);
    const aMinusB = difference(pair);
    const bMinusA = difference(featureCollection<Polygon | MultiPolygon>([strip(b), strip(a)]));
    const areaA = area(a);
    const areaB = area(b);
    const intersectionKm2 = intersection ? area(intersection) / 1e6 : 0;
    const union = areaA / 1e6 + areaB / 1e6 - intersectionKm2;
    return {
      areaKm2: { a: areaA / 1e6, b: areaB / 1e6 },
      intersectionKm2,
      aMinusBKm2: aMinusB ? area(aMinusB) / 1e6 : 0,
      bMinusAKm2: bMinusA ? area(bMinusA) / 1e6 : 0,
      jaccard: union > 0 ? intersectionKm2 / union : 0,
      geometries: { intersection, aMinusB, bMinusA },
    };
  } catch (error) {
    return failedCompare(`clipping failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Geometry only: the results should not inherit a's or b's properties. */
function strip(f: Polygonal): Polygonal {
  return { type: 'Feature', properties: {}, geometry: f.geometry };
}
