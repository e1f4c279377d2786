import type { ClassifyResult } from './types.ts';

/** The fields of an event that summaries group by (EventProperties satisfies this). */
export interface SummaryEvent {
  id: string;
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
 * without a result is not counted.
 */
export function summarise(
  events: readonly SummaryEvent[],
  results: readonly ClassifyResult[],
): Record<string, BoundarySummary> {
  const byId = new Map(results.map((r) => [r.id, r]));
  const summary: Record<string, BoundarySummary> = {};
  for (const event of events) {
    const result = byId.get(event.id);
    if (!result) continue;
    const year = /^\d{4}/.exec(event.date ?? '')?.[0] ?? UNKNOWN;
    for (const [boundaryId, relation] of Object.entries(result.results)) {
      summary[boundaryId] ??= { total: zero(), byYear: {}, byCountry: {}, byEventType: {} };
      const s = summary[boundaryId];
      const key = relation.inside ? 'inside' : 'outside';
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
