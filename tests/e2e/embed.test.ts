// The built self-contained embed, dist/khorasan-map.js, in plain pages served from 127.0.0.1:
// a hostile host stylesheet, a strict Content-Security-Policy, run-time attribute changes, a bad
// events-src, and many maps on one page. Needs `npm run build` first (scripts/test.mjs does it).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StaticServer } from '../../scripts/static-server.ts';
import { launch, pixelDiff, recordedPage } from './browser.ts';
import {
  idle,
  mapPixels,
  NO_PROBLEMS,
  partText,
  problems,
  recorded,
  requireBuild,
  STRICT_CSP,
  serveBuild,
  waitForReady,
} from './helpers.ts';

const KERMAN = '2024-01-03-kerman-soleimani-memorial';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  requireBuild();
  server = await serveBuild();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Computed styles inside the element that a host stylesheet must not reach. */
function insideStyles(page: Page, id: string) {
  return page.evaluate((elementId) => {
    const root = document.getElementById(elementId)!.shadowRoot!;
    const title = root.querySelector('.title') ?? root.querySelector('h2, h3')!;
    const canvas = root.querySelector('canvas')!;
    const t = getComputedStyle(title);
    return {
      titleFont: t.fontFamily,
      titleColor: t.color,
      titleSize: Number.parseFloat(t.fontSize),
      canvasDisplay: getComputedStyle(canvas).display,
    };
  }, id);
}

describe('dist/khorasan-map.js on a plain page', () => {
  for (const csp of [false, true]) {
    test(`two maps with different attributes on a hostile page${csp ? ', under a strict CSP' : ''}`, async () => {
      server.setHeaders(csp ? { 'content-security-policy': STRICT_CSP } : {});
      const { page, log } = await recordedPage(browser, server.origin);
      try {
        await page.goto(`${server.origin}/e2e/two-maps.html`);
        await page.locator('#b').scrollIntoViewIfNeeded();
        await waitForReady(page, ['a', 'b']);
        // Each element took the attributes written in the page (parsed before the element was defined).
        const states = await page.evaluate(() =>
          ['a', 'b'].map(
            (id) => (document.getElementById(id) as unknown as { state: Record<string, unknown> }).state,
          ),
        );
        expect(states[0]).toMatchObject({
          boundaries: ['khorasan-historical', 'iskp-claim-core'],
          mode: 'overlay',
        });
        expect(states[1]).toMatchObject({
          mode: 'swipe',
          compare: ['khorasan-historical', 'iskp-claim-max'],
          view: { center: [57.1, 30.3], zoom: 5 },
        });
        const suffix = csp ? '-csp' : '';
        const shots = [];
        for (const id of ['a', 'b']) {
          await idle(page, id);
          const { stats, png } = await mapPixels(browser, page, id, `e2e-hostile-${id}${suffix}`);
          shots.push(png);
          // A rendered basemap: land, water, borders, boundaries and markers, not one flat colour.
          expect(stats.colours, `#${id} colours`).toBeGreaterThan(40);
          expect(stats.nonDominant, `#${id} non-background share`).toBeGreaterThan(0.15);
          const inside = await insideStyles(page, id);
          expect(inside.canvasDisplay).not.toBe('none');
          expect(inside.titleFont).not.toMatch(/courier/i);
          expect(inside.titleColor).not.toBe('rgb(255, 0, 255)');
          expect(inside.titleSize).toBeLessThan(24);
        }
        // Different attributes give different maps (light overlay vs dark swipe).
        expect(await pixelDiff(browser, shots[0], shots[1])).toBeGreaterThan(0.2);
        await page.screenshot({ path: `tests/output/e2e-hostile-page${suffix}.png` });

        const seen = await recorded(page);
        expect(seen.errors).toEqual([]);
        expect(seen.violations).toEqual([]);
        expect(problems(log)).toEqual(NO_PROBLEMS);
        // Everything came from the page's origin: the script, maplibre's worker and the geodata. The
        // analysis worker is not needed for the built-in data until an event is selected or exported.
        const files = log.requests.map((url) => new URL(url).pathname);
        expect(files).toContain('/khorasan-map.js');
        expect(files.some((f) => /\/khorasan-map-assets\/maplibre-gl-worker-[\w-]+\.mjs$/.test(f))).toBe(
          true,
        );
        expect(files.some((f) => /analysis\.worker/.test(f))).toBe(false);
        expect(files.some((f) => /basemap-region\.topo-[\w-]+\.json$/.test(f))).toBe(true);
        expect(files.some((f) => /embed-importers/.test(f))).toBe(false);
      } finally {
        await page.context().close();
      }
    });
  }

  test("under plain default-src 'self' only inline style attributes and data: images are refused", async () => {
    // Why the policy needs style-src 'unsafe-inline' and img-src data:, and that it needs nothing more:
    // scripts, workers and data loads all pass with 'self' alone.
    server.setHeaders({ 'content-security-policy': "default-src 'self'" });
    const { page, log } = await recordedPage(browser, server.origin);
    try {
      await page.goto(`${server.origin}/e2e/two-maps.html`);
      await page.locator('#b').scrollIntoViewIfNeeded();
      await waitForReady(page, ['a', 'b']);
      await idle(page, 'b');
      const seen = await recorded(page);
      const refused = [...new Set(seen.violations.map((v) => `${v.directive} ${v.blocked}`))].sort();
      expect(refused).toEqual(['img-src data', 'style-src-attr inline']);
      expect(seen.errors).toEqual([]);
      expect(log.pageErrors).toEqual([]);
      expect(log.offOrigin).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  test('attributes changed at run time take effect: selected, boundaries, mode', async () => {
    server.setHeaders({ 'content-security-policy': STRICT_CSP });
    const { page, log } = await recordedPage(browser, server.origin);
    try {
      await page.goto(`${server.origin}/e2e/two-maps.html`);
      await waitForReady(page, ['a']);
      await idle(page, 'a');
      const before = await mapPixels(browser, page, 'a', 'e2e-runtime-0-initial');

      // selected: selects the event, fires khorasan-select, opens the details panel.
      await page.evaluate((id) => document.getElementById('a')!.setAttribute('selected', id), KERMAN);
      await page.waitForFunction(
        (id) =>
          (window as unknown as { __km: { selects: { selected: string }[] } }).__km.selects.some(
            (s) => s.selected === id,
          ),
        KERMAN,
      );
      await expect.poll(() => partText(page, 'a', 'details'), { timeout: 10_000 }).toMatch(/Kerman/);
      expect(
        await page.evaluate(() => (document.getElementById('a') as unknown as { selected: string }).selected),
      ).toBe(KERMAN);

      // boundaries: only the maximal claim is drawn.
      await page.evaluate(() => document.getElementById('a')!.setAttribute('boundaries', 'iskp-claim-max'));
      await idle(page, 'a');
      const visibility = await page.evaluate(() => {
        const map = (
          document.getElementById('a') as unknown as {
            map: { getLayoutProperty(l: string, p: string): string };
          }
        ).map;
        const v = (id: string) => map.getLayoutProperty(`km-b-${id}-line`, 'visibility');
        return { max: v('iskp-claim-max'), historical: v('khorasan-historical'), core: v('iskp-claim-core') };
      });
      expect(visibility).toEqual({ max: 'visible', historical: 'none', core: 'none' });
      const boundariesShot = await mapPixels(browser, page, 'a', 'e2e-runtime-1-boundaries');
      expect(await pixelDiff(browser, before.png, boundariesShot.png)).toBeGreaterThan(0.01);

      // mode: difference shades A∩B, A−B and B−A once the worker has compared the pair.
      await page.evaluate(() => document.getElementById('a')!.setAttribute('mode', 'difference'));
      await page.waitForFunction(
        () => {
          const el = document.getElementById('a') as unknown as {
            mode: string;
            map: { getLayer(id: string): unknown; getLayoutProperty(l: string, p: string): string };
          };
          return (
            el.mode === 'difference' &&
            el.map.getLayer('km-diff-tint') &&
            el.map.getLayoutProperty('km-diff-tint', 'visibility') !== 'none'
          );
        },
        null,
        { timeout: 30_000 },
      );
      await idle(page, 'a');
      const differenceShot = await mapPixels(browser, page, 'a', 'e2e-runtime-2-difference');
      expect(await pixelDiff(browser, boundariesShot.png, differenceShot.png)).toBeGreaterThan(0.01);

      const seen = await recorded(page);
      expect(seen.errors).toEqual([]);
      expect(seen.violations).toEqual([]);
      expect(problems(log)).toEqual(NO_PROBLEMS);
    } finally {
      await page.context().close();
    }
  });

  test('a bad events-src fires khorasan-error, shows a message, and the built-in events stay', async () => {
    server.setHeaders({ 'content-security-policy': STRICT_CSP });
    const { page, log } = await recordedPage(browser, server.origin);
    try {
      await page.goto(`${server.origin}/e2e/blank.html`);
      await page.evaluate(() => {
        const el = document.createElement('khorasan-map');
        el.id = 'c';
        el.setAttribute('theme', 'light');
        el.setAttribute('events-src', '/fixtures/no-such-events.csv');
        document.body.append(el);
      });
      await waitForReady(page, ['c']);
      await page.waitForFunction(
        () =>
          (window as unknown as { __km: { errors: { id: string }[] } }).__km.errors.some((e) => e.id === 'c'),
        null,
        { timeout: 20_000 },
      );
      const seen = await recorded(page);
      const message = seen.errors.find((e) => e.id === 'c')!.message;
      expect(message).toMatch(/no-such-events\.csv/);
      // The same message is readable inside the map.
      await expect.poll(() => partText(page, 'c', 'status')).toContain('no-such-events.csv');
      expect(await page.locator('#c').locator('[part~="status"]').first().isVisible()).toBe(true);
      // The built-in events are still loaded and drawn.
      await idle(page, 'c');
      const events = await page.evaluate(() => {
        const el = document.getElementById('c') as unknown as {
          events: unknown[];
          map: { queryRenderedFeatures(o: { layers: string[] }): unknown[]; getLayer(id: string): unknown };
        };
        const layers = ['km-ev-clusters', 'km-ev-circles', 'km-ev-squares'].filter((l) => el.map.getLayer(l));
        return { loaded: el.events.length, drawn: el.map.queryRenderedFeatures({ layers }).length };
      });
      expect(events.loaded).toBeGreaterThanOrEqual(100);
      expect(events.drawn).toBeGreaterThan(5);
      await mapPixels(browser, page, 'c', 'e2e-bad-events-src');
      expect(seen.violations).toEqual([]);
      // The failed fetch is the only failure (Chromium logs its 404 as a console error).
      expect(log.failed).toEqual([`404 ${server.origin}/fixtures/no-such-events.csv`]);
      expect(log.consoleErrors.filter((e) => !/404/.test(e))).toEqual([]);
      expect(log.offOrigin).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  test('events-src, events-mode, boundaries-src and interactive', async () => {
    server.setHeaders({ 'content-security-policy': STRICT_CSP });
    const { page, log } = await recordedPage(browser, server.origin);
    const mount = (id: string, attrs: Record<string, string>) =>
      page.evaluate(
        ([elementId, attributes]) => {
          const el = document.createElement('khorasan-map');
          el.id = elementId;
          el.style.setProperty('--km-height', '420px');
          for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
          document.body.append(el);
        },
        [id, attrs] as const,
      );
    type Probe = {
      events: { properties: { id: string } }[];
      boundaryFeatures: { properties: { id: string; kind: string } }[];
      map: {
        getLayoutProperty(l: string, p: string): string;
        getLayer(id: string): unknown;
        dragPan: { isEnabled(): boolean };
        scrollZoom: { isEnabled(): boolean };
      };
    };
    const probe = (id: string) =>
      page.evaluate((elementId) => {
        const el = document.getElementById(elementId) as unknown as Probe;
        return {
          events: el.events.map((e) => e.properties.id),
          boundaries: el.boundaryFeatures.map((b) => `${b.properties.id}:${b.properties.kind}`),
          zoneLine: el.map.getLayer('km-b-custom-test-zone-line')
            ? el.map.getLayoutProperty('km-b-custom-test-zone-line', 'visibility')
            : 'absent',
          interactive: el.map.dragPan.isEnabled() && el.map.scrollZoom.isEnabled(),
        };
      }, id);
    try {
      await page.goto(`${server.origin}/e2e/blank.html`);
      await mount('added', {
        theme: 'light',
        'events-src': '/fixtures/embed/extra-events.csv',
        'boundaries-src': '/fixtures/embed/extra-boundary.geojson',
        boundaries: 'khorasan-historical custom-test-zone',
        interactive: 'false',
      });
      await waitForReady(page, ['added']);
      const added = await probe('added');
      // The CSV's rows keep their ACLED ids (event_id_cnty) and join the built-in events.
      const extra = added.events.filter((id) => id.startsWith('TST'));
      expect(extra.sort()).toEqual(['TST1', 'TST2', 'TST3']);
      expect(added.events.length - extra.length).toBeGreaterThanOrEqual(100);
      expect(added.boundaries).toContain('custom-test-zone:custom');
      expect(added.zoneLine).toBe('visible');
      expect(added.interactive).toBe(false);
      await page.evaluate(() => document.getElementById('added')!.setAttribute('interactive', 'true'));
      expect((await probe('added')).interactive).toBe(true);
      await idle(page, 'added');
      await mapPixels(browser, page, 'added', 'e2e-extra-sources');

      await mount('replaced', {
        theme: 'light',
        'events-src': '/fixtures/embed/extra-events.csv',
        'events-mode': 'replace',
      });
      await page.locator('#replaced').scrollIntoViewIfNeeded();
      await waitForReady(page, ['replaced']);
      expect((await probe('replaced')).events.sort()).toEqual(['TST1', 'TST2', 'TST3']);

      const seen = await recorded(page);
      expect(seen.errors).toEqual([]);
      expect(seen.violations).toEqual([]);
      expect(problems(log)).toEqual(NO_PROBLEMS);
      // The importers are a separate file, fetched only because events-src was used.
      expect(log.requests.some((url) => /embed-importers-[\w-]+\.js$/.test(url))).toBe(true);
    } finally {
      await page.context().close();
    }
  });

  test('loading the embed twice (two URLs, two copies of every module) breaks nothing', async () => {
    server.setHeaders({ 'content-security-policy': STRICT_CSP });
    const { page, log } = await recordedPage(browser, server.origin);
    try {
      await page.goto(`${server.origin}/e2e/twice.html`);
      await waitForReady(page, ['t1']);
      const files = log.requests.map((url) => new URL(url).pathname);
      expect(files).toContain('/copy/khorasan-map.js');
      await idle(page, 't1');
      const { stats } = await mapPixels(browser, page, 't1', 'e2e-twice');
      expect(stats.colours).toBeGreaterThan(40);
      expect((await recorded(page)).errors).toEqual([]);
      expect(problems(log)).toEqual(NO_PROBLEMS);
    } finally {
      await page.context().close();
    }
  });

  test('five maps on one page: created when scrolled near, each independent, released on removal', async () => {
    server.setHeaders({ 'content-security-policy': STRICT_CSP });
    const { page, log } = await recordedPage(browser, server.origin);
    const ids = ['m1', 'm2', 'm3', 'm4', 'm5'];
    const hasMap = () =>
      page.evaluate(
        (all) => all.map((id) => Boolean((document.getElementById(id) as unknown as { map?: unknown }).map)),
        ids,
      );
    try {
      await page.goto(`${server.origin}/e2e/many-maps.html`);
      await waitForReady(page, ['m1']);
      // Only the map near the viewport exists so far.
      expect(await hasMap()).toEqual([true, false, false, false, false]);
      for (const id of ids.slice(1)) {
        await page.locator(`#${id}`).scrollIntoViewIfNeeded();
        await waitForReady(page, [id]);
      }
      expect(await hasMap()).toEqual([true, true, true, true, true]);
      for (const id of ids) {
        await page.locator(`#${id}`).scrollIntoViewIfNeeded();
        await idle(page, id);
        const { stats } = await mapPixels(browser, page, id, `e2e-many-${id}`);
        expect(stats.colours, `#${id}`).toBeGreaterThan(30);
      }
      // Panels and state of one instance never affect another.
      await page.evaluate((id) => document.getElementById('m2')!.setAttribute('selected', id), KERMAN);
      const selected = await page.evaluate(
        (all) =>
          all.map((id) => (document.getElementById(id) as unknown as { selected: string | null }).selected),
        ids,
      );
      expect(selected).toEqual([null, KERMAN, null, null, null]);
      const modes = await page.evaluate(
        (all) => all.map((id) => (document.getElementById(id) as unknown as { mode: string }).mode),
        ids,
      );
      expect(modes).toEqual(['overlay', 'swipe', 'difference', 'overlay', 'overlay']);

      // Removing an element removes its map and loses its WebGL context; the others keep working.
      const lost = await page.evaluate(async () => {
        const el = document.getElementById('m1') as unknown as HTMLElement & {
          map?: { getCanvas(): HTMLCanvasElement };
        };
        const canvas = el.map!.getCanvas();
        const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
        el.remove();
        await new Promise((r) => setTimeout(r, 100));
        return { contextLost: gl.isContextLost(), map: Boolean(el.map) };
      });
      expect(lost).toEqual({ contextLost: true, map: false });
      await page.locator('#m3').scrollIntoViewIfNeeded();
      await idle(page, 'm3');
      const seen = await recorded(page);
      expect(seen.errors).toEqual([]);
      expect(seen.violations).toEqual([]);
      expect(problems(log)).toEqual(NO_PROBLEMS);
    } finally {
      await page.context().close();
    }
  });
});
