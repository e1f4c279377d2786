// Three views of one MapState: the object, the URL hash and the element's attributes.
// Serialising then parsing gives back the same (normalised) state; tests/unit/url-state.test.ts proves it.
import { ATTRIBUTIONS, EVENT_TYPES } from '../data/types.ts';
import {
  type CompareMode,
  DEFAULT_STATE,
  type EventFilters,
  type InsideFilter,
  type MapState,
  type MapView,
} from './map-state.ts';

const MODES: readonly CompareMode[] = ['overlay', 'swipe', 'difference'];
const INSIDE: readonly InsideFilter[] = ['all', 'inside', 'outside'];
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO3 = /^[A-Z]{3}$/;

/** Attributes of <khorasan-map> that mirror the state. */
export const STATE_ATTRIBUTES = [
  'boundaries',
  'active-boundary',
  'mode',
  'compare',
  'from',
  'to',
  'center',
  'zoom',
  'selected',
  'divider',
] as const;
export type StateAttribute = (typeof STATE_ATTRIBUTES)[number];

const round = (value: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f || 0;
};

/** Wraps longitude into [-180, 180) and clamps latitude and zoom to what maplibre can show. */
export function normaliseView(view: MapView): MapView {
  const [lon, lat] = view.center;
  const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
  return {
    center: [round(wrapped, 4), round(Math.max(-85, Math.min(85, lat)), 4)],
    zoom: round(Math.max(0, Math.min(22, view.zoom)), 2),
  };
}

/** The divider position in the canonical form: 0..100 % to a tenth (enough for any drag), else the middle. */
function normaliseDivider(value: number): number {
  return Number.isFinite(value) ? round(Math.max(0, Math.min(100, value)), 1) : DEFAULT_STATE.divider;
}

/** The canonical form of a state: what the hash and the attributes can express. */
export function normaliseState(state: MapState): MapState {
  const opacity: Record<string, number> = {};
  for (const [id, value] of Object.entries(state.opacity)) {
    if (ID.test(id) && Number.isFinite(value)) opacity[id] = round(Math.max(0, Math.min(1, value)), 2);
  }
  return {
    ...state,
    boundaries: unique(state.boundaries.filter((id) => ID.test(id))),
    opacity,
    filters: {
      ...state.filters,
      eventTypes: unique(state.filters.eventTypes),
      attributions: unique(state.filters.attributions),
      countries: unique(state.filters.countries),
    },
    view: normaliseView(state.view),
    divider: normaliseDivider(state.divider),
  };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

// --- single values: parse (undefined = invalid, keep the base) and format ---

function parseIdList(value: string, separator: RegExp): string[] | undefined {
  const ids = value.split(separator).filter(Boolean);
  return ids.every((id) => ID.test(id)) ? unique(ids) : undefined;
}

function parsePair(value: string, separator: RegExp): [string, string] | undefined {
  const ids = value.split(separator).filter(Boolean);
  return ids.length === 2 && ids.every((id) => ID.test(id)) ? [ids[0], ids[1]] : undefined;
}

function parseEnum<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function parseEnumList<T extends string>(value: string, allowed: readonly T[]): T[] | undefined {
  const items = value.split(',').filter(Boolean);
  return items.every((item) => (allowed as readonly string[]).includes(item))
    ? unique(items as T[])
    : undefined;
}

function parseDate(value: string): string | undefined {
  if (!ISO_DATE.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? undefined : value;
}

/** "lon,lat" → [lon, lat]. */
export function parseCenter(value: string): [number, number] | undefined {
  const parts = value.split(',').map((part) => part.trim());
  if (parts.length !== 2 || parts.some((part) => part === '')) return undefined;
  const [lon, lat] = parts.map(Number);
  return Number.isFinite(lon) && Number.isFinite(lat) ? [lon, lat] : undefined;
}

function parseZoom(value: string): number | undefined {
  if (value.trim() === '') return undefined;
  const zoom = Number(value);
  return Number.isFinite(zoom) ? zoom : undefined;
}

/** A divider position: a number from 0 to 100 (anything else is invalid, not clamped: likely a typo). */
function parseDivider(value: string): number | undefined {
  if (value.trim() === '') return undefined;
  const position = Number(value);
  return Number.isFinite(position) && position >= 0 && position <= 100 ? position : undefined;
}

function parseOpacity(value: string): Record<string, number> | undefined {
  const opacity: Record<string, number> = {};
  for (const entry of value.split(',').filter(Boolean)) {
    const [id, raw] = entry.split(':');
    const number = Number(raw);
    if (!ID.test(id ?? '') || raw === undefined || raw === '' || !Number.isFinite(number)) return undefined;
    opacity[id] = number;
  }
  return opacity;
}

const formatCenter = (center: [number, number]) => `${center[0].toFixed(4)},${center[1].toFixed(4)}`;
const formatZoom = (zoom: number) => zoom.toFixed(2);
const formatDivider = (divider: number) => String(normaliseDivider(divider));

// --- attributes ---

/** The attribute values that describe `state` (null = attribute absent). */
export function stateToAttributes(state: MapState): Record<StateAttribute, string | null> {
  const s = normaliseState(state);
  return {
    boundaries: s.boundaries.join(' '),
    'active-boundary': s.activeBoundary,
    mode: s.mode,
    compare: s.compare.join(' '),
    from: s.filters.from,
    to: s.filters.to,
    center: formatCenter(s.view.center),
    zoom: formatZoom(s.view.zoom),
    selected: s.selected,
    divider: s.divider === DEFAULT_STATE.divider ? null : formatDivider(s.divider),
  };
}

/**
 * Applies one attribute to a state. An invalid value leaves the state unchanged (the caller reports it);
 * a removed attribute (null) restores the default for that slice.
 */
export function applyAttribute(state: MapState, name: StateAttribute, value: string | null): MapState {
  const d = DEFAULT_STATE;
  const v = value?.trim() ?? null;
  const filters = (patch: Partial<EventFilters>) => ({ ...state, filters: { ...state.filters, ...patch } });
  switch (name) {
    case 'boundaries': {
      const ids = v === null ? d.boundaries : parseIdList(v, /\s+/);
      return ids ? { ...state, boundaries: ids } : state;
    }
    case 'active-boundary': {
      const id = v === null ? d.activeBoundary : ID.test(v) ? v : undefined;
      return id ? { ...state, activeBoundary: id } : state;
    }
    case 'mode': {
      const mode = v === null ? d.mode : parseEnum(v, MODES);
      return mode ? { ...state, mode } : state;
    }
    case 'compare': {
      const pair = v === null ? d.compare : parsePair(v, /[\s,]+/);
      return pair ? { ...state, compare: pair } : state;
    }
    case 'from': {
      const from = v === null ? d.filters.from : parseDate(v);
      return from ? filters({ from }) : state;
    }
    case 'to': {
      const to = v === null ? d.filters.to : parseDate(v);
      return to ? filters({ to }) : state;
    }
    case 'center': {
      const center = v === null ? d.view.center : parseCenter(v);
      return center ? { ...state, view: normaliseView({ ...state.view, center }) } : state;
    }
    case 'zoom': {
      const zoom = v === null ? d.view.zoom : parseZoom(v);
      return zoom === undefined ? state : { ...state, view: normaliseView({ ...state.view, zoom }) };
    }
    case 'divider': {
      const divider = v === null ? d.divider : parseDivider(v);
      return divider === undefined ? state : { ...state, divider: normaliseDivider(divider) };
    }
    case 'selected':
      return v === null || v === ''
        ? { ...state, selected: null }
        : ID.test(v)
          ? { ...state, selected: v }
          : state;
  }
}

/** Whether an attribute value is valid (used to report bad values without changing the state). */
export function isValidAttribute(name: StateAttribute, value: string | null): boolean {
  if (value === null) return true;
  const probe = { ...DEFAULT_STATE, selected: null };
  const applied = applyAttribute(probe, name, value);
  return applied !== probe || (name === 'selected' && value.trim() === '');
}

// --- URL hash ---

const HASH_KEYS = [
  'boundaries',
  'opacity',
  'mode',
  'active',
  'compare',
  'from',
  'to',
  'types',
  'attribution',
  'countries',
  'inside',
  'selected',
  'center',
  'zoom',
  'divider',
] as const;

// Commas and colons are legal in a fragment; keeping them makes the URL readable.
const encode = (value: string) => encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':');

/**
 * `#key=value&…` holding every slice that differs from the default, and always the view. The divider is
 * written only in swipe mode, the only one that shows it.
 */
export function stateToHash(state: MapState): string {
  const s = normaliseState(state);
  const d = DEFAULT_STATE;
  const f = s.filters;
  const df = d.filters;
  const same = (a: readonly string[], b: readonly string[]) => a.join(',') === b.join(',');
  const entries: [string, string][] = [];
  if (!same(s.boundaries, d.boundaries)) entries.push(['boundaries', s.boundaries.join(',')]);
  const opacity = Object.entries(s.opacity);
  if (opacity.length) entries.push(['opacity', opacity.map(([id, o]) => `${id}:${o}`).join(',')]);
  if (s.mode !== d.mode) entries.push(['mode', s.mode]);
  if (s.activeBoundary !== d.activeBoundary) entries.push(['active', s.activeBoundary]);
  if (!same(s.compare, d.compare)) entries.push(['compare', s.compare.join(',')]);
  if (f.from !== df.from) entries.push(['from', f.from]);
  if (f.to !== df.to) entries.push(['to', f.to]);
  if (!same(f.eventTypes, df.eventTypes)) entries.push(['types', f.eventTypes.join(',')]);
  if (!same(f.attributions, df.attributions)) entries.push(['attribution', f.attributions.join(',')]);
  if (!same(f.countries, df.countries)) entries.push(['countries', f.countries.join(',')]);
  if (f.inside !== df.inside) entries.push(['inside', f.inside]);
  if (s.selected) entries.push(['selected', s.selected]);
  entries.push(['center', formatCenter(s.view.center)], ['zoom', formatZoom(s.view.zoom)]);
  if (s.mode === 'swipe' && s.divider !== d.divider) entries.push(['divider', formatDivider(s.divider)]);
  return `#${entries.map(([k, v]) => `${k}=${encode(v)}`).join('&')}`;
}

/** Whether a hash carries map state at all (so an unrelated `#section` link is left alone). */
export function hashHasState(hash: string): boolean {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return HASH_KEYS.some((key) => params.has(key));
}

/**
 * Parses a hash. Absent keys mean the default (stateToHash omits defaults), so the result never depends
 * on what the element held before: reloading a URL restores exactly. Invalid values fall back to the
 * default and are listed in `rejected`.
 */
export function parseHash(hash: string): { state: MapState; rejected: string[] } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const rejected: string[] = [];
  const d = DEFAULT_STATE;
  const read = <T>(key: string, parse: (raw: string) => T | undefined, fallback: T): T => {
    const raw = params.get(key);
    if (raw === null) return fallback;
    const value = parse(raw);
    if (value === undefined) rejected.push(key);
    return value ?? fallback;
  };
  const list = (raw: string) => (raw === '' ? [] : parseIdList(raw, /,/));
  const countries = (raw: string) => {
    const codes = raw.split(',').filter(Boolean);
    return codes.every((c) => ISO3.test(c)) ? unique(codes) : undefined;
  };
  const state: MapState = {
    boundaries: read('boundaries', list, d.boundaries),
    opacity: read('opacity', parseOpacity, {}),
    mode: read('mode', (raw) => parseEnum(raw, MODES), d.mode),
    activeBoundary: read('active', (raw) => (ID.test(raw) ? raw : undefined), d.activeBoundary),
    compare: read('compare', (raw) => parsePair(raw, /,/), d.compare),
    filters: {
      from: read('from', parseDate, d.filters.from),
      to: read('to', parseDate, d.filters.to),
      eventTypes: read('types', (raw) => parseEnumList(raw, EVENT_TYPES), d.filters.eventTypes),
      attributions: read('attribution', (raw) => parseEnumList(raw, ATTRIBUTIONS), d.filters.attributions),
      countries: read('countries', countries, d.filters.countries),
      inside: read('inside', (raw) => parseEnum(raw, INSIDE), d.filters.inside),
    },
    selected: read('selected', (raw) => (ID.test(raw) ? raw : undefined), null),
    view: {
      center: read('center', parseCenter, d.view.center),
      zoom: read('zoom', parseZoom, d.view.zoom),
    },
    divider: read('divider', parseDivider, d.divider),
  };
  return { state: normaliseState(state), rejected };
}

/** Deep equality of two normalised states (cheap: they are small); the hash omits the divider outside swipe mode. */
export function sameState(a: MapState, b: MapState): boolean {
  return stateToHash(a) === stateToHash(b) && a.divider === b.divider;
}
