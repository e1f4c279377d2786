// Types shared by the analysis core, the worker, the CLI and the map.
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** A point to classify. `lon`/`lat` in degrees (WGS84). */
export interface LonLatPoint {
  id: string;
  lon: number;
  lat: number;
}

/** Any polygonal boundary with an `id` property (BoundaryFeature satisfies this). */
export type BoundaryInput = Feature<Polygon | MultiPolygon, { id: string }>;

/** How one point relates to one boundary. */
export interface BoundaryRelation {
  /** Inside the boundary; a point exactly on an edge (or vertex) counts as inside. */
  inside: boolean;
  /** Great-circle distance in km to the nearest point of the outline (any ring, any part); >= 0. */
  distanceKm: number;
  /** That nearest point of the outline, [lon, lat]. */
  nearest: [number, number];
}

export interface ClassifyResult {
  id: string;
  results: Record<string, BoundaryRelation>;
}

export interface CompareResult {
  areaKm2: { a: number; b: number };
  intersectionKm2: number;
  aMinusBKm2: number;
  bMinusAKm2: number;
  /** |a ∩ b| / |a ∪ b|, 0 when both are empty. */
  jaccard: number;
  geometries: {
    intersection: Feature<Polygon | MultiPolygon> | null;
    aMinusB: Feature<Polygon | MultiPolygon> | null;
    bMinusA: Feature<Polygon | MultiPolygon> | null;
  };
  /** Set when clipping failed or was refused; the numbers are then NaN and the geometries null. */
  error?: string;
}
