import type { ClassifyResult } from './types.ts';

/** The fields of an event that summaries group by (EventProperties satisfies this). */
export interface SummaryEvent {
  id: string;
  /** Shared by the records of one incident at several places: the incident is counted once. */
  incident?: string;
  /** ISO date; its year (first four digits) is the group. */
  date?: string;
  /** ISO 3166-1 alpha-3. */
  country?: string;
  eventType?: string;
}

export interface InsideOutside {
  inside: number;
  outside: number;
}

export interface BoundarySummary {
  total: InsideOutside;
  byYear: Record<string, InsideOutside>;
  byCountry: Record<string, InsideOutside>;
  byEventType: Record<string, InsideOutside>;
}

/** Group key for events that lack the field. */
export const UNKNOWN = 'unknown';

/**
 * Per boundary id: how many events fell inside and outside it, in total and grouped by year, country and
 * event type ("of the N attacks in 2024, M fell outside …"). Events are matched to results by id; an event
 * without a result is not counted. Records sharing an `incident` count once, grouped by the first one's fields.
 */
export function summarise(
  events: readonly SummaryEvent[],
  results: readonly ClassifyResult[],
): Record<string, BoundarySummary> {
  const byId = new Map(results.map((r) => [r.id, r]));
  // an incident at several places is one event: inside a boundary when any of its places is
  const incidents = new Map<string, { event: SummaryEvent; inside: Map<string, boolean> }>();
  for (const event of events) {
    const result = byId.get(event.id);
    if (!result) continue;
    const key = event.incident ?? `\u0000${event.id}`;
    const entry = incidents.get(key) ?? { event, inside: new Map<string, boolean>() };
    for (const [boundaryId, relation] of Object.entries(result.results)) {
      entry.inside.set(boundaryId, (entry.inside.get(boundaryId) ?? false) || relation.inside);
    }
    incidents.set(key, entry);
  }
  const summary: Record<string, BoundarySummary> = {};
  for (const { event, inside } of incidents.values()) {
    const year = /^\d{4}/.exec(event.date ?? '')?.[0] ?? UNKNOWN;
    for (const [boundaryId, isInside] of inside) {
      summary[boundaryId] ??= { total: zero(), byYear: {}, byCountry: {}, byEventType: {} };
      const s = summary[boundaryId];
      const key = isInside ? 'inside' : 'outside';
      s.total[key]++;
      count(s.byYear, year, key);
      count(s.byCountry, event.country || UNKNOWN, key);
      count(s.byEventType, event.eventType || UNKNOWN, key);
    }
  }
  return summary;
}

function count(groups: Record<string, InsideOutside>, group: string, key: keyof InsideOutside): void {
  groups[group] ??= zero();
  groups[group][key]++;
}

function zero(): InsideOutside {
  return { inside: 0, outside: 0 };
}
