// Extra data named by the embed attributes `events-src` (CSV, GeoJSON, TopoJSON or KML events) and
// `boundaries-src` (GeoJSON or TopoJSON boundaries). A bad URL or file never stops the map: the failure is
// reported (as `khorasan-error` and a message in the map) and the map keeps what it has.
// The parsers are imported on demand, so the default embed does not download them.

import { fetchOk, nameFromUrl } from './fetch-ok.ts';
import { sniffTextFormat } from './sniff-format.ts';
import type { BoundaryFeature, EventFeature } from './types.ts';

export type Report = (message: string, cause?: unknown) => void;

/** `add` (default): the built-in events and those of `events-src`; `replace`: only those of `events-src`. */
export type EventsMode = 'add' | 'replace';

export function eventsMode(value: string | null): EventsMode {
  return value === 'replace' ? 'replace' : 'add';
}

function rejectedNote(name: string, rejected: { line: number; reason: string }[], kept: number): string {
  const first = rejected[0];
  return `${rejected.length} of ${rejected.length + kept} records in ${name} could not be used (first: #${first.line}, ${first.reason})`;
}

/** Events from one URL, in any format the importer reads. Empty when the URL fails (after reporting). */
export async function loadEventsFrom(url: string, report: Report): Promise<EventFeature[]> {
  const name = nameFromUrl(url);
  try {
    const text = await (await fetchOk(url)).text();
    const format = sniffTextFormat(text);
    const importer = await import('./embed-importers.ts');
    const result =
      format === 'json'
        ? importer.parseGeoJsonEvents(text, name)
        : format === 'kml'
          ? importer.parseKmlEvents(text, name)
          : importer.parseCsvText(text, name);
    if (result.rejected.length) report(rejectedNote(name, result.rejected, result.features.length));
    return result.features;
  } catch (error) {
    report(
      `Events from ${url} could not be loaded: ${(error as Error).message}. Showing the events already loaded.`,
      error,
    );
    return [];
  }
}

/** Boundaries from one URL (GeoJSON or TopoJSON); ids become `custom-<id or name>`. */
export async function loadBoundariesFrom(
  url: string,
  taken: readonly string[],
  report: Report,
): Promise<BoundaryFeature[]> {
  const name = nameFromUrl(url);
  try {
    const text = await (await fetchOk(url)).text();
    const { parseBoundaries } = await import('./embed-importers.ts');
    const result = parseBoundaries(text, name, new Set(taken));
    if (result.rejected.length) report(rejectedNote(name, result.rejected, result.features.length));
    return result.features;
  } catch (error) {
    report(`Boundaries from ${url} could not be loaded: ${(error as Error).message}`, error);
    return [];
  }
}

/** The built-in events combined with those of `events-src` (space-separated URLs), by `events-mode`. */
export async function withExtraEvents(
  builtIn: EventFeature[],
  src: string | null,
  mode: EventsMode,
  report: Report,
): Promise<EventFeature[]> {
  const urls = src?.trim().split(/\s+/).filter(Boolean) ?? [];
  if (urls.length === 0) return builtIn;
  const extra = (await Promise.all(urls.map((url) => loadEventsFrom(url, report)))).flat();
  // A replacement that yielded nothing keeps the built-in set rather than an empty map.
  if (mode === 'replace' && extra.length > 0) return dedupe(extra);
  return dedupe([...builtIn, ...extra]);
}

/** The built-in boundaries followed by those of `boundaries-src` (space-separated URLs). */
export async function withExtraBoundaries(
  builtIn: BoundaryFeature[],
  src: string | null,
  report: Report,
): Promise<BoundaryFeature[]> {
  const urls = src?.trim().split(/\s+/).filter(Boolean) ?? [];
  const all = [...builtIn];
  for (const url of urls) {
    all.push(
      ...(await loadBoundariesFrom(
        url,
        all.map((b) => b.properties.id),
        report,
      )),
    );
  }
  return all;
}

/** First occurrence of each id wins (an imported file may repeat a built-in event). */
function dedupe(events: EventFeature[]): EventFeature[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    if (seen.has(e.properties.id)) return false;
    seen.add(e.properties.id);
    return true;
  });
}
