// Imported events join the others in date order. The event list sorts an already date-ordered selection in
// one linear pass, and every filter keeps input order, so keeping the whole set by date saves a sort of the
// filtered events on every time-filter step.
import type { EventFeature } from './types.ts';

/** Merges two date-ordered event arrays (ISO dates compare as text); `a` first among equal dates. */
export function mergeByDate(a: readonly EventFeature[], b: readonly EventFeature[]): EventFeature[] {
  const out = new Array<EventFeature>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    out[k++] = b[j].properties.date < a[i].properties.date ? b[j++] : a[i++];
  }
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/** Whether events are in date order. */
export function isByDate(events: readonly EventFeature[]): boolean {
  for (let i = 1; i < events.length; i++)
    if (events[i].properties.date < events[i - 1].properties.date) return false;
  return true;
}

/** A date-ordered copy (stable), or the array itself when it already is. */
export function byDate(events: EventFeature[]): EventFeature[] {
  if (isByDate(events)) return events;
  return events
    .map((e, i) => ({ e, i }))
    .sort((x, y) =>
      x.e.properties.date < y.e.properties.date
        ? -1
        : x.e.properties.date > y.e.properties.date
          ? 1
          : x.i - y.i,
    )
    .map((x) => x.e);
}
