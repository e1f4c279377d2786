// The map's style builders: offline by construction (no glyphs, no sprite, no URLs), every boundary told
// apart without colour, hatch tiles that repeat seamlessly, and label points inside their countries.
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import type { Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { basemapFromTopology, labelPoint } from '../../src/data/basemap-data.ts';
import { boundaryLook } from '../../src/map/boundary-layers.ts';
import { parseColor } from '../../src/map/colors.ts';
import { hatchImage } from '../../src/map/patterns.ts';
import { basemapStyle } from '../../src/map/style.ts';

const topology = JSON.parse(
  readFileSync(new URL('../../geodata/basemap.topo.json', import.meta.url), 'utf8'),
) as Topology;
const basemap = basemapFromTopology(topology);

describe('basemap style', () => {
  const style = basemapStyle(basemap, 'light');

  test('has no glyphs, no sprite and no URL anywhere: labels use local fonts, data is inline', () => {
    expect('glyphs' in style).toBe(false);
    expect('sprite' in style).toBe(false);
    const json = JSON.stringify(style);
    expect(json).not.toMatch(/https?:\/\//);
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object');
    }
  });

  test('draws water, land, country and admin-1 borders, disputed lines dashed, and labels', () => {
    const ids = style.layers.map((l) => l.id);
    expect(ids).toEqual(
      expect.arrayContaining(['km-water', 'km-land', 'km-country-borders', 'km-admin1', 'km-disputed']),
    );
    const disputed = style.layers.find((l) => l.id === 'km-disputed') as { paint: Record<string, unknown> };
    expect(disputed.paint['line-dasharray']).toBeDefined();
    expect(style.layers.filter((l) => l.type === 'symbol').length).toBeGreaterThanOrEqual(2);
  });

  test('the two themes differ', () => {
    const dark = basemapStyle(basemap, 'dark');
    const water = (s: typeof style) =>
      (s.layers[0] as unknown as { paint: Record<string, string> }).paint['background-color'];
    expect(water(dark)).not.toBe(water(style));
  });
});

describe('country label points', () => {
  test('fall inside their country (the largest part of it)', () => {
    const byCode = new Map(basemap.countryLabels.features.map((f) => [f.properties?.adm0_a3, f]));
    for (const code of ['AFG', 'IRN', 'KAZ', 'PAK', 'UZB', 'TKM', 'TJK', 'KGZ', 'IND', 'RUS', 'NOR', 'IDN']) {
      const country = basemap.countries.features.find((f) => f.properties?.adm0_a3 === code);
      const label = byCode.get(code);
      expect(country, code).toBeDefined();
      expect(label, code).toBeDefined();
      expect(booleanPointInPolygon(label!.geometry, country as never), code).toBe(true);
    }
  });

  test('admin-1 units get one label each, inside the unit, drawn from zoom 6 only', () => {
    expect(basemap.admin1Labels.features).toHaveLength(basemap.admin1.features.length);
    basemap.admin1.features.forEach((unit, i) => {
      const label = basemap.admin1Labels.features[i];
      expect(label.properties?.name).toBe(unit.properties?.name);
      expect(booleanPointInPolygon(label.geometry, unit as never), unit.properties?.name).toBe(true);
    });
    const layer = basemapStyle(basemap, 'light').layers.find((l) => l.id === 'km-admin1-labels');
    expect(layer?.minzoom).toBe(6);
  });

  test('a U-shaped polygon gets a point inside it, not at its empty middle', () => {
    const u = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [8, 10],
          [8, 2],
          [2, 2],
          [2, 10],
          [0, 10],
          [0, 0],
        ],
      ],
    };
    const p = labelPoint(u)!;
    expect(booleanPointInPolygon(p, u)).toBe(true);
  });
});

describe('boundary looks', () => {
  const ids = [
    'khorasan-historical',
    'khorasan-historical-classical',
    'iskp-claim-core',
    'iskp-claim-max',
    'iskp-claim-contested',
  ];
  const props = (id: string) => ({
    id,
    kind: id.startsWith('khorasan') ? ('historical' as const) : ('claim' as const),
    certainty: id === 'iskp-claim-contested' ? ('uncertain' as const) : ('core' as const),
  });

  test('historical boundaries are solid, claims dashed, the uncertain zone hatched', () => {
    for (const id of ids) {
      const look = boundaryLook(props(id), 'light');
      if (id.startsWith('khorasan')) expect(look.dash, id).toBeNull();
      else expect(look.dash, id).not.toBeNull();
    }
    expect(boundaryLook(props('iskp-claim-contested'), 'light').hatch).not.toBeNull();
  });

  test('every built-in boundary differs from every other without colour', () => {
    const shapes = ids.map((id) => {
      const { color: _color, fillOpacity: _f, lineLabel: _l, ...rest } = boundaryLook(props(id), 'light');
      return JSON.stringify(rest);
    });
    expect(new Set(shapes).size).toBe(ids.length);
  });
});

describe('hatch pattern', () => {
  test('tiles seamlessly: coverage is constant along each diagonal, across the tile edges too', () => {
    const size = 16;
    for (const direction of ['forward', 'backward'] as const) {
      const img = hatchImage('#c2331d', { size, lineWidth: 2, direction });
      const alpha = (x: number, y: number) => img.data[((y % size) * size + (x % size)) * 4 + 3];
      const step = direction === 'forward' ? 1 : size - 1; // (x+1, y+1) or (x+1, y-1), wrapping
      for (let y = 0; y < size; y++) {
        for (let x = 0; x < size; x++)
          expect(alpha(x + 1, y + step), `${direction} ${x},${y}`).toBe(alpha(x, y));
      }
    }
  });

  test('uses the given colour and leaves gaps transparent', () => {
    const img = hatchImage('rgb(10, 20, 30)', { size: 16, lineWidth: 2 });
    const alphas = [];
    for (let i = 3; i < img.data.length; i += 4) alphas.push(img.data[i]);
    expect(Math.max(...alphas)).toBe(255);
    expect(Math.min(...alphas)).toBe(0);
    expect([...img.data.slice(0, 3)]).toEqual([10, 20, 30]);
  });

  test('parseColor reads hex, short hex and rgb()', () => {
    expect(parseColor('#0f7b6c')).toEqual([15, 123, 108, 255]);
    expect(parseColor('#fff')).toEqual([255, 255, 255, 255]);
    expect(parseColor('rgba(1, 2, 3, 0.5)')).toEqual([1, 2, 3, 128]);
  });
});
