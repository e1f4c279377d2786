import { EARTH_RADIUS_KM } from './earth.ts';

/** Straight-line (chord) length between two points of the unit sphere → great-circle distance in km. */
export function chordToKm(chord: number): number {
  return 2 * Math.asin(Math.min(1, chord / 2)) * EARTH_RADIUS_KM;
}
