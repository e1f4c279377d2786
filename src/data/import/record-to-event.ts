// Maps one imported record (a CSV row or a feature's properties) onto the project's event shape.
// Unknown values stay unknown: attribution becomes 'unspecified', missing casualties null.
import type { Attribution, EventFeature, Range, SourceRef } from '../types.ts';
import { type CalendarDate, type DateReading, dateFromParts, readDate } from './calendar-date.ts';
import { countryCode } from './country-code.ts';
import { sourceEventType } from './source-event-type.ts';

type Value = string | number | boolean | null;
export type ImportedRecord = Record<string, Value>;

const ATTRIBUTIONS: Attribution[] = ['claimed', 'claimed-is', 'attributed', 'suspected', 'unspecified'];

// The lower-case key map of the record being converted: built once per record, not once per lookup
// (that was most of the time of a 200,000-row import).
let lastRecord: ImportedRecord | null = null;
let lastKeys = new Map<string, string>();

function pick(record: ImportedRecord, names: string[]): Value | undefined {
  if (record !== lastRecord) {
    lastRecord = record;
    lastKeys = new Map(Object.keys(record).map((k) => [k.toLowerCase(), k]));
  }
  const lower = lastKeys;
  for (const name of names) {
    const key = lower.get(name);
    if (key !== undefined && record[key] !== null && record[key] !== '') return record[key];
  }
  return undefined;
}

function text(record: ImportedRecord, names: string[]): string {
  const v = pick(record, names);
  return v === undefined || v === null ? '' : String(v);
}

function count(record: ImportedRecord, names: string[]): number | null {
  const v = pick(record, names);
  const n = typeof v === 'number' ? v : Number(v);
  return v === undefined || !Number.isFinite(n) || n < 0 ? null : n;
}

function range(record: ImportedRecord, best: string[], low: string[], high: string[]): Range | null {
  const b = count(record, best);
  const lo = count(record, low) ?? b;
  const hi = count(record, high) ?? b;
  if (lo === null || hi === null) return null;
  return { min: Math.min(lo, hi), max: Math.max(lo, hi) };
}

const DATE_COLUMNS = ['date', 'event_date', 'date_start', 'timestamp', 'when'];

/**
 * The record's date: a date column, or GTD's iyear/imonth/iday (0 = unknown). A numeric day/month date
 * (03/04/2020) comes back unresolved: the caller reads it once the file's order is known.
 */
export function readRecordDate(record: ImportedRecord): DateReading {
  lastRecord = null;
  const direct = text(record, DATE_COLUMNS);
  if (direct) return readDate(direct);
  const year = pick(record, ['iyear', 'year']);
  if (year === undefined) return { error: 'missing date' };
  const month = Number(pick(record, ['imonth', 'month']) ?? 0);
  const day = Number(pick(record, ['iday', 'day']) ?? 0);
  return dateFromParts(Number(year), month, day, `${year}-${month}-${day}`);
}

function sourcesOf(record: ImportedRecord): SourceRef[] {
  const structured = pick(record, ['sources']);
  if (typeof structured === 'string' && structured.startsWith('[')) {
    try {
      const list = JSON.parse(structured) as Partial<SourceRef>[];
      if (Array.isArray(list)) {
        return list
          .filter((s) => s && typeof s === 'object')
          .map((s) => ({
            publication: String(s.publication ?? ''),
            title: String(s.title ?? ''),
            date: String(s.date ?? ''),
            url: String(s.url ?? ''),
          }));
      }
    } catch {
      // Not JSON: treated as plain text below.
    }
  }
  const names = ['source', 'sources', 'scite1', 'scite2', 'scite3', 'source_article', 'url', 'dbsource'];
  const out: SourceRef[] = [];
  for (const name of names) {
    const v = text(record, [name]);
    if (!v) continue;
    const url = /https?:\/\/\S+/.exec(v)?.[0] ?? '';
    out.push({ publication: v.slice(0, 300), title: '', date: '', url });
  }
  return out;
}

/**
 * Builds an event from a record whose coordinates were already checked. `when` is the record's checked
 * date (see readRecordDate); without it the record's own date is read, and an unreadable one left empty.
 */
export function recordToEvent(
  record: ImportedRecord,
  lon: number,
  lat: number,
  fallbackId: string,
  dataset: string,
  when?: CalendarDate,
): EventFeature {
  const reading = when ?? readRecordDate(record);
  // a caller may change a record between two conversions: start from fresh keys each time
  lastRecord = null;
  const { date, precision } = 'date' in reading ? reading : { date: '', precision: 'day' as const };
  const given = text(record, ['attribution']).toLowerCase();
  const attribution = (ATTRIBUTIONS as string[]).includes(given) ? (given as Attribution) : 'unspecified';
  const { type, inferred, sourceTypes } = sourceEventType((name) => text(record, [name]));
  const uncertainFields = inferred ? ['eventType'] : [];
  if (attribution === 'unspecified') uncertainFields.push('attribution');
  const country = text(record, ['country', 'iso3', 'country_txt']);
  const code = countryCode(country);
  // an export of this map writes the name as written in the source as source_country
  const countryName = text(record, ['countryname', 'source_country']) || country;
  if (!code) uncertainFields.push('country');
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: {
      id: text(record, ['id', 'event_id_cnty', 'eventid', 'event_id']) || fallbackId,
      date,
      datePrecision: precision,
      place: text(record, ['place', 'location', 'city', 'where_coordinates', 'name']),
      admin1: text(record, ['admin1', 'provstate', 'adm_1']),
      country: code ?? country,
      ...(code && code !== countryName && { countryName }),
      coordPrecision: 'site',
      coordSource: `imported from ${dataset}`,
      killed: range(
        record,
        ['killed', 'fatalities', 'nkill', 'best'],
        ['killed_min', 'low'],
        ['killed_max', 'high'],
      ),
      injured: range(record, ['injured', 'nwound'], ['injured_min'], ['injured_max']),
      casualtyNote: 'As given in the imported file.',
      attribution,
      attributionDetail:
        text(record, ['attributiondetail', 'actor1', 'gname', 'side_b']) ||
        'Not stated in the imported file.',
      eventType: type,
      ...(Object.keys(sourceTypes).length > 0 && { sourceTypes }),
      targetType: text(record, ['targettype', 'targtype1_txt', 'target']),
      summary: text(record, ['summary', 'notes', 'description', 'source_headline']),
      sources: sourcesOf(record),
      uncertainFields,
      dataset,
      original: record,
    },
  };
}
