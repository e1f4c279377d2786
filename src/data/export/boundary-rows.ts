// One row per boundary version, in the shape every scale-out export (PostGIS, FlatGeobuf, WKT-CSV) writes.
import type { MultiPolygon, Position } from 'geojson';
import type { BoundaryFeature, SourceRef } from '../types.ts';

/**
 * Version id of the boundaries' one geometry each. Versions with their own periods of force have not landed
 * (issue 13); until then every boundary is one version, in force at every date, as the CLI treats it.
 */
export const SINGLE_VERSION = 'v1';

export interface BoundaryVersionRow {
  id: string;
  version: string;
  /** ISO dates the version is in force from and to (inclusive); null means open-ended. */
  validFrom: string | null;
  validTo: string | null;
  name: string;
  certainty: string;
  sources: SourceRef[];
  geometry: MultiPolygon;
}

export function boundaryVersionRows(boundaries: readonly BoundaryFeature[]): BoundaryVersionRow[] {
  return boundaries.map((b) => ({
    id: b.properties.id,
    version: SINGLE_VERSION,
    // The data's validFrom/validTo say which span a description covers (e.g. 651–1220 for classical
    // Khorasan), not when a geometry version is in force, so they do not limit the version here.
    validFrom: null,
    validTo: null,
    name: b.properties.name,
    certainty: b.properties.certainty,
    sources: b.properties.sources,
    geometry: asMultiPolygon(b.geometry),
  }));
}

function asMultiPolygon(geometry: BoundaryFeature['geometry']): MultiPolygon {
  return geometry.type === 'MultiPolygon'
    ? geometry
    : { type: 'MultiPolygon', coordinates: [geometry.coordinates] };
}

/** WKT of a MultiPolygon; numbers in JavaScript's shortest round-trip form, so nothing is rounded. */
export function multiPolygonWkt(geometry: MultiPolygon): string {
  const ring = (r: Position[]) => `(${r.map((p) => `${p[0]} ${p[1]}`).join(', ')})`;
  const polygon = (rings: Position[][]) => `(${rings.map(ring).join(', ')})`;
  return `MULTIPOLYGON (${geometry.coordinates.map(polygon).join(', ')})`;
}
