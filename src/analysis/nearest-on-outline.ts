import { ARC_STRIDE } from './arc-edges.ts';
import { boxDistanceSq } from './box-distance.ts';
import { chordToKm } from './chord-to-km.ts';
import type { DistanceIndex } from './distance-index.ts';
import { DEG } from './earth.ts';
import { nearestOnArc } from './nearest-on-arc.ts';
import { fromUnitVector } from './unit-vector.ts';

const scratch = new Float64Array(4);
const childKeyScratch = new Float64Array(64);
const childNodeScratch = new Int32Array(64);

/**
 * Great-circle distance (km) from (lon, lat) to the nearest point of the indexed outline, and that point.
 * Branch and bound: depth-first through the tree, nearest box first, skipping every box whose distance (a
 * lower bound for everything in it) is no less than the best edge found so far. Exact, not approximate.
 * Writes [distanceKm, lon, lat] into `out` (distance Infinity for an empty outline, NaN for a non-finite point).
 */
export function nearestOnOutline(index: DistanceIndex, lon: number, lat: number, out: Float64Array): void {
  const phi = lat * DEG;
  const lambda = lon * DEG;
  const cosPhi = Math.cos(phi);
  const px = cosPhi * Math.cos(lambda);
  const py = cosPhi * Math.sin(lambda);
  const pz = Math.sin(phi);
  const { boxes, start, end, arcs, leafCount, stackKeys, stackNodes } = index;
  let best = Infinity;
  let bestEdge = -1;
  let bestKind = 0;
  let bx = 0;
  let by = 0;
  let bz = 0;
  if (!(lon - lon === 0 && lat - lat === 0)) {
    // NaN or ±∞ has no distance.
    out[0] = Number.NaN;
    out[1] = Number.NaN;
    out[2] = Number.NaN;
    return;
  }
  if (leafCount === 0) {
    out[0] = Infinity;
    out[1] = Number.NaN;
    out[2] = Number.NaN;
    return;
  }
  // Depth-first, nearest child first, skipping every box no nearer than the best edge so far.
  stackKeys[0] = 0;
  stackNodes[0] = index.root;
  let top = 1;
  const childKeys = childKeyScratch;
  const childNodes = childNodeScratch;
  while (top > 0) {
    top--;
    if (stackKeys[top] >= best) continue;
    const node = stackNodes[top];
    if (node < leafCount) {
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
      continue;
    }
    // Children sorted far to near, so the nearest is on top of the stack.
    let n = 0;
    for (let c = start[node]; c < end[node]; c++) {
      const d = boxDistanceSq(px, py, pz, boxes, c * 6);
      if (d >= best) continue;
      let j = n++;
      while (j > 0 && childKeys[j - 1] < d) {
        childKeys[j] = childKeys[j - 1];
        childNodes[j] = childNodes[j - 1];
        j--;
      }
      childKeys[j] = d;
      childNodes[j] = c;
    }
    for (let j = 0; j < n; j++) {
      stackKeys[top] = childKeys[j];
      stackNodes[top] = childNodes[j];
      top++;
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
