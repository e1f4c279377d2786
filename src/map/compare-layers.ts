// The difference mode: A∩B, A−B and B−A drawn from the geometries the analysis worker computed.
// Each part has its own fill treatment (solid, one-way hatch, other-way hatch) besides its colour.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { LayerSpecification, Map as MaplibreMap } from 'maplibre-gl';
import type { DifferenceColors } from './colors.ts';
import { hatchImage } from './patterns.ts';

export const DIFFERENCE_SOURCE = 'km-difference';
export type DifferencePart = 'intersection' | 'aMinusB' | 'bMinusA';
export const DIFFERENCE_PARTS: DifferencePart[] = ['intersection', 'aMinusB', 'bMinusA'];

export const differenceLayerIds = {
  tint: 'km-diff-tint',
  hatchA: 'km-diff-hatch-a',
  hatchB: 'km-diff-hatch-b',
  outline: 'km-diff-outline',
} as const;

type Areal = Feature<Polygon | MultiPolygon> | null;

export function differenceCollection(geometries: Record<DifferencePart, Areal>): FeatureCollection {
  const features: Feature[] = [];
  for (const part of DIFFERENCE_PARTS) {
    const f = geometries[part];
    if (f?.geometry) features.push({ type: 'Feature', properties: { part }, geometry: f.geometry });
  }
  return { type: 'FeatureCollection', features };
}

function layers(colors: DifferenceColors): LayerSpecification[] {
  return [
    {
      id: differenceLayerIds.tint,
      type: 'fill',
      source: DIFFERENCE_SOURCE,
      paint: {
        'fill-color': [
          'match',
          ['get', 'part'],
          'intersection',
          colors.intersection,
          'aMinusB',
          colors.aOnly,
          colors.bOnly,
        ],
        'fill-opacity': ['match', ['get', 'part'], 'intersection', 0.42, 0.14],
      },
    },
    {
      id: differenceLayerIds.hatchA,
      type: 'fill',
      source: DIFFERENCE_SOURCE,
      filter: ['==', ['get', 'part'], 'aMinusB'],
      paint: { 'fill-pattern': 'km-diff-a', 'fill-opacity': 0.6 },
    },
    {
      id: differenceLayerIds.hatchB,
      type: 'fill',
      source: DIFFERENCE_SOURCE,
      filter: ['==', ['get', 'part'], 'bMinusA'],
      paint: { 'fill-pattern': 'km-diff-b', 'fill-opacity': 0.6 },
    },
    {
      id: differenceLayerIds.outline,
      type: 'line',
      source: DIFFERENCE_SOURCE,
      filter: ['==', ['get', 'part'], 'intersection'],
      paint: { 'line-color': colors.intersection, 'line-width': 1, 'line-opacity': 0.8 },
    },
  ];
}

function addPatterns(map: MaplibreMap, colors: DifferenceColors): void {
  const patterns = [
    ['km-diff-a', hatchImage(colors.aOnly, { direction: 'forward', size: 16, lineWidth: 2.2 })],
    ['km-diff-b', hatchImage(colors.bOnly, { direction: 'backward', size: 16, lineWidth: 2.2 })],
  ] as const;
  for (const [id, image] of patterns) {
    if (map.hasImage(id)) map.removeImage(id);
    map.addImage(id, image, { pixelRatio: 2 });
  }
}

/** Shows (or replaces) the difference layers below `beforeId`; `null` geometries remove them. */
export function showDifference(
  map: MaplibreMap,
  collection: FeatureCollection | null,
  colors: DifferenceColors,
  beforeId?: string,
): void {
  hideDifference(map);
  if (!collection) return;
  addPatterns(map, colors);
  map.addSource(DIFFERENCE_SOURCE, { type: 'geojson', data: collection });
  for (const layer of layers(colors)) map.addLayer(layer, beforeId);
}

export function hideDifference(map: MaplibreMap): void {
  for (const id of Object.values(differenceLayerIds)) if (map.getLayer(id)) map.removeLayer(id);
  if (map.getSource(DIFFERENCE_SOURCE)) map.removeSource(DIFFERENCE_SOURCE);
}
