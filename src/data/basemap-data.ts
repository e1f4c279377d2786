// Turns a basemap TopoJSON (geodata/basemap-region.topo.json, basemap-world.topo.json or the whole
// basemap.topo.json) into the GeoJSON the basemap style draws, plus one label point per country (labels on
// polygons would repeat per tile). The region part is complete only inside its `coverage` box; the world
// part is merged in when the view leaves that box.
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

/** West, south, east, north in degrees. */
export type LonLatBox = [number, number, number, number];

export interface BasemapData {
  countries: FeatureCollection;
  admin1: FeatureCollection;
  disputed: FeatureCollection;
  places: FeatureCollection;
  countryLabels: FeatureCollection<Point>;
  /** One label point per admin-1 unit (provinces of the region's countries), drawn from zoom 6. */
  admin1Labels: FeatureCollection<Point>;
  /** The box inside which this data is complete; null when it covers the whole world. */
  coverage: LonLatBox | null;
  /** adm0_a3 → name of every country, including those whose shapes are not loaded yet. */
  countryNames: Record<string, string>;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

function toCollection(topology: Topology, name: string): FeatureCollection {
  const object = topology.objects[name];
  if (!object) return EMPTY;
  const result = feature(topology, object) as FeatureCollection | Feature;
  return result.type === 'FeatureCollection' ? result : { type: 'FeatureCollection', features: [result] };
}

/** Signed planar area of a ring in square degrees (good enough to rank polygons). */
function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return sum / 2;
}

function largestPolygon(geometry: Polygon | MultiPolygon): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  let best = geometry.coordinates[0];
  for (const polygon of geometry.coordinates) {
    if (Math.abs(ringArea(polygon[0])) > Math.abs(ringArea(best[0]))) best = polygon;
  }
  return best;
}

/** The midpoint of the widest run inside the polygon along the parallel `lat` (even-odd rule). */
function widestRunAt(polygon: Position[][], lat: number): { lon: number; width: number } | null {
  const crossings: number[] = [];
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x1, y1] = ring[j];
      const [x2, y2] = ring[i];
      if (y1 > lat !== y2 > lat) crossings.push(x1 + ((lat - y1) / (y2 - y1)) * (x2 - x1));
    }
  }
  crossings.sort((a, b) => a - b);
  let best: { lon: number; width: number } | null = null;
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    const width = crossings[i + 1] - crossings[i];
    if (!best || width > best.width) best = { lon: (crossings[i] + crossings[i + 1]) / 2, width };
  }
  return best;
}

/** A point well inside the country's main polygon: the widest run on the best of a few parallels. */
export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] | null {
  const polygon = largestPolygon(geometry);
  const outer = polygon[0];
  if (!outer || outer.length < 4) return null;
  let minLat = Number.POSITIVE_INFINITY;
  let maxLat = Number.NEGATIVE_INFINITY;
  for (const [, lat] of outer) {
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
  }
  let best: { lon: number; lat: number; score: number } | null = null;
  for (let k = 1; k < 10; k++) {
    const lat = minLat + ((maxLat - minLat) * k) / 10;
    const run = widestRunAt(polygon, lat);
    if (!run) continue;
    // favour the middle latitudes a little, so labels do not hug a wide southern edge
    const score = run.width * (1 - Math.abs(k - 5) / 12);
    if (!best || score > best.score) best = { lon: run.lon, lat, score };
  }
  return best ? [best.lon, best.lat] : null;
}

/** Approximate area in km² of a lon/lat polygon set (for label priority only). */
function approximateAreaKm2(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let total = 0;
  for (const polygon of polygons) {
    const outer = polygon[0];
    const meanLat = outer.reduce((s, p) => s + p[1], 0) / outer.length;
    const kmPerDeg = 111.32;
    total += Math.abs(ringArea(outer)) * kmPerDeg * kmPerDeg * Math.cos((meanLat * Math.PI) / 180);
  }
  return total;
}

function isAreal(geometry: Geometry | null): geometry is Polygon | MultiPolygon {
  return geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon';
}

export function countryLabels(countries: FeatureCollection): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const country of countries.features) {
    if (!isAreal(country.geometry)) continue;
    const point = labelPoint(country.geometry);
    if (!point) continue;
    features.push({
      type: 'Feature',
      properties: {
        name: country.properties?.name ?? '',
        adm0_a3: country.properties?.adm0_a3 ?? '',
        areaKm2: Math.round(approximateAreaKm2(country.geometry)),
      },
      geometry: { type: 'Point', coordinates: point },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** The members the region part adds to a topology (see geodata/split-basemap.mjs). */
interface RegionMembers {
  coverage?: unknown;
  worldCountryNames?: unknown;
}

function isBox(value: unknown): value is LonLatBox {
  return Array.isArray(value) && value.length === 4 && value.every((v) => typeof v === 'number');
}

export function basemapFromTopology(topology: Topology): BasemapData {
  const countries = toCollection(topology, 'countries');
  const { coverage, worldCountryNames } = topology as Topology & RegionMembers;
  const names: Record<string, string> =
    typeof worldCountryNames === 'object' && worldCountryNames !== null
      ? { ...(worldCountryNames as Record<string, string>) }
      : {};
  for (const f of countries.features) names[f.properties?.adm0_a3 ?? ''] = f.properties?.name ?? '';
  const admin1 = toCollection(topology, 'admin1');
  return {
    countries,
    admin1,
    disputed: toCollection(topology, 'disputed'),
    places: toCollection(topology, 'places'),
    countryLabels: countryLabels(countries),
    // the same label points as countries' (largest part, inside it): computed here, nothing to download
    admin1Labels: countryLabels(admin1),
    coverage: isBox(coverage) ? coverage : null,
    countryNames: names,
  };
}

const concat = <T extends FeatureCollection>(a: T, b: T): T => ({
  ...a,
  features: [...a.features, ...b.features],
});

/** The region part with the world part added: complete everywhere. */
export function mergeBasemaps(region: BasemapData, world: BasemapData): BasemapData {
  return {
    countries: concat(region.countries, world.countries),
    admin1: concat(region.admin1, world.admin1),
    disputed: concat(region.disputed, world.disputed),
    places: concat(region.places, world.places),
    countryLabels: concat(region.countryLabels, world.countryLabels),
    admin1Labels: concat(region.admin1Labels, world.admin1Labels),
    coverage: null,
    countryNames: { ...region.countryNames, ...world.countryNames },
  };
}

/**
 * Whether a view (west, south, east, north; west/east may run past ±180° on world copies) shows anything
 * outside `coverage`. The view is first shifted by whole turns so that its centre lies in -180..180.
 */
export function viewLeavesCoverage(coverage: LonLatBox | null, view: LonLatBox): boolean {
  if (!coverage) return false;
  const [west, south, east, north] = view;
  const turns = Math.round((west + east) / 2 / 360) * 360;
  return (
    west - turns < coverage[0] || south < coverage[1] || east - turns > coverage[2] || north > coverage[3]
  );
}
