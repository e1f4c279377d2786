// Checks the committed basemap TopoJSON (geodata/basemap.topo.json) against the contract in
// the project's shared context: objects countries, admin1, disputed, places.
import { readFileSync } from 'node:fs';
import { booleanClockwise, booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type {
  FeatureCollection,
  GeoJsonProperties,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';

const topo = JSON.parse(
  readFileSync(new URL('../../geodata/basemap.topo.json', import.meta.url), 'utf8'),
) as Topology;

function layer<G extends Geometry, P extends GeoJsonProperties>(name: string) {
  const obj = topo.objects[name] as GeometryCollection<P> | undefined;
  if (!obj) throw new Error(`basemap has no object ${name}`);
  return feature(topo, obj) as unknown as FeatureCollection<G, P>;
}

const countries = layer<Polygon | MultiPolygon, { adm0_a3: string; name: string }>('countries');
const admin1 = layer<Polygon | MultiPolygon, { adm0_a3: string; name: string }>('admin1');
const disputed = layer<LineString | MultiLineString, { name: string; type: string }>('disputed');
const places = layer<Point, { name: string; adm0_a3: string; kind: string; rank: number }>('places');

const REGION = ['AFG', 'PAK', 'IRN', 'IND', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];

describe('countries', () => {
  test('world coverage with adm0_a3 and name on every polygon', () => {
    expect(countries.features.length).toBeGreaterThan(200);
    for (const f of countries.features) {
      expect(f.properties.adm0_a3).toMatch(/^[A-Z0-9]{3}$/);
      expect(f.properties.name.length).toBeGreaterThan(0);
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
    }
    const codes = countries.features.map((f) => f.properties.adm0_a3);
    for (const c of [...REGION, 'RUS', 'CHN', 'USA', 'TUR']) expect(codes).toContain(c);
    expect(new Set(codes).size).toBe(codes.length);
  });

  test('Baikonur is part of Kazakhstan, not a hole or a separate country', () => {
    const codes = countries.features.map((f) => f.properties.adm0_a3);
    expect(codes).not.toContain('KAB');
    const kaz = countries.features.find((f) => f.properties.adm0_a3 === 'KAZ');
    expect(kaz && booleanPointInPolygon([63.32, 45.62], kaz)).toBe(true);
  });

  test('outer rings are counter-clockwise (RFC 7946)', () => {
    for (const f of [...countries.features, ...admin1.features]) {
      const polys: Position[][][] =
        f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const p of polys) {
        p.forEach((ring, i) => {
          expect(booleanClockwise(ring)).toBe(i > 0);
        });
      }
    }
  });
});

describe('admin1', () => {
  test('covers the nine countries and only them (plus the Baikonur lease)', () => {
    const codes = new Set(admin1.features.map((f) => f.properties.adm0_a3));
    for (const c of REGION) expect(codes).toContain(c);
    expect([...codes].filter((c) => !REGION.includes(c))).toEqual(['KAB']);
  });

  test('units that Natural Earth mislabels are told apart', () => {
    const names = (a3: string) =>
      admin1.features.filter((f) => f.properties.adm0_a3 === a3).map((f) => f.properties.name);
    expect(names('AFG')).toEqual(expect.arrayContaining(['Panjshir', 'Parwan', 'Daykundi', 'Uruzgan']));
    expect(names('AFG')).toHaveLength(34);
    expect(names('TKM')).toContain('Chardzhou');
    for (const a3 of REGION) {
      const n = names(a3);
      expect(new Set(n).size, `${a3} admin-1 names are unique`).toBe(n.length);
    }
  });
});

describe('disputed', () => {
  test('Kashmir is drawn as disputed lines', () => {
    const kashmir = disputed.features.filter((f) => f.properties.type === 'kashmir');
    expect(kashmir.length).toBeGreaterThanOrEqual(3);
    for (const f of kashmir) {
      expect(['LineString', 'MultiLineString']).toContain(f.geometry.type);
      const coords =
        f.geometry.type === 'LineString' ? f.geometry.coordinates : f.geometry.coordinates.flat(1);
      for (const [x, y] of coords) {
        expect(x).toBeGreaterThan(72);
        expect(x).toBeLessThan(81);
        expect(y).toBeGreaterThan(32);
        expect(y).toBeLessThan(37.5);
      }
    }
    // Both the Indian and the Pakistani claim lines are present.
    const names = kashmir.map((f) => f.properties.name).join(' ');
    expect(names).toContain('Indian claim');
    expect(names).toContain('Pakistani claim');
  });

  test('every disputed feature has a geometry, a name and a type', () => {
    for (const f of disputed.features) {
      expect(f.geometry).not.toBeNull();
      expect(f.properties.name.length).toBeGreaterThan(0);
      expect(['kashmir', 'disputed']).toContain(f.properties.type);
    }
  });
});

describe('places', () => {
  const REQUIRED = [
    'Kabul',
    'Islamabad',
    'Tehran',
    'New Delhi',
    'Astana',
    'Bishkek',
    'Dushanbe',
    'Ashgabat',
    'Tashkent',
    'Mashhad',
    'Herat',
    'Mazar-i-Sharif',
    'Kandahar',
    'Kunduz',
    'Jalalabad',
    'Peshawar',
    'Quetta',
    'Karachi',
    'Lahore',
    'Samarkand',
    'Bukhara',
    'Termez',
    'Mary (Merv)',
    'Khujand',
    'Nishapur',
    'Shiraz',
    'Kerman',
    'Mumbai',
    'Moscow',
    'Makhachkala',
    'Derbent',
    'Istanbul',
    'Krasnogorsk (Crocus City Hall)',
  ];

  test.each(REQUIRED)('%s is present', (name) => {
    expect(places.features.map((f) => f.properties.name)).toContain(name);
  });

  test('kinds, ranks and the capitals of the nine countries', () => {
    for (const f of places.features) {
      expect(['capital', 'city', 'article']).toContain(f.properties.kind);
      expect([1, 2, 3]).toContain(f.properties.rank);
    }
    const capitals = places.features
      .filter((f) => f.properties.kind === 'capital')
      .map((f) => f.properties.adm0_a3);
    for (const c of REGION) expect(capitals).toContain(c);
  });

  // Guards against typos in the typed coordinates: each place lies in (or, for coastal cities,
  // within 10 km of) the country it is tagged with.
  test.each(places.features.map((f) => [f.properties.name, f] as const))('%s lies in its country', (_, f) => {
    const c = countries.features.find((k) => k.properties.adm0_a3 === f.properties.adm0_a3);
    expect(c, f.properties.adm0_a3).toBeDefined();
    if (!c) return;
    const d = pointToPolygonDistance(f.geometry.coordinates, c, { units: 'kilometers' });
    expect(d).toBeLessThan(10);
  });
});
