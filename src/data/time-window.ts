// Time steps for the timeline: one step is a calendar month. A cumulative window runs from the start of the
// covered period to the end of the current month; a moving window covers the last N months up to it.
import type { EventFilters, TimeWindow } from './filter-types.ts';
import type { EventFeature } from './types.ts';

export interface Period {
  from: string;
  to: string;
}

/** The period the built-in events cover, and the default time filter while only they are loaded. */
export const BUILT_IN_PERIOD: Period = { from: '2015-01-01', to: '2024-12-31' };

/** Months since year 0 (January of year Y = 12 * Y) of an ISO date. */
export function monthOf(date: string): number {
  const [year, month = '01'] = date.split('-');
  return Number(year) * 12 + Number(month) - 1;
}

/** The first day (YYYY-MM-01) of a month from {@link monthOf}. */
export function monthStart(month: number): string {
  const year = Math.floor(month / 12);
  return `${String(year).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}-01`;
}

/** The last day of a month from {@link monthOf}. */
export function monthEnd(month: number): string {
  const year = Math.floor(month / 12);
  const last = new Date(Date.UTC(year, (month % 12) + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/**
 * The date range shown when the timeline stands at `month`: cumulative from `periodStart`, or the `windowMonths`
 * months ending with `month` (never before `periodStart`).
 */
export function windowRange(
  month: number,
  mode: TimeWindow,
  windowMonths: number,
  periodStart: string,
): { from: string; to: string } {
  const first = monthOf(periodStart);
  const start = mode === 'cumulative' ? first : Math.max(first, month - Math.max(1, windowMonths) + 1);
  return { from: start === first ? periodStart : monthStart(start), to: monthEnd(month) };
}

/** The last day an event's date can stand for, given its precision (2019 → 2019-12-31). */
function lastDayOf(date: string, precision: string): string {
  if (precision === 'year') return `${date.slice(0, 4)}-12-31`;
  if (precision === 'month') return monthEnd(monthOf(date));
  return date.slice(0, 10);
}

/**
 * The period the loaded events cover: the built-in period when built-in events are among them, widened
 * to the earliest and latest imported event, so that no loaded event lies outside every time window.
 */
export function eventPeriod(events: readonly EventFeature[]): Period {
  let from = '';
  let to = '';
  const widen = (start: string, end: string) => {
    if (!from || start < from) from = start;
    if (!to || end > to) to = end;
  };
  for (const e of events) {
    const p = e.properties;
    if (!p.dataset) widen(BUILT_IN_PERIOD.from, BUILT_IN_PERIOD.to);
    else if (/^\d{4}-\d{2}-\d{2}/.test(p.date))
      widen(p.date.slice(0, 10), lastDayOf(p.date, p.datePrecision));
  }
  return from ? { from, to } : BUILT_IN_PERIOD;
}

/**
 * The time filter once the period changes: an end that stood at (or beyond) the old period's end moves to
 * the new one; an end the user moved inside the period stays where it is.
 */
export function followPeriod(
  filters: Pick<EventFilters, 'from' | 'to'>,
  before: Period,
  after: Period,
): Period {
  return {
    from: filters.from <= before.from ? after.from : filters.from,
    to: filters.to >= before.to ? after.to : filters.to,
  };
}
