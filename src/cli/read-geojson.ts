import { createReadStream } from 'node:fs';
import type { Feature } from 'geojson';
import { checkLonLat } from '../data/coordinates.ts';
import { FeatureSplitter, type FeatureText } from './feature-splitter.ts';
import { BATCH_ROWS, CliError, type InputRow, type InputSink, type RejectedRow } from './input.ts';

/** Each feature of the file as parsed JSON with the line it starts on, read in chunks (never whole). */
async function* features(path: string): AsyncGenerator<FeatureText & { value: unknown }> {
  const splitter = new FeatureSplitter();
  const parse = (f: FeatureText) => {
    try {
      return { ...f, value: JSON.parse(f.text) as unknown };
    } catch (error) {
      throw new CliError(
        `${path} is not valid JSON: the feature on line ${f.line}: ${(error as Error).message}`,
      );
    }
  };
  try {
    for await (const chunk of createReadStream(path, { encoding: 'utf8' })) {
      for (const f of splitter.push(chunk as string)) yield parse(f);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  let shape: ReturnType<FeatureSplitter['end']>;
  try {
    shape = splitter.end();
  } catch (error) {
    throw new CliError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (shape.type !== 'FeatureCollection' || !shape.hasFeatures) {
    throw new CliError(`${path} is not a GeoJSON FeatureCollection`);
  }
}

/**
 * Reads a GeoJSON FeatureCollection of points into the sink, streamed in two passes: the first checks the
 * file and gathers the property names (the CSV output's columns), the second classifies. Memory holds a
 * batch, never the file. The id comes from the feature's `id` or `properties.id`, else its 1-based number.
 * Features that are not valid points are rejected with the line they start on and their number.
 */
export async function readGeoJson(path: string, sink: InputSink): Promise<void> {
  const fields = new Set<string>();
  for await (const { value } of features(path)) {
    const properties = (value as Feature | null)?.properties;
    if (properties && typeof properties === 'object')
      for (const key of Object.keys(properties)) fields.add(key);
  }
  sink.start([...fields]);
  let rows: InputRow[] = [];
  let rejected: RejectedRow[] = [];
  let index = 0;
  for await (const { value, line } of features(path)) {
    const i = index++;
    const feature = value as Feature | null;
    const where = `line ${line} (feature ${i + 1})`;
    const geometry = feature?.geometry;
    if (geometry?.type !== 'Point') {
      rejected.push({ where, reason: `geometry is ${geometry?.type ?? 'missing'}, not a Point` });
    } else {
      const checked = checkLonLat(geometry.coordinates?.[0], geometry.coordinates?.[1]);
      if (typeof checked === 'string') rejected.push({ where, reason: checked });
      else {
        const props = feature?.properties ?? {};
        const id = feature?.id ?? props.id;
        const idText = id === undefined || id === null || id === '' ? String(i + 1) : String(id);
        rows.push({
          id: idText,
          lon: checked[0],
          lat: checked[1],
          record: props,
          feature: feature as Feature,
        });
      }
    }
    if (rows.length >= BATCH_ROWS) {
      sink.batch(rows, rejected);
      rows = [];
      rejected = [];
    }
  }
  sink.batch(rows, rejected);
}
