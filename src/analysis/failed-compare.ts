import type { CompareResult } from './types.ts';

/** A comparison that could not be computed: NaN numbers, no geometry, and the reason. */
export function failedCompare(error: string): CompareResult {
  return {
    areaKm2: { a: Number.NaN, b: Number.NaN },
    intersectionKm2: Number.NaN,
    aMinusBKm2: Number.NaN,
    bMinusAKm2: Number.NaN,
    jaccard: Number.NaN,
    geometries: { intersection: null, aMinusB: null, bMinusA: null },
    error,
  };
}
