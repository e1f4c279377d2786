import type { MultiPolygon, Polygon } from 'geojson';
import { polygonParts } from './polygon-parts.ts';

/** Number of positions in a polygon's rings (closing positions included). */
export function vertexCount(geometry: Polygon | MultiPolygon): number {
  let n = 0;
  for (const rings of polygonParts(geometry)) for (const ring of rings) n += ring.length;
  return n;
}
