// The CLI's fast CSV path (worker threads, pre-scan, distance grid) prints exactly what the single-threaded
// papaparse path prints: stdout and stderr compared byte for byte on seeded files full of awkward rows.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { seededRandom } from '../../src/analysis/bench/seeded-points.ts';
import { kmText } from '../../src/cli/fast-csv/classify-chunk.ts';
import { prescanCsv } from '../../src/cli/fast-csv/parallel.ts';

const dir = mkdtempSync(join(tmpdir(), 'khorasan-fast-path-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(file: string, ...args: string[]) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/classify.ts', file, '--format', 'csv', ...args],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Rows of every kind the reader has to get right, mixed with plain ones. */
function awkwardCsv(rows: number, seed: number, newline: string): string {
  const random = seededRandom(seed);
  const lines = ['event_id_cnty,event_date,location,latitude,longitude,notes'];
  for (let i = 0; i < rows; i++) {
    const lat = (random() * 70 - 5).toFixed(4);
    const lon = (random() * 100 + 10).toFixed(4);
    const kind = Math.floor(random() * 14);
    const id = `X${i}`;
    if (kind === 0) lines.push(`${id},2024-01-01,"Kabul, city",${lat},${lon},"said ""hello"""`);
    else if (kind === 1) lines.push(`${id},2024-01-02,Herat,${lat},${lon},"two${newline}lines, quoted"`);
    else if (kind === 2) lines.push('');
    else if (kind === 3) lines.push(',,,,,');
    else if (kind === 4) lines.push(`${id},2024-01-03,Balkh,95,${lon},bad latitude`);
    else if (kind === 5) lines.push(`${id},2024-01-04,Balkh,${lat},abc,bad longitude`);
    else if (kind === 6) lines.push(`${id},2024-01-05, spaced ,${lat},${lon},trailing `);
    else if (kind === 7) lines.push(`${id},2024-01-06,Short,${lat},${lon}`);
    else if (kind === 8) lines.push(`${id},2024-01-07,Long,${lat},${lon},note,extra,more`);
    else if (kind === 9) lines.push(`${id},2024-01-08,"Quoted",${lat},${lon},""`);
    else if (kind === 10) lines.push(`${id},2024-01-09,Missing,,${lon},`);
    else lines.push(`${id},2024-02-0${kind - 9},Plain place,${lat},${lon},n${i}`);
  }
  return `${lines.join(newline)}${random() < 0.5 ? newline : ''}`;
}

describe('fast CSV path', () => {
  for (const [name, newline] of [
    ['\\n', '\n'],
    ['\\r\\n', '\r\n'],
  ] as const) {
    test(`${name} line ends: 20,000 awkward rows, 2 threads = the single-threaded path, byte for byte`, async () => {
      const file = join(dir, `awkward-${name.length}.csv`);
      writeFileSync(file, awkwardCsv(20_000, 18 + name.length, newline));
      // The file takes the fast path (the pre-scan accepts it) …
      expect(typeof (await prescanCsv(file))).toBe('object');
      const single = run(file, '--threads', '1');
      const parallel = run(file, '--threads', '2');
      expect(single.status).toBe(0);
      expect(parallel.status).toBe(0);
      expect(parallel.stdout.length).toBeGreaterThan(1_000_000);
      expect(parallel.stdout === single.stdout).toBe(true);
      expect(parallel.stderr).toBe(single.stderr);
      expect(single.stderr).toMatch(/^line \d+: latitude 95 is outside ±90$/m);
    });
  }

  test('a file papaparse could read another way is refused by the pre-scan and gives the same output', async () => {
    const file = join(dir, 'odd.csv');
    writeFileSync(file, 'id,latitude,longitude,notes\na1,34.5,69.2,say "hi" there\na2,35,70,"closed"x\n');
    expect(await prescanCsv(file)).toMatch(/quote/);
    const single = run(file, '--threads', '1');
    const parallel = run(file, '--threads', '2');
    expect(parallel.stdout).toBe(single.stdout);
    expect(parallel.stderr).toBe(single.stderr);
  });

  test('kmText is String(Math.round(km · 1000) / 1000) on a million seeded distances', () => {
    const random = seededRandom(7);
    let mismatches = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const v = random() ** 3 * 20_000;
      if (kmText(v) !== String(Math.round(v * 1000) / 1000)) mismatches++;
    }
    for (const v of [0, 0.0004, 0.0005, 1, 999.9995, Infinity, Number.NaN])
      expect(kmText(v)).toBe(String(Math.round(v * 1000) / 1000));
    expect(mismatches).toBe(0);
  });
});
