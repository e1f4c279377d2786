import { readFile } from 'node:fs/promises';
import type { Feature, FeatureCollection } from 'geojson';
import { checkLonLat } from '../data/coordinates.ts';
import { featureLines } from './feature-lines.ts';
import { BATCH_ROWS, CliError, type InputRow, type InputSink, type RejectedRow } from './input.ts';

/**
 * Reads a GeoJSON FeatureCollection of points into the sink. The id comes from the feature's `id` or
 * `properties.id`, else its 1-based number. Features that are not valid points are rejected with the line
 * they start on and their number.
 * (GeoJSON is parsed whole; stream big tables as CSV.)
 */
export async function readGeoJson(path: string, sink: InputSink): Promise<void> {
  let data: unknown;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
    data = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const collection = data as FeatureCollection;
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new CliError(`${path} is not a GeoJSON FeatureCollection`);
  }
  const fields = new Set<string>();
  for (const f of collection.features) for (const key of Object.keys(f?.properties ?? {})) fields.add(key);
  sink.start([...fields]);
  const lines = featureLines(text);
  const located = lines.length === collection.features.length;
  let rows: InputRow[] = [];
  let rejected: RejectedRow[] = [];
  collection.features.forEach((feature: Feature, i) => {
    const where = located ? `line ${lines[i]} (feature ${i + 1})` : `feature ${i + 1}`;
    const geometry = feature?.geometry;
    if (geometry?.type !== 'Point') {
      rejected.push({ where, reason: `geometry is ${geometry?.type ?? 'missing'}, not a Point` });
    } else {
      const checked = checkLonLat(geometry.coordinates?.[0], geometry.coordinates?.[1]);
      if (typeof checked === 'string') rejected.push({ where, reason: checked });
      else {
        const props = feature.properties ?? {};
        const id = feature.id ?? props.id;
        const idText = id === undefined || id === null || id === '' ? String(i + 1) : String(id);
        rows.push({ id: idText, lon: checked[0], lat: checked[1], record: props, feature });
      }
    }
    if (rows.length >= BATCH_ROWS) {
      sink.batch(rows, rejected);
      rows = [];
      rejected = [];
    }
  });
  sink.batch(rows, rejected);
}
