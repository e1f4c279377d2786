import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FeatureSplitter, type FeatureText } from '../../src/cli/feature-splitter.ts';

/** Splits `text` pushed in the given chunk sizes (the rest in one last chunk). */
function split(
  text: string,
  sizes: number[] = [],
): { features: FeatureText[]; shape: ReturnType<FeatureSplitter['end']> } {
  const splitter = new FeatureSplitter();
  const features: FeatureText[] = [];
  let at = 0;
  for (const size of sizes) {
    features.push(...splitter.push(text.slice(at, at + size)));
    at += size;
  }
  features.push(...splitter.push(text.slice(at)));
  return { features, shape: splitter.end() };
}
const lines = (text: string) => split(text).features.map((f) => f.line);

describe('FeatureSplitter: the line each feature starts on', () => {
  test('one feature per line', () => {
    const text = '{\n  "type": "FeatureCollection",\n  "features": [\n    {"a": 1},\n    {"b": 2}\n  ]\n}\n';
    expect(lines(text)).toEqual([4, 5]);
    expect(split(text).features.map((f) => JSON.parse(f.text))).toEqual([{ a: 1 }, { b: 2 }]);
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
    const { features } = split(text);
    expect(features.map((f) => f.line)).toEqual([1, 3, 5, 6]);
    expect(features.map((f) => JSON.parse(f.text))).toEqual([{ p: 'x"]},{' }, { q: 'a [b] {c}' }, 5, 'text']);
  });

  test('only the top-level "features" array counts', () => {
    expect(lines('{"features":[],"x":[{"y":1}]}')).toEqual([]);
    expect(lines('{"meta":{"features":[{"no":1}]},"features":[\n{"yes":1}]}')).toEqual([2]);
    expect(lines('{"a":"features","b":[{"no":1}],"features":[{"yes":1}]}')).toEqual([1]);
  });
});

describe('FeatureSplitter: the top level', () => {
  test('reads "type" wherever it stands, and whether "features" is an array', () => {
    expect(split('{"features":[],"type":"FeatureCollection"}').shape).toEqual({
      type: 'FeatureCollection',
      hasFeatures: true,
    });
    expect(split('{"type":"Feature","features":{"a":[1]}}').shape).toEqual({
      type: 'Feature',
      hasFeatures: false,
    });
    expect(split('{"name":"type","value":"FeatureCollection"}').shape.type).toBeUndefined();
    expect(split('[{"type":"FeatureCollection"}]').shape.type).toBeUndefined();
  });

  test('a text that stops early is refused', () => {
    expect(() => split('{"type":"FeatureCollection","features":[{"a":1}')).toThrow(/ends inside/);
    expect(() => split('{"type":"FeatureCollection","features":[{"a":"1')).toThrow(/ends inside a string/);
    expect(() => split('{}}')).toThrow(/unexpected/);
  });
});

test('any chunking gives the same features, lines and shape as one chunk (property)', () => {
  const value = fc.jsonValue({ maxDepth: 3 });
  const feature = fc.record({ type: fc.constant('Feature'), properties: fc.dictionary(fc.string(), value) });
  const collection = fc.record({
    type: fc.constant('FeatureCollection'),
    name: fc.string(),
    features: fc.array(fc.oneof(feature, value), { maxLength: 8 }),
  });
  fc.assert(
    fc.property(
      collection,
      fc.integer({ min: 0, max: 4 }),
      fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 60 }),
      (doc, indent, sizes) => {
        const text = JSON.stringify(doc, null, indent);
        const whole = split(text);
        expect(whole.features.map((f) => JSON.parse(f.text))).toEqual(
          JSON.parse(JSON.stringify(doc.features)),
        );
        expect(whole.shape).toEqual({ type: 'FeatureCollection', hasFeatures: true });
        expect(split(text, sizes)).toEqual(whole);
        // each feature starts on the line the pretty-printed text puts it on
        for (const f of whole.features) expect(text.split('\n')[f.line - 1]).toContain(f.text.split('\n')[0]);
      },
    ),
    { numRuns: 300 },
  );
});
