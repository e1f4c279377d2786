// TopoJSON boundaries → GeoJSON Features. No DOM and no file system, so the map, the worker and the CLI share it.

import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { BoundaryFeature, BoundaryProperties } from './types.ts';

/** Name of the object holding the boundaries in geodata/boundaries*.topo.json. */
export const BOUNDARIES_OBJECT = 'boundaries';

/**
 * The boundaries of a topology (object `boundaries`) as Polygon/MultiPolygon features, in file order.
 * Throws if the object is missing or holds anything but polygons.
 */
export function boundariesFromTopology(topology: Topology): BoundaryFeature[] {
  const object = topology.objects[BOUNDARIES_OBJECT] as GeometryCollection<BoundaryProperties> | undefined;
  if (object?.type !== 'GeometryCollection') {
    throw new Error(`the topology has no GeometryCollection named "${BOUNDARIES_OBJECT}"`);
  }
  const collection = feature(topology, object);
  return collection.features.map((f) => {
    const type = f.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      throw new Error(`boundary ${String(f.properties?.id)} is a ${type ?? 'null geometry'}, not a polygon`);
    }
    return f as BoundaryFeature;
  });
}
