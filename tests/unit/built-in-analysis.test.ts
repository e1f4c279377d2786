// geodata/built-in-analysis.json is what the map shows at start for the built-in data instead of starting
// the analysis worker. It must be exactly what the analysis core answers for the committed geodata, and
// the map must be able to tell when it does not apply.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  BUILT_IN_ANALYSIS_FILE,
  type BuiltInInputs,
  builtInAnalysis,
  builtInAnalysisText,
  readBuiltInInputs,
} from '../../scripts/built-in-analysis.ts';
import { classify } from '../../src/analysis/classify.ts';
import { compareBoundaries } from '../../src/analysis/compare-boundaries.ts';
import {
  fingerprint,
  type PrecomputedAnalysis,
  precomputedComparison,
  precomputedInside,
} from '../../src/analysis/precomputed.ts';
import type { BoundaryFeature, EventFeature } from '../../src/data/types.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const committedText = readFileSync(new URL(`../../${BUILT_IN_ANALYSIS_FILE}`, import.meta.url), 'utf8');
const committed = JSON.parse(committedText) as PrecomputedAnalysis;
const STALE = `${BUILT_IN_ANALYSIS_FILE} is out of date for the committed geodata: run npm run analysis`;

let inputs: BuiltInInputs;
beforeAll(() => {
  inputs = readBuiltInInputs(root);
});

const clone = <T>(x: T): T => structuredClone(x);

describe(BUILT_IN_ANALYSIS_FILE, () => {
  test('is what the analysis core computes from the boundaries and events the map loads', () => {
    expect(committed, STALE).toEqual(builtInAnalysis(inputs));
    expect(committedText, STALE).toBe(builtInAnalysisText(inputs));
  });

  test('gives classify()’s inside flags for every built-in event and boundary', () => {
    const points = inputs.events.map((e) => ({
      id: e.properties.id,
      lon: e.geometry.coordinates[0],
      lat: e.geometry.coordinates[1],
    }));
    const expected = classify(points, inputs.boundaries).map((c) => ({
      id: c.id,
      results: Object.fromEntries(Object.entries(c.results).map(([id, r]) => [id, { inside: r.inside }])),
    }));
    const inside = precomputedInside(committed, inputs.events, inputs.boundaries);
    expect(inside).toEqual(expected);
    // both answers occur, for every boundary: the flags are not all one value
    for (const b of inputs.boundaries) {
      const flags = new Set(expected.map((c) => c.results[b.properties.id].inside));
      expect(flags.size, b.properties.id).toBe(2);
    }
  });

  test('gives compareBoundaries()’s numbers for every ordered pair of built-in boundaries', () => {
    for (const a of inputs.boundaries) {
      for (const b of inputs.boundaries) {
        const { geometries: _, ...numbers } = compareBoundaries(a, b);
        expect(precomputedComparison(committed, a, b), `${a.properties.id} vs ${b.properties.id}`).toEqual(
          numbers,
        );
      }
    }
  });
});

describe('the precomputed answers apply only to exactly their inputs', () => {
  const insideFor = (events: EventFeature[], boundaries: BoundaryFeature[]) =>
    precomputedInside(committed, events, boundaries);

  test('the same data in other objects (e.g. loaded again) still matches', () => {
    expect(insideFor(clone(inputs.events), clone(inputs.boundaries))).not.toBeNull();
  });

  test('a moved, renamed, missing, extra or reordered event', () => {
    const moved = clone(inputs.events);
    moved[40].geometry.coordinates[0] += 1e-9;
    const renamed = clone(inputs.events);
    renamed[3].properties.id = `${renamed[3].properties.id}-x`;
    const swapped = clone(inputs.events);
    [swapped[0], swapped[1]] = [swapped[1], swapped[0]];
    const extra = [...clone(inputs.events), clone(inputs.events[0])];
    extra[extra.length - 1].properties.id = 'extra';
    for (const events of [moved, renamed, swapped, extra, inputs.events.slice(1)]) {
      expect(insideFor(events, inputs.boundaries)).toBeNull();
    }
  });

  test('a changed, renamed, missing, extra or reordered boundary', () => {
    const changed = clone(inputs.boundaries);
    const ring = (
      changed[2].geometry.type === 'Polygon'
        ? changed[2].geometry.coordinates[0]
        : changed[2].geometry.coordinates[0][0]
    ) as number[][];
    ring[1][1] += 1e-9;
    const renamed = clone(inputs.boundaries);
    renamed[0].properties.id = 'other';
    const reordered = [...inputs.boundaries].reverse();
    const extra = [...inputs.boundaries, { ...clone(inputs.boundaries[0]), properties: { id: 'mine' } }];
    for (const boundaries of [changed, renamed, reordered, extra, inputs.boundaries.slice(1)]) {
      expect(insideFor(inputs.events, boundaries as BoundaryFeature[])).toBeNull();
    }
    // a comparison needs only its two boundaries to be the built-in ones
    const [a, b] = inputs.boundaries;
    expect(precomputedComparison(committed, changed[2], b)).toBeNull();
    expect(precomputedComparison(committed, a, renamed[0])).toBeNull();
    expect(precomputedComparison(committed, extra[extra.length - 1], a)).toBeNull();
    expect(precomputedComparison(committed, reordered[0], a)).not.toBeNull();
  });

  test('fingerprints tell apart texts that differ in one character or in order', () => {
    const texts = ['[1,2]', '[2,1]', '[1,3]', '[1,2] ', '', 'a'.repeat(1000), `${'a'.repeat(999)}b`];
    expect(new Set(texts.map(fingerprint)).size).toBe(texts.length);
    expect(fingerprint('[1,2]')).toBe(fingerprint('[1,2]'));
  });
});
