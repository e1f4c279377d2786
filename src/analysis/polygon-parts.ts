import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Polygon → [rings]; MultiPolygon → its parts. Each part is a list of rings (outer first, then holes). */
export function polygonParts(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}
