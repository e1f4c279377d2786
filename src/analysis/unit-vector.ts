import { DEG } from './earth.ts';

/** [lon, lat] in degrees → unit vector on the sphere (x towards 0°E on the equator, z north). */
export function toUnitVector(lon: number, lat: number): [number, number, number] {
  const phi = lat * DEG;
  const lambda = lon * DEG;
  const c = Math.cos(phi);
  return [c * Math.cos(lambda), c * Math.sin(lambda), Math.sin(phi)];
}

/** Unit (or any non-zero) vector → [lon, lat] in degrees. */
export function fromUnitVector(x: number, y: number, z: number): [number, number] {
  return [Math.atan2(y, x) / DEG, Math.atan2(z, Math.sqrt(x * x + y * y)) / DEG];
}
