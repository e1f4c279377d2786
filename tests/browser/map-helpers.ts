// Helpers for the <khorasan-map> browser tests: mounting, waiting, screenshots as pixels, and a small
// PNG comparison (per-pixel RGBA difference with a threshold, and an allowed fraction of differing pixels).
import { commands, page } from 'vitest/browser';
import '../../src/components/khorasan-map/khorasan-map.ts';
import type { KhorasanMap } from '../../src/components/khorasan-map/khorasan-map.ts';
import { loadTestFonts, TEST_UI_FONT } from './test-fonts.ts';

export interface MountOptions {
  attributes?: Record<string, string>;
  width?: number;
  height?: number;
  /** Extra page CSS (e.g. hiding parts with ::part). */
  css?: string;
  /** Properties set before the element is connected (e.g. `dataUrls`). */
  properties?: Partial<Pick<KhorasanMap, 'dataUrls'>>;
}

let style: HTMLStyleElement | null = null;

/** Mounts a fresh element and resolves once it fired `khorasan-ready`. */
export async function mountMap(options: MountOptions = {}): Promise<KhorasanMap> {
  // Nothing is awaited before the new element is in the page: callers look it up right after the call.
  // The test fonts are loaded by setup-fonts.ts before the test file runs.
  for (const old of document.querySelectorAll('khorasan-map')) old.remove();
  style?.remove();
  style = document.createElement('style');
  style.textContent = `body { margin: 0; } ${options.css ?? ''}`;
  document.head.append(style);
  const el = document.createElement('khorasan-map');
  el.style.width = `${options.width ?? 1000}px`;
  el.style.height = `${options.height ?? 700}px`;
  el.style.setProperty('--km-height', `${options.height ?? 700}px`);
  el.style.setProperty('--km-font', TEST_UI_FONT);
  el.setAttribute('theme', 'light');
  for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
  Object.assign(el, options.properties);
  const ready = waitForEvent(el, 'khorasan-ready', 45_000);
  document.body.append(el);
  await loadTestFonts(); // already loaded by setup-fonts.ts; kept so a file without the setup still gets them
  await ready;
  return el;
}

export function waitForEvent<T = unknown>(
  target: EventTarget,
  type: string,
  timeoutMs = 20_000,
): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${timeoutMs} ms`)), timeoutMs);
    target.addEventListener(
      type,
      (e) => {
        clearTimeout(timer);
        resolve(e as CustomEvent<T>);
      },
      { once: true },
    );
  });
}

/** Waits until the map (and, in swipe mode, the second map) has rendered everything. */
export async function settle(el: KhorasanMap): Promise<void> {
  await el.updateComplete;
  const map = el.map!;
  await new Promise<void>((resolve) => {
    if (map.loaded() && !map.isMoving()) {
      map.once('idle', () => resolve());
      map.triggerRepaint();
    } else map.once('idle', () => resolve());
  });
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export async function decodePng(base64: string): Promise<Pixels> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
  return { width: bitmap.width, height: bitmap.height, data };
}

export async function encodePng(pixels: Pixels): Promise<string> {
  const canvas = new OffscreenCanvas(pixels.width, pixels.height);
  canvas
    .getContext('2d')!
    .putImageData(new ImageData(new Uint8ClampedArray(pixels.data), pixels.width, pixels.height), 0, 0);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Screenshot of an element, saved under tests/output/<name>.png, returned as pixels. */
export async function shoot(element: Element, name: string): Promise<{ pixels: Pixels; base64: string }> {
  const { base64 } = await page.screenshot({ element, base64: true, path: `../output/${name}.png` });
  return { pixels: await decodePng(base64), base64 };
}

export interface DiffResult {
  differing: number;
  total: number;
  fraction: number;
  diff: Pixels;
}

/** A pixel differs when any RGBA channel differs by more than `threshold` (0..255). */
export function comparePixels(actual: Pixels, expected: Pixels, threshold = 32): DiffResult {
  if (actual.width !== expected.width || actual.height !== expected.height) {
    throw new Error(
      `size differs: ${actual.width}×${actual.height} vs expected ${expected.width}×${expected.height}`,
    );
  }
  const diff = new Uint8ClampedArray(actual.data.length);
  let differing = 0;
  for (let i = 0; i < actual.data.length; i += 4) {
    let max = 0;
    for (let c = 0; c < 4; c++) max = Math.max(max, Math.abs(actual.data[i + c] - expected.data[i + c]));
    const bad = max > threshold;
    if (bad) differing++;
    // diff image: red where different, faded original elsewhere
    diff[i] = bad ? 255 : actual.data[i] * 0.3 + 178;
    diff[i + 1] = bad ? 0 : actual.data[i + 1] * 0.3 + 178;
    diff[i + 2] = bad ? 0 : actual.data[i + 2] * 0.3 + 178;
    diff[i + 3] = 255;
  }
  const total = actual.width * actual.height;
  return {
    differing,
    total,
    fraction: differing / total,
    diff: { width: actual.width, height: actual.height, data: diff },
  };
}

/**
 * Compares a screenshot with tests/browser/expected/<name>.png. With UPDATE_EXPECTED=1 (and only then)
 * a missing or different expected file is (re)written from the screenshot instead.
 */
export async function matchExpected(
  base64: string,
  name: string,
  { threshold = 32, allowedFraction = 0.01 } = {},
): Promise<DiffResult | 'updated'> {
  const path = `tests/browser/expected/${name}.png`;
  // vite exposes VITE_* variables of the environment to the test page
  const update = import.meta.env.VITE_UPDATE_EXPECTED === '1';
  let expectedBase64: string | null = null;
  try {
    expectedBase64 = await commands.readFile(path, 'base64');
  } catch {
    expectedBase64 = null;
  }
  if (update) {
    await commands.writeFile(path, base64, 'base64');
    return 'updated';
  }
  if (expectedBase64 === null) {
    throw new Error(`missing ${path}: run with VITE_UPDATE_EXPECTED=1 once, look at the file, and commit it`);
  }
  const result = comparePixels(await decodePng(base64), await decodePng(expectedBase64), threshold);
  await commands.writeFile(`tests/output/${name}.diff.png`, await encodePng(result.diff), 'base64');
  if (result.fraction > allowedFraction) {
    throw new Error(
      `${name}: ${(result.fraction * 100).toFixed(2)} % of pixels differ (allowed ${(allowedFraction * 100).toFixed(2)} %); see tests/output/${name}.diff.png`,
    );
  }
  return result;
}

/** Mean RGB of a (2r+1)² box around a point of a screenshot. */
export function meanColor(p: Pixels, x: number, y: number, r = 3): [number, number, number] {
  const sum = [0, 0, 0];
  let n = 0;
  for (let dy = -r; dy <= r; dy++) {
    for (let dx = -r; dx <= r; dx++) {
      const px = Math.round(x + dx);
      const py = Math.round(y + dy);
      if (px < 0 || py < 0 || px >= p.width || py >= p.height) continue;
      const i = (py * p.width + px) * 4;
      sum[0] += p.data[i];
      sum[1] += p.data[i + 1];
      sum[2] += p.data[i + 2];
      n++;
    }
  }
  return sum.map((s) => s / n) as [number, number, number];
}

export function colorDistance(a: readonly number[], b: readonly number[]): number {
  return Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]);
}

/** The shadow-root element matching a selector. */
export function inShadow<T extends Element>(el: Element, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the shadow root`);
  return found;
}

/** Polls `check` every 50 ms until it holds; fails after `ms` with what was awaited. */
export async function until(check: () => boolean, what: string, ms = 30_000): Promise<void> {
  const t0 = performance.now();
  while (!check()) {
    if (performance.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Records the script URL of every Worker the page starts from now on. */
export function recordWorkers(): string[] {
  const started: string[] = [];
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      started.push(String(url));
      super(url, options);
    }
  };
  return started;
}
