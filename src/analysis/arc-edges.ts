import { toUnitVector } from './unit-vector.ts';

/** Number of doubles per edge in the array `arcEdges` returns. */
export const ARC_STRIDE = 9;

/**
 * Lon/lat edges (see outlineEdges) → great-circle arcs as unit vectors:
 * per edge [ax, ay, az, bx, by, bz, nx, ny, nz], n the unit normal of the arc (zeros when A ≈ B).
 */
export function arcEdges(lonLatEdges: Float64Array): Float64Array {
  const count = lonLatEdges.length / 4;
  const arcs = new Float64Array(count * ARC_STRIDE);
  for (let e = 0; e < count; e++) {
    const [ax, ay, az] = toUnitVector(lonLatEdges[e * 4], lonLatEdges[e * 4 + 1]);
    const [bx, by, bz] = toUnitVector(lonLatEdges[e * 4 + 2], lonLatEdges[e * 4 + 3]);
    const nx = ay * bz - az * by;
    const ny = az * bx - ax * bz;
    const nz = ax * by - ay * bx;
    const n = Math.sqrt(nx * nx + ny * ny + nz * nz);
    const o = e * ARC_STRIDE;
    arcs.set([ax, ay, az, bx, by, bz], o);
    if (n > 1e-15) {
      arcs[o + 6] = nx / n;
      arcs[o + 7] = ny / n;
      arcs[o + 8] = nz / n;
    }
  }
  return arcs;
}
