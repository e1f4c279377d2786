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
 * the benchmark. It has no data-dependent branch on the common path: the cell is found with integer clamps
 * into the state grid's border of outside cells, rather than by testing the bbox (whose outcome random points
 * make unpredictable). That is still exact: a cell's answer holds anywhere in the cell, even beyond the bbox,
 * and a point beyond the grid lands in the border, outside, as it is for Turf.
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
  const { invDx, invDy, cols } = grid;
  // Column c + 1 of the bordered grid is floor((x − minX) · invDx) + 1 = floor(x · invDx + offX).
  const offX = 1 - grid.minX * invDx;
  const offY = 1 - grid.minY * invDy;
  const lastCol = cols + 1;
  const lastRow = grid.rows + 1;
  const { cells, state } = index;
  // Where the grid arithmetic stays within int32 (far beyond any longitude or latitude).
  const loX = (-(2 ** 30) - offX) / invDx;
  const hiX = (2 ** 30 - offX) / invDx;
  const loY = (-(2 ** 30) - offY) / invDy;
  const hiY = (2 ** 30 - offY) / invDy;
  for (let i = 0; i < lons.length; i++) {
    const x = lons[i];
    const y = lats[i];
    if (x > loX && x < hiX && y > loY && y < hiY) {
      // Truncation; any value below 1 (west of the grid) becomes ≤ 0 and is clamped to the border.
      let c = (x * invDx + offX) | 0;
      let r = (y * invDy + offY) | 0;
      c &= ~(c >> 31); // max(c, 0)
      r &= ~(r >> 31);
      c = lastCol + ((c - lastCol) & ((c - lastCol) >> 31)); // min(c, lastCol)
      r = lastRow + ((r - lastRow) & ((r - lastRow) >> 31));
      const s = state[r * (cols + 2) + c];
      out[i] = s < 2 ? s : boundaryCellContains(index, cells[(r - 1) * cols + c - 1], x, y) ? 1 : 0;
    } else {
      out[i] = pipContains(index, x, y) ? 1 : 0; // NaN, ±∞ or absurdly far: the careful path
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
