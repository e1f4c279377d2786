// What the legend shows, on the map (km-legend) and in an exported PNG: the boundaries the mode draws
// and the event markers.

import type { MapState } from '../state/map-state.ts';
import type { BoundaryLook } from './boundary-layers.ts';
import type { ThemeName } from './colors.ts';
import { EVENT_COLORS, sizeLegendSteps } from './event-style.ts';

export interface LegendBoundary {
  id: string;
  name: string;
  look: BoundaryLook;
  role?: 'A' | 'B';
}

/** The boundaries the mode draws: the ticked ones (overlay), or A and B. */
export function legendBoundaries(
  state: MapState,
  looks: Record<string, BoundaryLook>,
  name: (id: string) => string,
): LegendBoundary[] {
  if (state.mode === 'overlay') {
    return state.boundaries.filter((id) => looks[id]).map((id) => ({ id, name: name(id), look: looks[id] }));
  }
  return state.compare
    .filter((id) => looks[id])
    .map((id, i) => ({
      id,
      name: name(id),
      look: looks[id],
      role: i === 0 ? ('A' as const) : ('B' as const),
    }));
}

/** The legend drawn into an exported PNG. */
export function pngLegend(options: {
  state: MapState;
  boundaries: LegendBoundary[];
  shown: number;
  theme: ThemeName;
  hasEvents: boolean;
  name: (id: string) => string;
}) {
  const { state, boundaries, shown } = options;
  const f = state.filters;
  const { inside, outside, stroke, unknown } = EVENT_COLORS[options.theme];
  return {
    title: 'Khorasan: history and claim',
    subtitle: `${shown.toLocaleString('en')} events, ${f.from} to ${f.to}`,
    boundaries: boundaries.map((b) => ({
      name: b.role ? `${b.role}: ${b.name}` : b.name,
      color: b.look.color,
      dash: b.look.dash,
      width: b.look.width,
    })),
    markers: options.hasEvents
      ? { inside, outside, stroke, label: options.name(state.activeBoundary) }
      : null,
    sizes: options.hasEvents ? sizeLegendSteps() : [],
    sizeColor: unknown,
  };
}
