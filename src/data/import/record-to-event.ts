// Maps one imported record (a CSV row or a feature's properties) onto the project's event shape.
// Unknown values stay unknown: attribution becomes 'unspecified', missing casualties null.
import type { Attribution, EventFeature, EventType, Range, SourceRef } from '../types.ts';

type Value = string | number | boolean | null;
export type ImportedRecord = Record<string, Value>;

const ATTRIBUTIONS: Attribution[] = ['claimed', 'claimed-is', 'attributed', 'suspected', 'unspecified'];
const EVENT_TYPES: EventType[] = ['attack', 'plot', 'arrest'];

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

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** ISO date and its precision from a date column or GTD's iyear/imonth/iday (0 = unknown). */
function dateOf(record: ImportedRecord): { date: string; precision: 'day' | 'month' | 'year' } {
  const year = count(record, ['iyear', 'year']);
  const direct = text(record, ['date', 'event_date', 'date_start']);
  if (direct) {
    const iso = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:$|T|\s)/.exec(direct);
    if (iso?.[3]) return { date: `${iso[1]}-${iso[2]}-${iso[3]}`, precision: 'day' };
    if (iso?.[2]) return { date: `${iso[1]}-${iso[2]}-01`, precision: 'month' };
    if (iso) return { date: `${iso[1]}-01-01`, precision: 'year' };
    const parsed = new Date(`${direct} UTC`);
    if (!Number.isNaN(parsed.getTime())) {
      const d = parsed.toISOString().slice(0, 10);
      return { date: d, precision: 'day' };
    }
  }
  if (year !== null) {
    const month = count(record, ['imonth', 'month']) ?? 0;
    const day = count(record, ['iday', 'day']) ?? 0;
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      return { date: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
    }
    if (month >= 1 && month <= 12) return { date: `${year}-${pad(month)}-01`, precision: 'month' };
    return { date: `${year}-01-01`, precision: 'year' };
  }
  return { date: '', precision: 'day' };
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

function eventTypeOf(record: ImportedRecord): { type: EventType; inferred: boolean } {
  const given = text(record, ['eventtype', 'event_type_project', 'type']).toLowerCase();
  if ((EVENT_TYPES as string[]).includes(given)) return { type: given as EventType, inferred: false };
  const sub = text(record, ['sub_event_type', 'event_type', 'attacktype1_txt']).toLowerCase();
  if (sub.includes('arrest')) return { type: 'arrest', inferred: true };
  return { type: 'attack', inferred: true };
}

/** Builds an event from a record whose coordinates were already checked. */
export function recordToEvent(
  record: ImportedRecord,
  lon: number,
  lat: number,
  fallbackId: string,
  dataset: string,
): EventFeature {
  // a caller may change a record between two conversions: start from fresh keys each time
  lastRecord = null;
  const { date, precision } = dateOf(record);
  const given = text(record, ['attribution']).toLowerCase();
  const attribution = (ATTRIBUTIONS as string[]).includes(given) ? (given as Attribution) : 'unspecified';
  const { type, inferred } = eventTypeOf(record);
  const uncertainFields = inferred ? ['eventType'] : [];
  if (attribution === 'unspecified') uncertainFields.push('attribution');
  const country = text(record, ['country', 'iso3', 'country_txt']);
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: {
      id: text(record, ['id', 'event_id_cnty', 'eventid', 'event_id']) || fallbackId,
      date,
      datePrecision: precision,
      place: text(record, ['place', 'location', 'city', 'where_coordinates', 'name']),
      admin1: text(record, ['admin1', 'provstate', 'adm_1']),
      country,
      coordPrecision: 'site',
      coordSource: `imported from ${dataset}`,
      killed: range(record, ['killed', 'fatalities', 'nkill', 'best'], ['low'], ['high']),
      injured: range(record, ['injured', 'nwound'], [], []),
      casualtyNote: 'As given in the imported file.',
      attribution,
      attributionDetail:
        text(record, ['attributiondetail', 'actor1', 'gname', 'side_b']) ||
        'Not stated in the imported file.',
      eventType: type,
      targetType: text(record, ['targettype', 'targtype1_txt', 'target']),
      summary: text(record, ['summary', 'notes', 'description', 'source_headline']),
      sources: sourcesOf(record),
      uncertainFields,
      dataset,
      original: record,
    },
  };
}
