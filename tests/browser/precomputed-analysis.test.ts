// A default <khorasan-map> shows the built-in data's inside/outside and comparison numbers from the answers
// computed at build time (geodata/built-in-analysis.json): it reaches ready without starting the analysis
// worker. What needs distances or geometries (a selection, the difference mode) starts it then, and its
// answers agree with what was shown at start.
import type { GeoJSONSource } from 'maplibre-gl';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { KhorasanMap } from '../../src/components/khorasan-map/khorasan-map.ts';
import type { KmDetails } from '../../src/components/km-details/km-details.ts';
import { countIncidents, incidentKey } from '../../src/data/incidents.ts';
import { EVENT_SOURCE, NEAREST_SOURCE, PROP } from '../../src/map/event-style.ts';
import { inShadow, mountMap, recordWorkers, until } from './map-helpers.ts';

/** Every Worker the page starts, by script URL. */
const started = recordWorkers();
const analysisWorker = /analysis\.worker/;
const analysisWorkerStarted = () => started.some((url) => analysisWorker.test(url));
const analysisWorkerFetched = () =>
  performance.getEntriesByType('resource').some((entry) => analysisWorker.test(entry.name));

let el: KhorasanMap;
/** Per event id and boundary id: 1 inside, 0 outside, as the markers carried them at start. */
let markersAtStart: Map<string, Record<string, number>>;
let statsAtStart = '';

const stats = () => inShadow<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'km-stats');
const statsText = () => stats().shadowRoot!.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const boundaryIds = () => el.boundaryFeatures.map((b) => b.properties.id);

/** The inside flags of the markers on the map, by event id (feature id = position in `el.events`). */
async function markerFlags(): Promise<Map<string, Record<string, number>>> {
  const data = await el.map!.getSource<GeoJSONSource>(EVENT_SOURCE)!.getData();
  const flags = new Map<string, Record<string, number>>();
  for (const f of (data as GeoJSON.FeatureCollection).features) {
    const id = el.events[f.id as number].properties.id;
    flags.set(id, Object.fromEntries(boundaryIds().map((b) => [b, f.properties![`${PROP.inside}${b}`]])));
  }
  return flags;
}

beforeAll(async () => {
  el = await mountMap({ width: 1024, height: 760 });
  await el.updateComplete;
  await stats().updateComplete;
}, 60_000);

afterAll(() => el?.remove());

test('ready without the analysis worker: markers classified, statistics filled in', async () => {
  expect(analysisWorkerStarted()).toBe(false);
  expect(analysisWorkerFetched()).toBe(false);
  expect(el.classifications).toBeNull();

  markersAtStart = await markerFlags();
  expect(markersAtStart.size).toBe(el.events.length);
  for (const [id, flags] of markersAtStart) {
    for (const b of boundaryIds()) expect([0, 1], `${id} ${b}`).toContain(flags[b]);
  }
  // known places: Jalalabad lies in the claimed core, Moscow (Crocus City Hall) outside every boundary
  const byPlace = (re: RegExp) => el.events.find((e) => re.test(e.properties.id))!.properties.id;
  expect(markersAtStart.get(byPlace(/jalalabad/))!['iskp-claim-core']).toBe(1);
  expect(Object.values(markersAtStart.get(byPlace(/crocus/))!)).toEqual([0, 0, 0, 0, 0]);

  statsAtStart = statsText();
  expect(stats().hasAttribute('pending')).toBe(false);
  expect(statsAtStart).toMatch(/Jaccard index\s*0\.\d{3}/);
  expect(statsAtStart).toMatch(/A ∩ B \(both\)\s*[\d,]+/);
  expect(statsAtStart).not.toContain('…');
  // the event counts per boundary agree with the markers
  const row = stats().shadowRoot!.querySelector('tr[data-id="iskp-claim-core"]')!;
  const [inside, outside] = [...row.querySelectorAll('td')].map((td) => Number(td.textContent));
  // an incident at several places counts once, inside when any of its places is inside
  const incidentOf = new Map(el.events.map((e) => [e.properties.id, incidentKey(e.properties)]));
  const flagged = new Set(
    [...markersAtStart].filter(([, f]) => f['iskp-claim-core'] === 1).map(([id]) => incidentOf.get(id)),
  ).size;
  expect([inside, outside]).toEqual([flagged, countIncidents(el.events) - flagged]);
  expect(analysisWorkerStarted()).toBe(false);
});

test('selecting an event starts the worker: distances in the panel, the nearest line, same inside/outside', async () => {
  const kerman = '2024-01-03-kerman-soleimani-memorial';
  el.selected = kerman;
  await until(() => el.classifications !== null, 'classification with distances');
  expect(analysisWorkerStarted()).toBe(true);
  expect(analysisWorkerFetched()).toBe(true);
  await el.updateComplete;
  const panel = el.shadowRoot!.querySelector<KmDetails>('[part~="details"]');
  await until(
    () => Boolean(panel?.shadowRoot?.querySelector('[part="boundaries"]')),
    'distances in the panel',
  );
  const cells = [...panel!.shadowRoot!.querySelectorAll('[part="boundaries"] td.num')];
  expect(cells.length).toBe(boundaryIds().length);
  for (const cell of cells) expect(cell.textContent).toMatch(/\d.*km/);

  const nearest = await el.map!.getSource<GeoJSONSource>(NEAREST_SOURCE)!.getData();
  expect((nearest as GeoJSON.FeatureCollection).features.length).toBeGreaterThan(0);

  // what the worker computes now is what the markers showed at start
  const fromWorker = new Map(
    el.classifications!.map((c) => [
      c.id,
      Object.fromEntries(boundaryIds().map((b) => [b, c.results[b].inside ? 1 : 0])),
    ]),
  );
  expect(fromWorker).toEqual(markersAtStart);
  expect(await markerFlags()).toEqual(markersAtStart);
});

test('the difference mode compares in the worker and shows the same statistics as at start', async () => {
  el.setAttribute('mode', 'difference');
  await until(() => Boolean(el.map!.getLayer('km-diff-tint')), 'difference layers');
  await el.updateComplete;
  await stats().updateComplete;
  await until(() => !stats().hasAttribute('pending'), 'worker comparison');
  expect(statsText()).toBe(statsAtStart);
});
