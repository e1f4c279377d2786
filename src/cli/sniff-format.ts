import { closeSync, openSync, readSync } from 'node:fs';

/** Guesses CSV or GeoJSON from a file's first bytes: JSON starts with "{", CSV has a delimited first line. */
export function sniffFormat(file: string): 'csv' | 'geojson' | null {
  const fd = openSync(file, 'r');
  const buffer = Buffer.alloc(4096);
  const size = readSync(fd, buffer, 0, buffer.length, 0);
  closeSync(fd);
  const head = buffer
    .subarray(0, size)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const trimmed = head.trimStart();
  if (trimmed.startsWith('{')) return 'geojson';
  const firstLine = trimmed.split(/\r?\n/, 1)[0] ?? '';
  // A NUL byte means binary, not text.
  if (/[,;\t]/.test(firstLine) && !head.includes('\0')) return 'csv';
  return null;
}
