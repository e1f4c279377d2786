import type { MultiPolygon, Polygon } from 'geojson';
import { polygonParts } from './polygon-parts.ts';

/**
 * Every edge of every ring of every part as a flat [lon1, lat1, lon2, lat2, ...] array, in ring order.
 * Consecutive vertices form an edge, as in Turf (rings are closed by repeating the first vertex).
 */
export function outlineEdges(geometry: Polygon | MultiPolygon): Float64Array {
  let count = 0;
  const parts = polygonParts(geometry);
  for (const rings of parts) for (const ring of rings) count += Math.max(0, ring.length - 1);
  const edges = new Float64Array(count * 4);
  let o = 0;
  for (const rings of parts) {
    for (const ring of rings) {
      for (let i = 0; i + 1 < ring.length; i++) {
        edges[o++] = ring[i][0];
        edges[o++] = ring[i][1];
        edges[o++] = ring[i + 1][0];
        edges[o++] = ring[i + 1][1];
      }
    }
  }
  return edges;
}
