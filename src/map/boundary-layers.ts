// Layers for the boundary overlays. Every boundary gets a look in which the line style carries the
// meaning (historical: solid or double line; claim: dashed or dotted; uncertain: hatched), so colour is
// never the only cue. The same look drives the legend and the layer panel swatches.
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, Map as MaplibreMap } from 'maplibre-gl';
import type { BoundaryFeature, BoundaryProperties } from '../data/types.ts';
import {
  BOUNDARY_LABEL_ANCHOR,
  boundaryLabelLayer,
  ensureBoundaryLabelAnchor,
  setLabelPaths,
} from './boundary-labels.ts';
import { boundaryColor, type ThemeName } from './colors.ts';
import { type HatchDirection, hatchImage } from './patterns.ts';

export const BOUNDARY_SOURCE = 'km-boundaries';

export interface BoundaryLook {
  color: string;
  /** maplibre line-dasharray in line widths; null = solid. */
  dash: number[] | null;
  /** Two parallel lines (line-gap-width), for the second historical boundary. */
  double: boolean;
  width: number;
  /** Fill opacity at full layer opacity. */
  fillOpacity: number;
  hatch: HatchDirection | null;
  /** Short words for the legend: what the line style means. */
  lineLabel: string;
}

/** Line looks for the built-in ids; other boundaries get one from their kind and certainty. */
const BUILT_IN: Record<string, Omit<BoundaryLook, 'color'>> = {
  'khorasan-historical': {
    dash: null,
    double: false,
    width: 2.6,
    fillOpacity: 0.1,
    hatch: null,
    lineLabel: 'solid line',
  },
  'khorasan-historical-classical': {
    dash: null,
    double: true,
    width: 1.2,
    fillOpacity: 0.05,
    hatch: null,
    lineLabel: 'double line',
  },
  'iskp-claim-core': {
    dash: [3.5, 2],
    double: false,
    width: 2.4,
    fillOpacity: 0.08,
    hatch: null,
    lineLabel: 'dashed line',
  },
  'iskp-claim-max': {
    dash: [0.6, 1.8],
    double: false,
    width: 2.8,
    fillOpacity: 0.04,
    hatch: null,
    lineLabel: 'dotted line',
  },
  'iskp-claim-contested': {
    dash: [2, 1.5],
    double: false,
    width: 1.6,
    fillOpacity: 0.04,
    hatch: 'forward',
    lineLabel: 'hatched, fine dashes',
  },
};

export function boundaryLook(
  props: Pick<BoundaryProperties, 'id' | 'kind' | 'certainty'>,
  theme: ThemeName,
  index = 0,
  color?: string,
): BoundaryLook {
  const c = color ?? boundaryColor(theme, props.id, index);
  const builtIn = BUILT_IN[props.id];
  if (builtIn) return { ...builtIn, color: c };
  const uncertain = props.certainty === 'uncertain';
  if (props.kind === 'historical')
    return {
      color: c,
      dash: null,
      double: false,
      width: 2.2,
      fillOpacity: 0.08,
      hatch: uncertain ? 'backward' : null,
      lineLabel: 'solid line',
    };
  if (props.kind === 'claim')
    return {
      color: c,
      dash: [3.5, 2],
      double: false,
      width: 2.2,
      fillOpacity: 0.06,
      hatch: uncertain ? 'forward' : null,
      lineLabel: 'dashed line',
    };
  return {
    color: c,
    dash: [5, 1.5, 1, 1.5],
    double: false,
    width: 2,
    fillOpacity: 0.08,
    hatch: uncertain ? 'cross' : null,
    lineLabel: 'dash-dot line',
  };
}

export const layerIds = (id: string) => ({
  fill: `km-b-${id}-fill`,
  hatch: `km-b-${id}-hatch`,
  casing: `km-b-${id}-casing`,
  line: `km-b-${id}-line`,
  label: `km-b-${id}-label`,
});

export const hatchImageId = (id: string) => `km-hatch-${id}`;

function layersFor(props: BoundaryProperties, look: BoundaryLook, haloColor: string): LayerSpecification[] {
  const ids = layerIds(props.id);
  const filter: ['==', ['get', string], string] = ['==', ['get', 'id'], props.id];
  const layers: LayerSpecification[] = [
    {
      id: ids.fill,
      type: 'fill',
      source: BOUNDARY_SOURCE,
      filter,
      paint: { 'fill-color': look.color, 'fill-opacity': look.fillOpacity },
    },
  ];
  if (look.hatch) {
    layers.push({
      id: ids.hatch,
      type: 'fill',
      source: BOUNDARY_SOURCE,
      filter,
      paint: { 'fill-pattern': hatchImageId(props.id), 'fill-opacity': 0.5 },
    });
  }
  layers.push(
    {
      // a soft halo under the line keeps it readable over borders and other boundaries
      id: ids.casing,
      type: 'line',
      source: BOUNDARY_SOURCE,
      filter,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': haloColor,
        'line-width': look.double ? look.width * 2 + 4 : look.width + 2.5,
        'line-opacity': 0.55,
      },
    },
    {
      id: ids.line,
      type: 'line',
      source: BOUNDARY_SOURCE,
      filter,
      layout: { 'line-join': 'round', 'line-cap': look.dash && look.dash[0] < 1 ? 'round' : 'butt' },
      paint: {
        'line-color': look.color,
        'line-width': look.width,
        ...(look.double ? { 'line-gap-width': 2.2 } : {}),
        ...(look.dash ? { 'line-dasharray': look.dash } : {}),
      },
    },
    boundaryLabelLayer(ids.label, props, look.color, haloColor),
  );
  return layers;
}

export interface BoundaryDisplay {
  /** Drawn ids, bottom to top. */
  visible: string[];
  opacity: Record<string, number>;
  /** Whether fills (and hatches) are drawn; the difference mode shows outlines only. */
  fills: boolean;
  looks: Record<string, BoundaryLook>;
  /** Basemap colour: the casing under the lines and the halo around the names. */
  haloColor: string;
  /** Layer id that boundaries are inserted below (the basemap labels); their names go higher, under the markers. */
  beforeId?: string;
}

/** Sets the boundary source data and (re)creates one layer group per boundary, all hidden. */
export function installBoundaries(
  map: MaplibreMap,
  boundaries: BoundaryFeature[],
  display: BoundaryDisplay,
): void {
  const data: FeatureCollection = { type: 'FeatureCollection', features: boundaries };
  const source = map.getSource(BOUNDARY_SOURCE) as { setData?: (d: FeatureCollection) => void } | undefined;
  if (source?.setData) source.setData(data);
  else map.addSource(BOUNDARY_SOURCE, { type: 'geojson', data });
  setLabelPaths(map, boundaries);
  ensureBoundaryLabelAnchor(map);
  for (const b of boundaries) {
    const look = display.looks[b.properties.id];
    if (!look) continue;
    const ids = layerIds(b.properties.id);
    for (const layerId of Object.values(ids)) if (map.getLayer(layerId)) map.removeLayer(layerId);
    if (look.hatch) {
      const imageId = hatchImageId(b.properties.id);
      if (map.hasImage(imageId)) map.removeImage(imageId);
      map.addImage(imageId, hatchImage(look.color, { direction: look.hatch, size: 20, lineWidth: 2 }), {
        pixelRatio: 2,
      });
    }
    for (const layer of layersFor(b.properties, look, display.haloColor)) {
      map.addLayer(
        { ...layer, layout: { ...layer.layout, visibility: 'none' } } as LayerSpecification,
        layer.type === 'symbol' ? BOUNDARY_LABEL_ANCHOR : display.beforeId,
      );
    }
  }
}

/** Shows the visible boundaries in order with their opacity; hides the rest. Cheap: call on every change. */
export function updateBoundaries(map: MaplibreMap, allIds: string[], display: BoundaryDisplay): void {
  const visible = new Set(display.visible);
  for (const id of allIds) {
    const ids = layerIds(id);
    const on = visible.has(id);
    const o = display.opacity[id] ?? 1;
    const look = display.looks[id];
    for (const [part, layerId] of Object.entries(ids)) {
      if (!map.getLayer(layerId)) continue;
      const show = on && (display.fills || (part !== 'fill' && part !== 'hatch'));
      map.setLayoutProperty(layerId, 'visibility', show ? 'visible' : 'none');
      if (!show || !look) continue;
      if (part === 'fill') map.setPaintProperty(layerId, 'fill-opacity', look.fillOpacity * o);
      if (part === 'hatch') map.setPaintProperty(layerId, 'fill-opacity', 0.5 * o);
      if (part === 'line') map.setPaintProperty(layerId, 'line-opacity', o);
      if (part === 'casing') map.setPaintProperty(layerId, 'line-opacity', 0.55 * o);
      if (part === 'label') map.setPaintProperty(layerId, 'text-opacity', o);
    }
  }
  // draw order: all fills under all lines; within each, the first visible id is at the bottom
  const order = [
    ...display.visible.flatMap((id) => [layerIds(id).fill, layerIds(id).hatch]),
    ...display.visible.flatMap((id) => [layerIds(id).casing, layerIds(id).line]),
  ];
  for (const layerId of order) if (map.getLayer(layerId)) map.moveLayer(layerId, display.beforeId);
  // names in the same order; the top one wins where two would collide
  for (const id of display.visible) {
    const layerId = layerIds(id).label;
    if (map.getLayer(layerId)) map.moveLayer(layerId, BOUNDARY_LABEL_ANCHOR);
  }
}

/** Removes a boundary's layers (and hatch image) from a map, e.g. when an imported boundary is removed. */
export function removeBoundaryLayers(map: MaplibreMap, ids: readonly string[]): void {
  for (const id of ids) {
    for (const layer of Object.values(layerIds(id))) if (map.getLayer(layer)) map.removeLayer(layer);
    if (map.hasImage(hatchImageId(id))) map.removeImage(hatchImageId(id));
  }
}
