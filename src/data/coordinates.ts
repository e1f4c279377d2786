/** A plain decimal number, optionally signed, with an optional exponent (1e-3). */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Parses one coordinate value; returns the number or a reason it is unusable. */
export function parseCoordinate(value: unknown, axis: 'latitude' | 'longitude'): number | string {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
    return `missing ${axis}`;
  }
  const raw = String(value).trim();
  // Number() also reads 0x22, 0b100010, 0o42 and '' as numbers: only plain decimals are coordinates
  if (typeof value !== 'number' && !DECIMAL.test(raw))
    return `${axis} is not a number: ${JSON.stringify(raw.slice(0, 40))}`;
  const n = typeof value === 'number' ? value : Number(raw);
  if (!Number.isFinite(n)) return `${axis} is not a finite number: ${JSON.stringify(raw.slice(0, 40))}`;
  const limit = axis === 'latitude' ? 90 : 180;
  if (n < -limit || n > limit) return `${axis} ${n} is outside ±${limit}`;
  return n;
}

/** Checks a longitude/latitude pair; returns [lon, lat] or the reason(s) it was rejected. */
export function checkLonLat(lon: unknown, lat: unknown): [number, number] | string {
  const x = parseCoordinate(lon, 'longitude');
  const y = parseCoordinate(lat, 'latitude');
  const reasons = [x, y].filter((r): r is string => typeof r === 'string');
  return reasons.length > 0 ? reasons.join('; ') : [x as number, y as number];
}
