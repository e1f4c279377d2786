// Plain-text formatting of event fields for the panels. Everything returns strings; nothing here builds HTML.
import type { CoordPrecision, DatePrecision, Range } from './types.ts';

/** "12–15", "12", or "not reported" for a missing range. */
export function formatRange(range: Range | null | undefined): string {
  if (!range) return 'not reported';
  if (range.min === range.max) return String(range.max);
  return `${range.min}–${range.max}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "3 January 2024", "January 2024" or "2024", as precise as the source allows. */
export function formatEventDate(date: string, precision: DatePrecision): string {
  const [year, month, day] = date.split('-');
  if (!year) return date;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (precision === 'year' || !monthName) return year;
  if (precision === 'month' || !day) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

const COORD_PRECISION: Record<CoordPrecision, string> = {
  site: 'exact site',
  district: 'district',
  city: 'city centre',
  province: 'province',
  'multi-city': 'several places',
};

/** What the marker's position stands for, e.g. "city centre". */
export function formatCoordPrecision(precision: CoordPrecision): string {
  return COORD_PRECISION[precision] ?? precision;
}

/** The URL as a string when it is http(s), else null: only such URLs may become links. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Distance in km with sensible rounding: "0.4 km", "38 km", "1,234 km". */
export function formatKm(km: number): string {
  if (!Number.isFinite(km)) return '–';
  const rounded = km < 10 ? Math.round(km * 10) / 10 : Math.round(km);
  return `${rounded.toLocaleString('en-GB')} km`;
}
