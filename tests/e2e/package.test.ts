// The npm package (dist/lib) as another app uses it: an app that imports `khorasan-map` and
// `khorasan-map/analysis` by name is built with vite (which must copy the geodata and the workers the
// package references) and run in Chromium under the strict CSP.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type StaticServer, startStaticServer } from '../../scripts/static-server.ts';
import { launch, recordedPage } from './browser.ts';
import { NO_PROBLEMS, problems, requireBuild, STRICT_CSP } from './helpers.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  requireBuild();
  const outDir = mkdtempSync(join(tmpdir(), 'km-consumer-'));
  // As a consumer's `vite build` runs: NODE_ENV=production (vitest sets it to "test", which would make
  // vite resolve Lit's development build and hide a dev-mode package behind the test runner's setting).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({
    root: 'tests/e2e/consumer',
    configFile: false,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  }).finally(() => {
    process.env.NODE_ENV = nodeEnv;
  });
  server = await startStaticServer({ '/': outDir });
  server.setHeaders({ 'content-security-policy': STRICT_CSP });
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('an app built with the npm package shows the map, classified, with no extra set-up', async () => {
  const { page, log } = await recordedPage(browser, server.origin);
  try {
    await page.goto(`${server.origin}/`);
    const result = await page.evaluate(async () => {
      await customElements.whenDefined('khorasan-map');
      const el = document.querySelector('khorasan-map') as unknown as {
        whenReady(): Promise<void>;
        events: unknown[];
        classifications: unknown[] | null;
        loadClassifications(): Promise<unknown[] | null>;
      };
      await el.whenReady();
      const atStart = el.classifications;
      const workerAtStart = performance
        .getEntriesByType('resource')
        .some((entry) => /analysis\.worker/.test(entry.name));
      return {
        exports: (window as unknown as { __consumer: unknown }).__consumer,
        events: el.events.length,
        atStart,
        workerAtStart,
        classified: (await el.loadClassifications())?.length ?? 0,
      };
    });
    expect(result.exports).toEqual({ element: 'function', stateToHash: 'function', classify: 'function' });
    expect(result.events).toBeGreaterThanOrEqual(100);
    // inside/outside of the built-in data is precomputed; the distances are computed in the worker on demand
    expect(result.atStart).toBeNull();
    expect(result.workerAtStart).toBe(false);
    expect(result.classified).toBe(result.events);
    const files = log.requests.map((url) => new URL(url).pathname);
    expect(files.some((f) => /maplibre-gl-worker.*\.mjs$/.test(f))).toBe(true);
    expect(files.some((f) => /analysis\.worker.*\.js$/.test(f))).toBe(true);
    expect(problems(log)).toEqual(NO_PROBLEMS);
  } finally {
    await page.context().close();
  }
});
