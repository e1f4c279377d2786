// ISO 8601 calendar dates at day, month or year precision (YYYY-MM-DD, YYYY-MM, YYYY).
import type { DatePrecision } from './types.ts';

export interface ParsedIsoDate {
  year: number;
  month: number | null;
  day: number | null;
  precision: DatePrecision;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses a calendar date string, or returns null when it is not one (2023-02-30 is not). */
export function parseIsoDate(text: string): ParsedIsoDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month !== null && day !== null) {
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return null;
  }
  const precision: DatePrecision = day !== null ? 'day' : month !== null ? 'month' : 'year';
  return { year, month, day, precision };
}
