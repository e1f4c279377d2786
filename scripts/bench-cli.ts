// `npm run bench:cli [-- --rows N] [--no-postgis]`: times the CLI on N generated ACLED-style rows (1,000,000
// by default): inside plus distance for every boundary, CSV out, written to a file. When PostGIS is installed
// it then runs the same membership job in a throwaway PostGIS cluster (load the CSV, make the points, GiST
// index, indexed ST_Covers join) and, on 2,000 of the rows, khorasan_classify with distances. Prints both
// and their ratio; the last line is JSON.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateAcled } from './generate-acled.ts';
import { findPostgis, startCluster } from './postgis-cluster.ts';

const argv = process.argv.slice(2);
const rowsArg = argv.indexOf('--rows');
const rows = rowsArg >= 0 ? Number(argv[rowsArg + 1]) : 1_000_000;
const withPostgis = !argv.includes('--no-postgis');
if (!Number.isInteger(rows) || rows < 1) throw new Error('--rows needs a whole number');

const dir = mkdtempSync(join(tmpdir(), 'khorasan-bench-cli-'));
const seconds = (start: number) => (performance.now() - start) / 1000;
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

try {
  const csv = join(dir, 'events.csv');
  await generateAcled(csv, rows);
  const mb = statSync(csv).size / 2 ** 20;
  console.log(`data: ${rows.toLocaleString('en')} ACLED-style rows, ${mb.toFixed(1)} MiB`);

  // The CLI, as a user runs it, under /usr/bin/time for its peak memory when that exists.
  const out = join(dir, 'out.csv');
  const cliArgs = ['--import', 'tsx', 'src/cli/classify.ts', csv, '--format', 'csv'];
  const timed = existsSync('/usr/bin/time');
  const command = timed
    ? ['/usr/bin/time', '-f', 'max-rss-kb %M cpu-s %U %S', process.execPath]
    : [process.execPath];
  const outFd = openSync(out, 'w');
  const start = performance.now();
  // stdout to a file, as `> out.csv` would.
  const cli = spawnSync(command[0], [...command.slice(1), ...cliArgs], {
    stdio: ['ignore', outFd, 'pipe'],
    encoding: 'utf8',
  });
  const cliSeconds = seconds(start);
  closeSync(outFd);
  if (cli.status !== 0) throw new Error(`the CLI failed: ${cli.stderr}`);
  const rssKb = Number(/max-rss-kb (\d+)/.exec(cli.stderr)?.[1] ?? Number.NaN);
  // User plus system CPU time: on a shared machine the wall time also counts other programs' turns.
  const cpu = /cpu-s ([\d.]+) ([\d.]+)/.exec(cli.stderr);
  const cliResult = {
    seconds: round(cliSeconds),
    rowsPerSecond: Math.round(rows / cliSeconds),
    maxRssMb: Number.isFinite(rssKb) ? Math.round(rssKb / 1024) : null,
    outputMb: round(statSync(out).size / 2 ** 20, 1),
    cpuSeconds: cpu ? round(Number(cpu[1]) + Number(cpu[2])) : null,
  };
  console.log(
    `CLI: ${cliResult.seconds} s, ${cliResult.rowsPerSecond.toLocaleString('en')} rows/s, ` +
      `${cliResult.maxRssMb ?? '?'} MB peak RSS, ${cliResult.outputMb} MiB of CSV out, ` +
      `${cliResult.cpuSeconds ?? '?'} s of CPU`,
  );

  let postgis: Record<string, number> | null = null;
  const pg = withPostgis ? findPostgis() : null;
  if (withPostgis && !pg) console.log('!!! PostGIS not installed: the PostGIS side is skipped');
  if (pg) {
    const cluster = startCluster(pg.bin);
    try {
      const sql = join(dir, 'boundaries.sql');
      const exported = spawnSync(process.execPath, [
        '--import',
        'tsx',
        'scripts/export-boundaries.ts',
        '--format',
        'postgis',
        '--out',
        sql,
      ]);
      if (exported.status !== 0) throw new Error(String(exported.stderr));
      cluster.psql({ file: sql });
      cluster.psql({
        sql: `CREATE TABLE events (event_id_cnty text, event_date date, year int, event_type text, sub_event_type text,
          country text, admin1 text, location text, latitude float8, longitude float8, fatalities int)`,
      });
      const step = (text: string) => {
        const t = performance.now();
        cluster.psql({ sql: text });
        return seconds(t);
      };
      const load = step(`\\copy events FROM '${csv}' WITH (FORMAT csv, HEADER true)`);
      const points = step(
        'CREATE TABLE event_points AS SELECT event_id_cnty, ST_SetSRID(ST_MakePoint(longitude, latitude), 4326) AS geom FROM events',
      );
      const index = step(
        'CREATE INDEX event_points_geom ON event_points USING gist (geom); ANALYZE event_points',
      );
      const coversJoin = step(
        'CREATE TABLE membership AS SELECT e.event_id_cnty, b.id AS boundary_id FROM event_points e JOIN khorasan_boundaries b ON ST_Covers(b.geom, e.geom)',
      );
      const sample = Math.min(rows, 2000);
      const distance = step(
        `CREATE TABLE sample_classified AS SELECT e.event_id_cnty, c.* FROM (SELECT * FROM events LIMIT ${sample}) e, LATERAL khorasan_classify(e.longitude, e.latitude) c`,
      );
      const membershipSeconds = load + points + index + coversJoin;
      postgis = {
        loadSeconds: round(load),
        pointsSeconds: round(points),
        indexSeconds: round(index),
        coversJoinSeconds: round(coversJoin),
        membershipSeconds: round(membershipSeconds),
        membershipRows: Number(cluster.psql({ sql: 'SELECT count(*) FROM membership' }).trim()),
        classifySampleRows: sample,
        classifySampleSeconds: round(distance),
        classifyAllRowsEstimateSeconds: Math.round((distance * rows) / sample),
      };
      console.log(
        `PostGIS membership only: ${postgis.membershipSeconds} s (load ${postgis.loadSeconds}, points ` +
          `${postgis.pointsSeconds}, GiST ${postgis.indexSeconds}, ST_Covers join ${postgis.coversJoinSeconds})`,
      );
      console.log(
        `PostGIS khorasan_classify with distances: ${postgis.classifySampleSeconds} s for ${sample} rows, ` +
          `so about ${postgis.classifyAllRowsEstimateSeconds} s for all ${rows.toLocaleString('en')}`,
      );
      console.log(
        `ratio: PostGIS membership only takes ${round(membershipSeconds / cliSeconds)}× the CLI's whole job`,
      );
    } finally {
      cluster.stop();
    }
  }
  const ratio = postgis ? round(postgis.membershipSeconds / cliSeconds) : null;
  console.log(
    JSON.stringify({ rows, inputMb: round(mb, 1), cli: cliResult, postgis, postgisMembershipOverCli: ratio }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
