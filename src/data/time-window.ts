// Time steps for the timeline: one step is a calendar month. A cumulative window runs from the start of the
// covered period to the end of the current month; a moving window covers the last N months up to it.
import type { TimeWindow } from './filter-types.ts';

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
