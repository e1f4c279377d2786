// A tiny static file server on 127.0.0.1 for the end-to-end tests and the size report: serves the built
// dist/ (and test pages) with the headers asked for, e.g. a Content-Security-Policy. Paths are confined to
// the roots. A `Range: bytes=a-b` request gets 206 and those bytes (PMTiles archives are read that way),
// unless ranges are turned off to test a host without them.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.pmtiles': 'application/vnd.pmtiles',
};

/** The first byte range of a `Range` header, clamped to the file; null when absent or not of that form. */
function byteRange(header: string | undefined, size: number): { start: number; end: number } | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return null;
  if (match[1] === '') return { start: Math.max(0, size - Number(match[2])), end: size - 1 };
  return { start: Number(match[1]), end: Math.min(size - 1, match[2] === '' ? size - 1 : Number(match[2])) };
}

export interface StaticServer {
  origin: string;
  /** Headers added to every response from now on (replaces the previous set). */
  setHeaders(headers: Record<string, string>): void;
  /** Whether `Range` requests get 206 and only those bytes (default true), or 200 and the whole file. */
  setRanges(on: boolean): void;
  close(): Promise<void>;
}

/** Serves `mounts` (URL prefix → directory), first match wins. */
export async function startStaticServer(mounts: Record<string, string>): Promise<StaticServer> {
  let extra: Record<string, string> = {};
  let ranges = true;
  const roots = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)] as const);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    for (const [prefix, root] of roots) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(root, path.slice(prefix.length)));
      if (!file.startsWith(root)) break;
      const target = existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
      if (!existsSync(target)) continue;
      const size = statSync(target).size;
      const headers = {
        'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(ranges ? { 'accept-ranges': 'bytes' } : {}),
        ...extra,
      };
      const range = ranges ? byteRange(req.headers.range, size) : null;
      if (range && range.start >= size) {
        res.writeHead(416, { ...headers, 'content-range': `bytes */${size}` });
        res.end();
      } else if (range) {
        res.writeHead(206, {
          ...headers,
          'content-range': `bytes ${range.start}-${range.end}/${size}`,
          'content-length': String(range.end - range.start + 1),
        });
        createReadStream(target, range).pipe(res);
      } else {
        res.writeHead(200, { ...headers, 'content-length': String(size) });
        createReadStream(target).pipe(res);
      }
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain', ...extra });
    res.end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setHeaders(headers) {
      extra = { ...headers };
    },
    setRanges(on) {
      ranges = on;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
