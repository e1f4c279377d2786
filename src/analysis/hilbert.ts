/** Index of cell (x, y) along a Hilbert curve filling a 2^16 × 2^16 grid; nearby cells get nearby indices. */
export function hilbert(x: number, y: number): number {
  const n = 1 << 16;
  let d = 0;
  let px = x;
  let py = y;
  for (let s = n >>> 1; s > 0; s >>>= 1) {
    const rx = (px & s) > 0 ? 1 : 0;
    const ry = (py & s) > 0 ? 1 : 0;
    d += s * s * ((3 * rx) ^ ry);
    // Rotate the quadrant so the curve stays continuous.
    if (ry === 0) {
      if (rx === 1) {
        px = s - 1 - (px & (s - 1));
        py = s - 1 - (py & (s - 1));
      } else {
        px &= s - 1;
        py &= s - 1;
      }
      const t = px;
      px = py;
      py = t;
    } else {
      px &= s - 1;
      py &= s - 1;
    }
  }
  return d;
}
