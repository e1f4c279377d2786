// filterEvents for large datasets: the typed-array index of an events array and the inside flags per
// (classification, boundary) are built once and kept while those arrays live, so a filter step over
// 200,000 events is a binary search plus one pass over the date range (about a millisecond).

import type { InsideClassification } from './classification.ts';
import { createEventIndex, type EventIndex, filterEventIndices, INSIDE_UNKNOWN } from './filter-events.ts';
import type { EventFilters } from './filter-types.ts';
import type { EventFeature } from './types.ts';

const indexes = new WeakMap<readonly EventFeature[], EventIndex>();
const insideFlags = new WeakMap<
  readonly EventFeature[],
  WeakMap<readonly InsideClassification[], Map<string, Uint8Array>>
>();

function indexOf(events: readonly EventFeature[]): EventIndex {
  let index = indexes.get(events);
  if (!index) {
    index = createEventIndex(events);
    indexes.set(events, index);
  }
  return index;
}

/** Per event position: 1 inside `boundary`, 0 outside, INSIDE_UNKNOWN when not classified (cached). */
export function insideOf(
  events: readonly EventFeature[],
  classifications: readonly InsideClassification[],
  boundary: string,
): Uint8Array {
  let byClassification = insideFlags.get(events);
  if (!byClassification) {
    byClassification = new WeakMap();
    insideFlags.set(events, byClassification);
  }
  let byBoundary = byClassification.get(classifications);
  if (!byBoundary) {
    byBoundary = new Map();
    byClassification.set(classifications, byBoundary);
  }
  let flags = byBoundary.get(boundary);
  if (!flags) {
    flags = new Uint8Array(events.length).fill(INSIDE_UNKNOWN);
    const position = new Map<string, number>();
    for (let i = 0; i < events.length; i++) position.set(events[i].properties.id, i);
    for (const c of classifications) {
      const i = position.get(c.id);
      const r = c.results[boundary];
      if (i !== undefined && r) flags[i] = r.inside ? 1 : 0;
    }
    byBoundary.set(boundary, flags);
  }
  return flags;
}

/** Positions (ascending) into `events` of those that pass the filters. Same meaning as filterEvents. */
export function filterEventPositions(
  events: readonly EventFeature[],
  filters: EventFilters,
  classifications: readonly InsideClassification[] | null,
  activeBoundary: string,
): Uint32Array {
  const inside =
    filters.inside === 'all' || !classifications
      ? undefined
      : insideOf(events, classifications, activeBoundary);
  return filterEventIndices(indexOf(events), filters, inside);
}

/** The events that pass the filters, in input order. Same meaning as filterEvents. */
export function filterEventsCached(
  events: readonly EventFeature[],
  filters: EventFilters,
  classifications: readonly InsideClassification[] | null,
  activeBoundary: string,
): EventFeature[] {
  const positions = filterEventPositions(events, filters, classifications, activeBoundary);
  const out = new Array<EventFeature>(positions.length);
  for (let k = 0; k < positions.length; k++) out[k] = events[positions[k]];
  return out;
}
