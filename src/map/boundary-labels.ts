// Boundary names written along their outlines, as a printed atlas labels a region. The map text is a
// short form of the boundary's name: the built-in names carry qualifiers that belong in the legend, not on
// every stretch of border. A claim stays worded as a claim. Where along the outline: label-paths.ts.
import type { FeatureCollection } from 'geojson';
import type {
  ExpressionSpecification,
  GeoJSONSource,
  LayerSpecification,
  Map as MaplibreMap,
} from 'maplibre-gl';
import type { BoundaryFeature, BoundaryProperties } from '../data/types.ts';
import { EVENT_LAYERS } from './event-style.ts';
import { LABEL_MAX_ZOOM, LABEL_MIN_ZOOM, LABEL_SIZE, labelPaths } from './label-paths.ts';
import { FONT_BOLD } from './style.ts';

export const BOUNDARY_LABEL_SOURCE = 'km-boundary-label-paths';

/** Map text for the built-in boundaries (full names in geodata/boundary-defs.mjs). */
export const SHORT_LABELS: Readonly<Record<string, string>> = {
  'khorasan-historical': 'Historical Khorasan',
  'khorasan-historical-classical': 'Classical Khorasan',
  'iskp-claim-core': 'ISKP claim (core)',
  'iskp-claim-max': 'ISKP claim (maximal)',
  'iskp-claim-contested': 'ISKP claim (uncertain)',
};

/** Longer names (imported boundaries) are cut: text along a line needs a long, fairly straight stretch. */
const MAX_LABEL_CHARS = 32;

/** The text drawn along a boundary's outline: the short form above, else its own name (or id). */
export function boundaryMapLabel(props: Pick<BoundaryProperties, 'id' | 'name'>): string {
  const text = (SHORT_LABELS[props.id] ?? props.name ?? props.id).trim() || props.id;
  return text.length > MAX_LABEL_CHARS ? `${text.slice(0, MAX_LABEL_CHARS - 1).trimEnd()}…` : text;
}

/** Hidden layer the label layers sit below: above the basemap and its labels, under the event markers. */
export const BOUNDARY_LABEL_ANCHOR = 'km-boundary-labels-anchor';

/** Adds the anchor once, below the first event layer if markers are already drawn, else on top. */
export function ensureBoundaryLabelAnchor(map: MaplibreMap): void {
  if (map.getLayer(BOUNDARY_LABEL_ANCHOR)) return;
  const eventLayers = new Set<string>(Object.values(EVENT_LAYERS));
  const firstEventLayer = map.getLayersOrder().find((id) => eventLayers.has(id));
  map.addLayer(
    { id: BOUNDARY_LABEL_ANCHOR, type: 'background', layout: { visibility: 'none' } },
    firstEventLayer,
  );
}

let lastPaths: { boundaries: readonly BoundaryFeature[]; data: FeatureCollection } | undefined;

/** Sets (or adds) the source of the label paths for these boundaries. */
export function setLabelPaths(map: MaplibreMap, boundaries: BoundaryFeature[]): void {
  // a theme switch or the swipe map reinstalls the same list: the paths (tens of ms) are made once
  if (lastPaths?.boundaries !== boundaries) {
    const input = boundaries.map((b) => ({
      id: b.properties.id,
      text: boundaryMapLabel(b.properties),
      geometry: b.geometry,
    }));
    lastPaths = { boundaries, data: labelPaths(input) as FeatureCollection };
  }
  const { data } = lastPaths;
  const source = map.getSource<GeoJSONSource>(BOUNDARY_LABEL_SOURCE);
  if (source) source.setData(data);
  // the paths are already straight; a wide buffer keeps a path whole in every tile it crosses
  else map.addSource(BOUNDARY_LABEL_SOURCE, { type: 'geojson', data, buffer: 512, tolerance: 0 });
}

/** The paths made for the current tile zoom (zoom in a filter is evaluated per integer tile zoom). */
function pathZoom(): ExpressionSpecification {
  const stops: (number | ExpressionSpecification)[] = [];
  for (let z = LABEL_MIN_ZOOM + 1; z <= LABEL_MAX_ZOOM; z++) stops.push(z, z);
  return ['step', ['zoom'], LABEL_MIN_ZOOM, ...stops] as ExpressionSpecification;
}

export function boundaryLabelLayer(
  layerId: string,
  props: Pick<BoundaryProperties, 'id' | 'name'>,
  color: string,
  haloColor: string,
): LayerSpecification {
  return {
    id: layerId,
    type: 'symbol',
    source: BOUNDARY_LABEL_SOURCE,
    // deeper, the paths of the last zoom would drift off the outline (see label-paths.ts)
    maxzoom: LABEL_MAX_ZOOM + 1,
    filter: ['all', ['==', ['get', 'id'], props.id], ['==', ['get', 'tileZoom'], pathZoom()]],
    layout: {
      // one name in the middle of each path: the paths are spaced out along the outline already
      'symbol-placement': 'line-center',
      'text-field': boundaryMapLabel(props),
      'text-font': FONT_BOLD,
      'text-size': LABEL_SIZE,
      'text-letter-spacing': 0.04,
      'text-max-angle': 25,
      'text-keep-upright': true,
      'text-allow-overlap': false,
      'text-padding': 6,
    },
    paint: {
      'text-color': color,
      'text-halo-color': haloColor,
      'text-halo-width': 2,
      'text-halo-blur': 0.5,
    },
  };
}
