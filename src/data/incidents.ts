// One incident at several places is stored as one record per place sharing `incident`; everything that
// counts events counts incidents, so such an incident is counted once.
import type { EventIssue } from './event-issue.ts';
import type { EventProperties } from './types.ts';

type Keyed = Pick<EventProperties, 'id'> & Partial<Pick<EventProperties, 'incident'>>;

/** The key an event is counted under: its incident when it has one, else its own id. */
export function incidentKey(p: Keyed): string {
  return p.incident ?? p.id;
}

/** How many distinct incidents the events stand for. */
export function countIncidents(events: readonly { properties: Keyed }[]): number {
  const keys = new Set<string>();
  for (const e of events) keys.add(incidentKey(e.properties));
  return keys.size;
}

/**
 * Inside/outside counts of the events at `positions` given per-event flags (1 inside, 0 outside, anything else
 * unknown). An incident at several places counts once: inside when any of its known places is inside.
 */
export function countInsideOutside(
  events: readonly { properties: Keyed }[],
  positions: ArrayLike<number>,
  flags: ArrayLike<number>,
): { inside: number; outside: number } {
  let inside = 0;
  let outside = 0;
  const incidents = new Map<string, number>();
  for (let k = 0; k < positions.length; k++) {
    const f = flags[positions[k]];
    if (f !== 1 && f !== 0) continue;
    const incident = events[positions[k]].properties.incident;
    if (incident === undefined) {
      if (f === 1) inside++;
      else outside++;
    } else {
      incidents.set(incident, Math.max(incidents.get(incident) ?? 0, f));
    }
  }
  for (const f of incidents.values()) {
    if (f === 1) inside++;
    else outside++;
  }
  return { inside, outside };
}

/** Fields every record of one incident must share: it is one event, told once per place. */
const SHARED = ['date', 'datePrecision', 'attribution', 'eventType'] as const;

/**
 * Collection rule: an incident id is never also an event id, has at least two records, and its records
 * agree on the shared fields.
 */
export function checkIncidents(features: readonly unknown[]): EventIssue[] {
  const issues: EventIssue[] = [];
  const ids = new Set<string>();
  const groups = new Map<string, { index: number; p: EventProperties }[]>();
  features.forEach((feature, index) => {
    const p = (feature as { properties?: EventProperties } | null)?.properties;
    if (!p || typeof p.id !== 'string') return;
    ids.add(p.id);
    if (typeof p.incident !== 'string') return;
    const group = groups.get(p.incident) ?? [];
    group.push({ index, p });
    groups.set(p.incident, group);
  });
  for (const [incident, group] of groups) {
    const first = group[0];
    const report = (index: number, id: string, path: string, message: string) =>
      issues.push({ index, id, path, code: 'incident-mismatch', message });
    if (ids.has(incident)) {
      report(first.index, first.p.id, 'properties.incident', `incident "${incident}" is also an event id`);
    }
    if (group.length < 2) {
      report(
        first.index,
        first.p.id,
        'properties.incident',
        `incident "${incident}" has only one record: drop the field or add its other places`,
      );
    }
    for (const { index, p } of group.slice(1)) {
      for (const field of SHARED) {
        if (p[field] !== first.p[field]) {
          report(
            index,
            p.id,
            `properties.${field}`,
            `${field} differs from ${first.p.id}, another place of incident "${incident}"`,
          );
        }
      }
    }
  }
  return issues;
}
