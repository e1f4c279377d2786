import { expect, test } from 'vitest';
import { featureLines } from '../../src/cli/feature-lines.ts';

test('the line each feature starts on, one feature per line', () => {
  const text = '{\n  "type": "FeatureCollection",\n  "features": [\n    {"a": 1},\n    {"b": 2}\n  ]\n}\n';
  expect(featureLines(text)).toEqual([4, 5]);
});

test('features spread over lines, strings holding brackets, quotes and escapes', () => {
  const text = [
    '{"type":"FeatureCollection","features":[{"p":"x\\"]},{"},', // line 1: feature 1
    '', // line 2
    '{', // line 3: feature 2 starts
    '  "q": "a [b] {c}"', // line 4
    '}, 5,', // line 5: a number (feature 3)
    '"text"]}', // line 6: a string (feature 4)
  ].join('\n');
  expect(featureLines(text)).toEqual([1, 3, 5, 6]);
});

test('only the top-level "features" array counts', () => {
  expect(featureLines('{"features":[],"x":[{"y":1}]}')).toEqual([]);
  expect(featureLines('{"meta":{"features":[{"no":1}]},"features":[\n{"yes":1}]}')).toEqual([2]);
});
