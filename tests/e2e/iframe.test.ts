// The iframe embed (embed.html), its resize messages, the example pages and the Share / Embed dialog,
// all from the built dist/ under the strict CSP.
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
  requireBuild,
  STRICT_CSP,
  saveScreenshot,
  serveBuild,
  waitForReady,
} from './helpers.ts';

const KERMAN = '2024-01-03-kerman-soleimani-memorial';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  requireBuild();
  server = await serveBuild();
  server.setHeaders({ 'content-security-policy': STRICT_CSP });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type MapElement = HTMLElement & { state: Record<string, unknown>; whenReady(): Promise<void> };

/** Waits for the page's first <khorasan-map> to be ready and gives it the id `map` if it has none. */
async function readyMap(page: Page): Promise<string> {
  return page.evaluate(async () => {
    await customElements.whenDefined('khorasan-map');
    const el = document.querySelector('khorasan-map') as unknown as MapElement;
    el.id ||= 'map';
    await el.whenReady();
    return el.id;
  });
}

const stateOf = (page: Page, id: string) =>
  page.evaluate((elementId) => (document.getElementById(elementId) as MapElement).state, id);

describe('iframe embed and sharing', () => {
  test('embed.html with parameters restores the same state as the element with attributes', async () => {
    const attributes: Record<string, string> = {
      boundaries: 'khorasan-historical iskp-claim-max',
      'active-boundary': 'iskp-claim-max',
      mode: 'swipe',
      compare: 'khorasan-historical iskp-claim-max',
      from: '2020-01-01',
      to: '2024-06-30',
      center: '57.08,30.28',
      zoom: '5.5',
      selected: KERMAN,
      theme: 'light',
    };
    const query = new URLSearchParams(
      Object.entries(attributes).map(([k, v]) => [k, v.includes(' ') ? v.split(' ').join(',') : v]),
    );
    const framed = await recordedPage(browser, server.origin);
    const direct = await recordedPage(browser, server.origin);
    try {
      await framed.page.goto(`${server.origin}/embed.html?${query}`);
      const framedId = await readyMap(framed.page);
      await direct.page.goto(`${server.origin}/e2e/attributes.html`);
      await direct.page.evaluate((attrs) => {
        const el = document.createElement('khorasan-map');
        el.id = 'map';
        for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
        document.body.append(el);
      }, attributes);
      await waitForReady(direct.page, ['map']);

      const [a, b] = [await stateOf(framed.page, framedId), await stateOf(direct.page, 'map')];
      expect(a).toEqual(b);
      expect(a).toMatchObject({
        mode: 'swipe',
        selected: KERMAN,
        view: { center: [57.08, 30.28], zoom: 5.5 },
      });

      // Same state, same size: the same picture.
      await idle(framed.page, framedId);
      await idle(direct.page, 'map');
      const one = await mapPixels(browser, framed.page, framedId, 'e2e-embed-page');
      const two = await mapPixels(browser, direct.page, 'map', 'e2e-embed-element');
      expect(one.stats.width).toBe(two.stats.width);
      expect(await pixelDiff(browser, one.png, two.png)).toBeLessThan(0.02);
      expect(problems(framed.log)).toEqual(NO_PROBLEMS);
      expect(problems(direct.log)).toEqual(NO_PROBLEMS);
    } finally {
      await framed.page.context().close();
      await direct.page.context().close();
    }
  });

  test('the iframe example: frames post their height and the parent applies it', async () => {
    const { page, log } = await recordedPage(browser, server.origin);
    try {
      await page.goto(`${server.origin}/examples/iframe.html`);
      // The second frame's tag says 300px; the page inside asks for 440px through postMessage.
      await page.locator('#frame-kerman').scrollIntoViewIfNeeded();
      await expect
        .poll(
          () => page.evaluate(() => document.getElementById('frame-kerman')!.getBoundingClientRect().height),
          {
            timeout: 30_000,
          },
        )
        .toBe(440);
      const frame = page.frameLocator('#frame-kerman');
      await expect
        .poll(() => frame.locator('[part~="details"]').count(), { timeout: 30_000 })
        .toBeGreaterThan(0);
      // Framed, the map leaves the wheel to the page (cooperative gestures) unless told otherwise.
      type Framed = { map: { cooperativeGestures: { isEnabled(): boolean } } };
      const cooperative = await frame
        .locator('khorasan-map')
        .evaluate((el) => (el as unknown as Framed).map.cooperativeGestures.isEnabled());
      expect(cooperative).toBe(true);
      await saveScreenshot('e2e-iframe-example', await page.screenshot({ fullPage: true }));
      expect(problems(log)).toEqual(NO_PROBLEMS);
    } finally {
      await page.context().close();
    }
  });

  test('the article example: two maps with different settings', async () => {
    const { page, log } = await recordedPage(browser, server.origin);
    try {
      await page.goto(`${server.origin}/examples/article.html`);
      await page.locator('#kerman-map').scrollIntoViewIfNeeded();
      for (const id of ['swipe-map', 'kerman-map']) {
        await page.evaluate(
          (elementId) => (document.getElementById(elementId) as MapElement).whenReady(),
          id,
        );
      }
      expect(await stateOf(page, 'swipe-map')).toMatchObject({
        mode: 'swipe',
        compare: ['khorasan-historical', 'iskp-claim-core'],
      });
      expect(await stateOf(page, 'kerman-map')).toMatchObject({ selected: KERMAN });
      await expect.poll(() => partText(page, 'kerman-map', 'details')).toMatch(/Kerman/);
      // controls="legend details share": no panel column, no timeline.
      const hidden = await page.evaluate(() => {
        const root = document.getElementById('kerman-map')!.shadowRoot!;
        const shown = (part: string) => {
          const el = root.querySelector(`[part~="${part}"]`);
          return el ? getComputedStyle(el).display !== 'none' : false;
        };
        return { sidebar: shown('sidebar'), timeline: shown('timeline'), legend: shown('legend') };
      });
      expect(hidden).toEqual({ sidebar: false, timeline: false, legend: true });
      for (const id of ['swipe-map', 'kerman-map']) {
        await page.locator(`#${id}`).scrollIntoViewIfNeeded();
        await idle(page, id);
        await saveScreenshot(`e2e-article-${id}`, await page.locator(`#${id}`).screenshot());
      }
      expect(problems(log)).toEqual(NO_PROBLEMS);
    } finally {
      await page.context().close();
    }
  });

  test('the Share dialog gives a link, an iframe and a script tag that restore the state', async () => {
    const { page, log } = await recordedPage(browser, server.origin);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    try {
      await page.goto(`${server.origin}/examples/article.html`);
      await page.locator('#kerman-map').scrollIntoViewIfNeeded();
      await page.evaluate(() => (document.getElementById('kerman-map') as MapElement).whenReady());
      await page.locator('#kerman-map [part~="share-button"]').click();
      const dialog = page.locator('#kerman-map km-share dialog');
      await expect.poll(() => dialog.isVisible()).toBe(true);
      await saveScreenshot('e2e-share-dialog', await page.screenshot());
      const text = (kind: string) =>
        page.locator(`#kerman-map km-share textarea[data-kind="${kind}"]`).inputValue();
      const iframe = await text('iframe');
      const script = await text('script');
      const link = await text('link');
      expect(script).toContain(`selected="${KERMAN}"`);
      expect(script).toContain(`src="${server.origin}/khorasan-map.js"`);
      expect(script).toContain('controls="legend details share"');

      // Copy puts the snippet on the clipboard.
      await page.locator('#kerman-map km-share button.copy').nth(1).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(iframe);
      await expect.poll(() => page.locator('#kerman-map km-share .status').textContent()).toMatch(/copied/);

      // The iframe's page and the link open the same state.
      const expected = await stateOf(page, 'kerman-map');
      const src = iframe.match(/src="([^"]+)"/)![1].replace(/&amp;/g, '&');
      for (const url of [src, link]) {
        const other = await recordedPage(browser, server.origin);
        try {
          await other.page.goto(url);
          const id = await readyMap(other.page);
          expect(await stateOf(other.page, id)).toEqual(expected);
          expect(problems(other.log)).toEqual(NO_PROBLEMS);
        } finally {
          await other.page.context().close();
        }
      }
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
      expect(problems(log)).toEqual(NO_PROBLEMS);
    } finally {
      await page.context().close();
    }
  });
});
