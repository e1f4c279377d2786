// A throwaway PostgreSQL + PostGIS cluster for tests and benchmarks: initdb into a temp folder, a server that
// listens only on a Unix socket in that folder (no TCP, no system service), removed on stop.
import { execFileSync, type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where Debian puts PostgreSQL's server binaries, and whether the PostGIS extension is installed for it. */
export function findPostgis(): { bin: string } | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const bin = join(root, v, 'bin');
    const control = `/usr/share/postgresql/${v}/extension/postgis.control`;
    if (existsSync(join(bin, 'initdb')) && existsSync(control)) return { bin };
  }
  return null;
}

export interface PgCluster {
  /** Runs SQL (from `sql`, or a file with `file`) and returns psql's unaligned output, fields split by `,`. */
  psql(input: { sql?: string; file?: string; stdin?: string }): string;
  stop(): void;
}

/** initdb refuses to run as root, so as root the server runs as the `postgres` user Debian's package made. */
function asServerUser(): { prefix: string[]; uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return { prefix: [] };
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { prefix: ['runuser', '-u', 'postgres', '--'], uid, gid };
}

function run(command: string[], options: SpawnSyncOptions = {}): string {
  const result = spawnSync(command[0], command.slice(1), {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    ...options,
  });
  if (result.status !== 0) {
    throw new Error(`${command.join(' ')} failed (${result.status}): ${result.stderr || result.stdout}`);
  }
  return String(result.stdout);
}

export function startCluster(bin: string): PgCluster {
  const user = asServerUser();
  const dir = mkdtempSync(join(tmpdir(), 'khorasan-pg-'));
  if (user.uid !== undefined && user.gid !== undefined) chownSync(dir, user.uid, user.gid);
  chmodSync(dir, 0o700);
  const data = join(dir, 'data');
  const server = (tool: string, ...args: string[]) => run([...user.prefix, join(bin, tool), ...args]);
  server('initdb', '-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C');
  const options = `-k ${dir} -c listen_addresses='' -p 5432 -c fsync=off -c full_page_writes=off`;
  server('pg_ctl', '-D', data, '-l', join(dir, 'server.log'), '-w', '-o', options, 'start');
  let running = true;
  return {
    psql({ sql, file, stdin }) {
      const source = file ? ['-f', file] : ['-c', sql ?? ''];
      const connect = ['-h', dir, '-p', '5432', '-U', 'postgres', '-d', 'postgres'];
      const flags = ['-X', '-q', '-A', '-t', '-F', ',', '-v', 'ON_ERROR_STOP=1'];
      return run([join(bin, 'psql'), ...flags, ...connect, ...source], { input: stdin });
    },
    stop() {
      if (!running) return;
      running = false;
      try {
        server('pg_ctl', '-D', data, '-m', 'immediate', 'stop');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
