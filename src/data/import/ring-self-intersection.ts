// Finds a proper crossing between two non-adjacent edges of a polygon's rings. Edges are bucketed
// on a grid so typical inputs cost about O(n) rather than turf.kinks' O(n²), which would freeze
// the page on a detailed boundary.
type Ring = number[][];

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

function onSegment(ax: number, ay: number, bx: number, by: number, px: number, py: number): boolean {
  return Math.min(ax, bx) <= px && px <= Math.max(ax, bx) && Math.min(ay, by) <= py && py <= Math.max(ay, by);
}

/** True where segments p1p2 and p3p4 touch or cross. */
export function segmentsIntersect(p1: number[], p2: number[], p3: number[], p4: number[]): boolean {
  const d1 = orient(p3[0], p3[1], p4[0], p4[1], p1[0], p1[1]);
  const d2 = orient(p3[0], p3[1], p4[0], p4[1], p2[0], p2[1]);
  const d3 = orient(p1[0], p1[1], p2[0], p2[1], p3[0], p3[1]);
  const d4 = orient(p1[0], p1[1], p2[0], p2[1], p4[0], p4[1]);
  if (d1 !== d2 && d3 !== d4) return true;
  return (
    (d1 === 0 && onSegment(p3[0], p3[1], p4[0], p4[1], p1[0], p1[1])) ||
    (d2 === 0 && onSegment(p3[0], p3[1], p4[0], p4[1], p2[0], p2[1])) ||
    (d3 === 0 && onSegment(p1[0], p1[1], p2[0], p2[1], p3[0], p3[1])) ||
    (d4 === 0 && onSegment(p1[0], p1[1], p2[0], p2[1], p4[0], p4[1]))
  );
}

interface Edge {
  ring: number;
  index: number;
  a: number[];
  b: number[];
}

/**
 * Returns the location of the first crossing between edges of the given rings (edges that share
 * a vertex in sequence are not counted), or null when the rings are simple and disjoint.
 */
export function findSelfIntersection(rings: Ring[]): [number, number] | null {
  const edges: Edge[] = [];
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  rings.forEach((ring, r) => {
    for (let i = 0; i + 1 < ring.length; i++) {
      edges.push({ ring: r, index: i, a: ring[i], b: ring[i + 1] });
      minX = Math.min(minX, ring[i][0]);
      maxX = Math.max(maxX, ring[i][0]);
      minY = Math.min(minY, ring[i][1]);
      maxY = Math.max(maxY, ring[i][1]);
    }
  });
  if (edges.length === 0) return null;
  const side = Math.max(1, Math.ceil(Math.sqrt(edges.length)));
  const cellW = (maxX - minX) / side || 1;
  const cellH = (maxY - minY) / side || 1;
  const cells = new Map<number, Edge[]>();
  const cellRange = (v: number, min: number, size: number) =>
    Math.min(side - 1, Math.floor((v - min) / size));
  for (const e of edges) {
    const x0 = cellRange(Math.min(e.a[0], e.b[0]), minX, cellW);
    const x1 = cellRange(Math.max(e.a[0], e.b[0]), minX, cellW);
    const y0 = cellRange(Math.min(e.a[1], e.b[1]), minY, cellH);
    const y1 = cellRange(Math.max(e.a[1], e.b[1]), minY, cellH);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const key = y * side + x;
        const bucket = cells.get(key);
        for (const other of bucket ?? []) {
          if (adjacent(e, other, rings)) continue;
          if (segmentsIntersect(e.a, e.b, other.a, other.b)) return [other.a[0], other.a[1]];
        }
        if (bucket) bucket.push(e);
        else cells.set(key, [e]);
      }
    }
  }
  return null;
}

function adjacent(e: Edge, f: Edge, rings: Ring[]): boolean {
  if (e.ring !== f.ring) return false;
  const last = rings[e.ring].length - 2;
  const d = Math.abs(e.index - f.index);
  return d <= 1 || d === last;
}
