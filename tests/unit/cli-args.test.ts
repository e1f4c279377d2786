import { expect, test } from 'vitest';
import { parseArgs } from '../../src/cli/args.ts';

test('defaults: json, every boundary, simplified geometry', () => {
  expect(parseArgs(['events.csv'])).toEqual({
    file: 'events.csv',
    boundaries: undefined,
    format: 'json',
    full: false,
  });
});

test('options before or after the file, with a space or an equals sign', () => {
  expect(
    parseArgs(['--format', 'csv', 'e.csv', '--boundaries=iskp-claim-core, khorasan-historical', '--full']),
  ).toEqual({
    file: 'e.csv',
    boundaries: ['iskp-claim-core', 'khorasan-historical'],
    format: 'csv',
    full: true,
  });
});

test('mistakes come back as one-line errors', () => {
  expect(parseArgs([])).toMatchObject({ error: expect.stringMatching(/no input file/) });
  expect(parseArgs(['a.csv', 'b.csv'])).toEqual({ error: 'unexpected argument b.csv' });
  expect(parseArgs(['a.csv', '--colour'])).toEqual({ error: 'unknown option --colour' });
  expect(parseArgs(['a.csv', '--format', 'xml'])).toMatchObject({
    error: expect.stringMatching(/unknown output format "xml"/),
  });
  expect(parseArgs(['a.csv', '--boundaries'])).toMatchObject({
    error: expect.stringMatching(/--boundaries needs/),
  });
  expect(parseArgs(['--help'])).toEqual({ help: true });
});
