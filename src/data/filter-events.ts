// Filtering events by the map's EventFilters. Two forms with the same meaning:
// - filterEvents: a plain predicate over features (clear, used for small sets and as the reference in tests);
// - createEventIndex + filterEventIndices: typed arrays and a binary search on date, for 200,000 events.

import { isoDay } from './event-day.ts';
import type { EventFilters } from './filter-types.ts';
import { ATTRIBUTIONS, EVENT_TYPES, type EventFeature } from './types.ts';

/** Whether an event lies inside the active boundary; undefined while it is not classified. */
export type InsideLookup = (id: string) => boolean | undefined;

/**
 * The events that pass the filters, in input order. An event passes the inside/outside filter only once
 * it is classified: an unknown position relative to the boundary is not claimed either way.
 */
export function filterEvents(
  events: readonly EventFeature[],
  filters: EventFilters,
  insideActive?: InsideLookup,
): EventFeature[] {
  const from = isoDay(filters.from);
  const to = isoDay(filters.to);
  const types = new Set<string>(filters.eventTypes);
  const attributions = new Set<string>(filters.attributions);
  const countries = new Set<string>(filters.countries);
  return events.filter((event) => {
    const p = event.properties;
    const day = isoDay(p.date);
    if (!(day >= from && day <= to)) return false;
    if (types.size > 0 && !types.has(p.eventType)) return false;
    if (attributions.size > 0 && !attributions.has(p.attribution)) return false;
    if (countries.size > 0 && !countries.has(p.country)) return false;
    if (filters.inside !== 'all') {
      const inside = insideActive?.(p.id);
      if (inside === undefined || inside !== (filters.inside === 'inside')) return false;
    }
    return true;
  });
}

/** Column-wise copy of the fields filters read, built once per dataset. */
export interface EventIndex {
  readonly length: number;
  /** Day numbers (see isoDay), NaN for unreadable dates. */
  readonly day: Float64Array;
  /** Index into EVENT_TYPES, 255 for unknown. */
  readonly type: Uint8Array;
  /** Index into ATTRIBUTIONS, 255 for unknown. */
  readonly attribution: Uint8Array;
  /** Index into `countryCodes`. */
  readonly country: Uint16Array;
  readonly countryCodes: readonly string[];
  /** True when `day` never decreases, which allows a binary search on the date range. */
  readonly sortedByDay: boolean;
}

export function createEventIndex(events: readonly EventFeature[]): EventIndex {
  const n = events.length;
  const day = new Float64Array(n);
  const type = new Uint8Array(n);
  const attribution = new Uint8Array(n);
  const country = new Uint16Array(n);
  const countryCodes: string[] = [];
  const countryIndex = new Map<string, number>();
  let sortedByDay = true;
  for (let i = 0; i < n; i++) {
    const p = events[i].properties;
    day[i] = isoDay(p.date);
    if (i > 0 && !(day[i] >= day[i - 1])) sortedByDay = false;
    type[i] = codeOf(EVENT_TYPES, p.eventType);
    attribution[i] = codeOf(ATTRIBUTIONS, p.attribution);
    let c = countryIndex.get(p.country);
    if (c === undefined) {
      c = countryCodes.length;
      countryCodes.push(p.country);
      countryIndex.set(p.country, c);
    }
    country[i] = c;
  }
  return { length: n, day, type, attribution, country, countryCodes, sortedByDay };
}

function codeOf<T>(values: readonly T[], value: T): number {
  const i = values.indexOf(value);
  return i < 0 ? 255 : i;
}

/** Inside flags for the active boundary per event index: 1 inside, 0 outside, 255 not classified. */
export const INSIDE_UNKNOWN = 255;

/** Indices (ascending) of the events that pass the filters; same meaning as filterEvents. */
export function filterEventIndices(
  index: EventIndex,
  filters: EventFilters,
  inside?: Uint8Array,
): Uint32Array {
  const from = isoDay(filters.from);
  const to = isoDay(filters.to);
  const typeMask = maskOf(EVENT_TYPES, filters.eventTypes);
  const attributionMask = maskOf(ATTRIBUTIONS, filters.attributions);
  const countryOk = countryMask(index, filters.countries);
  const wantInside = filters.inside === 'all' ? -1 : filters.inside === 'inside' ? 1 : 0;
  let lo = 0;
  let hi = index.length;
  if (index.sortedByDay) {
    lo = lowerBound(index.day, from);
    hi = lowerBound(index.day, to + 1, lo);
  }
  const out = new Uint32Array(hi - lo);
  let count = 0;
  const { day, type, attribution, country } = index;
  for (let i = lo; i < hi; i++) {
    const d = day[i];
    if (!(d >= from && d <= to)) continue;
    if (typeMask && !(typeMask[type[i]] === 1)) continue;
    if (attributionMask && !(attributionMask[attribution[i]] === 1)) continue;
    if (countryOk && countryOk[country[i]] !== 1) continue;
    if (wantInside >= 0 && (!inside || inside[i] !== wantInside)) continue;
    out[count++] = i;
  }
  return out.subarray(0, count);
}

/** A 256-entry lookup for the allowed codes, or null when everything is allowed. */
function maskOf<T>(values: readonly T[], allowed: readonly T[]): Uint8Array | null {
  if (allowed.length === 0) return null;
  const mask = new Uint8Array(256);
  for (const value of allowed) {
    const i = values.indexOf(value);
    if (i >= 0) mask[i] = 1;
  }
  return mask;
}

function countryMask(index: EventIndex, countries: readonly string[]): Uint8Array | null {
  if (countries.length === 0) return null;
  const allowed = new Set(countries);
  return Uint8Array.from(index.countryCodes, (code) => (allowed.has(code) ? 1 : 0));
}

/** First position in a non-decreasing array whose value is >= target (NaN sorts last). */
function lowerBound(values: Float64Array, target: number, start = 0): number {
  let lo = start;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
