// The CLI's fast CSV path (worker threads, pre-scan, distance grid) prints exactly what the single-threaded
// papaparse path prints: stdout and stderr compared byte for byte on seeded files full of awkward rows.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { seededRandom } from '../../src/analysis/bench/seeded-points.ts';
import { prescanCsv } from '../../src/cli/fast-csv/parallel.ts';
import { kmText } from '../../src/cli/result-columns.ts';

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
    const kind = Math.floor(random() * 16);
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
    else if (kind === 11) lines.push(`${id},2024-01-10,=cmd|x,${lat},${lon},@SUM(A1)`);
    else if (kind === 12) lines.push(`${id},2024-01-11,"+quoted, formula",${lat},${lon},-3.5`);
    else if (kind === 13) lines.push(`X${Math.floor(i / 3)},2024-01-12,Repeated id,${lat},${lon},n${i}`);
    else lines.push(`${id},2024-02-0${kind - 13},Plain place,${lat},${lon},n${i}`);
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
      expect(single.stderr).toMatch(/^line \d+: 5 fields where the header has 6$/m);
      expect(single.stderr).toMatch(/^line \d+: warning: duplicate id "X\d+" \(first on line \d+\)$/m);
      expect(single.stdout).toMatch(/^X\d+,2024-01-10,'=cmd\|x,.*,'@SUM\(A1\),/m);
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

  test('a record over several lines that the papaparse path rejects (and reads again) takes that path', async () => {
    // Its second line is read again as a row there, which the fast path's chunks cannot do.
    for (const [name, row] of [
      ['bad-coordinates', 'a2,"95",70,"two\nlines"'],
      ['ragged', 'a2,35,70,"two\nlines",extra'],
    ]) {
      const file = join(dir, `${name}.csv`);
      writeFileSync(file, `id,latitude,longitude,notes\na1,34.5,69.2,x\n${row}\na3,36,71,y\n`);
      expect(await prescanCsv(file)).toMatch(/several lines/);
      const single = run(file, '--threads', '1');
      const parallel = run(file, '--threads', '2');
      expect(parallel.stdout).toBe(single.stdout);
      expect(parallel.stderr).toBe(single.stderr);
      expect(single.stderr).toMatch(/^line 3: .*\nline 4: .*\nclassified 2, rejected 2\n$/);
    }
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
