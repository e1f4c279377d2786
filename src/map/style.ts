// The offline basemap: land, water, borders, disputed lines and labels, all from inline GeoJSON.
// The style has no `glyphs` key, so maplibre (>= 5.11) draws labels with local fonts through TinySDF,
// resolving each `text-font` entry like a CSS font-family list; no request leaves the page.
import type { GeoJSONSource, LayerSpecification, Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import type { BasemapData } from '../data/basemap-data.ts';
import { BASEMAP_COLORS, type BasemapColors, type ThemeName } from './colors.ts';

/** Family names (not "… Regular" style names): maplibre passes them to CSS as written and sniffs the
 * weight from the first entry, so the bold stack starts with a "Bold" name that may not exist. */
export const FONT_REGULAR = ['Noto Sans', 'DejaVu Sans', 'Liberation Sans', 'Arial', 'Helvetica'];
export const FONT_BOLD = ['Noto Sans Bold', 'Noto Sans', 'DejaVu Sans', 'Liberation Sans', 'Arial'];

/** Layers above which overlays (boundaries, comparison) are inserted: labels stay on top. */
export const FIRST_LABEL_LAYER = 'km-country-labels';

export const BASEMAP_SOURCES = [
  'km-countries',
  'km-admin1',
  'km-disputed',
  'km-places',
  'km-country-labels',
  'km-admin1-labels',
];

export function basemapLayers(c: BasemapColors): LayerSpecification[] {
  return [
    { id: 'km-water', type: 'background', paint: { 'background-color': c.water } },
    {
      id: 'km-land',
      type: 'fill',
      source: 'km-countries',
      paint: { 'fill-color': c.land, 'fill-antialias': true },
    },
    {
      id: 'km-coast',
      type: 'line',
      source: 'km-countries',
      paint: { 'line-color': c.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.6, 6, 1.4] },
    },
    {
      id: 'km-admin1',
      type: 'line',
      source: 'km-admin1',
      minzoom: 3.5,
      paint: {
        'line-color': c.admin1Border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3.5, 0.4, 8, 1.2],
        'line-dasharray': [3, 1.5],
      },
    },
    {
      id: 'km-country-borders',
      type: 'line',
      source: 'km-countries',
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': c.countryBorder,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 4, 0.9, 8, 1.6],
        'line-opacity': 0.85,
      },
    },
    {
      id: 'km-disputed',
      type: 'line',
      source: 'km-disputed',
      layout: { 'line-cap': 'butt' },
      paint: {
        'line-color': c.disputed,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.8, 6, 1.6],
        'line-dasharray': [2, 2],
      },
    },
    {
      id: FIRST_LABEL_LAYER,
      type: 'symbol',
      source: 'km-country-labels',
      filter: [
        '>=',
        ['get', 'areaKm2'],
        ['step', ['zoom'], 900000, 2.5, 250000, 3.5, 60000, 4.5, 15000, 5.5, 0],
      ],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        'text-size': ['interpolate', ['linear'], ['zoom'], 1, 9, 4, 11.5, 7, 14],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
        'text-max-width': 7,
        'symbol-sort-key': ['-', ['get', 'areaKm2']],
        'text-padding': 4,
      },
      paint: {
        'text-color': c.labelMuted,
        'text-halo-color': c.labelHalo,
        'text-halo-width': 1.4,
      },
    },
    {
      // province names at city zoom, larger provinces first; below the cities, which win a collision
      id: 'km-admin1-labels',
      type: 'symbol',
      source: 'km-admin1-labels',
      minzoom: 6,
      filter: ['>=', ['get', 'areaKm2'], ['step', ['zoom'], 15000, 7, 4000, 8, 0]],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        'text-size': ['interpolate', ['linear'], ['zoom'], 6, 10.5, 10, 13],
        'text-letter-spacing': 0.06,
        'text-max-width': 8,
        'symbol-sort-key': ['-', ['get', 'areaKm2']],
        'text-padding': 6,
      },
      paint: {
        'text-color': c.labelMuted,
        'text-halo-color': c.labelHalo,
        'text-halo-width': 1.2,
      },
    },
    {
      id: 'km-place-dots',
      type: 'circle',
      source: 'km-places',
      filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 3.5, 2, 5, 3]],
      paint: {
        'circle-radius': ['match', ['get', 'kind'], 'capital', 3, 2.4],
        'circle-color': c.labelHalo,
        'circle-stroke-color': c.city,
        'circle-stroke-width': ['match', ['get', 'kind'], 'capital', 1.6, 1.2],
      },
    },
    {
      id: 'km-place-labels',
      type: 'symbol',
      source: 'km-places',
      filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 3.5, 2, 5, 3]],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': ['match', ['get', 'kind'], 'capital', ['literal', FONT_BOLD], ['literal', FONT_REGULAR]],
        'text-size': ['match', ['get', 'kind'], 'capital', 12, 'article', 11.5, 11],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.55,
        'text-justify': 'auto',
        'symbol-sort-key': ['get', 'rank'],
        'text-padding': 2,
      },
      paint: {
        'text-color': c.label,
        'text-halo-color': c.labelHalo,
        'text-halo-width': 1.5,
      },
    },
  ];
}

function basemapSources(data: BasemapData) {
  return {
    'km-countries': data.countries,
    'km-admin1': data.admin1,
    'km-disputed': data.disputed,
    'km-places': data.places,
    'km-country-labels': data.countryLabels,
    'km-admin1-labels': data.admin1Labels,
  };
}

/** Replaces the data of a live map's basemap sources; false while its style has none of them (yet). */
export function setBasemapData(map: MaplibreMap, data: BasemapData): boolean {
  if (!map.style || !map.getSource('km-countries')) return false;
  for (const [id, collection] of Object.entries(basemapSources(data))) {
    map.getSource<GeoJSONSource>(id)?.setData(collection);
  }
  return true;
}

export function basemapStyle(
  data: BasemapData,
  theme: ThemeName,
  colors?: Partial<BasemapColors>,
): StyleSpecification {
  const c = { ...BASEMAP_COLORS[theme], ...colors };
  return {
    version: 8,
    name: 'khorasan-map basemap',
    sources: Object.fromEntries(
      Object.entries(basemapSources(data)).map(([id, collection]) => [
        id,
        { type: 'geojson', data: collection } as const,
      ]),
    ),
    layers: basemapLayers(c),
  };
}

/** Applies a theme to a live map's basemap layers without rebuilding the style (overlays survive). */
export function basemapPaintUpdates(
  theme: ThemeName,
  colors?: Partial<BasemapColors>,
): { layer: string; property: string; value: unknown }[] {
  const c = { ...BASEMAP_COLORS[theme], ...colors };
  const updates: { layer: string; property: string; value: unknown }[] = [];
  for (const layer of basemapLayers(c)) {
    const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
    for (const [property, value] of Object.entries(paint)) {
      if (property.endsWith('color')) updates.push({ layer: layer.id, property, value });
    }
  }
  return updates;
}
