import { ARC_STRIDE } from './arc-edges.ts';
import { boxDistanceSq } from './box-distance.ts';
import { chordToKm } from './chord-to-km.ts';
import type { DistanceIndex } from './distance-index.ts';
import { DEG } from './earth.ts';
import { nearestOnArc } from './nearest-on-arc.ts';
import { fromUnitVector } from './unit-vector.ts';

const scratch = new Float64Array(4);

/**
 * Great-circle distance (km) from (lon, lat) to the nearest point of the indexed outline, and that point.
 * Best-first search: nodes come off a heap in order of their box distance, a lower bound, and the search
 * stops once no box can hold anything nearer than the best edge found so far. Exact, not approximate.
 * Writes [distanceKm, lon, lat] into `out` (distance Infinity for an empty outline).
 */
export function nearestOnOutline(index: DistanceIndex, lon: number, lat: number, out: Float64Array): void {
  const phi = lat * DEG;
  const lambda = lon * DEG;
  const cosPhi = Math.cos(phi);
  const px = cosPhi * Math.cos(lambda);
  const py = cosPhi * Math.sin(lambda);
  const pz = Math.sin(phi);
  const { boxes, start, end, arcs, leafCount, heapKeys, heapNodes } = index;
  let best = Infinity;
  let bestEdge = -1;
  let bestKind = 0;
  let bx = 0;
  let by = 0;
  let bz = 0;
  if (leafCount === 0) {
    out[0] = Infinity;
    out[1] = Number.NaN;
    out[2] = Number.NaN;
    return;
  }
  // A first answer from a greedy descent (always into the nearest box) makes the bound tight from the start.
  let node = index.root;
  while (node >= leafCount) {
    let nearest = start[node];
    let nearestKey = Infinity;
    for (let c = start[node]; c < end[node]; c++) {
      const d = boxDistanceSq(px, py, pz, boxes, c * 6);
      if (d < nearestKey) {
        nearestKey = d;
        nearest = c;
      }
    }
    node = nearest;
  }
  for (let e = start[node]; e < end[node]; e++) {
    const d = nearestOnArc(px, py, pz, arcs, e * ARC_STRIDE, scratch);
    if (d < best) {
      best = d;
      bestEdge = e;
      bestKind = scratch[3];
      bx = scratch[0];
      by = scratch[1];
      bz = scratch[2];
    }
  }
  const visited = node;
  let size = 0;
  heapKeys[0] = boxDistanceSq(px, py, pz, boxes, index.root * 6);
  heapNodes[0] = index.root;
  size = 1;
  while (size > 0) {
    const key = heapKeys[0];
    node = heapNodes[0];
    if (key >= best) break;
    size = heapPop(heapKeys, heapNodes, size);
    if (node < leafCount) {
      if (node === visited) continue;
      for (let e = start[node]; e < end[node]; e++) {
        const d = nearestOnArc(px, py, pz, arcs, e * ARC_STRIDE, scratch);
        if (d < best) {
          best = d;
          bestEdge = e;
          bestKind = scratch[3];
          bx = scratch[0];
          by = scratch[1];
          bz = scratch[2];
        }
      }
    } else {
      for (let c = start[node]; c < end[node]; c++) {
        const d = boxDistanceSq(px, py, pz, boxes, c * 6);
        if (d < best) size = heapPush(heapKeys, heapNodes, size, d, c);
      }
    }
  }
  out[0] = chordToKm(Math.sqrt(best));
  if (bestKind === 0) {
    const [nLon, nLat] = fromUnitVector(bx, by, bz);
    out[1] = nLon;
    out[2] = nLat;
  } else {
    // A vertex: report its own coordinates rather than a round trip through trigonometry.
    const o = bestEdge * 4 + (bestKind === 1 ? 0 : 2);
    out[1] = index.lonLat[o];
    out[2] = index.lonLat[o + 1];
  }
}

function heapPush(keys: Float64Array, nodes: Int32Array, size: number, key: number, node: number): number {
  let i = size;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (keys[parent] <= key) break;
    keys[i] = keys[parent];
    nodes[i] = nodes[parent];
    i = parent;
  }
  keys[i] = key;
  nodes[i] = node;
  return size + 1;
}

function heapPop(keys: Float64Array, nodes: Int32Array, size: number): number {
  const last = size - 1;
  const key = keys[last];
  const node = nodes[last];
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= last) break;
    if (child + 1 < last && keys[child + 1] < keys[child]) child++;
    if (keys[child] >= key) break;
    keys[i] = keys[child];
    nodes[i] = nodes[child];
    i = child;
  }
  keys[i] = key;
  nodes[i] = node;
  return last;
}
