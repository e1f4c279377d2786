// The one event validator: built-in dataset, imported files, the CLI. Never throws; returns issues.
import * as v from 'valibot';
import type { BBox } from './country-bboxes.ts';
import type { EventIssue, EventIssueCode } from './event-issue.ts';
import { checkEventRules, type EventRuleOptions } from './event-rules.ts';
import { EventPropertiesSchema, eventFeatureSchema, LooseEventPropertiesSchema } from './event-schema.ts';
import { checkIncidents } from './incidents.ts';
import type { EventFeature } from './types.ts';

export interface EventValidationOptions extends Partial<EventRuleOptions> {
  /** 'issue' reports property keys EventProperties lacks; 'allow' keeps quiet about them. */
  unknownFields?: 'issue' | 'allow';
  /** Require features to be in date order (collections only). */
  requireSorted?: boolean;
}

/** Defaults for data from anywhere: any year, any precision, no country boxes unless given. */
export const DEFAULT_EVENT_OPTIONS: Required<EventValidationOptions> = {
  years: null,
  maxCoordDecimals: null,
  countryBBoxes: null,
  bboxToleranceDeg: 0.1,
  idStartsWithDate: false,
  requireAllText: false,
  allowUnspecifiedAttribution: true,
  allowImportFields: true,
  checkSourceDates: false,
  requireClaimedAs: false,
  unknownFields: 'issue',
  requireSorted: true,
};

/** The rules for geodata/events/iskp-events.geojson. */
export function builtInDatasetOptions(
  countryBBoxes: ReadonlyMap<string, BBox> | null,
): EventValidationOptions {
  return {
    years: { min: 2014, max: 2025 },
    maxCoordDecimals: 4,
    countryBBoxes,
    idStartsWithDate: true,
    requireAllText: true,
    allowUnspecifiedAttribution: false,
    allowImportFields: false,
    checkSourceDates: true,
    requireClaimedAs: true,
    unknownFields: 'issue',
    requireSorted: true,
  };
}

const strictFeature = eventFeatureSchema(EventPropertiesSchema);
const looseFeature = eventFeatureSchema(LooseEventPropertiesSchema);

function pathOf(issue: v.BaseIssue<unknown>): string {
  let text = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    text += typeof key === 'number' ? `[${key}]` : text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

function codeAndMessage(issue: v.BaseIssue<unknown>, path: string): [EventIssueCode, string] {
  const isObject = issue.type === 'object' || issue.type === 'strict_object' || issue.type === 'loose_object';
  const field = path.split('.').pop() ?? path;
  if (isObject && issue.received === 'undefined' && issue.expected?.startsWith('"')) {
    return ['missing-field', `missing field ${field}`];
  }
  if (isObject && issue.expected === 'never') return ['unknown-field', `unknown field ${field}`];
  return ['wrong-type', `${field || 'value'} should be ${issue.expected} but is ${issue.received}`];
}

function idOf(feature: unknown): string | null {
  if (typeof feature !== 'object' || feature === null) return null;
  const properties = (feature as { properties?: unknown }).properties;
  if (typeof properties !== 'object' || properties === null) return null;
  const id = (properties as { id?: unknown }).id;
  return typeof id === 'string' ? id : null;
}

function options(given: EventValidationOptions | undefined): Required<EventValidationOptions> {
  const merged = { ...DEFAULT_EVENT_OPTIONS };
  for (const [key, value] of Object.entries(given ?? {})) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

function checkFeature(
  feature: unknown,
  index: number | null,
  opts: Required<EventValidationOptions>,
): EventIssue[] {
  const id = idOf(feature);
  const issues: EventIssue[] = [];
  const report = (path: string, code: EventIssueCode, message: string) =>
    issues.push({ index, id, path, code, message });
  if (typeof feature !== 'object' || feature === null || (feature as { type?: unknown }).type !== 'Feature') {
    report('', 'not-a-feature', 'not a GeoJSON Feature');
    return issues;
  }
  const result = v.safeParse(opts.unknownFields === 'issue' ? strictFeature : looseFeature, feature);
  if (!result.success) {
    for (const problem of result.issues) {
      const path = pathOf(problem);
      const [code, message] = codeAndMessage(problem, path);
      report(path, code, message);
    }
    return issues;
  }
  checkEventRules(feature as EventFeature, opts, report);
  return issues;
}

/** Validates one feature. `index` labels its issues when the caller walks its own list. */
export function validateEventFeature(
  feature: unknown,
  given?: EventValidationOptions,
  index: number | null = null,
): EventIssue[] {
  try {
    return checkFeature(feature, index, options(given));
  } catch (error) {
    return [
      { index, id: null, path: '', code: 'not-a-feature', message: `could not be checked: ${String(error)}` },
    ];
  }
}

function checkCollection(features: unknown[], opts: Required<EventValidationOptions>): EventIssue[] {
  const issues: EventIssue[] = [];
  const firstIndexOfId = new Map<string, number>();
  let previous: { date: string; index: number } | null = null;
  features.forEach((feature, index) => {
    issues.push(...checkFeature(feature, index, opts));
    const id = idOf(feature);
    if (id !== null) {
      const first = firstIndexOfId.get(id);
      if (first === undefined) firstIndexOfId.set(id, index);
      else
        issues.push({
          index,
          id,
          path: 'properties.id',
          code: 'duplicate-id',
          message: `id "${id}" is already used by feature #${first}`,
        });
    }
    const date = (feature as { properties?: { date?: unknown } } | null)?.properties?.date;
    if (opts.requireSorted && typeof date === 'string') {
      if (previous && date < previous.date) {
        issues.push({
          index,
          id,
          path: 'properties.date',
          code: 'unsorted',
          message: `date ${date} is earlier than ${previous.date} of feature #${previous.index}: sort by date`,
        });
      }
      previous = { date, index };
    }
  });
  issues.push(...checkIncidents(features));
  return issues;
}

/**
 * Validates a FeatureCollection, an array of features, or a single Feature.
 * Issues are in feature order; an empty list means the input is valid.
 */
export function validateEvents(input: unknown, given?: EventValidationOptions): EventIssue[] {
  const opts = options(given);
  try {
    if (Array.isArray(input)) return checkCollection(input, opts);
    if (typeof input === 'object' && input !== null) {
      const { type, features } = input as { type?: unknown; features?: unknown };
      if (type === 'Feature') return checkFeature(input, null, opts);
      if (type === 'FeatureCollection' && Array.isArray(features)) return checkCollection(features, opts);
    }
    return [
      {
        index: null,
        id: null,
        path: '',
        code: 'not-a-collection',
        message: 'expected a FeatureCollection, an array of features or a Feature',
      },
    ];
  } catch (error) {
    return [
      {
        index: null,
        id: null,
        path: '',
        code: 'not-a-collection',
        message: `could not be checked: ${String(error)}`,
      },
    ];
  }
}
