// Events carry ISO dates at day, month or year precision ("2024-01-03", "2023-12", "2019").
// Filtering compares whole days, so each date is read as the first day it can mean.

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (UTC) of the first day an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) can mean; NaN if unreadable. */
export function isoDay(date: string): number {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!match) return Number.NaN;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) - 1 : 0;
  const day = match[3] ? Number(match[3]) : 1;
  return Date.UTC(year, month, day) / MS_PER_DAY;
}

/** The ISO date (YYYY-MM-DD) of a day number from {@link isoDay}. */
export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
