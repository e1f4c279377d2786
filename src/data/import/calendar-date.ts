// Dates of imported rows: real calendar dates with their precision, or a reason the row is rejected.
// Numeric dates such as 03/04/2020 can be day/month or month/day: they are read after the whole file has
// been seen (see DateOrderEvidence), with the order that the file's other rows settle, or the user's choice.
import type { DatePrecision } from '../types.ts';

export interface CalendarDate {
  /** YYYY-MM-DD; the first day of the month or year when the precision is coarser. */
  date: string;
  precision: DatePrecision;
}

export type DateOrder = 'dmy' | 'mdy';

/** Two numbers and a year that one of the orders turns into a date (03/04/2020, 3.4.2020, 03-04-2020). */
export interface NumericDate {
  first: number;
  second: number;
  year: number;
}

export type DateReading = CalendarDate | NumericDate | { error: string };

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A checked date from year, month (0 = unknown) and day (0 = unknown), or a reason. */
export function dateFromParts(
  year: number,
  month: number,
  day: number,
  shown: string,
): CalendarDate | { error: string } {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return { error: `date ${shown}: no valid year` };
  if (!Number.isInteger(month) || month < 0 || month > 12)
    return { error: `date ${shown}: month ${month} does not exist` };
  if (month === 0) {
    if (day !== 0) return { error: `date ${shown}: a day without a month` };
    return { date: `${year}-01-01`, precision: 'year' };
  }
  if (!Number.isInteger(day) || day < 0 || day > daysIn(year, month))
    return { error: `date ${shown}: day ${day} does not exist in ${year}-${pad(month)}` };
  if (day === 0) return { date: `${year}-${pad(month)}-01`, precision: 'month' };
  return { date: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  if (lower.length < 3) return 0;
  return MONTHS.findIndex((m) => m.startsWith(lower)) + 1;
}

/** Reads one date cell. An empty cell is an error: a row without a date falls outside every time window. */
export function readDate(raw: string): DateReading {
  const text = raw.trim();
  const shown = JSON.stringify(text.slice(0, 40));
  if (!text) return { error: 'missing date' };
  // ISO: 2023, 2023-04, 2023-04-05, with an optional time (2023-04-05T10:00, 2023-04-05 00:00:00.000)
  const iso =
    /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      text,
    );
  if (iso) return dateFromParts(Number(iso[1]), Number(iso[2] ?? 0), Number(iso[3] ?? 0), shown);
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (numeric) return { first: Number(numeric[1]), second: Number(numeric[2]), year: Number(numeric[3]) };
  // ACLED's older "05 March 2020", and "March 5, 2020" / "March 2020"
  const dayMonth = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?,?[\s-]+(\d{4})$/.exec(text);
  if (dayMonth) {
    const month = monthNumber(dayMonth[2]);
    if (month) return dateFromParts(Number(dayMonth[3]), month, Number(dayMonth[1]), shown);
  }
  const monthDay = /^([A-Za-z]+)\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})$/.exec(text);
  if (monthDay) {
    const month = monthNumber(monthDay[1]);
    if (month) return dateFromParts(Number(monthDay[3]), month, Number(monthDay[2] ?? 0), shown);
  }
  return { error: `date ${shown} is not a date this importer reads (use YYYY-MM-DD)` };
}

export function isNumericDate(reading: DateReading): reading is NumericDate {
  return 'first' in reading;
}

/** The numeric date read in one order. */
export function resolveNumeric(d: NumericDate, order: DateOrder): CalendarDate | { error: string } {
  const [day, month] = order === 'dmy' ? [d.first, d.second] : [d.second, d.first];
  const shown = `${pad(d.first)}/${pad(d.second)}/${d.year} (read as ${order === 'dmy' ? 'day/month' : 'month/day'}/year)`;
  return dateFromParts(d.year, month, day, shown);
}

/** Counts, over a file, the numeric dates that only one order can read. */
export class DateOrderEvidence {
  dayFirst = 0;
  monthFirst = 0;
  total = 0;

  add(d: NumericDate): void {
    this.total++;
    if (d.first > 12 && d.second <= 12) this.dayFirst++;
    else if (d.second > 12 && d.first <= 12) this.monthFirst++;
  }

  /** The order the file settles (the majority of the deciding rows), day/month when nothing settles it. */
  order(): DateOrder {
    return this.monthFirst > this.dayFirst ? 'mdy' : 'dmy';
  }

  /** One sentence for the import report, or null when the file has no numeric dates. */
  describe(chosen: DateOrder, byUser: boolean): string | null {
    if (this.total === 0) return null;
    const name = (o: DateOrder) => (o === 'dmy' ? 'day/month/year' : 'month/day/year');
    const other: DateOrder = chosen === 'dmy' ? 'mdy' : 'dmy';
    const why = byUser
      ? 'as chosen'
      : this.dayFirst + this.monthFirst === 0
        ? 'no row settles the order (every day and month is 12 or less), so day first was assumed'
        : `${this.dayFirst} row(s) can only be day first, ${this.monthFirst} only month first`;
    return `${this.total} numeric date(s) such as 03/04/2020 read as ${name(chosen)}: ${why}; choose ${name(other)} in the column dialog to read them the other way`;
  }
}
