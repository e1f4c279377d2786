import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_STATE, type MapState } from '../../src/state/map-state.ts';
import {
  applyAttribute,
  hashHasState,
  isValidAttribute,
  normaliseState,
  parseHash,
  STATE_ATTRIBUTES,
  sameState,
  stateToAttributes,
  stateToHash,
} from '../../src/state/url-state.ts';

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const subset = <T>(values: T[]) => fc.subarray(values);

const arbitraryState: fc.Arbitrary<MapState> = fc.record({
  boundaries: fc.uniqueArray(id, { maxLength: 6 }),
  opacity: fc.dictionary(id, fc.double({ min: 0, max: 1, noNaN: true }), { maxKeys: 4 }),
  mode: fc.constantFrom('overlay', 'swipe', 'difference'),
  activeBoundary: id,
  compare: fc.tuple(id, id),
  filters: fc.record({
    from: isoDate,
    to: isoDate,
    eventTypes: subset(['attack', 'plot', 'arrest'] as const),
    attributions: subset(['claimed', 'attributed', 'suspected'] as const),
    countries: fc.uniqueArray(fc.stringMatching(/^[A-Z]{3}$/), { maxLength: 5 }),
    inside: fc.constantFrom('all', 'inside', 'outside'),
  }),
  selected: fc.option(id, { nil: null }),
  view: fc.record({
    center: fc.tuple(
      fc.double({ min: -180, max: 179.99, noNaN: true }),
      fc.double({ min: -85, max: 85, noNaN: true }),
    ),
    zoom: fc.double({ min: 0, max: 22, noNaN: true }),
  }),
  divider: fc.double({ min: 0, max: 100, noNaN: true }),
}) as fc.Arbitrary<MapState>;

describe('hash round trip', () => {
  test('default state → hash → default state', () => {
    const hash = stateToHash(DEFAULT_STATE);
    expect(hash).toBe('#center=58.0000,37.0000&zoom=3.00');
    expect(parseHash(hash)).toEqual({ state: DEFAULT_STATE, rejected: [] });
  });

  test('a full state survives the round trip', () => {
    const state: MapState = {
      boundaries: ['iskp-claim-max', 'khorasan-historical-classical'],
      opacity: { 'iskp-claim-max': 0.35 },
      mode: 'swipe',
      activeBoundary: 'khorasan-historical',
      compare: ['iskp-claim-max', 'khorasan-historical'],
      filters: {
        from: '2018-03-01',
        to: '2022-06-30',
        eventTypes: ['attack', 'plot'],
        attributions: ['claimed'],
        countries: ['AFG', 'IRN'],
        inside: 'outside',
      },
      selected: 'iskp-2024-kerman',
      view: { center: [57.0788, 30.2839], zoom: 6.5 },
      divider: 35,
    };
    const hash = stateToHash(state);
    expect(hash).toContain('mode=swipe');
    expect(hash).toContain('divider=35');
    expect(hash).toContain('countries=AFG,IRN');
    expect(parseHash(hash)).toEqual({ state, rejected: [] });
  });

  test('an empty boundary list is kept, not replaced by the default', () => {
    const state = { ...DEFAULT_STATE, boundaries: [] };
    expect(parseHash(stateToHash(state)).state.boundaries).toEqual([]);
  });

  test('property: parse(serialise(s)) equals normalise(s)', () => {
    fc.assert(
      fc.property(arbitraryState, (state) => {
        const normal = normaliseState(state);
        const { state: parsed, rejected } = parseHash(stateToHash(state));
        expect(rejected).toEqual([]);
        // the divider travels only in swipe mode, the one that shows it
        expect(parsed).toEqual(normal.mode === 'swipe' ? normal : { ...normal, divider: 50 });
        // and the hash itself is stable
        expect(stateToHash(parsed)).toBe(stateToHash(state));
      }),
      { numRuns: 300 },
    );
  });

  test('invalid values fall back to the default and are reported', () => {
    const { state, rejected } = parseHash(
      '#mode=sideways&from=2020-02-30&zoom=abc&types=attack,bomb&center=1',
    );
    expect(state.mode).toBe('overlay');
    expect(state.filters.from).toBe(DEFAULT_STATE.filters.from);
    expect(state.filters.eventTypes).toEqual([]);
    expect(state.view).toEqual(DEFAULT_STATE.view);
    expect(rejected.sort()).toEqual(['center', 'from', 'mode', 'types', 'zoom']);
  });

  test('hostile input never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (junk) => {
        expect(() => parseHash(junk)).not.toThrow();
        expect(() => parseHash(`#${encodeURIComponent(junk)}=${junk}`)).not.toThrow();
      }),
    );
  });

  test('the divider: written only in swipe mode and away from the middle, read defensively', () => {
    const swipe = { ...DEFAULT_STATE, mode: 'swipe' as const };
    expect(stateToHash({ ...swipe, divider: 30 })).toMatch(/&divider=30$/);
    expect(stateToHash({ ...swipe, divider: 62.25 })).toContain('divider=62.3');
    expect(stateToHash({ ...swipe, divider: 50 })).not.toContain('divider');
    expect(stateToHash({ ...DEFAULT_STATE, divider: 30 })).not.toContain('divider');
    expect(parseHash('#mode=swipe&divider=30').state).toMatchObject({ mode: 'swipe', divider: 30 });
    expect(parseHash('#mode=swipe&divider=0').state.divider).toBe(0);
    expect(parseHash('#mode=swipe&divider=100').state.divider).toBe(100);
    for (const bad of ['-5', '101', '1e9', 'abc', '', 'NaN', 'Infinity', '30%']) {
      const { state, rejected } = parseHash(`#mode=swipe&divider=${encodeURIComponent(bad)}`);
      expect(state.divider, bad).toBe(50);
      expect(rejected, bad).toEqual(['divider']);
    }
    // a different divider is a different state, even where the hash does not show it
    expect(sameState({ ...DEFAULT_STATE, divider: 30 }, DEFAULT_STATE)).toBe(false);
    expect(hashHasState('#divider=30')).toBe(true);
  });

  test('views are wrapped and clamped', () => {
    const { state } = parseHash('#center=200,95&zoom=40');
    expect(state.view).toEqual({ center: [-160, 85], zoom: 22 });
  });

  test('hashHasState ignores unrelated fragments', () => {
    expect(hashHasState('#section-2')).toBe(false);
    expect(hashHasState('#mode=swipe')).toBe(true);
  });
});

describe('attributes', () => {
  test('property: attributes → state → attributes is stable', () => {
    fc.assert(
      fc.property(arbitraryState, (state) => {
        const attrs = stateToAttributes(state);
        let rebuilt: MapState = { ...DEFAULT_STATE, selected: 'x' };
        for (const name of STATE_ATTRIBUTES) rebuilt = applyAttribute(rebuilt, name, attrs[name]);
        const normal = normaliseState(state);
        expect(rebuilt.boundaries).toEqual(normal.boundaries);
        expect(rebuilt.mode).toBe(normal.mode);
        expect(rebuilt.activeBoundary).toBe(normal.activeBoundary);
        expect(rebuilt.compare).toEqual(normal.compare);
        expect(rebuilt.filters.from).toBe(normal.filters.from);
        expect(rebuilt.filters.to).toBe(normal.filters.to);
        expect(rebuilt.selected).toBe(normal.selected);
        expect(rebuilt.view).toEqual(normal.view);
        expect(rebuilt.divider).toBe(normal.divider);
        expect(stateToAttributes(rebuilt)).toEqual(attrs);
      }),
      { numRuns: 300 },
    );
  });

  test('attribute syntax as documented', () => {
    let s = applyAttribute(DEFAULT_STATE, 'boundaries', ' khorasan-historical   iskp-claim-max ');
    s = applyAttribute(s, 'compare', 'iskp-claim-core iskp-claim-max');
    s = applyAttribute(s, 'center', '57.08, 30.28');
    s = applyAttribute(s, 'zoom', '6');
    expect(s.boundaries).toEqual(['khorasan-historical', 'iskp-claim-max']);
    expect(s.compare).toEqual(['iskp-claim-core', 'iskp-claim-max']);
    expect(s.view).toEqual({ center: [57.08, 30.28], zoom: 6 });
    expect(applyAttribute(s, 'divider', ' 35 ').divider).toBe(35);
    expect(stateToAttributes({ ...s, divider: 35 }).divider).toBe('35');
    expect(stateToAttributes(s).divider).toBeNull(); // the middle: no attribute
  });

  test('invalid attribute values leave the state unchanged; removal restores the default', () => {
    const s = applyAttribute(DEFAULT_STATE, 'mode', 'swipe');
    expect(applyAttribute(s, 'mode', 'bogus')).toBe(s);
    expect(applyAttribute(s, 'compare', 'only-one')).toBe(s);
    expect(applyAttribute(s, 'mode', null).mode).toBe('overlay');
    expect(isValidAttribute('mode', 'bogus')).toBe(false);
    expect(isValidAttribute('zoom', '4.5')).toBe(true);
    expect(isValidAttribute('selected', '')).toBe(true);
    expect(isValidAttribute('divider', '120')).toBe(false);
    expect(applyAttribute({ ...s, divider: 20 }, 'divider', null).divider).toBe(50);
  });
});
