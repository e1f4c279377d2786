// Renders the committed basemap and one boundary in a bare maplibre map (inline style, no glyphs,
// no external sources) and checks rendered pixel colours at known places.
import type { FeatureCollection } from 'geojson';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import css from 'maplibre-gl/dist/maplibre-gl.css?inline';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { afterAll, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import basemapJson from '../../geodata/basemap.topo.json';
import boundariesJson from '../../geodata/boundaries.topo.json';

const WATER = [170, 211, 223];
const LAND = [242, 239, 233];
const CLAIM = [208, 56, 127];
const rgb = (c: number[]) => `rgb(${c.join(',')})`;

function toGeojson(topo: Topology, name: string): FeatureCollection {
  return feature(topo, topo.objects[name] as GeometryCollection) as FeatureCollection;
}

const basemap = basemapJson as unknown as Topology;
const boundaries = toGeojson(boundariesJson as unknown as Topology, 'boundaries');
const core = boundaries.features.filter((f) => f.properties?.id === 'iskp-claim-core');

setWorkerUrl(workerUrl);
const style = document.createElement('style');
style.textContent = css;
document.head.append(style);
const container = document.createElement('div');
container.style.cssText = 'width: 800px; height: 600px;';
document.body.append(container);

let map: MapLibreMap | undefined;
afterAll(() => map?.remove());

/** RGB of the rendered map at a lon/lat, read back from the canvas. */
async function pixelAt(m: MapLibreMap, lngLat: [number, number]): Promise<number[]> {
  const canvas = m.getCanvas();
  const img = new Image();
  img.src = canvas.toDataURL('image/png');
  await img.decode();
  const ctx2d = Object.assign(document.createElement('canvas'), {
    width: canvas.width,
    height: canvas.height,
  }).getContext('2d');
  if (!ctx2d) throw new Error('no 2d context');
  ctx2d.drawImage(img, 0, 0);
  const p = m.project(lngLat);
  const scale = canvas.width / canvas.clientWidth;
  const data = ctx2d.getImageData(Math.round(p.x * scale), Math.round(p.y * scale), 1, 1).data;
  return [data[0], data[1], data[2]];
}

function expectColour(actual: number[], expected: number[]) {
  for (let i = 0; i < 3; i++)
    expect(Math.abs(actual[i] - expected[i]), `${actual} vs ${expected}`).toBeLessThanOrEqual(3);
}

test('bare map shows the basemap and the iskp-claim-core fill', async () => {
  expect(core).toHaveLength(1);
  map = new MapLibreMap({
    container,
    center: [66, 36],
    zoom: 3,
    attributionControl: false,
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: false },
    style: {
      version: 8,
      sources: {
        countries: { type: 'geojson', data: toGeojson(basemap, 'countries') },
        disputed: { type: 'geojson', data: toGeojson(basemap, 'disputed') },
        claim: { type: 'geojson', data: { type: 'FeatureCollection', features: core } },
      },
      layers: [
        { id: 'water', type: 'background', paint: { 'background-color': rgb(WATER) } },
        { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': rgb(LAND) } },
        {
          id: 'claim',
          type: 'fill',
          source: 'claim',
          paint: { 'fill-color': rgb(CLAIM), 'fill-opacity': 1 },
        },
        {
          id: 'borders',
          type: 'line',
          source: 'countries',
          paint: { 'line-color': '#888', 'line-width': 0.5 },
        },
        {
          id: 'disputed',
          type: 'line',
          source: 'disputed',
          paint: { 'line-color': '#555', 'line-width': 1, 'line-dasharray': [2, 2] },
        },
      ],
    },
  });
  await new Promise<void>((resolve, reject) => {
    map?.once('idle', () => resolve());
    map?.once('error', (e) => reject(e.error));
  });

  expectColour(await pixelAt(map, [69.17, 34.53]), CLAIM); // Kabul
  expectColour(await pixelAt(map, [69.24, 41.3]), CLAIM); // Tashkent
  expectColour(await pixelAt(map, [51.39, 35.69]), LAND); // Tehran: land, outside the core claim
  expectColour(await pixelAt(map, [64, 20]), WATER); // Arabian Sea

  await page.screenshot({ path: '../output/bare-map.png' });
});
