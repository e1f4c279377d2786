// Issue 16, the CLI: every input line is accounted for (broken quotes, ragged rows, huge cells), formula cells
// are neutralised in CSV output, repeated ids are warned about, on both CSV paths alike.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, test } from 'vitest';
import { prescanCsv } from '../../src/cli/fast-csv/parallel.ts';
import { MAX_ROW_CHARS } from '../../src/cli/read-csv.ts';

const dir = mkdtempSync(join(tmpdir(), 'khorasan-cli-lost-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(file: string, ...args: string[]) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/classify.ts', file, '--boundaries', 'iskp-claim-core', ...args],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('an unclosed quote', () => {
  const path = file('unclosed.csv', 'id,latitude,longitude\na,34.5,69.2\nb,"34.0,71.5\nc,35,70\nd,36,71\n');
  test('is reported with its line, and the rows after it are classified, not absorbed', () => {
    for (const threads of ['1', '2']) {
      const { status, stdout, stderr } = run(path, '--threads', threads);
      expect(status).toBe(0);
      expect(stderr).toBe('line 3: broken quote (quoted field unterminated)\nclassified 3, rejected 1\n');
      expect((JSON.parse(stdout) as { id: string }[]).map((r) => r.id)).toEqual(['a', 'c', 'd']);
    }
  });
  test('the fast path refuses the file, so the papaparse path reads it', async () => {
    expect(typeof (await prescanCsv(path))).toBe('string');
    const single = run(path, '--format', 'csv', '--threads', '1');
    const parallel = run(path, '--format', 'csv', '--threads', '2');
    expect(parallel.stdout).toBe(single.stdout);
    expect(parallel.stderr).toBe(single.stderr);
  });
});

describe('CSV output neutralises formula cells, as the browser export does', () => {
  const path = file(
    'formulas.csv',
    [
      'id,name,latitude,longitude,note',
      'f1,=HYPERLINK(A1),34.5,69.2,ok',
      'f2,+cmd|\' /C calc\'!A0,34.5,69.2,"@SUM(A1:A9)"',
      'f3,-2+3,34.5,69.2,\tTAB',
      'f4,plain,-3.5,69.2,-7',
      'f5,plain,34.5,69.2,"=1,2"',
    ].join('\n'),
  );
  test('on both paths alike', async () => {
    expect(typeof (await prescanCsv(path))).toBe('object');
    const single = run(path, '--format', 'csv', '--threads', '1');
    const parallel = run(path, '--format', 'csv', '--threads', '2');
    expect(single.status).toBe(0);
    expect(parallel.stdout).toBe(single.stdout);
    const rows = Papa.parse<string[]>(single.stdout.trim()).data;
    expect(rows.slice(1).map((r) => [r[1], r[4]])).toEqual([
      ["'=HYPERLINK(A1)", 'ok'],
      ["'+cmd|' /C calc'!A0", "'@SUM(A1:A9)"],
      ["'-2+3", "'\tTAB"],
      ['plain', '-7'], // plain numbers cannot run anything and stay as they are
      ['plain', "'=1,2"],
    ]);
    expect(rows[4][2]).toBe('-3.5');
  });
  test('GeoJSON input too', () => {
    const geo = file(
      'formula.geojson',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            id: '@x',
            properties: { name: '=cmd' },
            geometry: { type: 'Point', coordinates: [69.2, 34.5] },
          },
        ],
      }),
    );
    const rows = Papa.parse<string[]>(run(geo, '--format', 'csv').stdout.trim()).data;
    expect(rows[1].slice(0, 4)).toEqual(["'@x", '69.2', '34.5', "'=cmd"]);
  });
});

describe('a row beyond the size limit', () => {
  // A cell of 3 MiB: over the limit of MAX_ROW_CHARS (1 MiB), on one line and opened by a quote.
  const huge = 'x'.repeat(3 * 2 ** 20);
  test('is rejected with its line, not a crash; the JSON output stays valid', () => {
    const path = file(
      'huge-cell.csv',
      `id,latitude,longitude,note\na,34.5,69.2,n\nb,35,70,${huge}\nc,36,71,n\n`,
    );
    for (const threads of ['1', '2']) {
      const { status, stdout, stderr } = run(path, '--threads', threads);
      expect(status).toBe(0);
      expect(stderr).toBe(
        `line 3: a row longer than ${MAX_ROW_CHARS} characters (the limit; a huge value or an unclosed quote)\n` +
          'classified 2, rejected 1\n',
      );
      expect((JSON.parse(stdout) as { id: string }[]).map((r) => r.id)).toEqual(['a', 'c']);
    }
  });
  test('an unclosed quote that runs past the limit: rejected, and reading goes on after its first line', () => {
    const path = file('huge-quoted.csv', `id,latitude,longitude,note\na,34.5,69.2,"${huge}\nb,35,70,n\n`);
    const { status, stdout, stderr } = run(path, '--format', 'csv', '--threads', '2');
    expect(status).toBe(0);
    expect(stderr).toMatch(/^line 2: a row longer than \d+ characters .*\nclassified 1, rejected 1\n$/);
    expect(stdout.split('\r\n').map((l) => l.split(',')[0])).toEqual(['id', 'b', '']);
  });
  test('a 200 MB single cell streams through in a small heap (JSON output, valid)', () => {
    const path = join(dir, 'cell-200mb.csv');
    const fd = openSync(path, 'w');
    writeSync(fd, 'id,latitude,longitude,note\na,34.5,69.2,n\nb,35,70,');
    const block = Buffer.alloc(2 ** 20, 'y');
    for (let i = 0; i < 200; i++) writeSync(fd, block);
    writeSync(fd, '\nc,36,71,n\n');
    closeSync(fd);
    const r = spawnSync(
      process.execPath,
      [
        '--max-old-space-size=64',
        '--import',
        'tsx',
        'src/cli/classify.ts',
        path,
        '--boundaries',
        'iskp-claim-core',
      ],
      { encoding: 'utf8', maxBuffer: 1 << 24 },
    );
    rmSync(path);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^line 3: a row longer than \d+ characters .*\nclassified 2, rejected 1\n$/);
    expect((JSON.parse(r.stdout) as { id: string }[]).map((x) => x.id)).toEqual(['a', 'c']);
  });
});

describe('repeated ids', () => {
  test('get a warning on stderr with both lines, in line order with the rejections, on both paths', () => {
    const path = file(
      'dups.csv',
      'id,latitude,longitude\nk1,34.5,69.2\nk2,95,69\nk1,35,70\nk3,36,71\n k1 ,36,71\nk2,30,60\n',
    );
    const single = run(path, '--format', 'csv', '--threads', '1');
    const parallel = run(path, '--format', 'csv', '--threads', '2');
    expect(single.stderr).toBe(
      [
        'line 3: latitude 95 is outside ±90',
        'line 4: warning: duplicate id "k1" (first on line 2)',
        'line 6: warning: duplicate id "k1" (first on line 2)',
        'classified 5, rejected 1, 2 warnings',
        '',
      ].join('\n'),
    );
    expect(parallel.stderr).toBe(single.stderr);
    expect(parallel.stdout).toBe(single.stdout);
  });
});
