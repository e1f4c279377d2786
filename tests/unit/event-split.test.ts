// The two files the map loads (markers at start, details on demand) are derived from the canonical
// dataset and merge back into exactly it.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EVENT_PROPERTY_KEYS } from '../../src/data/event-schema.ts';
import {
  type EventDetails,
  lacksDetails,
  MARKER_KEYS,
  mergeEventDetails,
  PROPERTY_ORDER,
  splitEventsText,
} from '../../src/data/event-split.ts';
import type { EventFeature } from '../../src/data/types.ts';

const read = (name: string) => readFileSync(new URL(`../../geodata/events/${name}`, import.meta.url), 'utf8');
const canonicalText = read('iskp-events.geojson');
const canonical = () => JSON.parse(canonicalText) as { features: EventFeature[] };

describe('iskp-events.markers.json and iskp-events.details.json', () => {
  test('are in sync with iskp-events.geojson (run npm run events after editing a part)', () => {
    const expected = splitEventsText(canonical());
    expect(read('iskp-events.markers.json')).toBe(expected.markers);
    expect(read('iskp-events.details.json')).toBe(expected.details);
  });

  test('the markers hold only the marker fields, the same geometry and order as the dataset', () => {
    const markers = JSON.parse(read('iskp-events.markers.json')) as { features: EventFeature[] };
    const full = canonical().features;
    expect(markers.features.map((f) => f.properties.id)).toEqual(full.map((f) => f.properties.id));
    markers.features.forEach((f, i) => {
      expect(Object.keys(f.properties).every((k) => (MARKER_KEYS as readonly string[]).includes(k))).toBe(
        true,
      );
      expect(f.geometry).toEqual(full[i].geometry);
      expect(f.properties.killed).toEqual(full[i].properties.killed);
      expect(lacksDetails(f)).toBe(true);
    });
  });

  test('merging the details gives back every event exactly, key order included', () => {
    const markers = JSON.parse(read('iskp-events.markers.json')) as { features: EventFeature[] };
    const details = JSON.parse(read('iskp-events.details.json')) as EventDetails;
    const sameObjects = [...markers.features];
    expect(mergeEventDetails(markers.features, details)).toBe(markers.features.length);
    expect(JSON.stringify(markers.features)).toBe(JSON.stringify(canonical().features));
    // completed in place: holders of the feature objects see the full events
    expect(sameObjects.every((f, i) => f === markers.features[i] && !lacksDetails(f))).toBe(true);
    // a second merge changes nothing
    expect(mergeEventDetails(markers.features, details)).toBe(0);
  });

  test('full events (imported, or a full dataset) are left alone', () => {
    const full = canonical().features;
    const before = JSON.stringify(full);
    expect(mergeEventDetails(full, { [full[0].properties.id]: { summary: 'other' } })).toBe(0);
    expect(JSON.stringify(full)).toBe(before);
  });

  test('the merge order is the schema order', () => {
    expect([...PROPERTY_ORDER]).toEqual(EVENT_PROPERTY_KEYS);
  });
});
