/**
 * Nearest point to P on the great-circle arc A→B (all unit vectors), the same geometry Turf's geodesic
 * `nearestPointOnLine` uses. `edges` holds per edge [ax, ay, az, bx, by, bz, nx, ny, nz] from offset `o`,
 * where n is the unit normal of the arc's great circle (zeros for a degenerate edge).
 * Writes the nearest point into `out[0..2]`, and into `out[3]` 0 (inside the arc), 1 (A) or 2 (B);
 * returns the squared chord |P − Q|².
 */
export function nearestOnArc(
  px: number,
  py: number,
  pz: number,
  edges: Float64Array,
  o: number,
  out: Float64Array,
): number {
  const ax = edges[o];
  const ay = edges[o + 1];
  const az = edges[o + 2];
  const bx = edges[o + 3];
  const by = edges[o + 4];
  const bz = edges[o + 5];
  const nx = edges[o + 6];
  const ny = edges[o + 7];
  const nz = edges[o + 8];
  const d = px * nx + py * ny + pz * nz;
  // Projection of P onto the arc's plane.
  const cx = px - d * nx;
  const cy = py - d * ny;
  const cz = pz - d * nz;
  const c = Math.sqrt(cx * cx + cy * cy + cz * cz);
  if (c > 1e-12 && (nx !== 0 || ny !== 0 || nz !== 0)) {
    // C lies between A and B when (A × C)·n ≥ 0 and (C × B)·n ≥ 0.
    const acn = (ay * cz - az * cy) * nx + (az * cx - ax * cz) * ny + (ax * cy - ay * cx) * nz;
    const cbn = (cy * bz - cz * by) * nx + (cz * bx - cx * bz) * ny + (cx * by - cy * bx) * nz;
    if (acn >= 0 && cbn >= 0) {
      const qx = cx / c;
      const qy = cy / c;
      const qz = cz / c;
      out[0] = qx;
      out[1] = qy;
      out[2] = qz;
      out[3] = 0;
      return (px - qx) ** 2 + (py - qy) ** 2 + (pz - qz) ** 2;
    }
  }
  const da = (px - ax) ** 2 + (py - ay) ** 2 + (pz - az) ** 2;
  const db = (px - bx) ** 2 + (py - by) ** 2 + (pz - bz) ** 2;
  if (da <= db) {
    out[0] = ax;
    out[1] = ay;
    out[2] = az;
    out[3] = 1;
    return da;
  }
  out[0] = bx;
  out[1] = by;
  out[2] = bz;
  out[3] = 2;
  return db;
}
