// Checks the committed boundary TopoJSON (geodata/boundaries*.topo.json) against the contract in
// src/data/types.ts and the definitions in geodata/README.md.
import { readFileSync } from 'node:fs';
import {
  area,
  booleanClockwise,
  booleanPointInPolygon,
  destination,
  kinks,
  point,
  pointToPolygonDistance,
} from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import type { BoundaryProperties } from '../../src/data/types.ts';

type Boundary = Feature<Polygon | MultiPolygon, BoundaryProperties>;

function loadTopo(name: string): Topology {
  return JSON.parse(readFileSync(new URL(`../../geodata/${name}`, import.meta.url), 'utf8')) as Topology;
}

function loadBoundaries(name: string): Map<string, Boundary> {
  const topo = loadTopo(name);
  const fc = feature(
    topo,
    topo.objects.boundaries as GeometryCollection<BoundaryProperties>,
  ) as FeatureCollection<Polygon | MultiPolygon, BoundaryProperties>;
  return new Map(fc.features.map((f) => [f.properties.id, f]));
}

const simplified = loadBoundaries('boundaries.topo.json');
const full = loadBoundaries('boundaries-full.topo.json');

const IDS = [
  'khorasan-historical',
  'khorasan-historical-classical',
  'iskp-claim-core',
  'iskp-claim-max',
  'iskp-claim-contested',
];

// City centres (GeoNames, rounded to 0.01°), typed here independently of geodata/places.mjs.
const CITY: Record<string, [number, number]> = {
  Kabul: [69.17, 34.53],
  Islamabad: [73.05, 33.69],
  Almaty: [76.95, 43.24],
  Tashkent: [69.24, 41.3],
  Ashgabat: [58.38, 37.95],
  Dushanbe: [68.78, 38.54],
  Bishkek: [74.59, 42.87],
  Mashhad: [59.61, 36.3],
  Tehran: [51.39, 35.69],
  Delhi: [77.21, 28.61],
  Moscow: [37.62, 55.76],
  Herat: [62.2, 34.35],
  Farah: [62.11, 32.37],
  Zaranj: [61.88, 30.96],
  'Lashkar Gah': [64.36, 31.59],
  'Qalat (Zabul)': [66.9, 32.11],
  'Mazar-i-Sharif': [67.11, 36.71],
  'Mary (Merv)': [61.83, 37.59],
  Termez: [67.28, 37.22],
  Khujand: [69.62, 40.28],
  Nishapur: [58.8, 36.21],
  Balkh: [66.9, 36.76],
  Baikonur: [63.32, 45.62],
  Kandahar: [65.71, 31.61],
};

function get(id: string, set = simplified): Boundary {
  const b = set.get(id);
  if (!b) throw new Error(`missing boundary ${id}`);
  return b;
}

const inside = (id: string, city: string) => booleanPointInPolygon(CITY[city], get(id));

function polygons(b: Feature<Polygon | MultiPolygon, unknown>): Position[][][] {
  return b.geometry.type === 'Polygon' ? [b.geometry.coordinates] : b.geometry.coordinates;
}

describe('boundary properties', () => {
  test('both files hold exactly the five boundaries, in the same order', () => {
    expect([...simplified.keys()]).toEqual(IDS);
    expect([...full.keys()]).toEqual(IDS);
  });

  test.each(IDS)('%s has the documented properties and sources with URLs', (id) => {
    const p = get(id).properties;
    expect(p.name.length).toBeGreaterThan(0);
    expect(['historical', 'claim']).toContain(p.kind);
    expect(p.definition.length).toBeGreaterThan(40);
    expect(p.derivation.length).toBeGreaterThan(20);
    expect(p.members.length).toBeGreaterThan(0);
    for (const m of p.members) {
      expect(m.country).toMatch(/^[A-Z]{3}$/);
      expect(m.reason?.length ?? 0).toBeGreaterThan(0);
    }
    expect(p.sources.length).toBeGreaterThan(0);
    for (const s of p.sources) {
      expect(s.url).toMatch(/^https:\/\//);
      expect(s.title.length).toBeGreaterThan(0);
      expect(s.date).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    }
  });

  test('kinds and certainty', () => {
    expect(get('khorasan-historical').properties.kind).toBe('historical');
    expect(get('khorasan-historical-classical').properties.kind).toBe('historical');
    for (const id of ['iskp-claim-core', 'iskp-claim-max', 'iskp-claim-contested']) {
      expect(get(id).properties.kind).toBe('claim');
    }
    expect(get('iskp-claim-contested').properties.certainty).toBe('uncertain');
    expect(get('iskp-claim-core').properties.certainty).toBe('core');
    // the union contains the uncertain zone, so it cannot be core
    expect(get('iskp-claim-max').properties.certainty).toBe('uncertain');
  });

  test('claim boundaries carry the dated 2019 province notes with sources', () => {
    for (const id of ['iskp-claim-core', 'iskp-claim-max', 'iskp-claim-contested']) {
      const notes = get(id).properties.notes ?? [];
      const dates = notes.map((n) => n.date);
      expect(dates).toContain('2019-05-10');
      expect(dates).toContain('2019-05-15');
      for (const n of notes) expect(n.sources.length).toBeGreaterThan(0);
    }
  });

  test('the seed article is cited by every boundary it defines', () => {
    for (const id of ['khorasan-historical', 'iskp-claim-core', 'iskp-claim-max', 'iskp-claim-contested']) {
      expect(get(id).properties.sources.some((s) => s.url.includes('usmcu.edu'))).toBe(true);
    }
  });
});

describe('geometry quality', () => {
  test.each(IDS)('%s has no self-intersections in either file', (id) => {
    expect(kinks(get(id)).features).toHaveLength(0);
    expect(kinks(get(id, full)).features).toHaveLength(0);
  });

  test.each(IDS)('%s rings follow RFC 7946 winding in both files', (id) => {
    for (const set of [simplified, full]) {
      for (const poly of polygons(get(id, set))) {
        poly.forEach((ring, i) => {
          expect(booleanClockwise(ring)).toBe(i > 0);
        });
      }
    }
  });

  test.each(IDS)('%s area agrees with full resolution within 1%%', (id) => {
    const a = area(get(id));
    const b = area(get(id, full));
    expect(Math.abs(a / b - 1)).toBeLessThan(0.01);
  });

  test('max = core + contested (areas add up within 0.5%)', () => {
    const sum = area(get('iskp-claim-core', full)) + area(get('iskp-claim-contested', full));
    expect(Math.abs(area(get('iskp-claim-max', full)) / sum - 1)).toBeLessThan(0.005);
  });
});

describe('containment', () => {
  test.each(['Kabul', 'Islamabad', 'Almaty', 'Tashkent', 'Ashgabat', 'Dushanbe', 'Bishkek', 'Baikonur'])(
    'iskp-claim-core contains %s',
    (city) => expect(inside('iskp-claim-core', city)).toBe(true),
  );
  test.each(['Mashhad', 'Tehran', 'Delhi', 'Moscow'])('iskp-claim-core does not contain %s', (city) =>
    expect(inside('iskp-claim-core', city)).toBe(false),
  );
  // Kandahar and Zabul are in as Khorasan marches of the later usage; Farah, Nimroz and Hilmand are Sistan
  test.each([
    'Mashhad',
    'Herat',
    'Mazar-i-Sharif',
    'Mary (Merv)',
    'Termez',
    'Dushanbe',
    'Khujand',
    'Kandahar',
    'Qalat (Zabul)',
  ])('khorasan-historical contains %s', (city) => expect(inside('khorasan-historical', city)).toBe(true));
  test.each(['Tehran', 'Tashkent', 'Islamabad', 'Almaty', 'Farah', 'Zaranj', 'Lashkar Gah'])(
    'khorasan-historical does not contain %s',
    (city) => expect(inside('khorasan-historical', city)).toBe(false),
  );
  test.each(['Nishapur', 'Mary (Merv)', 'Herat', 'Balkh'])(
    'khorasan-historical-classical contains %s',
    (city) => expect(inside('khorasan-historical-classical', city)).toBe(true),
  );
  test.each(['Termez', 'Dushanbe', 'Tehran', 'Kabul'])(
    'khorasan-historical-classical does not contain %s',
    (city) => expect(inside('khorasan-historical-classical', city)).toBe(false),
  );
  test.each(['Mashhad', 'Tehran', 'Delhi'])('iskp-claim-max and -contested contain %s', (city) => {
    expect(inside('iskp-claim-max', city)).toBe(true);
    expect(inside('iskp-claim-contested', city)).toBe(true);
  });
  test.each(['Kabul', 'Moscow'])('iskp-claim-contested does not contain %s', (city) =>
    expect(inside('iskp-claim-contested', city)).toBe(false),
  );
});

describe('merge leaves no gaps along internal borders', () => {
  // Points on the Afghanistan–Pakistan border (Durand Line) and Iran–Afghanistan border, taken from
  // the basemap's country outlines (the same Natural Earth arcs); the merged claim must contain
  // every point 5 km away from them in each direction.
  const basemap = loadTopo('basemap.topo.json');
  const countries = feature(
    basemap,
    basemap.objects.countries as GeometryCollection<{ adm0_a3: string }>,
  ) as FeatureCollection<Polygon | MultiPolygon, { adm0_a3: string }>;
  const country = (a3: string) => {
    const c = countries.features.find((f) => f.properties.adm0_a3 === a3);
    if (!c) throw new Error(`no country ${a3}`);
    return c;
  };

  /** Vertices of `a` that lie on `b`'s outline (within 50 m), i.e. on their shared border. */
  function sharedBorder(a: string, b: string): Position[] {
    const other = country(b);
    return polygons(country(a))
      .flat(1)
      .flat(1)
      .filter((p) => pointToPolygonDistance(p, other, { units: 'kilometers' }) < 0.05);
  }

  test.each([
    ['AFG', 'PAK', 'iskp-claim-core'],
    ['AFG', 'TJK', 'iskp-claim-core'],
    ['UZB', 'KAZ', 'iskp-claim-core'],
    ['IRN', 'AFG', 'khorasan-historical'],
    ['TKM', 'AFG', 'khorasan-historical-classical'],
    ['IND', 'PAK', 'iskp-claim-max'],
  ])('%s–%s border: points 5 km either side are inside %s', (a, b, id) => {
    const border = sharedBorder(a, b);
    expect(border.length).toBeGreaterThan(10);
    const boundary = get(id);
    // Sample up to 15 border vertices that are far (> 20 km) from the boundary's outer edge.
    const step = Math.max(1, Math.floor(border.length / 40));
    const samples = border
      .filter((_, i) => i % step === 0)
      .filter((p) => pointToPolygonDistance(p, boundary, { units: 'kilometers' }) < -20)
      .slice(0, 15);
    expect(samples.length).toBeGreaterThan(3);
    for (const p of samples) {
      for (const bearing of [0, 90, 180, 270]) {
        const q = destination(point(p), 5, bearing, { units: 'kilometers' });
        expect(booleanPointInPolygon(q, boundary)).toBe(true);
      }
    }
  });
});

describe('documented members match the geometry', () => {
  // Admin-1 units do not overlap, so a boundary's area must equal the summed area of the basemap's
  // admin-1 units that its `members` list names (both come from the same simplified arcs).
  const basemap = loadTopo('basemap.topo.json');
  const admin1 = feature(
    basemap,
    basemap.objects.admin1 as GeometryCollection<{ adm0_a3: string; name: string }>,
  ) as FeatureCollection<Polygon | MultiPolygon, { adm0_a3: string; name: string }>;

  test.each(IDS)('%s area = sum of its member units', (id) => {
    const b = get(id);
    const units = admin1.features.filter((u) =>
      b.properties.members.some(
        (m) =>
          m.country === u.properties.adm0_a3 && (m.admin1 === undefined || m.admin1 === u.properties.name),
      ),
    );
    const named = b.properties.members.filter((m) => m.admin1 !== undefined).length;
    expect(units.length).toBeGreaterThanOrEqual(named);
    const sum = units.reduce((acc, u) => acc + area(u), 0);
    expect(Math.abs(sum / area(b) - 1)).toBeLessThan(0.001);
  });
});
