// What draws the basemap of a new map: a `basemap-pmtiles` archive, an external `basemap-style`, or the
// offline basemap (downloaded only then). The archive's code (pmtiles, @protomaps/basemaps) is imported
// on demand, so a map without the attribute never downloads it. An archive or style that cannot be used
// is reported and the offline basemap drawn instead.
import type { StyleSpecification } from 'maplibre-gl';
import { basemapStyleUrl, loadExternalStyle } from './external-style.ts';
import type { PmtilesBasemap } from './pmtiles-archive.ts';

/** The `basemap-pmtiles` URL made absolute (the protocol needs it), or null when none is asked for. */
export function basemapPmtilesUrl(host: HTMLElement): string | null {
  const value = host.getAttribute('basemap-pmtiles')?.trim();
  if (!value) return null;
  try {
    return new URL(value, host.ownerDocument.baseURI).href;
  } catch {
    return value;
  }
}

const archives = new Map<string, Promise<PmtilesBasemap>>();

/** The archive at `url`, opened once per page; a failure is forgotten (a retry opens it again). */
function openArchive(url: string, lang: string): Promise<PmtilesBasemap> {
  const key = `${lang}|${url}`;
  let promise = archives.get(key);
  if (!promise) {
    promise = import('./pmtiles-archive.ts').then((m) => m.openPmtilesBasemap(url, lang));
    promise.catch(() => archives.delete(key));
    archives.set(key, promise);
  }
  return promise;
}

export type BasemapChoice<T> =
  | { pmtiles: PmtilesBasemap; external: null; offline: null }
  | { pmtiles: null; external: StyleSpecification; offline: null }
  | { pmtiles: null; external: null; offline: T };

export interface BasemapRequest {
  pmtilesUrl: string | null;
  styleUrl: string | null;
  /** Language of the archive's labels (Protomaps `name:<lang>`). */
  lang: string;
}

/** What the element's attributes ask for: `basemap-pmtiles`, `basemap-style`, and `lang` (nearest ancestor's). */
export function basemapRequest(host: HTMLElement): BasemapRequest {
  const lang = host.closest('[lang]')?.getAttribute('lang') || 'en';
  return {
    pmtilesUrl: basemapPmtilesUrl(host),
    styleUrl: basemapStyleUrl(host),
    lang: lang.split('-')[0].toLowerCase(),
  };
}

/** The first of archive, style and offline basemap that loads; each failure is reported. */
export async function chooseBasemap<T>(
  { pmtilesUrl, styleUrl, lang }: BasemapRequest,
  loadOffline: () => Promise<T>,
  report: (message: string, cause?: unknown) => void,
): Promise<BasemapChoice<T>> {
  if (pmtilesUrl) {
    try {
      return { pmtiles: await openArchive(pmtilesUrl, lang), external: null, offline: null };
    } catch (error) {
      report(
        `The basemap archive ${pmtilesUrl} could not be loaded (${(error as Error).message}); the offline basemap is drawn instead.`,
        error,
      );
      return { pmtiles: null, external: null, offline: await loadOffline() };
    }
  }
  if (styleUrl) {
    try {
      return { pmtiles: null, external: await loadExternalStyle(styleUrl), offline: null };
    } catch (error) {
      report(
        `The basemap style ${styleUrl} could not be loaded (${(error as Error).message}); the offline basemap is drawn instead.`,
        error,
      );
    }
  }
  return { pmtiles: null, external: null, offline: await loadOffline() };
}
