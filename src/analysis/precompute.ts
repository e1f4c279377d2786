// Runs the analysis core ahead of time for fixed inputs (the built-in boundaries and events): the map
// then shows these answers at start without loading the analysis worker. `npm run analysis` writes the
// result; a unit test recomputes it from the committed geodata and requires equality.
import { classify } from './classify.ts';
import { compareBoundaries } from './compare-boundaries.ts';
import {
  boundaryFingerprint,
  type EventLike,
  eventsFingerprint,
  type PrecomputedAnalysis,
} from './precomputed.ts';
import type { BoundaryInput } from './types.ts';

/** classify(events, boundaries) and compareBoundaries for every ordered pair; throws if a comparison fails. */
export function precomputeAnalysis(
  boundaries: readonly BoundaryInput[],
  events: readonly EventLike[],
): PrecomputedAnalysis {
  const points = events.map((e) => ({
    id: e.properties.id,
    lon: e.geometry.coordinates[0],
    lat: e.geometry.coordinates[1],
  }));
  const results = classify(points, boundaries);
  const ids = boundaries.map((b) => b.properties.id);
  if (new Set(ids).size !== ids.length) throw new Error(`boundary ids are not unique: ${ids.join(', ')}`);
  const inside: Record<string, string> = {};
  for (const id of ids) inside[id] = results.map((r) => (r.results[id].inside ? '1' : '0')).join('');

  const areaKm2 = new Map<string, number>();
  const compare = boundaries.map((a) =>
    boundaries.map((b): [number, number, number, number] => {
      const c = compareBoundaries(a, b);
      if (c.error) throw new Error(`${a.properties.id} vs ${b.properties.id}: ${c.error}`);
      for (const [id, area] of [
        [a.properties.id, c.areaKm2.a],
        [b.properties.id, c.areaKm2.b],
      ] as const) {
        // the area of a boundary must not depend on the pair it is in: it is stored once
        if (areaKm2.has(id) && areaKm2.get(id) !== area) throw new Error(`${id}: area differs between pairs`);
        areaKm2.set(id, area);
      }
      return [c.intersectionKm2, c.aMinusBKm2, c.bMinusAKm2, c.jaccard];
    }),
  );
  return {
    boundaries: boundaries.map((b) => ({
      id: b.properties.id,
      fingerprint: boundaryFingerprint(b),
      areaKm2: areaKm2.get(b.properties.id) as number,
    })),
    events: { count: events.length, fingerprint: eventsFingerprint(events) },
    inside,
    compare,
  };
}
