// The inputs and output of `npm run analysis` (scripts/build-analysis.ts), shared with the unit test that
// recomputes geodata/built-in-analysis.json and requires it to be equal.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { precomputeAnalysis } from '../src/analysis/precompute.ts';
import type { PrecomputedAnalysis } from '../src/analysis/precomputed.ts';
import type { BoundaryFeature, EventFeature } from '../src/data/types.ts';

export const BUILT_IN_ANALYSIS_FILE = 'geodata/built-in-analysis.json';

export interface BuiltInInputs {
  boundaries: BoundaryFeature[];
  events: EventFeature[];
}

/** The files the map loads by default, decoded and filtered as src/data/load-geodata.ts does. */
export function readBuiltInInputs(root: string): BuiltInInputs {
  const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
  const topology = read('geodata/boundaries.topo.json') as Topology;
  const collection = feature(topology, topology.objects.boundaries) as FeatureCollection;
  const boundaries = collection.features.filter(
    (f) =>
      (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon') &&
      typeof f.properties?.id === 'string',
  ) as BoundaryFeature[];
  const markers = read('geodata/events/iskp-events.markers.json') as FeatureCollection;
  const events = markers.features.filter(
    (f) => f.geometry?.type === 'Point' && typeof f.properties?.id === 'string',
  ) as EventFeature[];
  return { boundaries, events };
}

export function builtInAnalysis(inputs: BuiltInInputs): PrecomputedAnalysis {
  return precomputeAnalysis(inputs.boundaries, inputs.events);
}

/** The file's text: one boundary, one inside string, one row of comparisons per line. */
export function builtInAnalysisText(inputs: BuiltInInputs): string {
  const a = builtInAnalysis(inputs);
  const lines = (items: unknown[]) => items.map((x) => `  ${JSON.stringify(x)}`).join(',\n');
  const insides = Object.entries(a.inside).map(([id, bits]) => `  ${JSON.stringify(id)}: "${bits}"`);
  return [
    '{',
    `"boundaries": [\n${lines(a.boundaries)}\n],`,
    `"events": ${JSON.stringify(a.events)},`,
    `"inside": {\n${insides.join(',\n')}\n},`,
    `"compare": [\n${lines(a.compare)}\n]`,
    '}',
    '',
  ].join('\n');
}
