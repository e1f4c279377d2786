/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n seeded uniform points in [west, east) × [south, north) as coordinate arrays. */
export function seededPoints(
  n: number,
  seed: number,
  [west, south, east, north]: [number, number, number, number],
): { lons: Float64Array; lats: Float64Array } {
  const random = seededRandom(seed);
  const lons = new Float64Array(n);
  const lats = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    lons[i] = west + random() * (east - west);
    lats[i] = south + random() * (north - south);
  }
  return { lons, lats };
}

/** The benchmark's and agreement test's area: lon 20–100, lat 0–60. */
export const BENCH_AREA: [number, number, number, number] = [20, 0, 100, 60];
