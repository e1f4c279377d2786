// `npm run bench:cli` keeps working (issue 18): run on a few rows, its last line is JSON of the documented
// shape (docs/scale-out.md). No timing is asserted: only that the figures are there and consistent.
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { findPostgis } from '../../scripts/postgis-cluster.ts';

const postgis = findPostgis();

function bench(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-cli.ts', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  expect(r.status, r.stderr).toBe(0);
  const lines = r.stdout.trimEnd().split('\n');
  return { lines, last: JSON.parse(lines[lines.length - 1]) as Record<string, unknown> };
}

function expectCliShape(last: Record<string, unknown>, rows: number) {
  expect(last.rows).toBe(rows);
  expect(last.inputMb).toEqual(expect.any(Number));
  const cli = last.cli as Record<string, unknown>;
  expect(Object.keys(cli).sort()).toEqual(['cpuSeconds', 'maxRssMb', 'outputMb', 'rowsPerSecond', 'seconds']);
  expect(cli.seconds).toBeGreaterThan(0);
  expect(cli.rowsPerSecond).toBeGreaterThan(0);
  expect(cli.outputMb).toBeGreaterThan(0);
}

describe('npm run bench:cli', () => {
  test('--rows 3000 --no-postgis: the CLI side, and JSON last', () => {
    const { lines, last } = bench('--rows', '3000', '--no-postgis');
    expect(lines[0]).toMatch(/^data: 3,000 ACLED-style rows/);
    expectCliShape(last, 3000);
    expect(last.postgis).toBeNull();
    expect(last.postgisMembershipOverCli).toBeNull();
  });
  test.skipIf(!postgis)('--rows 3000 with PostGIS: both sides and their ratio, from the same run', () => {
    const { last } = bench('--rows', '3000');
    expectCliShape(last, 3000);
    const pg = last.postgis as Record<string, number>;
    for (const key of [
      'loadSeconds',
      'pointsSeconds',
      'indexSeconds',
      'coversJoinSeconds',
      'membershipSeconds',
    ])
      expect(pg[key], key).toBeGreaterThanOrEqual(0);
    expect(pg.membershipRows).toBeGreaterThan(0);
    expect(pg.classifySampleRows).toBe(2000);
    expect(last.postgisMembershipOverCli).toEqual(expect.any(Number));
  });
});
