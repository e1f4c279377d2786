// Keeps event points on land: each point must lie inside its own country's polygons in the basemap the
// map draws, because a marker at sea (or across a border) misleads more than a coarse location does.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CountryProps } from './country-bboxes.ts';
import type { EventIssue } from './event-issue.ts';

type CountryShape = Feature<Polygon | MultiPolygon, CountryProps>;

/** The basemap's countries grouped by adm0_a3 (a country can be several features). */
export function countryShapesFromTopology(
  topology: Topology,
  objectName = 'countries',
): Map<string, CountryShape[]> {
  const object = topology.objects[objectName] as GeometryCollection<CountryProps> | undefined;
  if (!object) throw new Error(`basemap has no object "${objectName}"`);
  const collection = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  const shapes = new Map<string, CountryShape[]>();
  for (const f of collection.features) {
    const code = f.properties?.adm0_a3;
    if (!code || !f.geometry) continue;
    shapes.set(code, [...(shapes.get(code) ?? []), f]);
  }
  return shapes;
}

interface PointEvent {
  geometry?: { coordinates?: number[] } | null;
  properties?: { id?: string; country?: string } | null;
}

/**
 * One `off-land` issue per event whose point is not inside its country's shape. `allowed` maps event
 * ids to the documented reason why that point may lie off the drawn shape; an allowed event that is in
 * fact on land is reported too, so the list cannot go stale.
 */
export function checkEventsOnLand(
  events: readonly PointEvent[],
  shapes: ReadonlyMap<string, readonly CountryShape[]>,
  allowed: Readonly<Record<string, string>> = {},
): EventIssue[] {
  const issues: EventIssue[] = [];
  events.forEach((event, index) => {
    const { id, country } = event.properties ?? {};
    const [lon, lat] = event.geometry?.coordinates ?? [];
    // malformed features are the schema's to report
    if (typeof id !== 'string' || !Number.isFinite(lon) || !Number.isFinite(lat)) return;
    const own = shapes.get(country ?? '') ?? [];
    const onLand = own.some((shape) => booleanPointInPolygon([lon, lat], shape));
    const reason = allowed[id];
    if (!onLand && reason === undefined) {
      issues.push({
        index,
        id,
        path: 'geometry.coordinates',
        code: 'off-land',
        message: `[${lon}, ${lat}] is not inside ${country} in the drawn basemap (at sea or across a border): move it onto land or list it with a reason in the allow-list`,
      });
    } else if (onLand && reason !== undefined) {
      issues.push({
        index,
        id,
        path: 'geometry.coordinates',
        code: 'off-land',
        message: `is on land, so its allow-list entry ("${reason}") is stale: remove it`,
      });
    }
  });
  return issues;
}
