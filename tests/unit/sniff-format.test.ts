// The one format-sniffing rule (src/data/sniff-format.ts) for the import panel, the embed and the CLI.
import { describe, expect, test } from 'vitest';
import { sniffFileHead, sniffTextFormat } from '../../src/data/sniff-format.ts';

describe('sniffTextFormat', () => {
  test('JSON, KML, else CSV; a byte-order mark and leading space skipped', () => {
    expect(sniffTextFormat('\uFEFF  {"type":"FeatureCollection"}')).toBe('json');
    expect(sniffTextFormat('[1]')).toBe('json');
    expect(sniffTextFormat('\n<kml>')).toBe('kml');
    expect(sniffTextFormat('id,lat,lon\n')).toBe('csv');
  });
});

describe('sniffFileHead (the CLI)', () => {
  test('the same rule, but text that is not a table is no format', () => {
    expect(sniffFileHead('{"type":"FeatureCollection"')).toBe('json');
    expect(sniffFileHead('<?xml version="1.0"?><kml>')).toBe('kml');
    expect(sniffFileHead('\uFEFFid;lat;lon\r\n1;2;3')).toBe('csv');
    expect(sniffFileHead('id\tlat\tlon\n')).toBe('csv');
    expect(sniffFileHead('this is not a table\njust words\n')).toBeNull();
    expect(sniffFileHead('a,b\0\0\0')).toBeNull();
  });
});
