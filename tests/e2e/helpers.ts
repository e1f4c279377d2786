// Shared set-up of the end-to-end tests: the built files served from 127.0.0.1, one Chromium, and
// small page-side probes of <khorasan-map> (read through its public API and open shadow root).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { type StaticServer, startStaticServer } from '../../scripts/static-server.ts';
import { type PageLog, type PixelStats, pixelStats } from './browser.ts';

export const DIST = 'dist';
export const OUTPUT = 'tests/output';

/** The policy the issue asks the embed to work under. */
export const STRICT_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:";

export function requireBuild(): void {
  if (!existsSync(`${DIST}/khorasan-map.js`))
    throw new Error('dist/khorasan-map.js is missing: run `npm run build` before the e2e tests');
}

/** dist/ at `/` (and again at `/copy/`), the test pages at `/e2e/`, test fixtures at `/fixtures/`. */
export function serveBuild(): Promise<StaticServer> {
  return startStaticServer({
    '/e2e/': 'tests/e2e/pages',
    '/fixtures/': 'tests/fixtures',
    '/copy/': DIST,
    '/': DIST,
  });
}

export async function saveScreenshot(name: string, png: Buffer): Promise<void> {
  mkdirSync(OUTPUT, { recursive: true });
  writeFileSync(`${OUTPUT}/${name}.png`, png);
}

/** Waits until the page's recorder (pages/recorder.js) saw `khorasan-ready` from every id given. */
export async function waitForReady(page: Page, ids: string[], timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const ready = (window as unknown as { __km?: { ready: string[] } }).__km?.ready ?? [];
      return wanted.every((id) => ready.includes(id));
    },
    ids,
    { timeout },
  );
}

export interface Recorded {
  ready: string[];
  errors: { id: string; message: string }[];
  selects: { id: string; selected: string | null }[];
  violations: { directive: string; blocked: string; source: string }[];
}

export function recorded(page: Page): Promise<Recorded> {
  return page.evaluate(() => (window as unknown as { __km: Recorded }).__km);
}

/** Waits until the element's map is idle (nothing loading, no animation). */
export async function idle(page: Page, id: string): Promise<void> {
  await page.evaluate(async (elementId) => {
    const el = document.getElementById(elementId) as HTMLElement & {
      map?: {
        loaded(): boolean;
        isMoving(): boolean;
        once(t: string): Promise<unknown>;
        triggerRepaint(): void;
      };
      updateComplete?: Promise<unknown>;
    };
    await el.updateComplete;
    const map = el.map;
    if (!map) throw new Error(`#${elementId} has no map`);
    const done = map.once('idle');
    map.triggerRepaint();
    await done;
  }, id);
}

/** Screenshot of the element's map container only (no panels), as pixel statistics. */
export async function mapPixels(
  browser: Browser,
  page: Page,
  id: string,
  name: string,
): Promise<{ png: Buffer; stats: PixelStats }> {
  const png = await page.locator(`#${id}`).locator('[part~="map"]').first().screenshot();
  await saveScreenshot(name, png);
  return { png, stats: await pixelStats(browser, png) };
}

/** The log entries that mean something went wrong, for one readable assertion. */
export function problems(log: PageLog): Record<string, string[]> {
  return {
    consoleErrors: log.consoleErrors,
    pageErrors: log.pageErrors,
    offOrigin: log.offOrigin,
    csp: log.cspMessages,
    failed: log.failed,
    litDevMode: log.consoleWarnings.filter((text) => /Lit is in dev mode/i.test(text)),
  };
}

export const NO_PROBLEMS = {
  consoleErrors: [],
  pageErrors: [],
  offOrigin: [],
  csp: [],
  failed: [],
  litDevMode: [],
};

/** Text of an element part, including the text inside nested shadow roots (panels are custom elements). */
export function partText(page: Page, id: string, part: string): Promise<string> {
  return page.evaluate(
    ([elementId, partName]) => {
      const text = (node: Node): string => {
        let out = '';
        if (node instanceof Element && node.shadowRoot) out += text(node.shadowRoot);
        for (const child of node.childNodes)
          out += child.nodeType === Node.TEXT_NODE ? child.textContent : text(child);
        return out;
      };
      const root = document.getElementById(elementId)?.shadowRoot;
      const target = root?.querySelector(`[part~="${partName}"]`);
      return target ? text(target).replace(/\s+/g, ' ').trim() : '';
    },
    [id, part] as const,
  );
}
