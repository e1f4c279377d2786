// An external maplibre style (`basemap-style`). The element fetches it itself rather than handing maplibre
// the URL: maplibre would leave a blank map that never fires `load` when the style fails, whereas here a
// style that cannot be loaded (network or CORS error, HTTP error, not JSON, not a style) is reported and
// the offline basemap drawn instead. One fetch per URL and page; each map gets its own copy, as maplibre
// keeps (and may change) the object it is given.
import type { StyleSpecification } from 'maplibre-gl';
import { fetchOk } from '../data/fetch-ok.ts';

/** The `basemap-style` URL, or null when the offline basemap is asked for. */
export function basemapStyleUrl(host: HTMLElement): string | null {
  return host.getAttribute('basemap-style')?.trim() || null;
}

function isStyle(json: unknown): json is StyleSpecification {
  const style = json as Partial<StyleSpecification> | null;
  return (
    typeof style === 'object' &&
    style !== null &&
    style.version === 8 &&
    typeof style.sources === 'object' &&
    style.sources !== null &&
    Array.isArray(style.layers)
  );
}

async function fetchStyle(url: string): Promise<StyleSpecification> {
  const response = await fetchOk(url);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new Error('not JSON');
  }
  if (!isStyle(json)) throw new Error('not a maplibre style (version 8, sources and layers)');
  return json;
}

const styles = new Map<string, Promise<StyleSpecification>>();

/** The style at `url`, or an error saying why it is not usable; a failure is forgotten (a retry refetches). */
export async function loadExternalStyle(url: string): Promise<StyleSpecification> {
  let promise = styles.get(url);
  if (!promise) {
    promise = fetchStyle(url);
    promise.catch(() => styles.delete(url));
    styles.set(url, promise);
  }
  return structuredClone(await promise);
}
