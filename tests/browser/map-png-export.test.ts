// The PNG export is for print: twice the map's CSS size by default (or a chosen width), the map redrawn at
// that resolution, with title, legend with marker sizes, scale bar and credits drawn in.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { commands } from 'vitest/browser';
import type { KhorasanMap } from '../../src/components/khorasan-map/khorasan-map.ts';
import type { KmExport } from '../../src/components/km-export/km-export.ts';
import { mountMap, settle } from './map-helpers.ts';

let el: KhorasanMap;
const exportPanel = () => el.shadowRoot!.querySelector<KmExport>('km-export')!;

beforeAll(async () => {
  el = await mountMap({ width: 1280, height: 674 });
  await settle(el);
}, 90_000);
afterAll(() => el?.remove());

async function pixelsOf(blob: Blob) {
  const bitmap = await createImageBitmap(blob);
  const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  return {
    width: bitmap.width,
    height: bitmap.height,
    data: ctx.getImageData(0, 0, bitmap.width, bitmap.height).data,
  };
}

async function save(blob: Blob, name: string): Promise<void> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  await commands.writeFile(`tests/output/${name}.png`, btoa(binary), 'base64');
}

test('a 920 px map exports at twice its size, redrawn (not scaled up), and the map keeps its resolution', async () => {
  const map = el.map!;
  const cssWidth = map.getContainer().clientWidth;
  expect(cssWidth).toBe(920);
  const ratio = map.getPixelRatio();
  const blob = await exportPanel().pngBlob();
  await save(blob, 'png-export-2x');
  const png = await pixelsOf(blob);
  expect(png.width).toBeGreaterThanOrEqual(1840);
  expect(png.width).toBe(cssWidth * 2);
  expect(png.height).toBe(map.getContainer().clientHeight * 2);
  expect(map.getPixelRatio()).toBe(ratio);
  expect(map.getCanvas().width).toBe(Math.round(cssWidth * ratio));
  // redrawn at 2×: neighbouring pixels differ as often as in a sharp image, not in 2×2 blocks of a scaled one
  let blockEdges = 0;
  let pairs = 0;
  const { data, width, height } = png;
  for (let y = height * 0.3; y < height * 0.6; y += 7) {
    for (let x = width * 0.3; x < width * 0.9; x += 2) {
      const i = (Math.floor(y) * width + Math.floor(x)) * 4;
      pairs++;
      if (Math.abs(data[i] - data[i + 4]) + Math.abs(data[i + 1] - data[i + 5]) > 40) blockEdges++;
    }
  }
  // x is even: in a 2× upscale pixel x and x+1 are one source pixel, so they (almost) never differ
  expect(blockEdges / pairs).toBeGreaterThan(0.005);
});

test('a chosen width is honoured, up to 4096 px', async () => {
  const png = await pixelsOf(await exportPanel().pngBlob({ width: 2400 }));
  expect(png.width).toBe(2400);
  expect(png.height).toBe(Math.round((2400 / 920) * el.map!.getContainer().clientHeight));
  expect((await pixelsOf(await exportPanel().pngBlob({ width: 9000 }))).width).toBe(4096);
});

test('title band, legend with sizes and the scale bar are drawn in', async () => {
  const legend = exportPanel().legend!;
  expect(legend.sizes?.map((s) => s.killed)).toEqual([10, 50, 150]);
  const png = await pixelsOf(await exportPanel().pngBlob());
  // the title band along the top is near-white paper with dark text on it
  let paper = 0;
  let ink = 0;
  for (let x = 0; x < png.width; x += 3) {
    for (let y = 2; y < 80; y += 3) {
      const i = (y * png.width + x) * 4;
      const sum = png.data[i] + png.data[i + 1] + png.data[i + 2];
      if (sum > 690) paper++;
      else if (sum < 200) ink++;
    }
  }
  expect(paper).toBeGreaterThan(ink * 5);
  expect(ink).toBeGreaterThan(50);
});
