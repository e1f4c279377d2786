// Bounding box of each country of the basemap, keyed by adm0_a3. Pure: works in Node and the browser.
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

export interface CountryProps {
  adm0_a3: string;
  name?: string;
}

type CountryFeature = Feature<Polygon | MultiPolygon | null, CountryProps>;

function extend(box: BBox, [lon, lat]: Position): void {
  if (lon < box[0]) box[0] = lon;
  if (lat < box[1]) box[1] = lat;
  if (lon > box[2]) box[2] = lon;
  if (lat > box[3]) box[3] = lat;
}

/**
 * One box per adm0_a3 over all its polygons (a country split across several features is merged).
 * Countries crossing the antimeridian (Russia, Fiji, the USA's Aleutians) get a box spanning all
 * longitudes, which is looser than their shape but never wrongly rejects a point.
 */
export function countryBBoxes(
  countries: readonly CountryFeature[] | FeatureCollection<Polygon | MultiPolygon | null, CountryProps>,
): Map<string, BBox> {
  const list = Array.isArray(countries) ? countries : (countries as FeatureCollection).features;
  const boxes = new Map<string, BBox>();
  for (const country of list as CountryFeature[]) {
    const code = country.properties?.adm0_a3;
    const geometry = country.geometry;
    if (!code || !geometry) continue;
    const box = boxes.get(code) ?? [Infinity, Infinity, -Infinity, -Infinity];
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of polygons)
      for (const ring of polygon) for (const position of ring) extend(box, position);
    if (Number.isFinite(box[0])) boxes.set(code, box);
  }
  return boxes;
}

/** Country boxes from the basemap TopoJSON (object `countries`). */
export function countryBBoxesFromTopology(topology: Topology, objectName = 'countries'): Map<string, BBox> {
  const object = topology.objects[objectName] as GeometryCollection<CountryProps> | undefined;
  if (!object) throw new Error(`basemap has no object "${objectName}"`);
  const collection = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  return countryBBoxes(collection);
}
