// The style of a `basemap-pmtiles` archive: the Protomaps basemap layers (from @protomaps/basemaps, handed
// in by the caller, which loads that package on demand) made to fit the element's promises. Labels use the
// project's local font stacks (the style has no `glyphs`, as the offline basemap), icons are dropped (no
// `sprite`: no request for one), and an invisible anchor layer sits just below the first label layer, so
// boundaries and comparison layers go between the archive's shapes and its labels, and markers on top.
import type { LayerSpecification, StyleSpecification, VectorSourceSpecification } from 'maplibre-gl';
import { FIRST_LABEL_LAYER, FONT_BOLD, FONT_REGULAR } from './style.ts';

/** Id of the archive's source in the map style. */
export const PMTILES_SOURCE = 'protomaps';

/** Source layers of the Protomaps basemap schema that an archive must have (at least one) to be drawn. */
export const PROTOMAPS_LAYERS = ['earth', 'water', 'boundaries', 'places', 'roads', 'landuse'];

/** Used when an archive's metadata names no attribution: the data of a Protomaps build. */
export const DEFAULT_PMTILES_ATTRIBUTION =
  '<a href="https://openstreetmap.org/copyright">© OpenStreetMap contributors</a>, <a href="https://protomaps.com">Protomaps</a>';

/** What the style needs to know of an archive (from its header and metadata). */
export interface PmtilesArchiveInfo {
  /** Absolute URL of the archive. */
  url: string;
  minzoom: number;
  maxzoom: number;
  bounds: [number, number, number, number];
  attribution: string;
}

/** A font stack of the archive's style ("Noto Sans Medium", …) mapped to the project's local stacks. */
function localStack(fonts: string[]): string[] {
  return fonts.some((f) => /bold|medium|semibold/i.test(f)) ? FONT_BOLD : FONT_REGULAR;
}

/** A `text-font` value with every font list replaced: a plain list, or lists inside `literal`s of an expression. */
export function localTextFont(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  if (value.every((v) => typeof v === 'string') && value[0] !== 'literal' && !isOperator(value[0])) {
    return localStack(value as string[]);
  }
  if (value[0] === 'literal' && Array.isArray(value[1])) return ['literal', localStack(value[1] as string[])];
  return value.map(localTextFont);
}

// an expression starts with an operator name; a font list starts with a family name (with a space or capital)
const isOperator = (v: unknown) => typeof v === 'string' && /^[a-z-]+$/.test(v);

/** Replaces every `text-font` (in the layout and inside `format` sections) in a JSON value. */
function withLocalFonts<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withLocalFonts) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = key === 'text-font' ? localTextFont(v) : withLocalFonts(v);
  }
  return out as T;
}

/** The layer without icons (there is no sprite); null when nothing is left to draw. */
function withoutIcons(layer: LayerSpecification): LayerSpecification | null {
  if (layer.type !== 'symbol' || !layer.layout?.['icon-image']) return layer;
  const layout = { ...layer.layout };
  for (const key of Object.keys(layout))
    if (key.startsWith('icon-')) delete layout[key as keyof typeof layout];
  return layout['text-field'] ? { ...layer, layout } : null;
}

/** The archive's layers for a theme, fitted as described above. */
export function fitLayers(protomapsLayers: LayerSpecification[]): LayerSpecification[] {
  const layers = protomapsLayers
    .map((l) => withoutIcons(withLocalFonts(l)))
    .filter((l): l is LayerSpecification => l !== null);
  const anchor: LayerSpecification = {
    id: FIRST_LABEL_LAYER,
    type: 'background',
    layout: { visibility: 'none' },
  };
  const firstLabel = layers.findIndex((l) => l.type === 'symbol');
  layers.splice(firstLabel < 0 ? layers.length : firstLabel, 0, anchor);
  return layers;
}

/** The whole style: one vector source read through the `pmtiles://` protocol, no glyphs, no sprite. */
export function pmtilesStyle(
  info: PmtilesArchiveInfo,
  protomapsLayers: LayerSpecification[],
): StyleSpecification {
  const source: VectorSourceSpecification = {
    type: 'vector',
    tiles: [`pmtiles://${info.url}/{z}/{x}/{y}`],
    minzoom: info.minzoom,
    maxzoom: info.maxzoom,
    bounds: info.bounds,
    attribution: info.attribution,
  };
  return {
    version: 8,
    name: 'khorasan-map PMTiles basemap',
    sources: { [PMTILES_SOURCE]: source },
    layers: fitLayers(protomapsLayers),
  };
}

/** Paint values that change from one theme's layers to another's, to restyle a live map in place. */
export function pmtilesPaintUpdates(
  layers: LayerSpecification[],
): { layer: string; property: string; value: unknown }[] {
  const updates: { layer: string; property: string; value: unknown }[] = [];
  for (const layer of fitLayers(layers)) {
    const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
    for (const [property, value] of Object.entries(paint)) updates.push({ layer: layer.id, property, value });
  }
  return updates;
}
