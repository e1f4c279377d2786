import type { MultiPolygon, Polygon } from 'geojson';
import { ARC_STRIDE, arcEdges } from './arc-edges.ts';
import { hilbert } from './hilbert.ts';
import { outlineEdges } from './outline-edges.ts';

const LEAF_SIZE = 4;
const NODE_SIZE = 8;

/**
 * A static bounding-volume tree over the outline's edges for nearest-edge queries: leaves hold runs of
 * consecutive edges (spatially coherent along a ring), ordered along a Hilbert curve, and every node has a
 * 3-D box (on the unit sphere) that contains its great-circle arcs, bulge included. The box distance is a
 * lower bound on the distance to any of its edges, which lets a query skip almost all of them.
 */
export interface DistanceIndex {
  /** Per edge lon1, lat1, lon2, lat2. */
  lonLat: Float64Array;
  /** Per edge the arc as unit vectors and normal (see arcEdges). */
  arcs: Float64Array;
  /** Per node min x, y, z, max x, y, z. Leaves first, the root last. */
  boxes: Float64Array;
  /** Per node its children: edge range for a leaf, node range otherwise. */
  start: Int32Array;
  end: Int32Array;
  leafCount: number;
  root: number;
  /** Scratch space for queries (the depth-first stack of nodes and their lower bounds). */
  stackKeys: Float64Array;
  stackNodes: Int32Array;
}

/** Builds the nearest-edge index for a polygon's outline (all rings, all parts). */
export function buildDistanceIndex(geometry: Polygon | MultiPolygon): DistanceIndex {
  const lonLat = outlineEdges(geometry);
  const arcs = arcEdges(lonLat);
  const edgeCount = lonLat.length / 4;
  const leafCount = Math.ceil(edgeCount / LEAF_SIZE);

  const order = leafOrder(lonLat, leafCount);
  let nodeCount = leafCount;
  for (let n = leafCount; n > 1; n = Math.ceil(n / NODE_SIZE)) nodeCount += Math.ceil(n / NODE_SIZE);
  const boxes = new Float64Array(Math.max(1, nodeCount) * 6);
  const start = new Int32Array(Math.max(1, nodeCount));
  const end = new Int32Array(Math.max(1, nodeCount));

  for (let i = 0; i < leafCount; i++) {
    const first = order[i] * LEAF_SIZE;
    start[i] = first;
    end[i] = Math.min(edgeCount, first + LEAF_SIZE);
    edgeRunBox(arcs, start[i], end[i], boxes, i * 6);
  }
  let levelStart = 0;
  let levelEnd = leafCount;
  while (levelEnd - levelStart > 1) {
    let next = levelEnd;
    for (let c = levelStart; c < levelEnd; c += NODE_SIZE) {
      start[next] = c;
      end[next] = Math.min(levelEnd, c + NODE_SIZE);
      unionBoxes(boxes, start[next], end[next], next * 6);
      next++;
    }
    levelStart = levelEnd;
    levelEnd = next;
  }
  return {
    lonLat,
    arcs,
    boxes,
    start,
    end,
    leafCount,
    root: Math.max(0, levelEnd - 1),
    stackKeys: new Float64Array(nodeCount + NODE_SIZE + 1),
    stackNodes: new Int32Array(nodeCount + NODE_SIZE + 1),
  };
}

/** Leaf numbers sorted along a Hilbert curve through their first vertex. */
function leafOrder(lonLat: Float64Array, leafCount: number): Int32Array {
  const keys = new Float64Array(leafCount);
  for (let i = 0; i < leafCount; i++) {
    const o = i * LEAF_SIZE * 4;
    const x = Math.floor(((lonLat[o] + 180) / 360) * 65535);
    const y = Math.floor(((lonLat[o + 1] + 90) / 180) * 65535);
    keys[i] = hilbert(Math.max(0, Math.min(65535, x)), Math.max(0, Math.min(65535, y)));
  }
  const order = Int32Array.from({ length: leafCount }, (_, i) => i);
  order.sort((a, b) => keys[a] - keys[b]);
  return order;
}

/** Box around the arcs of edges [first, last): their end points, grown by the largest arc bulge. */
function edgeRunBox(arcs: Float64Array, first: number, last: number, boxes: Float64Array, o: number): void {
  let minX = Infinity;
  let minY = Infinity;
  let minZ = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let maxZ = -Infinity;
  let bulge = 0;
  for (let e = first; e < last; e++) {
    const a = e * ARC_STRIDE;
    for (const p of [a, a + 3]) {
      minX = Math.min(minX, arcs[p]);
      minY = Math.min(minY, arcs[p + 1]);
      minZ = Math.min(minZ, arcs[p + 2]);
      maxX = Math.max(maxX, arcs[p]);
      maxY = Math.max(maxY, arcs[p + 1]);
      maxZ = Math.max(maxZ, arcs[p + 2]);
    }
    const chordSq =
      (arcs[a] - arcs[a + 3]) ** 2 + (arcs[a + 1] - arcs[a + 4]) ** 2 + (arcs[a + 2] - arcs[a + 5]) ** 2;
    // Sagitta of the arc over its chord: 1 − cos(θ/2) = (c²/4) / (1 + √(1 − c²/4)).
    const q = Math.min(1, chordSq / 4);
    bulge = Math.max(bulge, q / (1 + Math.sqrt(1 - q)));
  }
  // The margin also absorbs rounding, so the box stays a true lower bound.
  const m = bulge * 1.0001 + 1e-12;
  boxes.set([minX - m, minY - m, minZ - m, maxX + m, maxY + m, maxZ + m], o);
}

function unionBoxes(boxes: Float64Array, first: number, last: number, o: number): void {
  const box = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
  for (let c = first; c < last; c++) {
    for (let k = 0; k < 3; k++) {
      box[k] = Math.min(box[k], boxes[c * 6 + k]);
      box[k + 3] = Math.max(box[k + 3], boxes[c * 6 + k + 3]);
    }
  }
  boxes.set(box, o);
}
