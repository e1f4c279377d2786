export interface DirectoryEntry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}
export declare function serializeDirectory(entries: DirectoryEntry[]): Buffer;
export declare function writePmtiles(
  tiles: { z: number; x: number; y: number; data: Buffer }[],
  options: {
    bounds: [number, number, number, number];
    center: [number, number];
    centerZoom: number;
    metadata: object;
  },
): Buffer;
