import { boundaryIndex } from './boundary-index.ts';
import { nearestOnOutline } from './nearest-on-outline.ts';
import { pipContainsMany } from './pip-contains.ts';
import type { BoundaryInput, BoundaryRelation, ClassifyResult, LonLatPoint } from './types.ts';

/**
 * For each point (in input order) and each boundary: inside or not, the great-circle distance to the
 * boundary's outline and the nearest point on it.
 *
 * `inside` is exactly what `@turf/boolean-point-in-polygon` answers (default options): a point on an edge
 * or a vertex of any ring counts as inside, holes are excluded, and a MultiPolygon contains a point when any
 * of its parts does. Distances are on a sphere of radius 6371.0088 km (Turf's), to edges taken as
 * great-circle arcs; they are >= 0 whether the point is inside or outside, 0 only on the outline.
 * Validate coordinates first (the CLI and importer do): a NaN or infinite coordinate gives Turf's `inside`
 * and a NaN distance.
 */
export function classify(
  points: readonly LonLatPoint[],
  boundaries: readonly BoundaryInput[],
): ClassifyResult[] {
  const indexes = boundaries.map(boundaryIndex);
  const lons = Float64Array.from(points, (p) => p.lon);
  const lats = Float64Array.from(points, (p) => p.lat);
  const inside = indexes.map((index) => {
    const flags = new Uint8Array(points.length);
    pipContainsMany(index.pip, lons, lats, flags);
    return flags;
  });
  const out = new Float64Array(3);
  return points.map((point, i) => {
    const results: Record<string, BoundaryRelation> = {};
    indexes.forEach((index, b) => {
      nearestOnOutline(index.distance, point.lon, point.lat, out);
      results[index.id] = { inside: inside[b][i] === 1, distanceKm: out[0], nearest: [out[1], out[2]] };
    });
    return { id: point.id, results };
  });
}
