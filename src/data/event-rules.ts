// The checks beyond shape: each takes a feature whose shape valibot already accepted and reports
// issues with one code each. Shared by the built-in dataset build, the tests, the importer and the CLI.

import { NAMES_KHORASAN } from './attribution-labels.ts';
import type { BBox } from './country-bboxes.ts';
import type { EventIssueCode } from './event-issue.ts';
import { EVENT_PROPERTY_KEYS } from './event-schema.ts';
import { parseIsoDate } from './iso-date.ts';
import type { EventFeature, EventProperties, Range } from './types.ts';

export interface EventRuleOptions {
  /** Inclusive year range for `date`; null accepts any year. */
  years: { min: number; max: number } | null;
  /** Most decimals allowed in a coordinate; null for no limit. */
  maxCoordDecimals: number | null;
  /** Country boxes from the basemap; null skips the country checks (unknown country and position). */
  countryBBoxes: ReadonlyMap<string, BBox> | null;
  /** Slack in degrees around a country's box (simplified borders, coastal sites). */
  bboxToleranceDeg: number;
  /** Require `id` to start with `date` (the built-in dataset's naming rule). */
  idStartsWithDate: boolean;
  /** Require every text field to be non-empty (imported data may lack notes). */
  requireAllText: boolean;
  /** Accept `attribution: 'unspecified'` (only meaningful for imported data). */
  allowUnspecifiedAttribution: boolean;
  /** Accept the importer's `dataset` and `original` fields. */
  allowImportFields: boolean;
  /** Flag sources dated before the event (a sign of a wrong date). */
  checkSourceDates: boolean;
  /** Require `claimedAs` on `claimed` and `claimed-is` events (the built-in set's rule). */
  requireClaimedAs: boolean;
}

type Report = (path: string, code: EventIssueCode, message: string) => void;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO3 = /^[A-Z]{3}$/;
const ALWAYS_REQUIRED_TEXT = ['id', 'date', 'place', 'country', 'summary'] as const;
const OTHER_TEXT = ['admin1', 'coordSource', 'casualtyNote', 'attributionDetail', 'targetType'] as const;
const UNCERTAIN_ROOTS = new Set<string>([...EVENT_PROPERTY_KEYS, 'geometry', 'coordinates']);

function decimals(value: number): number {
  const text = String(value);
  if (text.includes('e')) return Number.POSITIVE_INFINITY;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

function checkText(p: EventProperties, options: EventRuleOptions, report: Report): void {
  const fields = options.requireAllText ? [...ALWAYS_REQUIRED_TEXT, ...OTHER_TEXT] : ALWAYS_REQUIRED_TEXT;
  for (const field of fields) {
    if (p[field].trim() === '') report(`properties.${field}`, 'empty-text', `${field} is empty`);
  }
}

function checkId(p: EventProperties, options: EventRuleOptions, report: Report): void {
  if (p.id === '') return;
  if (!SLUG.test(p.id)) {
    report(
      'properties.id',
      'bad-id',
      `id "${p.id}" is not a slug (lower-case letters, digits, single hyphens)`,
    );
  } else if (options.idStartsWithDate && p.date !== '' && !p.id.startsWith(`${p.date}-`)) {
    report('properties.id', 'bad-id', `id "${p.id}" does not start with its date "${p.date}-"`);
  }
}

function checkDate(p: EventProperties, options: EventRuleOptions, report: Report): void {
  if (p.date === '') return;
  const parsed = parseIsoDate(p.date);
  if (!parsed) {
    report(
      'properties.date',
      'bad-date',
      `date "${p.date}" is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)`,
    );
    return;
  }
  if (parsed.precision !== p.datePrecision) {
    report(
      'properties.date',
      'date-precision-mismatch',
      `date "${p.date}" is written at ${parsed.precision} precision but datePrecision is "${p.datePrecision}"`,
    );
  }
  if (options.years && (parsed.year < options.years.min || parsed.year > options.years.max)) {
    report(
      'properties.date',
      'date-out-of-range',
      `date "${p.date}" is outside ${options.years.min}–${options.years.max}`,
    );
  }
}

function checkRange(range: Range | null, field: 'killed' | 'injured', report: Report): void {
  if (range === null) return;
  const { min, max } = range;
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < 0) {
    report(`properties.${field}`, 'bad-casualty-range', `${field} min and max must be whole numbers ≥ 0`);
  } else if (min > max) {
    report(`properties.${field}`, 'bad-casualty-range', `${field} min ${min} is greater than max ${max}`);
  }
}

function checkSources(p: EventProperties, options: EventRuleOptions, report: Report): void {
  if (p.sources.length === 0) {
    report('properties.sources', 'empty-sources', 'sources is empty: every event needs 1 to 3 sources');
    return;
  }
  if (p.sources.length > 3) {
    report('properties.sources', 'too-many-sources', `${p.sources.length} sources: keep the best 1 to 3`);
  }
  const eventDate = parseIsoDate(p.date);
  p.sources.forEach((source, i) => {
    const at = `properties.sources[${i}]`;
    for (const field of ['publication', 'title', 'date', 'url'] as const) {
      if (source[field].trim() === '') report(`${at}.${field}`, 'empty-text', `source ${field} is empty`);
    }
    if (source.url !== '' && !isHttpUrl(source.url)) {
      report(`${at}.url`, 'bad-url', `url "${source.url}" is not an http(s) URL`);
    }
    if (source.date === '') return;
    const sourceDate = parseIsoDate(source.date);
    if (!sourceDate) {
      report(`${at}.date`, 'bad-date', `source date "${source.date}" is not an ISO date`);
    } else if (options.checkSourceDates && eventDate && comparableBefore(source.date, p.date)) {
      report(
        `${at}.date`,
        'source-before-event',
        `source dated ${source.date} is older than the event (${p.date})`,
      );
    }
  });
}

/** True when `a` is certainly earlier than `b`, comparing only the precision both share. */
function comparableBefore(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) < b.slice(0, length);
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function checkUncertainFields(p: EventProperties, report: Report): void {
  p.uncertainFields.forEach((field, i) => {
    if (!UNCERTAIN_ROOTS.has(field.split('.')[0])) {
      report(
        `properties.uncertainFields[${i}]`,
        'unknown-uncertain-field',
        `"${field}" is not a field of an event`,
      );
    }
  });
}

function checkImportOnly(p: EventProperties, options: EventRuleOptions, report: Report): void {
  if (!options.allowUnspecifiedAttribution && p.attribution === 'unspecified') {
    report('properties.attribution', 'not-allowed', 'attribution "unspecified" is only for imported data');
  }
  if (!options.allowImportFields) {
    for (const field of ['dataset', 'original'] as const) {
      if (p[field] !== undefined)
        report(`properties.${field}`, 'not-allowed', `${field} is only for imported data`);
    }
  }
}

function checkPosition(feature: EventFeature, options: EventRuleOptions, report: Report): void {
  const coordinates = feature.geometry.coordinates;
  if (coordinates.length < 2 || coordinates.length > 3 || !coordinates.every(Number.isFinite)) {
    report(
      'geometry.coordinates',
      'bad-coordinates',
      'coordinates must be [longitude, latitude] finite numbers',
    );
    return;
  }
  const [lon, lat] = coordinates;
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    report(
      'geometry.coordinates',
      'coordinates-out-of-range',
      `[${lon}, ${lat}] is not a longitude in -180..180 and latitude in -90..90 (swapped?)`,
    );
    return;
  }
  const limit = options.maxCoordDecimals;
  if (limit !== null && (decimals(lon) > limit || decimals(lat) > limit)) {
    report('geometry.coordinates', 'too-many-decimals', `[${lon}, ${lat}] has more than ${limit} decimals`);
  }
  checkCountry(feature.properties.country, lon, lat, options, report);
}

function checkCountry(
  country: string,
  lon: number,
  lat: number,
  options: EventRuleOptions,
  report: Report,
): void {
  if (country === '') return;
  if (!ISO3.test(country)) {
    report(
      'properties.country',
      'bad-country-code',
      `country "${country}" is not an ISO 3166-1 alpha-3 code`,
    );
    return;
  }
  if (!options.countryBBoxes) return;
  const box = options.countryBBoxes.get(country);
  if (!box) {
    report('properties.country', 'unknown-country', `country "${country}" is not in the basemap`);
    return;
  }
  const t = options.bboxToleranceDeg;
  if (lon < box[0] - t || lon > box[2] + t || lat < box[1] - t || lat > box[3] + t) {
    const shown = box.map((n) => Math.round(n * 100) / 100).join(', ');
    report(
      'geometry.coordinates',
      'outside-country',
      `[${lon}, ${lat}] is outside the bounding box of ${country} [${shown}] (tolerance ${t}°)`,
    );
  }
}

/**
 * `claimed` means a claim in Khorasan Province's name and `claimed-is` one without it, so the recorded
 * name must agree with the code, and it must come from one of the event's own sources.
 */
function checkClaimedAs(p: EventProperties, options: EventRuleOptions, report: Report): void {
  const isClaim = p.attribution === 'claimed' || p.attribution === 'claimed-is';
  const c = p.claimedAs;
  if (!c) {
    if (isClaim && options.requireClaimedAs) {
      report(
        'properties.claimedAs',
        'missing-claimed-as',
        `a "${p.attribution}" event needs claimedAs: the name the claim was made under and its source`,
      );
    }
    return;
  }
  if (!isClaim) {
    report(
      'properties.claimedAs',
      'claimed-as-mismatch',
      `claimedAs is only for claimed events, not "${p.attribution}"`,
    );
    return;
  }
  if (c.name.trim() === '') report('properties.claimedAs.name', 'empty-text', 'claimedAs name is empty');
  const namesKhorasan = NAMES_KHORASAN.test(c.name);
  if (p.attribution === 'claimed' && !namesKhorasan) {
    report(
      'properties.claimedAs.name',
      'claimed-as-mismatch',
      `"claimed" means a claim naming Khorasan Province, but claimedAs is "${c.name}": use "claimed-is"`,
    );
  } else if (p.attribution === 'claimed-is' && namesKhorasan) {
    report(
      'properties.claimedAs.name',
      'claimed-as-mismatch',
      `claimedAs "${c.name}" names Khorasan Province: use "claimed"`,
    );
  }
  if (!p.sources.some((source) => source.url === c.source)) {
    report(
      'properties.claimedAs.source',
      'claimed-as-mismatch',
      `claimedAs source "${c.source}" is not the url of one of the event's sources`,
    );
  }
}

function checkIncident(p: EventProperties, report: Report): void {
  if (p.incident !== undefined && !SLUG.test(p.incident)) {
    report('properties.incident', 'bad-id', `incident "${p.incident}" is not a slug`);
  }
}

/** All rule checks for one well-shaped feature. */
export function checkEventRules(feature: EventFeature, options: EventRuleOptions, report: Report): void {
  const p = feature.properties;
  checkText(p, options, report);
  checkId(p, options, report);
  checkDate(p, options, report);
  checkPosition(feature, options, report);
  checkRange(p.killed, 'killed', report);
  checkRange(p.injured, 'injured', report);
  checkSources(p, options, report);
  checkUncertainFields(p, report);
  checkImportOnly(p, options, report);
  checkClaimedAs(p, options, report);
  checkIncident(p, report);
}
