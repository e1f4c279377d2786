// Headless Chromium for the end-to-end tests (Debian's, through playwright-core; never a downloaded one),
// with recorders for what must not happen: console errors, requests leaving the origin, CSP violations.
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

export async function launch(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('no Chromium: set CHROME_PATH or install chromium');
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}

export interface PageLog {
  consoleErrors: string[];
  /** Console warnings, e.g. Lit's "Lit is in dev mode" (the built files must run Lit in production mode). */
  consoleWarnings: string[];
  /** Console lines about Content Security Policy (Chromium reports violations there too). */
  cspMessages: string[];
  offOrigin: string[];
  requests: string[];
  pageErrors: string[];
  /** Responses with an HTTP error status (their console error does not say which URL). */
  failed: string[];
}

/** A new page that records console errors, uncaught errors and every request (workers' included). */
export async function recordedPage(browser: Browser, origin: string): Promise<{ page: Page; log: PageLog }> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const log: PageLog = {
    consoleErrors: [],
    consoleWarnings: [],
    cspMessages: [],
    offOrigin: [],
    requests: [],
    pageErrors: [],
    failed: [],
  };
  page.on('console', (message) => {
    const text = message.text();
    if (/content security policy/i.test(text)) log.cspMessages.push(text);
    if (message.type() === 'error') log.consoleErrors.push(text);
    if (message.type() === 'warning') log.consoleWarnings.push(text);
  });
  page.on('pageerror', (error) => log.pageErrors.push(String(error)));
  context.on('response', (response) => {
    if (response.status() >= 400) log.failed.push(`${response.status()} ${response.url()}`);
  });
  // context-level: also sees requests made by workers.
  context.on('request', (request) => {
    const url = request.url();
    log.requests.push(url);
    if (!url.startsWith(`${origin}/`)) log.offOrigin.push(url);
  });
  return { page, log };
}

export interface PixelStats {
  width: number;
  height: number;
  /** Distinct colours after quantising each channel to 32 levels. */
  colours: number;
  /** Share of pixels that differ from the most common colour. */
  nonDominant: number;
}

/**
 * Decodes PNGs in a blank page of its own (no CSP there) and runs `pageFunction` on their pixels in that page,
 * so large images never cross back to Node.
 */
export async function onPngPixels<R, A>(
  browser: Browser,
  pngs: Buffer[],
  arg: A,
  pageFunction: (images: ImageData[], arg: A) => R,
): Promise<R> {
  const page = await browser.newPage();
  try {
    const images = await page.evaluateHandle(
      (list) =>
        Promise.all(
          list.map(async (base64) => {
            const image = new Image();
            image.src = `data:image/png;base64,${base64}`;
            await image.decode();
            const canvas = document.createElement('canvas');
            canvas.width = image.width;
            canvas.height = image.height;
            const context = canvas.getContext('2d')!;
            context.drawImage(image, 0, 0);
            return context.getImageData(0, 0, image.width, image.height);
          }),
        ),
      pngs.map((png) => png.toString('base64')),
    );
    return (await images.evaluate(pageFunction as never, arg as never)) as R;
  } finally {
    await page.close();
  }
}

/** Size, distinct colours and the share of pixels off the most common colour. */
export function pixelStats(browser: Browser, png: Buffer): Promise<PixelStats> {
  return onPngPixels(browser, [png], null, ([{ data, width, height }]) => {
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key = ((data[i] >> 3) << 10) | ((data[i + 1] >> 3) << 5) | (data[i + 2] >> 3);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const dominant = Math.max(...counts.values());
    return { width, height, colours: counts.size, nonDominant: 1 - dominant / (data.length / 4) };
  });
}

/** Share of pixels whose RGB differs by more than `threshold` (0..255) in any channel; same-size PNGs. */
export function pixelDiff(browser: Browser, a: Buffer, b: Buffer, threshold = 24): Promise<number> {
  return onPngPixels(browser, [a, b], threshold, ([x, y], limit) => {
    if (x.width !== y.width || x.height !== y.height) return 1;
    let differing = 0;
    for (let i = 0; i < x.data.length; i += 4) {
      const d = Math.max(
        Math.abs(x.data[i] - y.data[i]),
        Math.abs(x.data[i + 1] - y.data[i + 1]),
        Math.abs(x.data[i + 2] - y.data[i + 2]),
      );
      if (d > limit) differing++;
    }
    return differing / (x.data.length / 4);
  });
}
