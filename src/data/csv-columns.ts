// Which CSV columns hold the id, coordinates, date and fatalities: ACLED, GTD, UCDP GED or a generic table.
// One module for the command-line tool and the map's importer (which asks the user when `confidence` is 'unsure').

export type CsvSource = 'acled' | 'gtd' | 'ucdp' | 'generic';

/** GTD splits the date over three columns; a 0 month or day there means unknown. */
export interface DateParts {
  year: string;
  month?: string;
  day?: string;
}

/** Column names (as written in the header) for each role. */
export interface CsvColumns {
  /** Null when no id column was found: use the row number. */
  id: string | null;
  lat: string;
  lon: string;
  date?: string | DateParts;
  fatalities?: string;
  source: CsvSource;
  /** How to read numeric dates such as 03/04/2020: chosen by the user; unset = settled by the file's rows. */
  dateOrder?: 'dmy' | 'mdy';
  /** 'unsure' when a role was guessed (x/y, a name merely containing "lat", no id, several candidates). */
  confidence: 'sure' | 'unsure';
}

const LAT = ['latitude', 'lat'];
const LON = ['longitude', 'lon', 'lng', 'long'];
const ID = ['id', 'event_id', 'eventid', 'event_id_cnty', 'fid', 'uid', 'uuid'];
const DATE = ['date', 'event_date', 'date_start'];
const FATALITIES = ['fatalities', 'nkill', 'best', 'killed', 'deaths'];

/**
 * Detects the columns from a header row (case, spaces and a byte-order mark do not matter).
 * Returns null when no latitude/longitude pair can be found.
 */
export function detectCsvColumns(header: readonly string[]): CsvColumns | null {
  const byName = new Map<string, string>();
  for (const raw of header) {
    const name = normalise(raw);
    if (!byName.has(name)) byName.set(name, raw);
  }
  const has = (...names: string[]) => names.every((n) => byName.has(n));
  const col = (name: string) => byName.get(name) as string;

  if (has('event_id_cnty', 'latitude', 'longitude')) {
    return {
      id: col('event_id_cnty'),
      lat: col('latitude'),
      lon: col('longitude'),
      ...(has('event_date') && { date: col('event_date') }),
      ...(has('fatalities') && { fatalities: col('fatalities') }),
      source: 'acled',
      confidence: 'sure',
    };
  }
  if (has('eventid', 'latitude', 'longitude', 'iyear')) {
    const date: DateParts = { year: col('iyear') };
    if (has('imonth')) date.month = col('imonth');
    if (has('iday')) date.day = col('iday');
    return {
      id: col('eventid'),
      lat: col('latitude'),
      lon: col('longitude'),
      date,
      ...(has('nkill') && { fatalities: col('nkill') }),
      source: 'gtd',
      confidence: 'sure',
    };
  }
  if (has('id', 'latitude', 'longitude', 'date_start')) {
    return {
      id: col('id'),
      lat: col('latitude'),
      lon: col('longitude'),
      date: col('date_start'),
      ...(has('best') && { fatalities: col('best') }),
      source: 'ucdp',
      confidence: 'sure',
    };
  }
  return genericColumns([...byName.keys()], col);
}

function genericColumns(names: string[], col: (name: string) => string): CsvColumns | null {
  let sure = true;
  const pick = (exact: string[], guess: (n: string) => boolean): string | null => {
    const hit = exact.find((n) => names.includes(n));
    if (hit) return col(hit);
    const guesses = names.filter(guess);
    if (guesses.length === 0) return null;
    sure = false;
    return col(guesses[0]);
  };
  const lat = pick(LAT, (n) => n === 'y' || /(^|_)lat/.test(n));
  const lon = pick(LON, (n) => n === 'x' || /(^|_)(lon|lng)/.test(n));
  if (!lat || !lon || lat === lon) return null;
  const idName = ID.find((n) => names.includes(n));
  if (!idName) sure = false;
  const date = DATE.find((n) => names.includes(n));
  const fatalities = FATALITIES.find((n) => names.includes(n));
  return {
    id: idName ? col(idName) : null,
    lat,
    lon,
    ...(date && { date: col(date) }),
    ...(fatalities && { fatalities: col(fatalities) }),
    source: 'generic',
    confidence: sure ? 'sure' : 'unsure',
  };
}

function normalise(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** The row's date as ISO text (YYYY, YYYY-MM or YYYY-MM-DD for GTD parts), or undefined. */
export function readCsvDate(
  row: Record<string, string | undefined>,
  columns: CsvColumns,
): string | undefined {
  const date = columns.date;
  if (date === undefined) return undefined;
  if (typeof date === 'string') return row[date]?.trim() || undefined;
  const year = row[date.year]?.trim();
  if (!year) return undefined;
  const month = Number(date.month ? row[date.month] : 0);
  const day = Number(date.day ? row[date.day] : 0);
  if (!(month >= 1 && month <= 12)) return year;
  const mm = String(month).padStart(2, '0');
  if (!(day >= 1 && day <= 31)) return `${year}-${mm}`;
  return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}
