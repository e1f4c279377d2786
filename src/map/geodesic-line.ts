// A great-circle arc as a polyline, so the line to the nearest boundary point follows the path the
// distance was measured along instead of a straight Mercator segment.

const RAD = Math.PI / 180;

/** Points along the great circle from `a` to `b` ([lon, lat] degrees), `segments` + 1 points. */
export function geodesicLine(a: [number, number], b: [number, number], segments = 32): [number, number][] {
  const [ax, ay, az] = toVector(a);
  const [bx, by, bz] = toVector(b);
  const dot = Math.min(1, Math.max(-1, ax * bx + ay * by + az * bz));
  const omega = Math.acos(dot);
  if (omega < 1e-9) return [a, b];
  const sin = Math.sin(omega);
  const out: [number, number][] = [];
  let previousLon = a[0];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const wa = Math.sin((1 - t) * omega) / sin;
    const wb = Math.sin(t * omega) / sin;
    const x = wa * ax + wb * bx;
    const y = wa * ay + wb * by;
    const z = wa * az + wb * bz;
    let lon = Math.atan2(y, x) / RAD;
    // Keep longitudes continuous across the antimeridian so the line does not wrap the world.
    while (lon - previousLon > 180) lon -= 360;
    while (lon - previousLon < -180) lon += 360;
    previousLon = lon;
    out.push([lon, Math.atan2(z, Math.hypot(x, y)) / RAD]);
  }
  return out;
}

function toVector([lon, lat]: [number, number]): [number, number, number] {
  const cosLat = Math.cos(lat * RAD);
  return [cosLat * Math.cos(lon * RAD), cosLat * Math.sin(lon * RAD), Math.sin(lat * RAD)];
}
