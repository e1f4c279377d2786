// Marker colours, sizes and layer specs for events (no DOM, no Map instance).
// Encoding: circle AREA ∝ killed (max of the range); attack = filled circle, plot = ring, arrest = square, other (not violent) = pale disc;
// fill = inside/outside the active boundary, and outside markers also carry a white centre dot so colour is
// never the only cue.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { ThemeName } from './colors.ts';

export interface EventColors {
  inside: string;
  outside: string;
  /** Not classified yet. */
  unknown: string;
  /** Marker outline and the outside centre dot. */
  stroke: string;
  cluster: string;
  clusterText: string;
  /** Ring around the selected / hovered marker. */
  highlight: string;
  nearestLine: string;
  nearestHalo: string;
}

export const EVENT_COLORS: Record<ThemeName, EventColors> = {
  light: {
    inside: '#b2182b',
    outside: '#2166ac',
    unknown: '#7b7b7b',
    stroke: '#ffffff',
    cluster: '#3d3a45',
    clusterText: '#ffffff',
    highlight: '#111111',
    nearestLine: '#111111',
    nearestHalo: '#ffffff',
  },
  dark: {
    inside: '#f4736b',
    outside: '#6cb0e6',
    unknown: '#a0a0a0',
    stroke: '#101418',
    cluster: '#c9c4d4',
    clusterText: '#101418',
    highlight: '#ffffff',
    nearestLine: '#ffffff',
    nearestHalo: '#101418',
  },
};

export const EVENT_SOURCE = 'km-events';
export const NEAREST_SOURCE = 'km-event-nearest';
export const SQUARE_IMAGE = 'km-event-square';

export const EVENT_LAYERS = {
  clusters: 'km-ev-clusters',
  clusterCount: 'km-ev-cluster-count',
  highlight: 'km-ev-highlight',
  circles: 'km-ev-circles',
  squares: 'km-ev-squares',
  outsideDot: 'km-ev-outside-dot',
  nearestLine: 'km-ev-nearest-line',
  nearestPoint: 'km-ev-nearest-point',
  nearestLabel: 'km-ev-nearest-label',
} as const;

/** Layers the pointer interacts with (hover, click). */
export const MARKER_LAYERS = [EVENT_LAYERS.circles, EVENT_LAYERS.squares] as const;

/** Radius (px) of an event with nothing reported or zero killed. */
export const MIN_RADIUS = 4;
/** px per sqrt(killed): area grows linearly with the number killed. */
export const RADIUS_PER_SQRT_KILLED = 2;

/** Marker radius in px for a number killed (null = not reported). Area ∝ killed above the minimum. */
export function markerRadius(killed: number | null): number {
  if (killed === null || !(killed > 0)) return MIN_RADIUS;
  return Math.max(MIN_RADIUS, RADIUS_PER_SQRT_KILLED * Math.sqrt(killed));
}

/** Feature property names in the marker source. */
export const PROP = {
  killed: 'k',
  type: 't',
  /** Prefix of the per-boundary inside flag (1 inside, 0 outside, absent = not classified). */
  inside: 'in:',
  /** 1 for events from an imported dataset (drawn with a contrasting outline). */
  imported: 'd',
} as const;

/** `markerRadius` as a style expression. */
export function radiusExpression(): ExpressionSpecification {
  return [
    'max',
    MIN_RADIUS,
    ['*', RADIUS_PER_SQRT_KILLED, ['sqrt', ['max', 0, ['coalesce', ['get', PROP.killed], 0]]]],
  ];
}

/** 1 inside, 0 outside, -1 unknown, for the active boundary. */
export function insideExpression(activeBoundary: string): ExpressionSpecification {
  return ['coalesce', ['get', `${PROP.inside}${activeBoundary}`], -1];
}

/** Cluster properties counting members inside (`ci:<id>`) and outside (`co:<id>`) each boundary. */
export function clusterProperties(boundaryIds: readonly string[]): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const id of boundaryIds) {
    const flag: ExpressionSpecification = ['get', `${PROP.inside}${id}`];
    props[`ci:${id}`] = ['+', ['case', ['==', flag, 1], 1, 0]];
    props[`co:${id}`] = ['+', ['case', ['==', flag, 0], 1, 0]];
  }
  return props;
}

/** 1 when every member of a cluster is inside the active boundary, 0 when every one is outside, else -1. */
function clusterSideExpression(activeBoundary: string): ExpressionSpecification {
  return [
    'case',
    ['==', ['coalesce', ['get', `ci:${activeBoundary}`], -1], ['get', 'point_count']],
    1,
    ['==', ['coalesce', ['get', `co:${activeBoundary}`], -1], ['get', 'point_count']],
    0,
    -1,
  ];
}

export function fillExpression(colors: EventColors, activeBoundary: string): ExpressionSpecification {
  return ['match', insideExpression(activeBoundary), 1, colors.inside, 0, colors.outside, colors.unknown];
}

const NOT_CLUSTER: ExpressionSpecification = ['!', ['has', 'point_count']];
const hoverOrSelected = (on: number, hover: number, off: number): ExpressionSpecification => [
  'case',
  ['boolean', ['feature-state', 'selected'], false],
  on,
  ['boolean', ['feature-state', 'hover'], false],
  hover,
  off,
];

/** Half the side of the square icon image, in px, before icon-size scaling. */
export const SQUARE_HALF = 10;

export interface EventLayerOptions {
  colors: EventColors;
  activeBoundary: string;
  textFont: string[];
}

export function eventLayerSpecs({
  colors,
  activeBoundary,
  textFont,
}: EventLayerOptions): LayerSpecification[] {
  const fill = fillExpression(colors, activeBoundary);
  const radius = radiusExpression();
  const isArrest: ExpressionSpecification = ['==', ['get', PROP.type], 'arrest'];
  const isPlot: ExpressionSpecification = ['==', ['get', PROP.type], 'plot'];
  const isOther: ExpressionSpecification = ['==', ['get', PROP.type], 'other'];
  const isImported: ExpressionSpecification = ['==', ['get', PROP.imported], 1];
  return [
    {
      id: EVENT_LAYERS.nearestLine,
      type: 'line',
      source: NEAREST_SOURCE,
      filter: ['==', ['geometry-type'], 'LineString'],
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': colors.nearestLine, 'line-width': 2, 'line-dasharray': [2, 1.5] },
    },
    {
      id: EVENT_LAYERS.nearestPoint,
      type: 'circle',
      source: NEAREST_SOURCE,
      filter: ['==', ['get', 'role'], 'nearest'],
      paint: {
        'circle-radius': 4,
        'circle-color': colors.nearestHalo,
        'circle-stroke-color': colors.nearestLine,
        'circle-stroke-width': 2,
      },
    },
    {
      id: EVENT_LAYERS.clusters,
      type: 'circle',
      source: EVENT_SOURCE,
      filter: ['has', 'point_count'],
      paint: {
        // A group entirely inside or entirely outside the active boundary takes that colour (an all-outside
        // group also gets a thick ring, the cluster's version of the white dot); mixed groups stay neutral.
        'circle-color': [
          'match',
          clusterSideExpression(activeBoundary),
          1,
          colors.inside,
          0,
          colors.outside,
          colors.cluster,
        ],
        'circle-opacity': 0.9,
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['sqrt', ['get', 'point_count']],
          1,
          11,
          10,
          26,
          100,
          44,
        ],
        'circle-stroke-color': colors.stroke,
        'circle-stroke-width': ['match', clusterSideExpression(activeBoundary), 0, 3.5, 1.5],
      },
    },
    {
      id: EVENT_LAYERS.clusterCount,
      type: 'symbol',
      source: EVENT_SOURCE,
      filter: ['has', 'point_count'],
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': textFont,
        'text-size': 12,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': colors.clusterText },
    },
    {
      id: EVENT_LAYERS.highlight,
      type: 'circle',
      source: EVENT_SOURCE,
      filter: NOT_CLUSTER,
      paint: {
        'circle-radius': ['+', radius, 4],
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': colors.highlight,
        'circle-stroke-width': hoverOrSelected(3, 2, 0),
        'circle-stroke-opacity': hoverOrSelected(1, 0.75, 0),
      },
    },
    {
      id: EVENT_LAYERS.circles,
      type: 'circle',
      source: EVENT_SOURCE,
      filter: ['all', NOT_CLUSTER, ['!', isArrest]],
      paint: {
        // A plot is a ring: thick coloured stroke, faint fill; a non-violent "other" event is a pale disc.
        'circle-radius': ['case', isPlot, ['-', radius, 1.5], radius],
        'circle-color': fill,
        'circle-opacity': ['case', isPlot, 0.18, isOther, 0.4, 0.88],
        // Imported events: outline in the contrasting (highlight) colour.
        'circle-stroke-color': ['case', isPlot, fill, isImported, colors.highlight, colors.stroke],
        'circle-stroke-width': ['case', isPlot, 3, isImported, 1.6, 1.2],
      },
    },
    {
      id: EVENT_LAYERS.squares,
      type: 'symbol',
      source: EVENT_SOURCE,
      filter: ['all', NOT_CLUSTER, isArrest],
      layout: {
        'icon-image': SQUARE_IMAGE,
        // Same area as the circle of this radius: half side = r·√π / 2.
        'icon-size': ['/', ['*', radius, 0.886], SQUARE_HALF],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: {
        'icon-color': fill,
        'icon-halo-color': ['case', isImported, colors.highlight, colors.stroke],
        'icon-halo-width': 1.2,
        'icon-opacity': 0.92,
      },
    },
    {
      id: EVENT_LAYERS.outsideDot,
      type: 'circle',
      source: EVENT_SOURCE,
      filter: ['all', NOT_CLUSTER, ['==', insideExpression(activeBoundary), 0]],
      paint: {
        // Grows with the marker so it stays visible on large circles.
        'circle-radius': ['max', 2.2, ['*', 0.28, radius]],
        'circle-color': '#ffffff',
        'circle-stroke-color': '#000000',
        'circle-stroke-width': 0.5,
      },
    },
    {
      id: EVENT_LAYERS.nearestLabel,
      type: 'symbol',
      source: NEAREST_SOURCE,
      filter: ['==', ['get', 'role'], 'label'],
      layout: {
        'text-field': ['get', 'label'],
        'text-font': textFont,
        'text-size': 12,
        'text-offset': [0, -0.9],
        'text-allow-overlap': true,
      },
      paint: {
        'text-color': colors.nearestLine,
        'text-halo-color': colors.nearestHalo,
        'text-halo-width': 1.5,
      },
    },
  ];
}

/**
 * A square as a signed-distance image (maplibre's `sdf` convention: the edge sits at 0.75 of the alpha range and
 * one pixel is 1/8 of a quarter of it), so `icon-color` and `icon-halo-*` can paint it per feature.
 */
export function squareSdfImage(
  half = SQUARE_HALF,
  buffer = 6,
): { width: number; height: number; data: Uint8Array } {
  const size = 2 * (half + buffer);
  const data = new Uint8Array(size * size * 4);
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = Math.abs(x + 0.5 - c) - half;
      const dy = Math.abs(y + 0.5 - c) - half;
      const outside = Math.hypot(Math.max(dx, 0), Math.max(dy, 0));
      const inside = Math.min(Math.max(dx, dy), 0);
      const d = outside + inside;
      const alpha = Math.max(0, Math.min(255, Math.round(255 - 255 * (d / 8 + 0.25))));
      const o = (y * size + x) * 4;
      data[o] = 255;
      data[o + 1] = 255;
      data[o + 2] = 255;
      data[o + 3] = alpha;
    }
  }
  return { width: size, height: size, data };
}

/** Sizes for the legend: number killed → radius in px. */
export function sizeLegendSteps(
  killed: readonly number[] = [10, 50, 150],
): { killed: number; radius: number }[] {
  return killed.map((k) => ({ killed: k, radius: markerRadius(k) }));
}

/** Zoom up to which markers are clustered: further in for large (imported) datasets. */
export function clusterMaxZoomFor(count: number): number {
  return count > 100_000 ? 9 : count > 20_000 ? 7 : 5;
}
