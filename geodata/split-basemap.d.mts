import type { Topology } from 'topojson-specification';

export declare const BASEMAP_COVERAGE: [number, number, number, number];
export declare const REGION_FILE: string;
export declare const WORLD_FILE: string;
export declare function splitBasemap(
  topology: Topology,
  box?: [number, number, number, number],
): { region: Topology; world: Topology };
export declare function splitBasemapFiles(
  dir: string,
  box?: [number, number, number, number],
): Record<string, { bytes: number; gzip: number }>;
