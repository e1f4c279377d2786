import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { boundariesFromTopology } from '../data/load-boundaries.ts';
import type { BoundaryFeature } from '../data/types.ts';

/** The project's boundaries file (simplified, or full resolution). */
export function boundariesPath(full: boolean): URL {
  return new URL(`../../geodata/${full ? 'boundaries-full' : 'boundaries'}.topo.json`, import.meta.url);
}

/** Reads a boundaries TopoJSON file into features. */
export function readBoundaries(path: URL | string): BoundaryFeature[] {
  return boundariesFromTopology(JSON.parse(readFileSync(path, 'utf8')) as Topology);
}
