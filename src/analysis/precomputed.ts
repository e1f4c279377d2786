// Analysis answers computed ahead of time (precompute.ts, `npm run analysis`) for fixed inputs, with
// fingerprints of exactly those inputs, so that a reader can prove the answers apply before using them.
// No Turf here: the map imports this module on the main thread.
import type { MultiPolygon, Polygon } from 'geojson';
import type { CompareResult } from './types.ts';

/** Written by precomputeAnalysis() as JSON; every number is the analysis core's, unrounded. */
export interface PrecomputedAnalysis {
  /** The boundaries classified, in order: id, fingerprint of id and geometry, area (compareBoundaries). */
  boundaries: { id: string; fingerprint: string; areaKm2: number }[];
  /** How many events were classified, and the fingerprint of their ids and coordinates in order. */
  events: { count: number; fingerprint: string };
  /** Per boundary id: one character per event, in order: '1' inside, '0' outside (classify's `inside`). */
  inside: Record<string, string>;
  /**
   * compare[i][j]: compareBoundaries(boundaries[i], boundaries[j]) as
   * [intersectionKm2, aMinusBKm2, bMinusAKm2, jaccard]; areas are in `boundaries`.
   */
  compare: [number, number, number, number][][];
}

/** What classify and compareBoundaries read of a boundary. */
interface BoundaryLike {
  properties: { id: string };
  geometry: Polygon | MultiPolygon;
}

/** What classify reads of an event. */
export interface EventLike {
  properties: { id: string };
  geometry: { coordinates: number[] };
}

/**
 * A 106-bit non-cryptographic hash of a string (two 53-bit cyrb53 lanes with different seeds), as hex.
 * It detects any change to the inputs short of a deliberately constructed collision.
 */
export function fingerprint(text: string): string {
  return (
    lane(text, 0x9e3779b9).toString(16).padStart(14, '0') +
    lane(text, 0x85ebca6b).toString(16).padStart(14, '0')
  );
}

function lane(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const boundaryPrints = new WeakMap<object, string>();

/** What classify and compareBoundaries read of a boundary: its id and geometry (cached per object). */
export function boundaryFingerprint(boundary: BoundaryLike): string {
  let print = boundaryPrints.get(boundary);
  if (print === undefined) {
    const { type, coordinates } = boundary.geometry;
    print = fingerprint(JSON.stringify([boundary.properties.id, type, coordinates]));
    boundaryPrints.set(boundary, print);
  }
  return print;
}

const eventPrints = new WeakMap<object, string>();

/** What classify reads of the events: id, longitude and latitude, in order (cached per array). */
export function eventsFingerprint(events: readonly EventLike[]): string {
  let print = eventPrints.get(events);
  if (print === undefined) {
    const points = events.map((e) => [e.properties.id, e.geometry.coordinates[0], e.geometry.coordinates[1]]);
    print = fingerprint(JSON.stringify(points));
    eventPrints.set(events, print);
  }
  return print;
}

/** Where `boundary` is in `pre`, or -1 when it is not one of its boundaries exactly (id and geometry). */
function boundaryIndexIn(pre: PrecomputedAnalysis, boundary: BoundaryLike): number {
  const i = pre.boundaries.findIndex((b) => b.id === boundary.properties.id);
  return i >= 0 && pre.boundaries[i].fingerprint === boundaryFingerprint(boundary) ? i : -1;
}

/**
 * classify(events, boundaries)'s `inside` for every event and boundary, when they are exactly the inputs
 * `pre` was computed from (same ids, coordinates and geometries, same order); otherwise null.
 */
export function precomputedInside(
  pre: PrecomputedAnalysis,
  events: readonly EventLike[],
  boundaries: readonly BoundaryLike[],
): { id: string; results: Record<string, { inside: boolean }> }[] | null {
  if (events.length !== pre.events.count || boundaries.length !== pre.boundaries.length) return null;
  if (!boundaries.every((b, i) => boundaryIndexIn(pre, b) === i)) return null;
  if (eventsFingerprint(events) !== pre.events.fingerprint) return null;
  const ids = boundaries.map((b) => b.properties.id);
  const bits = ids.map((id) => pre.inside[id]);
  if (bits.some((s) => s?.length !== events.length)) return null;
  return events.map((e, i) => {
    const results: Record<string, { inside: boolean }> = {};
    ids.forEach((id, k) => {
      results[id] = { inside: bits[k][i] === '1' };
    });
    return { id: e.properties.id, results };
  });
}

/** compareBoundaries(a, b)'s numbers when a and b are both boundaries of `pre`, unchanged; otherwise null. */
export function precomputedComparison(
  pre: PrecomputedAnalysis,
  a: BoundaryLike,
  b: BoundaryLike,
): Omit<CompareResult, 'geometries' | 'error'> | null {
  const i = boundaryIndexIn(pre, a);
  const j = boundaryIndexIn(pre, b);
  const row = i >= 0 && j >= 0 ? pre.compare[i]?.[j] : undefined;
  if (!row) return null;
  const [intersectionKm2, aMinusBKm2, bMinusAKm2, jaccard] = row;
  return {
    areaKm2: { a: pre.boundaries[i].areaKm2, b: pre.boundaries[j].areaKm2 },
    intersectionKm2,
    aMinusBKm2,
    bMinusAKm2,
    jaccard,
  };
}
