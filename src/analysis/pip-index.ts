import type { BBox } from 'geojson';
import { edgeColumns, type Grid, makeGrid, rowBand } from './grid.ts';
import { type PipEdges, pipEdges } from './pip-edges.ts';
import type { BoundaryInput } from './types.ts';

/** Cell states in PipIndex.cells; values >= 0 index a boundary cell. */
export const OUTSIDE = -1;
export const INSIDE = -2;

/**
 * Point-in-polygon grid index that answers exactly as `@turf/boolean-point-in-polygon` (point-in-polygon-hao).
 *
 * Hao casts a ray westwards and counts, per part, the edges that straddle the point's latitude (half-open:
 * one end at or below it, the other above) and pass west of the point; a point on an edge is inside.
 * For a cell, edges split into those near it (touching the cell grown by a margin) and those wholly west
 * or east of it across its row band. West edges always count, east ones never, so only their number
 * (mod 2) matters: it is `base` at the band's bottom line and flips at each `breakpoint`, a vertex in the band
 * where a west edge meets a near one (where two west edges meet, the flips cancel). Near edges are tested
 * one by one with hao's own arithmetic. A part with no near edge is constant over the cell, so a cell is
 * INSIDE when such a part covers it, OUTSIDE when none does and no edge is near, else a boundary cell.
 */
export interface PipIndex {
  feature: BoundaryInput;
  /** Null when the feature cannot be indexed (open or empty rings); Turf then answers. */
  grid: Grid | null;
  /** East and north limits of the rings (the grid starts at their west and south limits). */
  maxX: number;
  maxY: number;
  /** Turf checks a feature's own `bbox` member first; so do we. */
  featureBBox: BBox | undefined;
  /** Per cell (row-major): OUTSIDE, INSIDE or a boundary cell number. */
  cells: Int32Array;
  /**
   * The same as one byte per cell (0 outside, 1 inside, 2 boundary), with a border of outside cells all
   * round, (rows + 2) × (cols + 2), so the batch lookup can clamp into it instead of testing the bbox.
   */
  state: Uint8Array;
  /** Per boundary cell: its entries (one per part with near edges) are entryStart[b] .. entryStart[b + 1]. */
  entryStart: Int32Array;
  /** Per entry: parity of the west edges at the band's bottom line. */
  entryBase: Uint8Array;
  /** Per entry: near edges are edgeStart[i] .. edgeStart[i + 1] in edgeCoords (x1, y1, x2, y2 each). */
  edgeStart: Int32Array;
  edgeCoords: Float64Array;
  /** Per entry: breakpoint latitudes are breakStart[i] .. breakStart[i + 1] in breaks. */
  breakStart: Int32Array;
  breaks: Float64Array;
}

/** Cells per edge: more cells mean fewer boundary cells and fewer edges in each. */
const CELLS_PER_EDGE = 16;
const MIN_CELLS = 1 << 18;
const MAX_CELLS = 1 << 20;

/** Builds the index; `targetCells` overrides the grid size (tests use tiny grids to stress the rules). */
export function buildPipIndex(feature: BoundaryInput, targetCells?: number): PipIndex {
  const edges = pipEdges(feature.geometry);
  const empty = {
    feature,
    featureBBox: feature.bbox,
    cells: new Int32Array(0),
    state: new Uint8Array(0),
    entryStart: new Int32Array(1),
    entryBase: new Uint8Array(0),
    edgeStart: new Int32Array(1),
    edgeCoords: new Float64Array(0),
    breakStart: new Int32Array(1),
    breaks: new Float64Array(0),
  };
  if (!edges || edges.count === 0) return { ...empty, grid: null, maxX: Number.NaN, maxY: Number.NaN };
  const cells = targetCells ?? Math.min(MAX_CELLS, Math.max(MIN_CELLS, edges.count * CELLS_PER_EDGE));
  const grid = makeGrid(edges.bbox, cells);
  return { ...empty, ...fillGrid(grid, edges), grid, maxX: edges.bbox[2], maxY: edges.bbox[3] };
}

type Filled = Pick<
  PipIndex,
  'cells' | 'state' | 'entryStart' | 'entryBase' | 'edgeStart' | 'edgeCoords' | 'breakStart' | 'breaks'
>;

function fillGrid(grid: Grid, edges: PipEdges): Filled {
  const { cols, rows } = grid;
  const { coords, part } = edges;
  const span = new Int32Array(2);
  const near = new GrowableInt32(); // (cell, edge) pairs
  const toggles = new GrowableInt32(); // (row, part, column) where the west-edge parity flips
  for (let e = 0; e < edges.count; e++) {
    const [x1, y1, x2, y2] = coords.subarray(e * 4, e * 4 + 4);
    const first = Math.max(0, Math.floor((Math.min(y1, y2) - grid.minY) * grid.invDy) - 1);
    const last = Math.min(rows - 1, Math.floor((Math.max(y1, y2) - grid.minY) * grid.invDy) + 1);
    for (let r = first; r <= last; r++) {
      if (!edgeColumns(grid, x1, y1, x2, y2, r, span)) continue;
      for (let c = span[0]; c <= span[1]; c++) near.push2(r * cols + c, e);
      const bottom = rowBand(grid, r)[0];
      // Straddles the band's bottom line (hao's half-open rule): west of every cell east of its span.
      if (Math.min(y1, y2) <= bottom && bottom < Math.max(y1, y2) && span[1] + 1 < cols) {
        toggles.push3(r, part[e], span[1] + 1);
      }
    }
  }

  // Near edges grouped by cell, then by part.
  const pairCount = near.length / 2;
  const perCell = new Int32Array(rows * cols + 1);
  for (let i = 0; i < pairCount; i++) perCell[near.data[i * 2] + 1]++;
  for (let k = 0; k < rows * cols; k++) perCell[k + 1] += perCell[k];
  const nearEdges = new Int32Array(pairCount);
  const fill = perCell.slice(0, rows * cols);
  for (let i = 0; i < pairCount; i++) nearEdges[fill[near.data[i * 2]]++] = near.data[i * 2 + 1];
  for (let k = 0; k < rows * cols; k++) {
    if (perCell[k + 1] - perCell[k] > 1) {
      nearEdges.subarray(perCell[k], perCell[k + 1]).sort((a, b) => part[a] - part[b] || a - b);
    }
  }

  // Base parity per (cell, part): sweep each row's toggles. A part with no near edge and odd parity covers
  // the whole cell.
  const cells = new Int32Array(rows * cols).fill(OUTSIDE);
  const base = new Map<number, number>(); // cell * partCount + part → 1 when odd
  const order = sortedToggles(toggles);
  for (let i = 0; i < order.length; ) {
    const r = toggles.data[order[i] * 3];
    const p = toggles.data[order[i] * 3 + 1];
    let j = i;
    while (j < order.length && toggles.data[order[j] * 3] === r && toggles.data[order[j] * 3 + 1] === p) j++;
    for (let k = i; k + 1 < j; k += 2) {
      // Odd from this toggle's column up to (not including) the next one's.
      const from = toggles.data[order[k] * 3 + 2];
      const to = toggles.data[order[k + 1] * 3 + 2];
      for (let c = from; c < to; c++) markOdd(r * cols + c, p);
    }
    if ((j - i) % 2 === 1) {
      for (let c = toggles.data[order[j - 1] * 3 + 2]; c < cols; c++) markOdd(r * cols + c, p);
    }
    i = j;
  }
  function markOdd(cell: number, p: number): void {
    if (cells[cell] === INSIDE) return;
    let hasNear = false;
    for (let k = perCell[cell]; k < perCell[cell + 1]; k++) if (part[nearEdges[k]] === p) hasNear = true;
    if (hasNear) base.set(cell * edges.partCount + p, 1);
    else cells[cell] = INSIDE;
  }

  // Boundary cells: flatten their entries.
  const entryStart = new GrowableInt32();
  const entryBase: number[] = [];
  const edgeStart = new GrowableInt32();
  const edgeCoords: number[] = [];
  const breakStart = new GrowableInt32();
  const breaks: number[] = [];
  for (let cell = 0; cell < rows * cols; cell++) {
    if (cells[cell] === INSIDE || perCell[cell] === perCell[cell + 1]) continue;
    cells[cell] = entryStart.length;
    entryStart.push(entryBase.length);
    const r = Math.floor(cell / cols);
    const c = cell - r * cols;
    const [bottom, top] = rowBand(grid, r);
    for (let k = perCell[cell]; k < perCell[cell + 1]; ) {
      const p = part[nearEdges[k]];
      entryBase.push(base.get(cell * edges.partCount + p) ?? 0);
      edgeStart.push(edgeCoords.length / 4);
      breakStart.push(breaks.length);
      let end = k;
      while (end < perCell[cell + 1] && part[nearEdges[end]] === p) end++;
      const isNear = (e: number) => {
        for (let q = k; q < end; q++) if (nearEdges[q] === e) return true;
        return false;
      };
      for (let q = k; q < end; q++) {
        const e = nearEdges[q];
        for (let v = 0; v < 4; v++) edgeCoords.push(coords[e * 4 + v]);
        // A vertex inside the band where this near edge meets a west edge: the west parity flips there.
        for (const [other, vy] of [
          [edges.prev[e], coords[e * 4 + 1]],
          [edges.next[e], coords[e * 4 + 3]],
        ]) {
          if (!(vy > bottom && vy < top) || isNear(other)) continue;
          const o = other * 4;
          // The other edge holds the vertex, so it crosses the band; not near, so it is wholly west or east.
          const crosses = edgeColumns(grid, coords[o], coords[o + 1], coords[o + 2], coords[o + 3], r, span);
          if (!crosses || (span[0] <= c && c <= span[1]))
            throw new Error('pip index: inconsistent neighbour');
          if (span[1] < c) breaks.push(vy);
        }
      }
      k = end;
    }
  }
  entryStart.push(entryBase.length);
  edgeStart.push(edgeCoords.length / 4);
  breakStart.push(breaks.length);
  const state = new Uint8Array((rows + 2) * (cols + 2));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v = cells[r * cols + c];
      state[(r + 1) * (cols + 2) + c + 1] = v === OUTSIDE ? 0 : v === INSIDE ? 1 : 2;
    }
  }
  return {
    cells,
    state,
    entryStart: entryStart.toArray(),
    entryBase: Uint8Array.from(entryBase),
    edgeStart: edgeStart.toArray(),
    edgeCoords: Float64Array.from(edgeCoords),
    breakStart: breakStart.toArray(),
    breaks: Float64Array.from(breaks),
  };
}

/** Toggle numbers sorted by row, part, column. */
function sortedToggles(toggles: GrowableInt32): Int32Array {
  const n = toggles.length / 3;
  const d = toggles.data;
  const order = Int32Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => d[a * 3] - d[b * 3] || d[a * 3 + 1] - d[b * 3 + 1] || d[a * 3 + 2] - d[b * 3 + 2]);
  return order;
}

class GrowableInt32 {
  data = new Int32Array(1024);
  length = 0;
  private grow(extra: number): void {
    if (this.length + extra <= this.data.length) return;
    const bigger = new Int32Array(Math.max(this.data.length * 2, this.length + extra));
    bigger.set(this.data);
    this.data = bigger;
  }
  push(a: number): void {
    this.grow(1);
    this.data[this.length++] = a;
  }
  push2(a: number, b: number): void {
    this.grow(2);
    this.data[this.length++] = a;
    this.data[this.length++] = b;
  }
  push3(a: number, b: number, c: number): void {
    this.grow(3);
    this.data[this.length++] = a;
    this.data[this.length++] = b;
    this.data[this.length++] = c;
  }
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
