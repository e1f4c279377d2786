import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { orient2d } from 'robust-predicates';
import { INSIDE, type PipIndex } from './pip-index.ts';

/**
 * Whether (lon, lat) is inside the indexed boundary: exactly `booleanPointInPolygon([lon, lat], feature)`,
 * so a point on an edge or vertex is inside. See PipIndex for why the grid gives Turf's answer.
 */
export function pipContains(index: PipIndex, lon: number, lat: number): boolean {
  const fb = index.featureBBox;
  if (fb && !(fb[0] <= lon && fb[1] <= lat && fb[2] >= lon && fb[3] >= lat)) return false;
  const grid = index.grid;
  if (grid === null) return booleanPointInPolygon([lon, lat], index.feature);
  if (!(lon >= grid.minX && lon <= index.maxX && lat >= grid.minY && lat <= index.maxY)) {
    // Outside the rings' bbox hao never counts an odd number of crossings; NaN and ±∞ go to Turf itself.
    return Number.isFinite(lon) && Number.isFinite(lat)
      ? false
      : booleanPointInPolygon([lon, lat], index.feature);
  }
  let c = Math.floor((lon - grid.minX) * grid.invDx);
  if (c >= grid.cols) c = grid.cols - 1;
  let r = Math.floor((lat - grid.minY) * grid.invDy);
  if (r >= grid.rows) r = grid.rows - 1;
  const cell = index.cells[r * grid.cols + c];
  if (cell < 0) return cell === INSIDE;
  return boundaryCellContains(index, cell, lon, lat);
}

/**
 * pipContains over arrays of coordinates, writing 1 (inside) or 0 into `out`: the hot loop of classify and
 * the benchmark, with the grid lookup inlined.
 */
export function pipContainsMany(
  index: PipIndex,
  lons: Float64Array,
  lats: Float64Array,
  out: Uint8Array,
): void {
  const grid = index.grid;
  if (grid === null || index.featureBBox) {
    for (let i = 0; i < lons.length; i++) out[i] = pipContains(index, lons[i], lats[i]) ? 1 : 0;
    return;
  }
  const { minX, minY, invDx, invDy, cols, rows } = grid;
  const { maxX, maxY, cells, state } = index;
  const lastCol = cols - 1;
  const lastRow = rows - 1;
  for (let i = 0; i < lons.length; i++) {
    const x = lons[i];
    const y = lats[i];
    if (x >= minX && x <= maxX && y >= minY && y <= maxY) {
      // Non-negative and small, so truncation is floor.
      let c = ((x - minX) * invDx) | 0;
      if (c > lastCol) c = lastCol;
      let r = ((y - minY) * invDy) | 0;
      if (r > lastRow) r = lastRow;
      const k = r * cols + c;
      const s = state[k];
      out[i] = s < 2 ? s : boundaryCellContains(index, cells[k], x, y) ? 1 : 0;
    } else if (x - x === 0 && y - y === 0) {
      out[i] = 0; // finite and outside the bbox
    } else {
      out[i] = pipContains(index, x, y) ? 1 : 0;
    }
  }
}

/** The exact test in a boundary cell: per part, west parity plus hao's own edge test on the near edges. */
function boundaryCellContains(index: PipIndex, cell: number, x: number, y: number): boolean {
  const { entryStart, entryBase, edgeStart, edgeCoords, breakStart, breaks } = index;
  for (let i = entryStart[cell]; i < entryStart[cell + 1]; i++) {
    let odd = entryBase[i] === 1;
    for (let b = breakStart[i]; b < breakStart[i + 1]; b++) if (breaks[b] <= y) odd = !odd;
    for (let e = edgeStart[i]; e < edgeStart[i + 1]; e++) {
      // From here to the end of the loop: point-in-polygon-hao's arithmetic, statement for statement.
      const o = e * 4;
      const u1 = edgeCoords[o] - x;
      const v1 = edgeCoords[o + 1] - y;
      const u2 = edgeCoords[o + 2] - x;
      const v2 = edgeCoords[o + 3] - y;
      if (v1 === 0 && v2 === 0) {
        if ((u2 <= 0 && u1 >= 0) || (u1 <= 0 && u2 >= 0)) return true;
      } else if ((v2 >= 0 && v1 <= 0) || (v2 <= 0 && v1 >= 0)) {
        const f = orient2d(u1, u2, v1, v2, 0, 0);
        if (f === 0) return true;
        if ((f > 0 && v2 > 0 && v1 <= 0) || (f < 0 && v2 <= 0 && v1 > 0)) odd = !odd;
      }
    }
    if (odd) return true;
  }
  return false;
}
