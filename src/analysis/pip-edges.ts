import type { MultiPolygon, Polygon } from 'geojson';
import { polygonParts } from './polygon-parts.ts';

/** The edges of a polygon as point-in-polygon-hao walks them, with their part and ring neighbours. */
export interface PipEdges {
  count: number;
  /** Per edge x1, y1, x2, y2 (lon/lat), in ring order. */
  coords: Float64Array;
  /** Part (polygon of a MultiPolygon) of each edge. */
  part: Int32Array;
  /** The edge before / after each edge in its (closed) ring: the ones sharing its first / second vertex. */
  prev: Int32Array;
  next: Int32Array;
  partCount: number;
  bbox: [number, number, number, number];
}

/**
 * Edges for the grid index, or null when a ring is not closed exactly (first position ≠ last) or empty:
 * Turf treats those specially (it throws, or leaves the ring open), so the index leaves them to Turf.
 */
export function pipEdges(geometry: Polygon | MultiPolygon): PipEdges | null {
  const parts = polygonParts(geometry);
  let count = 0;
  for (const rings of parts) {
    for (const ring of rings) {
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (!first || first[0] !== last[0] || first[1] !== last[1]) return null;
      count += ring.length - 1;
    }
  }
  const coords = new Float64Array(count * 4);
  const part = new Int32Array(count);
  const prev = new Int32Array(count);
  const next = new Int32Array(count);
  const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  let e = 0;
  parts.forEach((rings, p) => {
    for (const ring of rings) {
      const firstEdge = e;
      const n = ring.length - 1;
      for (let i = 0; i < n; i++, e++) {
        const [x1, y1] = ring[i];
        const [x2, y2] = ring[i + 1];
        coords.set([x1, y1, x2, y2], e * 4);
        part[e] = p;
        prev[e] = i === 0 ? firstEdge + n - 1 : e - 1;
        next[e] = i === n - 1 ? firstEdge : e + 1;
        bbox[0] = Math.min(bbox[0], x1, x2);
        bbox[1] = Math.min(bbox[1], y1, y2);
        bbox[2] = Math.max(bbox[2], x1, x2);
        bbox[3] = Math.max(bbox[3], y1, y2);
      }
    }
  });
  return { count, coords, part, prev, next, partCount: parts.length, bbox };
}
