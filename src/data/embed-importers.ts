// The importers `events-src` and `boundaries-src` need, in one module that embed-sources.ts imports on
// demand (a separate file beside the embed, fetched only when an extra source is used).

import { ImportError } from './import/import-types.ts';
import { inspectCsv, parseCsvEvents } from './import/parse-csv-events.ts';

export { parseBoundaries } from './import/parse-boundaries.ts';
export { parseGeoJsonEvents } from './import/parse-geojson-events.ts';
export { parseKmlEvents } from './import/parse-kml-events.ts';

/** CSV events with the columns detected from the header (ACLED, GTD, UCDP or generic lat/lon). */
export function parseCsvText(text: string, name: string) {
  const preview = inspectCsv(text);
  if (!preview.guess)
    throw new ImportError(`no latitude/longitude columns found in the header (${preview.header.join(', ')})`);
  return parseCsvEvents(text, name, preview.guess);
}
