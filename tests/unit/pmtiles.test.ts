// The PMTiles pieces that run without a browser: the project's archive writer read back by the `pmtiles`
// package (header, directories with and without leaf directories, deduplicated tiles, metadata), the
// committed demo archive (its size budget, its layers, a tile over Kabul), and the fitting of the Protomaps
// layers to the element (local font stacks, no icons, the overlay anchor below the first label layer).
import { readFileSync, statSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { layers, namedFlavor } from '@protomaps/basemaps';
import type { LayerSpecification } from 'maplibre-gl';
import { PMTiles, type Source } from 'pmtiles';
import { describe, expect, test } from 'vitest';
import { writePmtiles } from '../../geodata/pmtiles-writer.mjs';
import { fitLayers, localTextFont, pmtilesStyle } from '../../src/map/pmtiles-basemap.ts';
import { FIRST_LABEL_LAYER, FONT_BOLD, FONT_REGULAR } from '../../src/map/style.ts';

const DEMO = 'public/basemap/khorasan-demo.pmtiles';

/** A pmtiles Source over bytes in memory. */
function memory(bytes: Buffer): Source {
  return {
    getKey: () => 'memory',
    getBytes: async (offset, length) => ({
      data: bytes.buffer.slice(bytes.byteOffset + offset, bytes.byteOffset + offset + length) as ArrayBuffer,
    }),
  };
}

const OPTIONS = {
  bounds: [44, 23, 80, 45] as [number, number, number, number],
  center: [69.17, 34.53] as [number, number],
  centerZoom: 6,
  metadata: { name: 'test', vector_layers: [{ id: 'earth' }] },
};

describe('PMTiles writer', () => {
  test('writes an archive the pmtiles reader reads back: header, metadata and every tile', async () => {
    const tiles = [];
    for (let z = 0; z <= 3; z++)
      for (let x = 0; x < 2 ** z; x++)
        for (let y = 0; y < 2 ** z; y++) tiles.push({ z, x, y, data: gzipSync(`tile ${z}/${x}/${y}`) });
    const archive = new PMTiles(memory(writePmtiles(tiles, OPTIONS)));
    const header = await archive.getHeader();
    expect(header.specVersion).toBe(3);
    expect([header.minZoom, header.maxZoom]).toEqual([0, 3]);
    expect([header.minLon, header.minLat, header.maxLon, header.maxLat]).toEqual(OPTIONS.bounds);
    expect([header.centerLon, header.centerLat, header.centerZoom]).toEqual([69.17, 34.53, 6]);
    expect(header.numAddressedTiles).toBe(tiles.length);
    expect(await archive.getMetadata()).toEqual(OPTIONS.metadata);
    for (const t of tiles) {
      const got = await archive.getZxy(t.z, t.x, t.y);
      expect(Buffer.from(got!.data).toString()).toBe(`tile ${t.z}/${t.x}/${t.y}`);
    }
    expect(await archive.getZxy(4, 0, 0)).toBeUndefined();
  });

  test('stores identical tiles once, and splits a large directory into leaf directories', async () => {
    const same = gzipSync('the same full square of land');
    const tiles = [];
    // 4^8 = 65,536 tiles at z8, every other one unique: too many entries for a 16 KiB root directory
    for (let x = 0; x < 256; x++)
      for (let y = 0; y < 256; y++)
        tiles.push({ z: 8, x, y, data: (x + y) % 2 ? same : gzipSync(`unique ${x}/${y}`) });
    const bytes = writePmtiles(tiles, OPTIONS);
    const archive = new PMTiles(memory(bytes));
    const header = await archive.getHeader();
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(header.rootDirectoryOffset + header.rootDirectoryLength).toBeLessThanOrEqual(16384);
    expect(header.numTileContents).toBe(256 * 128 + 1);
    for (const [x, y] of [
      [0, 0],
      [0, 1],
      [200, 17],
      [255, 255],
      [128, 3],
    ]) {
      const got = Buffer.from((await archive.getZxy(8, x, y))!.data).toString();
      expect(got).toBe((x + y) % 2 ? 'the same full square of land' : `unique ${x}/${y}`);
    }
  });
});

describe('the demo archive', () => {
  test('is at most 2 MB, z0–10, in the Protomaps layers, with a tile over Kabul', async () => {
    const bytes = readFileSync(DEMO);
    expect(statSync(DEMO).size).toBeLessThanOrEqual(2 * 1024 * 1024);
    const archive = new PMTiles(memory(bytes));
    const header = await archive.getHeader();
    expect([header.minZoom, header.maxZoom]).toEqual([0, 10]);
    const metadata = (await archive.getMetadata()) as {
      vector_layers: { id: string }[];
      attribution: string;
    };
    expect(metadata.vector_layers.map((l) => l.id)).toEqual(['earth', 'water', 'boundaries', 'places']);
    expect(metadata.attribution).toMatch(/Natural Earth/);
    // Kabul (69.17, 34.53) at z10 is tile 708/407; MVT layer names are plain strings in the tile
    const tile = await archive.getZxy(10, 708, 407);
    const pbf = Buffer.from(tile!.data);
    expect(pbf.includes('earth')).toBe(true);
    expect(pbf.includes('Kabul')).toBe(true);
    expect(() => gunzipSync(pbf)).toThrow(); // the reader already decompressed it
  });
});

describe('Protomaps layers fitted to the element', () => {
  const protomaps = layers('protomaps', namedFlavor('light'), {
    lang: 'en',
  }) as unknown as LayerSpecification[];
  const fitted = fitLayers(protomaps);
  const json = JSON.stringify(fitted);

  test('every label uses the local font stacks; no Protomaps font or icon is left', () => {
    expect(json).not.toMatch(/Noto Sans (Regular|Medium|Italic|Devanagari)/);
    expect(json).not.toContain('icon-image');
    expect(fitted.find((l) => l.id === 'roads_oneway')).toBeUndefined(); // icons only
    const country = fitted.find((l) => l.id === 'places_country') as { layout: Record<string, unknown> };
    expect(country.layout['text-font']).toEqual(FONT_BOLD);
    expect(localTextFont(['Noto Sans Italic'])).toEqual(FONT_REGULAR);
    expect(
      localTextFont([
        'case',
        ['<=', ['get', 'min_zoom'], 5],
        ['literal', ['Noto Sans Medium']],
        ['literal', ['Noto Sans Regular']],
      ]),
    ).toEqual(['case', ['<=', ['get', 'min_zoom'], 5], ['literal', FONT_BOLD], ['literal', FONT_REGULAR]]);
  });

  test('overlays go below the first label layer, above every shape', () => {
    const anchor = fitted.findIndex((l) => l.id === FIRST_LABEL_LAYER);
    expect(fitted[anchor + 1].type).toBe('symbol');
    expect(fitted.slice(0, anchor).every((l) => l.type !== 'symbol')).toBe(true);
  });

  test('the style has no glyphs or sprite and reads tiles only through pmtiles://', () => {
    const style = pmtilesStyle(
      {
        url: 'http://127.0.0.1:1/a.pmtiles',
        minzoom: 0,
        maxzoom: 10,
        bounds: [44, 23, 80, 45],
        attribution: 'x',
      },
      protomaps,
    );
    expect('glyphs' in style).toBe(false);
    expect('sprite' in style).toBe(false);
    expect(style.sources.protomaps).toMatchObject({
      tiles: ['pmtiles://http://127.0.0.1:1/a.pmtiles/{z}/{x}/{y}'],
    });
  });
});
