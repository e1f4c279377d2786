import { describe, expect, test } from 'vitest';
import { csvCell, escapeCsvFormula, toCsv } from '../../src/data/export/csv-escape.ts';

describe('CSV formula-injection escaping', () => {
  test.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+cmd|calc', `'+cmd|calc`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tTAB', `'\tTAB`],
  ])('escapes %j', (input, expected) => {
    expect(escapeCsvFormula(input)).toBe(expected);
  });

  test.each(['Kabul', '', '-3.5', '+12', '1e5', 'a=b'])('leaves %j alone', (input) => {
    expect(escapeCsvFormula(input)).toBe(input);
  });

  test('quotes cells that need it after escaping', () => {
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  test('builds a document with CRLF lines', () => {
    expect(toCsv(['a', 'b'], [[1, '=x']])).toBe(`a,b\r\n1,'=x\r\n`);
  });
});
