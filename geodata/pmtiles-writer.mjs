// A small writer of PMTiles version 3 archives (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md):
// a 127-byte header, a gzip-compressed root directory within the first 16 KiB, the JSON metadata, leaf
// directories when the root would not fit, and the tile data. Identical tiles are stored once (a run of
// consecutive ids shares one entry), which is what keeps a regional archive small: most land tiles at high
// zoom are one full square of `earth`. Tile ids come from the `pmtiles` package (the Hilbert order of the
// spec), so the reader and the writer agree by construction.
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

const HEADER_BYTES = 127;
const ROOT_LIMIT = 16384;
const COMPRESSION_GZIP = 2;
const TILE_TYPE_MVT = 1;

function writeVarint(out, value) {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** A directory (entries sorted by tile id) as the spec's varint columns, gzip-compressed. */
export function serializeDirectory(entries) {
  const out = [];
  writeVarint(out, entries.length);
  let last = 0;
  for (const e of entries) {
    writeVarint(out, e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) writeVarint(out, e.runLength);
  for (const e of entries) writeVarint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    // 0 means "right after the previous entry"; otherwise offset + 1
    writeVarint(out, i > 0 && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return gzipSync(Buffer.from(out), { level: 9 });
}

/** The root directory, and leaf directories when all entries do not fit in the first 16 KiB. */
function directories(entries) {
  const root = serializeDirectory(entries);
  if (root.length + HEADER_BYTES <= ROOT_LIMIT) return { root, leaves: Buffer.alloc(0) };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const rootEntries = [];
    const leafParts = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const leaf = serializeDirectory(entries.slice(i, i + leafSize));
      rootEntries.push({ tileId: entries[i].tileId, offset, length: leaf.length, runLength: 0 });
      leafParts.push(leaf);
      offset += leaf.length;
    }
    const leafRoot = serializeDirectory(rootEntries);
    if (leafRoot.length + HEADER_BYTES <= ROOT_LIMIT)
      return { root: leafRoot, leaves: Buffer.concat(leafParts) };
  }
}

function header(h) {
  const b = Buffer.alloc(HEADER_BYTES);
  b.write('PMTiles', 0, 'ascii');
  b.writeUInt8(3, 7);
  const u64 = [
    h.rootOffset,
    h.rootLength,
    h.metadataOffset,
    h.metadataLength,
    h.leafOffset,
    h.leafLength,
    h.tileDataOffset,
    h.tileDataLength,
    h.addressedTiles,
    h.tileEntries,
    h.tileContents,
  ];
  for (const [i, v] of u64.entries()) b.writeBigUInt64LE(BigInt(v), 8 + i * 8);
  b.writeUInt8(h.clustered ? 1 : 0, 96);
  b.writeUInt8(COMPRESSION_GZIP, 97); // internal compression
  b.writeUInt8(COMPRESSION_GZIP, 98); // tile compression
  b.writeUInt8(TILE_TYPE_MVT, 99);
  b.writeUInt8(h.minZoom, 100);
  b.writeUInt8(h.maxZoom, 101);
  const e7 = (deg) => Math.round(deg * 1e7);
  const [w, s, e, n] = h.bounds;
  for (const [i, v] of [w, s, e, n].entries()) b.writeInt32LE(e7(v), 102 + i * 4);
  b.writeUInt8(h.centerZoom, 118);
  b.writeInt32LE(e7(h.center[0]), 119);
  b.writeInt32LE(e7(h.center[1]), 123);
  return b;
}

/**
 * The archive as one Buffer.
 * @param {{z: number, x: number, y: number, data: Buffer}[]} tiles gzip-compressed MVT tiles
 * @param {{bounds: number[], center: number[], centerZoom: number, metadata: object}} options
 */
export function writePmtiles(tiles, { bounds, center, centerZoom, metadata }) {
  const sorted = tiles
    .map((t) => ({ ...t, tileId: zxyToTileId(t.z, t.x, t.y) }))
    .sort((a, b) => a.tileId - b.tileId);
  const entries = [];
  const parts = [];
  const offsets = new Map(); // tile bytes (as a key) → offset of its single copy
  let dataLength = 0;
  for (const t of sorted) {
    const key = t.data.toString('base64');
    let offset = offsets.get(key);
    if (offset === undefined) {
      offset = dataLength;
      offsets.set(key, offset);
      parts.push(t.data);
      dataLength += t.data.length;
    }
    const last = entries[entries.length - 1];
    if (last && last.offset === offset && last.tileId + last.runLength === t.tileId) last.runLength++;
    else entries.push({ tileId: t.tileId, offset, length: t.data.length, runLength: 1 });
  }
  const { root, leaves } = directories(entries);
  const meta = gzipSync(Buffer.from(JSON.stringify(metadata)), { level: 9 });
  const zooms = sorted.map((t) => t.z);
  const h = {
    rootOffset: HEADER_BYTES,
    rootLength: root.length,
    metadataOffset: HEADER_BYTES + root.length,
    metadataLength: meta.length,
    leafOffset: HEADER_BYTES + root.length + meta.length,
    leafLength: leaves.length,
    tileDataOffset: HEADER_BYTES + root.length + meta.length + leaves.length,
    tileDataLength: dataLength,
    addressedTiles: sorted.length,
    tileEntries: entries.length,
    tileContents: offsets.size,
    // deduplicated tiles point back to earlier offsets, so the data is not in tile-id order
    clustered: false,
    minZoom: Math.min(...zooms),
    maxZoom: Math.max(...zooms),
    bounds,
    center,
    centerZoom,
  };
  return Buffer.concat([header(h), root, meta, leaves, ...parts]);
}
