// The classify command end to end: each input format, each output format, bad rows, exit statuses.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, test } from 'vitest';

const FIXTURES = 'tests/fixtures/cli';
const ALL_IDS = [
  'khorasan-historical',
  'khorasan-historical-classical',
  'iskp-claim-core',
  'iskp-claim-max',
  'iskp-claim-contested',
];

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/classify.ts', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonRow {
  id: string;
  inside: Record<string, boolean>;
  distanceKm: Record<string, number>;
}

describe('CSV input', () => {
  const generic = run(`${FIXTURES}/generic.csv`);
  test('json output: one entry per good row, in input order, for every boundary', () => {
    expect(generic.status).toBe(0);
    const rows = JSON.parse(generic.stdout) as JsonRow[];
    expect(rows.map((r) => r.id)).toEqual(['kabul', 'peshawar', 'new-york', 'mashhad']);
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(['id', 'inside', 'distanceKm']);
      expect(Object.keys(r.inside)).toEqual(ALL_IDS);
      expect(Object.keys(r.distanceKm)).toEqual(ALL_IDS);
      for (const d of Object.values(r.distanceKm)) expect(d).toBeGreaterThanOrEqual(0);
    }
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get('kabul')?.inside['iskp-claim-core']).toBe(true);
    expect(byId.get('peshawar')?.inside['iskp-claim-core']).toBe(true);
    expect(byId.get('mashhad')?.inside['khorasan-historical']).toBe(true);
    expect(byId.get('new-york')?.inside['iskp-claim-core']).toBe(false);
    expect(byId.get('new-york')?.distanceKm['iskp-claim-core']).toBeGreaterThan(5000);
  });
  test('bad rows go to stderr with line numbers and reasons, then the count line', () => {
    const lines = generic.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      'line 4: latitude 95 is outside ±90',
      'line 7: longitude is not a number: "abc"',
      // Row 7's quoted value runs onto line 8; as in the map's importer, a rejected row never takes the
      // lines after its first with it, so line 8 is read again as a row (and is ragged).
      'line 8: 3 fields where the header has 4',
      'line 9: missing latitude',
      'classified 4, rejected 4',
    ]);
  });
  test('csv output: the input columns plus inside_<id> and distance_km_<id>', () => {
    const { status, stdout } = run(
      `${FIXTURES}/generic.csv`,
      '--format',
      'csv',
      '--boundaries',
      'iskp-claim-core',
    );
    expect(status).toBe(0);
    const parsed = Papa.parse<Record<string, string>>(stdout.trim(), { header: true });
    expect(parsed.meta.fields).toEqual([
      'id',
      'name',
      'latitude',
      'longitude',
      'inside_iskp-claim-core',
      'distance_km_iskp-claim-core',
    ]);
    expect(parsed.data.map((r) => [r.id, r.name, r['inside_iskp-claim-core']])).toEqual([
      ['kabul', 'Kabul', 'true'],
      ['peshawar', 'Peshawar', 'true'],
      ['new-york', 'New York, NY', 'false'],
      ['mashhad', 'Mashhad', 'false'],
    ]);
    expect(Number(parsed.data[2]['distance_km_iskp-claim-core'])).toBeGreaterThan(5000);
  });
  test('geojson output: point features with the added properties', () => {
    const { status, stdout } = run(
      `${FIXTURES}/generic.csv`,
      '--format',
      'geojson',
      '--boundaries',
      'iskp-claim-max',
    );
    expect(status).toBe(0);
    const fc = JSON.parse(stdout);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(4);
    expect(fc.features[0].geometry).toEqual({ type: 'Point', coordinates: [69.1723, 34.5281] });
    expect(fc.features[0].properties.name).toBe('Kabul');
    expect(fc.features[0].properties['inside_iskp-claim-max']).toBe(true);
    expect(typeof fc.features[0].properties['distance_km_iskp-claim-max']).toBe('number');
  });
  test('ACLED, GTD and UCDP GED exports are recognised by their columns', () => {
    const expected: Record<string, [string, boolean][]> = {
      // Kandahar is inside the ISKP core claim; Crocus City Hall near Moscow is not.
      'acled.csv': [
        ['AFG1', true],
        ['RUS2', false],
      ],
      // Istanbul is outside; Kabul inside.
      'gtd.csv': [
        ['201701010001', false],
        ['201808120002', true],
      ],
      // Kabul inside; Kerman outside the core claim.
      'ucdp.csv': [
        ['500001', true],
        ['500002', false],
      ],
    };
    for (const [file, rows] of Object.entries(expected)) {
      const { status, stdout, stderr } = run(`${FIXTURES}/${file}`, '--boundaries', 'iskp-claim-core');
      expect(status, file).toBe(0);
      expect(stderr).toBe('classified 2, rejected 0\n');
      const out = JSON.parse(stdout) as JsonRow[];
      expect(out.map((r) => [r.id, r.inside['iskp-claim-core']])).toEqual(rows);
    }
  });
});

describe('--full', () => {
  test('uses the full-resolution boundaries, with the same answers for the named places', () => {
    // The core claim is Afghanistan, Pakistan and Central Asia: Mashhad, in Iran, is outside it.
    const { status, stdout } = run(`${FIXTURES}/generic.csv`, '--full', '--boundaries', 'iskp-claim-core');
    expect(status).toBe(0);
    const rows = JSON.parse(stdout) as JsonRow[];
    expect(rows.map((r) => [r.id, r.inside['iskp-claim-core']])).toEqual([
      ['kabul', true],
      ['peshawar', true],
      ['new-york', false],
      ['mashhad', false],
    ]);
  });
});

describe('GeoJSON input', () => {
  test('ids from feature.id or properties.id (else the feature number); bad features rejected', () => {
    const { status, stdout, stderr } = run(
      `${FIXTURES}/points.geojson`,
      '--boundaries',
      'iskp-claim-max,iskp-claim-core',
    );
    expect(status).toBe(0);
    const rows = JSON.parse(stdout) as JsonRow[];
    expect(rows.map((r) => [r.id, r.inside['iskp-claim-max'], r.inside['iskp-claim-core']])).toEqual([
      ['kabul', true, true],
      ['derbent', false, false],
      ['5', true, false],
    ]);
    expect(stderr.trimEnd().split('\n')).toEqual([
      'line 6 (feature 3): longitude 200 is outside ±180',
      'line 7 (feature 4): geometry is LineString, not a Point',
      'classified 3, rejected 2',
    ]);
  });
  test('csv and geojson output', () => {
    const csv = run(`${FIXTURES}/points.geojson`, '--format', 'csv', '--boundaries', 'iskp-claim-core');
    const table = Papa.parse<Record<string, string>>(csv.stdout.trim(), { header: true });
    expect(table.meta.fields).toEqual([
      'id',
      'longitude',
      'latitude',
      'name',
      'inside_iskp-claim-core',
      'distance_km_iskp-claim-core',
    ]);
    expect(table.data.map((r) => [r.id, r.name, r['inside_iskp-claim-core']])).toEqual([
      ['kabul', 'Kabul', 'true'],
      ['derbent', 'Derbent', 'false'],
      ['5', 'Kerman', 'false'],
    ]);
    const geo = JSON.parse(run(`${FIXTURES}/points.geojson`, '--format', 'geojson').stdout);
    expect(geo.features[0].id).toBe('kabul');
    expect(geo.features[0].properties['inside_khorasan-historical']).toBe(true);
    expect(Object.keys(geo.features[0].properties)).toContain('distance_km_iskp-claim-contested');
  });
});

describe('exit status 2 with a one-line error', () => {
  const cases: [string, string[], RegExp][] = [
    ['a missing file', [`${FIXTURES}/does-not-exist.csv`], /cannot read .*does-not-exist\.csv/],
    [
      'an unknown boundary',
      [`${FIXTURES}/generic.csv`, '--boundaries', 'iskp-claim-core,atlantis'],
      /unknown boundary id atlantis/,
    ],
    ['no coordinate columns', [`${FIXTURES}/no-coordinates.csv`], /no latitude\/longitude columns/],
    ['an unknown input format', [`${FIXTURES}/notes.txt`], /unknown input format/],
    [
      'an unknown output format',
      [`${FIXTURES}/generic.csv`, '--format', 'xml'],
      /unknown output format "xml"/,
    ],
    ['no file at all', [], /no input file/],
    [
      'a GeoJSON feature that is not valid JSON',
      [`${FIXTURES}/bad-feature.geojson`],
      /bad-feature\.geojson is not valid JSON: the feature on line 3: /,
    ],
    [
      'a GeoJSON file that stops early',
      [`${FIXTURES}/truncated.geojson`],
      /not valid JSON: the text ends inside/,
    ],
    [
      'a GeoJSON Feature, not a FeatureCollection',
      [`${FIXTURES}/one-feature.geojson`],
      /not a GeoJSON FeatureCollection/,
    ],
  ];
  for (const [name, args, message] of cases) {
    test(name, () => {
      const { status, stdout, stderr } = run(...args);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(message);
    });
  }
});

describe('npm script and big files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'classify-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Exit status of `script` run in Node with the small heap the big-file tests give the tool. */
  const statusInSmallHeap = (script: string) =>
    spawnSync(process.execPath, ['--max-old-space-size=32', '-e', script], { encoding: 'utf8' }).status;

  /** Runs the classifier in the small heap on `input` (csv output to `outputPath`, one boundary). */
  function classifyInSmallHeap(input: string, outputPath: string) {
    const output = openSync(outputPath, 'w');
    try {
      return spawnSync(
        process.execPath,
        [
          '--max-old-space-size=32',
          '--import',
          'tsx',
          'src/cli/classify.ts',
          input,
          '--format',
          'csv',
          '--boundaries',
          'iskp-claim-core',
        ],
        { encoding: 'utf8', stdio: ['ignore', output, 'pipe'] },
      );
    } finally {
      closeSync(output);
    }
  }
  test('`npm run --silent classify` prints only the result on stdout', () => {
    const result = spawnSync('npm', ['run', '--silent', 'classify', '--', `${FIXTURES}/ucdp.csv`], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveLength(2);
  });
  test('a 300,000-row CSV streams through a 32 MB heap (too small to hold it parsed), in order', () => {
    // 18 MB of CSV: parsed whole, the rows alone would need several times the heap the tool is given.
    const lines = ['id,lat,lon'];
    for (let i = 0; i < 300_000; i++) lines.push(`p${i},${(i % 600) / 10},${20 + (i % 800) / 10}`);
    writeFileSync(join(dir, 'big.csv'), `${lines.join('\n')}\n`);
    // The premise: the same heap cannot hold the file parsed whole.
    expect(
      statusInSmallHeap(
        `require('papaparse').parse(require('fs').readFileSync(${JSON.stringify(join(dir, 'big.csv'))}, 'utf8'), { header: true })`,
      ),
    ).not.toBe(0);
    const result = classifyInSmallHeap(join(dir, 'big.csv'), join(dir, 'out.csv'));
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('classified 300000, rejected 0\n');
    const out = readFileSync(join(dir, 'out.csv'), 'utf8').trimEnd().split('\r\n');
    expect(out).toHaveLength(300_001);
    expect(out[1].startsWith('p0,')).toBe(true);
    expect(out[300_000].startsWith('p299999,')).toBe(true);
  });

  test('a 300,000-feature GeoJSON streams through a 32 MB heap (too small to hold it parsed), in order', () => {
    // 36 MB of GeoJSON, one feature per line, with a line that is not a point near the end.
    const path = join(dir, 'big.geojson');
    const features: string[] = [];
    for (let i = 0; i < 300_000; i++) {
      const geometry =
        i === 299_990
          ? '{"type":"LineString","coordinates":[[60,30],[61,31]]}'
          : `{"type":"Point","coordinates":[${20 + (i % 800) / 10},${(i % 600) / 10}]}`;
      features.push(`{"type":"Feature","id":"g${i}","properties":{"n":${i}},"geometry":${geometry}}`);
    }
    writeFileSync(path, `{"type":"FeatureCollection","features":[\n${features.join(',\n')}\n]}\n`);
    // The premise: the same heap cannot hold the file parsed whole.
    expect(
      statusInSmallHeap(`JSON.parse(require('fs').readFileSync(${JSON.stringify(path)}, 'utf8'))`),
    ).not.toBe(0);
    const result = classifyInSmallHeap(path, join(dir, 'out-geojson.csv'));
    expect(result.status).toBe(0);
    // line 1 opens the collection, so feature i starts on line i + 2
    expect(result.stderr).toBe(
      'line 299992 (feature 299991): geometry is LineString, not a Point\nclassified 299999, rejected 1\n',
    );
    const out = readFileSync(join(dir, 'out-geojson.csv'), 'utf8').trimEnd().split('\r\n');
    expect(out).toHaveLength(300_000);
    expect(out[1].startsWith('g0,')).toBe(true);
    expect(out[299_999].startsWith('g299999,')).toBe(true);
  });
});
