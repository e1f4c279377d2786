// `npm run bench`: the grid index and the distance index against plain Turf loops, on the same points.
// Prints a table, then (last line) one line of JSON.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { lineString } from '@turf/helpers';
import pointToLineDistance from '@turf/point-to-line-distance';
import type { Topology } from 'topojson-specification';
import { typedArrayBytes } from '../src/analysis/bench/index-bytes.ts';
import { BENCH_AREA, seededPoints } from '../src/analysis/bench/seeded-points.ts';
import { buildDistanceIndex } from '../src/analysis/distance-index.ts';
import { nearestOnOutline } from '../src/analysis/nearest-on-outline.ts';
import { pipContainsMany } from '../src/analysis/pip-contains.ts';
import { buildPipIndex } from '../src/analysis/pip-index.ts';
import { polygonParts } from '../src/analysis/polygon-parts.ts';
import { boundariesFromTopology } from '../src/data/load-boundaries.ts';

const POINTS = Number(process.env.BENCH_POINTS ?? 1_000_000);
const DISTANCE_SAMPLE = 10_000;
/** Stop the naive distance loop after this long per boundary; its rate is per second anyway. */
const NAIVE_BUDGET_MS = Number(process.env.BENCH_NAIVE_MS ?? 5_000);
const file =
  process.env.BENCH_BOUNDARIES ?? new URL('../../../geodata/boundaries-full.topo.json', import.meta.url);

/**
 * Milliseconds of CPU time this process spends in fn: the machine is shared, and wall-clock time would also
 * count time spent waiting for a core. Wall-clock time is kept too, for the record.
 */
function timed(fn: () => void): { cpu: number; wall: number } {
  const wall0 = performance.now();
  const cpu0 = process.cpuUsage();
  fn();
  const cpu = process.cpuUsage(cpu0);
  return { cpu: (cpu.user + cpu.system) / 1000, wall: performance.now() - wall0 };
}

const boundaries = boundariesFromTopology(JSON.parse(readFileSync(file, 'utf8')) as Topology);
const { lons, lats } = seededPoints(POINTS, 20260101, BENCH_AREA);
const n = boundaries.length;
const rows: string[][] = [];
let turfMs = 0;
let turfWallMs = 0;
let indexWallMs = 0;
let indexMs = 0;
let buildMs = 0;
let indexBytes = 0;
let mismatches = 0;
let distanceMs = 0;
let naiveMs = 0;
let naivePoints = 0;
let distanceMaxDiff = 0;

for (const boundary of boundaries) {
  const id = boundary.properties.id;
  const turfOut = new Uint8Array(POINTS);
  const indexOut = new Uint8Array(POINTS);
  for (let i = 0; i < 20_000; i++) booleanPointInPolygon([lons[i], lats[i]], boundary); // warm-up
  const turfTime = timed(() => {
    for (let i = 0; i < POINTS; i++) turfOut[i] = booleanPointInPolygon([lons[i], lats[i]], boundary) ? 1 : 0;
  });
  const turf = turfTime.cpu;
  turfWallMs += turfTime.wall;

  let t = performance.now();
  const pip = buildPipIndex(boundary);
  const build = performance.now() - t;
  pipContainsMany(pip, lons, lats, indexOut); // warm-up
  // Mean of three passes (each is only milliseconds long).
  const indexTime = timed(() => {
    for (let k = 0; k < 3; k++) pipContainsMany(pip, lons, lats, indexOut);
  });
  const index = indexTime.cpu / 3;
  indexWallMs += indexTime.wall / 3;
  let wrong = 0;
  for (let i = 0; i < POINTS; i++) if (turfOut[i] !== indexOut[i]) wrong++;

  t = performance.now();
  const distance = buildDistanceIndex(boundary.geometry);
  const distanceBuild = performance.now() - t;
  const out = new Float64Array(3);
  const dist = timed(() => {
    for (let i = 0; i < POINTS; i++) nearestOnOutline(distance, lons[i], lats[i], out);
  }).cpu;

  // Naive: Turf's pointToLineDistance over every ring, on the first points (time-boxed).
  const rings = polygonParts(boundary.geometry).flatMap((rs) => rs.map((ring) => lineString(ring)));
  let sample = 0;
  const naiveDistances: number[] = [];
  const naive = timed(() => {
    const t0 = performance.now();
    while (sample < DISTANCE_SAMPLE && (sample < 20 || performance.now() - t0 < NAIVE_BUDGET_MS)) {
      let best = Infinity;
      for (const ring of rings)
        best = Math.min(best, pointToLineDistance([lons[sample], lats[sample]], ring));
      naiveDistances.push(best);
      sample++;
    }
  }).cpu;
  naiveDistances.forEach((best, i) => {
    nearestOnOutline(distance, lons[i], lats[i], out);
    distanceMaxDiff = Math.max(distanceMaxDiff, Math.abs(out[0] - best));
  });

  const bytes = typedArrayBytes(pip) + typedArrayBytes(distance);
  rows.push([
    id,
    String(edgeCount(boundary)),
    `${pip.grid?.cols ?? 0}×${pip.grid?.rows ?? 0}`,
    rate(POINTS, turf),
    rate(POINTS, index),
    (turf / index).toFixed(0),
    String(wrong),
    build.toFixed(0),
    mb(typedArrayBytes(pip)),
    rate(POINTS, dist),
    `${rate(sample, naive)} (${sample})`,
    ((POINTS / dist) * (naive / sample)).toFixed(0),
    distanceBuild.toFixed(0),
  ]);
  turfMs += turf;
  indexMs += index;
  buildMs += build + distanceBuild;
  indexBytes += bytes;
  mismatches += wrong;
  distanceMs += dist;
  naiveMs += naive;
  naivePoints += sample;
}

function edgeCount(boundary: (typeof boundaries)[number]): number {
  return polygonParts(boundary.geometry).reduce((s, rs) => s + rs.reduce((t, r) => t + r.length - 1, 0), 0);
}
function rate(points: number, ms: number): string {
  return ((points / ms) * 1000).toExponential(2);
}
function mb(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(1);
}

const header = [
  'boundary',
  'edges',
  'grid',
  'turf pts/s',
  'index pts/s',
  'ratio',
  'mismatch',
  'build ms',
  'grid MB',
  'dist pts/s',
  'naive dist pts/s (sample)',
  'dist ratio',
  'dist build ms',
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
console.log(
  `${POINTS} seeded points over lon 20–100, lat 0–60; rates are point-in-boundary tests per second of CPU time`,
);
console.log(line(header));
for (const r of rows) console.log(line(r));
const memory = process.memoryUsage();
console.log(
  `indexes ${mb(indexBytes)} MB (typed arrays), build ${buildMs.toFixed(0)} ms in all; ` +
    `process rss ${mb(memory.rss)} MB, heap ${mb(memory.heapUsed)} MB`,
);
console.log(
  `all boundaries: turf ${rate(POINTS * n, turfMs)}/s, index ${rate(POINTS * n, indexMs)}/s, ` +
    `distance ${rate(POINTS * n, distanceMs)}/s vs naive ${rate(naivePoints, naiveMs)}/s ` +
    `(max |Δ| to Turf ${distanceMaxDiff.toExponential(1)} km)`,
);
console.log(
  `wall clock: turf ${rate(POINTS * n, turfWallMs)}/s, index ${rate(POINTS * n, indexWallMs)}/s, ` +
    `ratio ${(turfWallMs / indexWallMs).toFixed(0)} (load average ${loadavg()[0].toFixed(1)})`,
);
const turfRate = (POINTS * n * 1000) / turfMs;
const indexRate = (POINTS * n * 1000) / indexMs;
const distanceRate = (POINTS * n * 1000) / distanceMs;
const naiveRate = (naivePoints * 1000) / naiveMs;
console.log(
  JSON.stringify({
    points: POINTS,
    boundaries: n,
    turfPointsPerSec: Math.round(turfRate),
    indexPointsPerSec: Math.round(indexRate),
    ratio: Number((indexRate / turfRate).toFixed(1)),
    mismatches,
    distancePointsPerSec: Math.round(distanceRate),
    naiveDistancePointsPerSec: Number(naiveRate.toFixed(1)),
    naiveDistanceSample: naivePoints,
    distanceRatio: Math.round(distanceRate / naiveRate),
    distanceMaxDiffKm: Number(distanceMaxDiff.toExponential(2)),
    indexBytes,
  }),
);
