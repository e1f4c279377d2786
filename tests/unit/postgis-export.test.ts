// The PostGIS export in a real PostGIS: it loads with psql, and khorasan_classify gives the CLI's answers
// (and the analysis core's, and Turf's membership) on 2,000 seeded points. The WKT-CSV export loads into the
// same database and gives the same geometries. Needs Debian's postgresql and postgresql-15-postgis-3
// (.ci/run installs them): without them the test is skipped with a loud line, and under CI it fails.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findPostgis, type PgCluster, startCluster } from '../../scripts/postgis-cluster.ts';
import { seededRandom } from '../../src/analysis/bench/seeded-points.ts';
import { classify } from '../../src/analysis/classify.ts';
import { boundariesPath, readBoundaries } from '../../src/cli/read-boundaries.ts';

const postgis = findPostgis();
if (!postgis) {
  const line =
    '!!! POSTGIS TESTS SKIPPED: no PostgreSQL with PostGIS (apt-get install postgresql postgresql-15-postgis-3)';
  if (process.env.CI) throw new Error(`${line}; CI requires them: FAILING`);
  console.warn(`\n${line}\n`);
}

const boundaries = readBoundaries(boundariesPath(false));
const N = 2000;
/** The CLI prints distances to the metre, so a printed distance may be up to 0.5 m off the unrounded one. */
const PRINTED_KM = 0.0005;

/** Half uniform over the region, half within about 1 km of an outline vertex (where membership is hardest). */
function testPoints(): { id: string; lon: number; lat: number }[] {
  const random = seededRandom(18);
  const vertices = boundaries.flatMap((b) =>
    (b.geometry.type === 'Polygon' ? [b.geometry.coordinates] : b.geometry.coordinates).flat(2),
  );
  return Array.from({ length: N }, (_, i) => {
    if (i % 2 === 0) return { id: String(i), lon: 20 + random() * 80, lat: random() * 60 };
    const [lon, lat] = vertices[Math.floor(random() * vertices.length)];
    return { id: String(i), lon: lon + (random() - 0.5) * 0.02, lat: lat + (random() - 0.5) * 0.02 };
  });
}

function exportTo(dir: string, format: string): string {
  const file = join(dir, `boundaries.${format}`);
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/export-boundaries.ts', '--format', format, '--out', file],
    {
      encoding: 'utf8',
    },
  );
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return file;
}

describe.skipIf(!postgis)('PostGIS export', () => {
  let pg: PgCluster;
  let dir: string;
  const points = testPoints();
  /** PostGIS's answers, keyed `${point id}/${boundary id}`. */
  const fromPostgis = new Map<string, { inside: boolean; km: number; version: string }>();

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'khorasan-postgis-test-'));
    pg = startCluster(postgis?.bin as string);
    pg.psql({ file: exportTo(dir, 'postgis') });
    pg.psql({ sql: 'CREATE TABLE pts (id text, lon float8, lat float8)' });
    pg.psql({
      sql: 'COPY pts FROM STDIN (FORMAT csv)',
      stdin: points.map((p) => `${p.id},${p.lon},${p.lat}`).join('\n'),
    });
    const out = pg.psql({
      sql: 'SELECT p.id, c.boundary_id, c.version, c.inside, c.distance_km FROM pts p, LATERAL khorasan_classify(p.lon, p.lat) c',
    });
    for (const line of out.trim().split('\n')) {
      const [id, boundary, version, inside, km] = line.split(',');
      fromPostgis.set(`${id}/${boundary}`, { inside: inside === 't', km: Number(km), version });
    }
  }, 120_000);
  afterAll(() => {
    pg?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the table holds every boundary once, as version v1 in force at every date', () => {
    const rows = pg.psql({
      sql: "SELECT id, version, coalesce(valid_from::text, '-'), coalesce(valid_to::text, '-'), ST_GeometryType(geom), ST_SRID(geom), jsonb_array_length(sources) > 0 FROM khorasan_boundaries ORDER BY id",
    });
    const ids = boundaries.map((b) => b.properties.id).sort();
    expect(rows.trim().split('\n')).toEqual(ids.map((id) => `${id},v1,-,-,ST_MultiPolygon,4326,t`));
    // A date long ago and one far ahead still give every boundary.
    for (const at of ['0700-01-01', '2099-12-31']) {
      const count = pg.psql({ sql: `SELECT count(*) FROM khorasan_classify(69.17, 34.53, '${at}')` });
      expect(count.trim()).toBe(String(ids.length));
    }
  });

  test(`khorasan_classify on ${N} seeded points: 0 membership mismatches and distances within 0.5 % of the analysis core and Turf`, () => {
    const core = classify(points, boundaries);
    let mismatches = 0;
    let turfMismatches = 0;
    let worst = 0;
    points.forEach((p, i) => {
      for (const b of boundaries) {
        const id = b.properties.id;
        const db = fromPostgis.get(`${p.id}/${id}`);
        if (!db) throw new Error(`no PostGIS answer for point ${p.id}, ${id}`);
        const mine = core[i].results[id];
        if (db.inside !== mine.inside) mismatches++;
        if (db.inside !== booleanPointInPolygon([p.lon, p.lat], b)) turfMismatches++;
        worst = Math.max(worst, Math.abs(db.km - mine.distanceKm) / mine.distanceKm);
      }
    });
    expect(fromPostgis.size).toBe(N * boundaries.length);
    expect(mismatches).toBe(0);
    expect(turfMismatches).toBe(0);
    expect(worst).toBeLessThanOrEqual(0.005);
    // Both sides contain points inside and outside every boundary, so the agreement is not vacuous.
    for (const b of boundaries) {
      const answers = points.map((p) => fromPostgis.get(`${p.id}/${b.properties.id}`)?.inside);
      expect(answers.filter(Boolean).length).toBeGreaterThan(50);
      expect(answers.filter((a) => !a).length).toBeGreaterThan(50);
    }
  });

  test(`khorasan_classify agrees with the CLI's CSV output on the same ${N} points`, () => {
    const csv = join(dir, 'points.csv');
    writeFileSync(
      csv,
      `id,longitude,latitude\n${points.map((p) => `${p.id},${p.lon},${p.lat}`).join('\n')}\n`,
    );
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/classify.ts', csv, '--format', 'csv'],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      },
    );
    expect(r.status).toBe(0);
    const rows = Papa.parse<Record<string, string>>(r.stdout, { header: true, skipEmptyLines: true }).data;
    expect(rows.length).toBe(N);
    let mismatches = 0;
    let outside = 0;
    for (const row of rows) {
      for (const b of boundaries) {
        const id = b.properties.id;
        const db = fromPostgis.get(`${row.id}/${id}`);
        if (!db) throw new Error(`no PostGIS answer for point ${row.id}, ${id}`);
        if (db.inside !== (row[`inside_${id}`] === 'true')) mismatches++;
        const cli = Number(row[`distance_km_${id}`]);
        if (Math.abs(db.km - cli) > 0.005 * cli + PRINTED_KM) outside++;
      }
    }
    expect(mismatches).toBe(0);
    expect(outside).toBe(0);
  });

  test('the WKT-CSV export loads into PostGIS as the same geometries, vertex for vertex', () => {
    const file = exportTo(dir, 'wkt-csv');
    pg.psql({
      sql: 'CREATE TABLE wkt_import (id text, version text, valid_from text, valid_to text, name text, certainty text, sources text, wkt text)',
    });
    pg.psql({
      sql: 'COPY wkt_import FROM STDIN (FORMAT csv, HEADER true)',
      stdin: readFileSync(file, 'utf8'),
    });
    const same = pg.psql({
      sql: 'SELECT count(*) FROM wkt_import w JOIN khorasan_boundaries b USING (id, version) WHERE ST_OrderingEquals(ST_GeomFromText(w.wkt, 4326), b.geom) AND w.sources::jsonb = b.sources AND w.name = b.name',
    });
    expect(same.trim()).toBe(String(boundaries.length));
  });
});
