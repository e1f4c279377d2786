/**
 * A regular lon/lat grid over a bounding box. Cells are half-open in the arithmetic that finds a point's cell,
 * but every cell's contents are computed for the cell grown by `margin`, so a point that rounding puts in a
 * neighbouring cell is still answered correctly.
 */
export interface Grid {
  minX: number;
  minY: number;
  dx: number;
  dy: number;
  invDx: number;
  invDy: number;
  cols: number;
  rows: number;
  margin: number;
}

/**
 * Far larger than the rounding error of (x − minX) · invDx or of an edge's clipping, far smaller than a cell:
 * 1e-9° for lon/lat, relatively larger for (unusual) bigger coordinates.
 */
function marginFor(bbox: [number, number, number, number]): number {
  const largest = Math.max(...bbox.map(Math.abs));
  return Math.max(1e-9, largest * 1e-11);
}

/** A grid of about `targetCells` square cells over bbox [minX, minY, maxX, maxY]. */
export function makeGrid(bbox: [number, number, number, number], targetCells: number): Grid {
  const [minX, minY, maxX, maxY] = bbox;
  const width = Math.max(maxX - minX, 1e-6);
  const height = Math.max(maxY - minY, 1e-6);
  const margin = marginFor(bbox);
  const size = Math.max(Math.sqrt((width * height) / targetCells), 1e-5, margin * 1e4);
  // One spare column/row so the bbox's east/north edges fall strictly inside the grid.
  const cols = Math.floor(width / size) + 1;
  const rows = Math.floor(height / size) + 1;
  return {
    minX,
    minY,
    dx: size,
    dy: size,
    invDx: 1 / size,
    invDy: 1 / size,
    cols,
    rows,
    margin,
  };
}

/** Bottom and top of row r's band, grown by the margin. */
export function rowBand(grid: Grid, r: number): [number, number] {
  const y0 = grid.minY + r * grid.dy;
  return [y0 - grid.margin, y0 + grid.dy + grid.margin];
}

/** Column of x, clamped to the grid. */
export function columnOf(grid: Grid, x: number): number {
  return Math.min(grid.cols - 1, Math.max(0, Math.floor((x - grid.minX) * grid.invDx)));
}

/** Row of y, clamped to the grid. */
export function rowOf(grid: Grid, y: number): number {
  return Math.min(grid.rows - 1, Math.max(0, Math.floor((y - grid.minY) * grid.invDy)));
}

/**
 * The columns of row r whose (grown) cells the edge (x1, y1)–(x2, y2) may touch, into out[0..1];
 * false when the edge misses the row's band. Conservative: it may include a cell the edge only passes near.
 */
export function edgeColumns(
  grid: Grid,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  r: number,
  out: Int32Array,
): boolean {
  const [bottom, top] = rowBand(grid, r);
  const yLow = Math.min(y1, y2);
  const yHigh = Math.max(y1, y2);
  if (yHigh < bottom || yLow > top) return false;
  let xLow = Math.min(x1, x2);
  let xHigh = Math.max(x1, x2);
  if (yLow < bottom || yHigh > top) {
    // Clip the edge to the band; the margin below covers the rounding of the interpolation.
    const t0 = Math.min(1, Math.max(0, (bottom - y1) / (y2 - y1)));
    const t1 = Math.min(1, Math.max(0, (top - y1) / (y2 - y1)));
    const xa = x1 + Math.min(t0, t1) * (x2 - x1);
    const xb = x1 + Math.max(t0, t1) * (x2 - x1);
    xLow = Math.min(xa, xb);
    xHigh = Math.max(xa, xb);
  }
  out[0] = columnOf(grid, xLow - grid.margin);
  out[1] = columnOf(grid, xHigh + grid.margin);
  return true;
}
